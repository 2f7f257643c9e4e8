"""Last-updated dates from git on every content page and in the sitemap, the
staffeng.com paths, and a build without git history."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, run_build

SITE_URL = "https://staffplus-guide.github.io/staffplus-guide/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
STAFFENG_URLS = ROOT.parent / "shared" / "reference" / "staffeng-urls.md"
HAS_HISTORY = (
    shutil.which("git") is not None
    and subprocess.run(["git", "log", "-1"], cwd=ROOT, capture_output=True).returncode == 0
)


def last_commit(path: Path) -> datetime | None:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cI", "--", str(path)], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    return datetime.fromisoformat(out) if out else None


def content_pages(catalogue):
    for folder, pages in (
        ("stories", catalogue.stories),
        ("guides", catalogue.guides),
        ("beyond", catalogue.beyond),
        ("archetypes", catalogue.archetypes),
    ):
        for slug in pages:
            yield f"{folder}/{slug}.md", f"{folder}/{slug}/"


@pytest.mark.skipif(not HAS_HISTORY, reason="needs the repository's git history")
def test_content_pages_show_when_their_text_last_changed(html, catalogue):
    for src, url in content_pages(catalogue):
        expected = last_commit(ROOT / "docs" / src)
        time = html(url).select_one("article .md-source-file time")
        if expected is None:  # not committed yet
            assert time is None
            continue
        assert time is not None, url
        assert datetime.fromisoformat(time["datetime"]) == expected, url
        assert time.get_text() == f"{expected:%B} {expected.day}, {expected.year}"


@pytest.mark.skipif(not HAS_HISTORY, reason="needs the repository's git history")
def test_sitemap_lastmod_uses_the_same_dates(site, html, catalogue):
    root = ET.parse(site / "sitemap.xml").getroot()
    lastmod = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root.findall(f"{SITEMAP}url")}
    for _, url in content_pages(catalogue):
        time = html(url).select_one("article .md-source-file time")
        if time is not None:
            assert lastmod[SITE_URL + url] == time["datetime"], url
    dated = [datetime.fromisoformat(value) for value in lastmod.values() if value]
    assert len(set(dated)) > 1  # not one build date everywhere


def test_sitemap_lists_every_page_but_the_print_edition(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    locs = {u.findtext(f"{SITEMAP}loc") for u in root.findall(f"{SITEMAP}url")}
    built = {
        SITE_URL + p.parent.relative_to(site).as_posix().removeprefix(".") + "/"
        for p in site.rglob("index.html")
        if p.parent.name not in ("rss", "print")
    }
    assert {loc.replace(SITE_URL + "/", SITE_URL) for loc in locs} == {
        b.replace(SITE_URL + "/", SITE_URL) for b in built
    }


def test_each_page_has_one_title_heading(site):
    """A line starting with `#` inside a paragraph becomes a second h1: previews,
    the print edition and readers then see the wrong title."""
    for path in site.rglob("index.html"):
        if path.parent.name != "rss":
            article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("article")
            assert len(article.find_all("h1")) == 1 or path.parent.name == "print", path


def staffeng_paths() -> list[str]:
    return re.findall(r"`?(/(?:guides|stories)/[a-z0-9-]+)`?", STAFFENG_URLS.read_text(encoding="utf-8"))


@pytest.mark.skipif(not STAFFENG_URLS.is_file(), reason="the shared reference list is not beside the repository")
def test_every_staffeng_path_resolves(site):
    paths = staffeng_paths()
    assert len(paths) >= 55  # 30 listed chapters, 2 more guides, 25 stories
    for path in paths:
        # GitHub Pages serves /guides/x from guides/x/index.html (after a redirect to /guides/x/).
        page = site / path.strip("/") / "index.html"
        assert page.is_file(), path
        canonical = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("link", rel="canonical")
        if canonical is not None:
            assert canonical["href"] == f"{SITE_URL}{path.strip('/')}/", path


def test_the_old_rss_path_resolves(site):
    assert (site / "rss" / "index.html").is_file() and (site / "feed.xml").is_file()


def test_a_build_without_git_history_still_works(mini_project):
    """A copy without .git (a tarball, a test fixture) builds: no dates rather than wrong ones."""
    result = run_build(mini_project)
    assert result.returncode == 0, result.stderr
    site = mini_project / "site"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>" in sitemap and "<lastmod>" not in sitemap
    story = (site / "stories" / "ada-lovelace" / "index.html").read_text(encoding="utf-8")
    assert "md-source-file" not in story and 'property="og:image"' in story
    channel = ET.parse(site / "feed.xml").getroot().find("channel")
    assert channel.findall("item") and (site / "open-data" / "stories.json").is_file()
    assert not (site / "print").exists()  # the fixture has no print page: nothing to assemble


@pytest.mark.parametrize("workflow", ["ci.yml", "pages.yml"])
def test_workflows_check_out_full_history(workflow):
    import yaml

    jobs = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text())["jobs"]
    checkout = next(
        step
        for step in jobs["test" if workflow == "ci.yml" else "build"]["steps"]
        if "checkout" in step.get("uses", "")
    )
    assert checkout["with"]["fetch-depth"] == 0


def test_pages_workflow_publishes_the_pdf():
    import yaml

    steps = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    build = next(i for i, run in enumerate(runs) if "make build" in run)
    pdf = next(i for i, run in enumerate(runs) if "make pdf" in run)
    upload = next(i for i, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", ""))
    assert build < pdf < upload
