"""`make serve` rebuilds only what a save changed (`mkdocs serve --dirty`): the
saved page shows the edit, while the whole-site outputs (feeds, open data, the
print edition, the prebuilt search index) are left as the last full build
wrote them, or, for the search index that would be stale, marked stale."""

from __future__ import annotations

import json
import time
from pathlib import Path

from macros import search_lunr
from tests.conftest import edit, run_build

WHOLE_SITE = ("feed.xml", "atom.xml", "feed.json", "stories/explorer.json")


def build(project: Path, *flags: str) -> None:
    result = run_build(project, "--no-strict", *flags)
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_dirty_rebuild_writes_the_saved_page_and_leaves_whole_site_outputs(mini_project):
    site = mini_project / "site"
    build(mini_project, "--dirty")  # the first build of `make serve`: everything
    prebuilt = site / "search" / search_lunr.TARGET
    assert prebuilt.is_file()
    written = {name: (site / name).stat().st_mtime_ns for name in WHOLE_SITE}
    time.sleep(1.1)  # MkDocs compares modification times to the second

    edit(mini_project / "docs" / "stories" / "ada-lovelace.md", "## Lessons\n", "## Lessons\n\nsavedtoken\n")
    build(mini_project, "--dirty")

    assert "savedtoken" in (site / "stories" / "ada-lovelace" / "index.html").read_text(encoding="utf-8")
    assert {name: (site / name).stat().st_mtime_ns for name in WHOLE_SITE} == written
    # Out of date now: marked so (no 404 in the serve log), so the worker indexes in the browser.
    assert json.loads(prebuilt.read_text(encoding="utf-8"))["version"] is None
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "savedtoken" in index  # (under `mkdocs serve`, Material merges it with the other pages')


def test_a_full_build_after_a_dirty_one_writes_everything_again(mini_project):
    site = mini_project / "site"
    build(mini_project, "--dirty")
    (site / "search" / search_lunr.TARGET).unlink()
    build(mini_project)
    assert (site / "search" / search_lunr.TARGET).is_file()
    assert all((site / name).is_file() for name in WHOLE_SITE)
