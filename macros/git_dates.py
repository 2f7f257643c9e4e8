"""When each file below a folder was first and last committed, from git history.

One `git log` over the whole folder is read once per build (one process, not
one per file). Without git, outside a repository, or for a file that was never
committed, there is simply no date: callers show nothing rather than guess
(a sitemap without `lastmod` is better than one where every page changed today).
Nothing here depends on MkDocs.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: Separates commits in the log output (a byte no file name or date contains).
_COMMIT = "\x1e"


@dataclass(frozen=True)
class FileDates:
    """The first and the latest commit that changed one file (committer dates)."""

    created: datetime
    updated: datetime


def parse_log(output: str) -> dict[str, FileDates]:
    """Turn `git log --format=<RS>%cI --name-only` output (newest commit first)
    into dates per path, as the paths appear in the log."""
    dates: dict[str, FileDates] = {}
    for block in output.split(_COMMIT)[1:]:
        lines = block.strip("\n").splitlines()
        if not lines:
            continue
        when = datetime.fromisoformat(lines[0].strip())
        for name in filter(None, (line.strip() for line in lines[1:])):
            known = dates.get(name)
            # Newest first: the first sighting is the update, the last the creation.
            dates[name] = FileDates(created=when, updated=known.updated if known else when)
    return dates


def file_dates(folder: Path) -> dict[str, FileDates]:
    """Dates of every committed file below `folder`, keyed by its path relative
    to `folder` with forward slashes (e.g. `guides/staff-projects.md`).

    Returns an empty mapping when git is missing, `folder` is not in a
    repository, or the history cannot be read; never raises for those.
    """
    command = [
        "git",
        "-c",
        "core.quotePath=false",
        "log",
        f"--format={_COMMIT}%cI",
        "-c",  # a merge lists the files it changed relative to every parent (where both sides edited)
        "--name-only",
        "--relative",
        "--no-renames",
        "--",
        ".",
    ]
    prefix_command = ["git", "rev-parse", "--show-prefix"]
    try:
        result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=60, check=False)
        prefix = subprocess.run(prefix_command, cwd=folder, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0 or prefix.returncode != 0:
        return {}
    try:
        dates = parse_log(result.stdout)
    except ValueError:  # an unexpected date format: no dates rather than wrong ones
        return {}
    # `--relative` does not apply to a merge's combined diff, which names paths from the top.
    return _relative(dates, prefix.stdout.strip())


def _relative(dates: dict[str, FileDates], prefix: str) -> dict[str, FileDates]:
    """Merge entries named from the repository's top (`prefix` + path) into the relative ones."""
    merged: dict[str, FileDates] = {}
    for name, found in dates.items():
        name = name.removeprefix(prefix) if prefix else name
        known = merged.get(name)
        if known:
            found = FileDates(created=min(known.created, found.created), updated=max(known.updated, found.updated))
        merged[name] = found
    return merged
