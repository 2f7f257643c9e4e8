"""Dates from git history: one `git log` pass, newest and oldest commit per file,
and no dates at all (rather than wrong ones) without a repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from macros.git_dates import file_dates, parse_log

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def commit(repo: Path, when: str, **files: str) -> None:
    for name, text in files.items():
        path = repo / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", when], cwd=repo, check=True, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "config", "user.email", "test@example.com"], cwd=tmp_path, check=True)
    subprocess.run(["git", "config", "user.name", "Test"], cwd=tmp_path, check=True)
    return tmp_path


def test_each_file_gets_its_first_and_latest_commit(repo):
    commit(repo, "2021-03-04T05:06:07+00:00", docs__a="one", docs__b="one", outside="x")
    commit(repo, "2022-01-02T03:04:05+02:00", docs__a="two")
    commit(repo, "2023-06-07T08:09:10+00:00", outside="y")
    dates = file_dates(repo / "docs")
    assert set(dates) == {"a", "b"}  # relative to the folder, nothing from outside it
    assert dates["a"].created == datetime.fromisoformat("2021-03-04T05:06:07+00:00")
    assert dates["a"].updated == datetime.fromisoformat("2022-01-02T03:04:05+02:00")
    assert dates["b"].created == dates["b"].updated == datetime.fromisoformat("2021-03-04T05:06:07+00:00")


def test_subfolders_keep_their_path(repo):
    commit(repo, "2024-05-06T07:08:09+00:00", docs__guides__x_md="text")
    assert list(file_dates(repo / "docs")) == ["guides/x_md"]


def test_no_repository_means_no_dates(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("text")
    assert file_dates(tmp_path / "docs") == {}


def test_uncommitted_files_have_no_date(repo):
    commit(repo, "2024-05-06T07:08:09+00:00", docs__old="text")
    (repo / "docs" / "new").write_text("not committed yet")
    assert set(file_dates(repo / "docs")) == {"old"}


def test_parse_log_reads_newest_first():
    log = "\x1e2024-02-01T00:00:00+00:00\n\na.md\n\x1e2023-01-01T00:00:00+00:00\n\na.md\nb.md\n"
    dates = parse_log(log)
    assert dates["a.md"].updated.year == 2024 and dates["a.md"].created.year == 2023
    assert dates["b.md"].created == dates["b.md"].updated
