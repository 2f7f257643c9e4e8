"""The print edition: every guide on one page in book order, with a table of
contents, working links, out of the search index; and its PDF."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from urllib.parse import urldefrag, urljoin

import pytest

from conftest import ROOT
from macros.distribution import PDF_NAME
from macros.print_edition import Chapter, article, relink

CHROMIUM = next(
    (
        p
        for p in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium"))
        if p and os.path.exists(p)
    ),
    None,
)


@pytest.fixture(scope="module")
def print_page(html):
    return html("print/")


def test_chapters_follow_the_book_then_the_pages_beyond(print_page, catalogue):
    sections = [s["id"] for s in print_page.select("#print-edition > section")]
    expected = []
    for part in catalogue.parts:
        expected.append(part.part.page.removesuffix(".md").replace("/", "-"))
        expected += [f"guides-{guide.slug}" for guide in part.chapters]
    expected.append("beyond-index")
    expected += [f"beyond-{slug}" for slug in catalogue.beyond]
    assert sections == expected


def test_each_chapter_shows_its_own_text(print_page, html, catalogue):
    for guide in catalogue.book_order:
        section = print_page.find(id=f"guides-{guide.slug}")
        assert section.find("h1").get_text(strip=True) == guide.title
        first = html(f"guides/{guide.slug}/").select_one("article p").get_text(" ", strip=True)
        assert first in section.get_text(" ", strip=True), guide.slug
        assert section.find(id=f"guides-{guide.slug}--keep-reading") is None  # no previous/next in a book


def test_table_of_contents_lists_every_part_and_chapter(print_page, catalogue):
    toc = print_page.select_one("nav.print-toc")
    titles = [a.get_text(strip=True) for a in toc.select("ol ol a")]
    assert titles == [g.title for g in catalogue.book_order] + [g.title for g in catalogue.beyond.values()]
    for a in toc.select("a"):
        assert print_page.find(id=a["href"][1:]) is not None, a["href"]


def test_ids_are_unique_and_every_link_resolves(print_page, site):
    ids = Counter(tag["id"] for tag in print_page.find_all(id=True))
    assert not [i for i, n in ids.items() if n > 1]
    for a in print_page.select("article a[href]"):
        href = a["href"]
        if href.startswith("#"):
            assert href[1:] in ids, href
        elif not re.match(r"^[a-z]+:", href) and not href.endswith(PDF_NAME):
            target, _ = urldefrag(urljoin("http://site/print/", href))
            path = target.removeprefix("http://site/").split("?", 1)[0]  # a query filters the page it opens
            assert (site / path / "index.html" if path.endswith("/") else site / path).is_file(), href


def test_links_between_chapters_stay_on_the_page(print_page):
    section = print_page.find(id="guides-staff-archetypes")
    hrefs = [a["href"] for a in section.find_all("a", href=True)]
    assert any(h.startswith("#archetypes-") or h.startswith("../archetypes/") for h in hrefs)
    assert not [h for h in hrefs if h.startswith("../guides/")]  # every guide is on this page


def test_print_page_is_out_of_search_and_sitemap(site, print_page):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("print/")]
    assert "/print/" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert print_page.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")


def test_relink_rewrites_ids_and_links():
    chapter = Chapter("guides/a/", "guides-a", "A")
    printed = {"guides/a/": "guides-a", "guides/b/": "guides-b"}
    html = (
        '<h2 id="x">X</h2><a href="#x">self</a><a href="../b/#y">b</a><a href="../b/">b top</a>'
        '<a href="../../stories/s/#z">story</a><a href="https://example.org/#q">out</a>'
        '<label for="t">t</label><img src="../../assets/i.png">'
    )
    assert relink(html, chapter, "print/", printed) == (
        '<h2 id="guides-a--x">X</h2><a href="#guides-a--x">self</a><a href="#guides-b--y">b</a>'
        '<a href="#guides-b">b top</a><a href="../stories/s/#z">story</a><a href="https://example.org/#q">out</a>'
        '<label for="guides-a--t">t</label><img src="../assets/i.png">'
    )


def test_article_drops_theme_controls_and_keep_reading():
    page = (
        '<article class="md-content__inner md-typeset"><a href="e" class="md-content__button md-icon">E</a>'
        '<h1 id="t">T<a class="headerlink" href="#t">¶</a></h1><p>Body</p><h2 id="keep-reading">Keep</h2>'
        '<p>Next</p><div class="footnote"><p>Note</p></div></article>'
    )
    assert article(page) == '<h1 id="t">T</h1><p>Body</p><div class="footnote"><p>Note</p></div>'


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")
def test_pdf_of_the_print_edition(site, catalogue, tmp_path):
    from pypdf import PdfReader

    copy = shutil.copytree(site, tmp_path / "site")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "print_pdf.py"), str(copy), "--chromium", CHROMIUM],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(copy / "print" / PDF_NAME)
    assert len(reader.pages) > len(catalogue.book_order)  # a new sheet for every chapter, at least
    outline = json.dumps([str(item.title) for item in _flatten(reader.outline)])
    for guide in catalogue.book_order:
        assert json.dumps(guide.title)[1:-1] in outline, guide.title
    assert "Contents" in reader.pages[0].extract_text()


def _flatten(outline):
    for item in outline:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_print_script_explains_a_missing_site(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "print_pdf.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and ("build the site first" in result.stderr or "Chromium" in result.stderr)
