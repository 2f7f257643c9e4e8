"""Shared fixtures: one strict build of the real site per test session, and
small throwaway projects (copies of tests/fixtures/minimal) for bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

from macros.catalogue import Catalogue, load_catalogue

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The real site's catalogue, loaded from docs/."""
    return load_catalogue(ROOT / "docs")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once, strictly, into a temporary folder."""
    site_dir = tmp_path_factory.mktemp("site")
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True))
    return site_dir


@pytest.fixture(scope="session")
def html(site: Path) -> Callable[[str], BeautifulSoup]:
    """Parse a built page by its URL path, e.g. html("stories/dan-na/")."""

    def parse(url: str) -> BeautifulSoup:
        path = site / url / "index.html" if url.endswith("/") or not url else site / url
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    return parse


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A writable copy of the minimal fixture's docs/ folder."""
    return Path(shutil.copytree(MINIMAL / "docs", tmp_path / "docs"))


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A writable copy of the minimal project, configured by the real mkdocs.yml."""
    return copy_minimal_project(tmp_path / "project")


def copy_minimal_project(project: Path) -> Path:
    """Copy the minimal project to `project`, linking the real macros/ and
    overrides/ and pointing INHERIT at the real mkdocs.yml."""
    shutil.copytree(MINIMAL, project)
    for folder in ("macros", "overrides"):
        (project / folder).symlink_to(ROOT / folder, target_is_directory=True)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("../../../mkdocs.yml", str(ROOT / "mkdocs.yml")))
    return project


def run_build(project: Path, *flags: str) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` on a project, as a maintainer would (`flags`,
    e.g. `--no-strict --dirty`, come after and so win)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *flags, "--site-dir", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )


def edit(path: Path, old: str, new: str) -> None:
    """Replace `old` (which must be present) by `new` in a file."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
