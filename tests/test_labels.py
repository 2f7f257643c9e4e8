"""Every built page has its own <title>, the home page names the site once,
and no top tab is a vague "More"."""

from __future__ import annotations

from collections import defaultdict

from bs4 import BeautifulSoup

from tests.test_crawl import built_pages


def test_every_title_is_unique(site):
    pages = defaultdict(list)
    for path in built_pages(site):
        soup = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        pages[soup.title.get_text(strip=True)].append(path or "/")
    assert {title: paths for title, paths in pages.items() if len(paths) > 1} == {}


def test_home_title_names_the_site_once(html):
    assert html("").title.get_text(strip=True) == "Staff-plus Field Guide"


def test_no_tab_is_labelled_more(html):
    tabs = [link.get_text(strip=True) for link in html("").select(".md-tabs__link")]
    assert "About" in tabs
    assert "More" not in tabs


def test_no_label_repeats_down_a_navigation_path(site):
    """The path to each page (its breadcrumb: site, section, part, page) never
    shows the same label twice, e.g. "Overview > Part I: Overview > Overview"."""
    import json

    for path in built_pages(site):
        soup = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script", type="application/ld+json"):
            for node in json.loads(script.string).get("@graph", []):
                if node.get("@type") == "BreadcrumbList":
                    names = [item["name"].lower() for item in node["itemListElement"]]
                    bare = [name.split(": ", 1)[-1] for name in names]  # "part i: overview" -> "overview"
                    assert len(set(bare)) == len(bare), f"{path}: {' > '.join(names)}"
