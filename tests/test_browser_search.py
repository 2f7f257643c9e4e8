"""Browser: typing into Material's search box on the built site shows the page
about the query as the first result (Material's own lunr, in Chromium)."""

from __future__ import annotations

import pytest

from tests.test_browser import base_url, browser, page  # noqa: F401

QUERIES = [
    ("how to negotiate an offer", "/guides/negotiating-the-offer/"),
    ("how to get promoted", "/guides/getting-the-title-where-you-are/"),
    ("Michelle Bu", "/stories/michelle-bu/"),
    ("Right Hand", "/archetypes/right-hand/"),
    ("promotion packet", "/guides/promo-packets/"),
]


@pytest.mark.parametrize(("query", "path"), QUERIES)
def test_first_search_result_is_the_page_about_it(page, base_url, query, path):  # noqa: F811
    page.goto(base_url)
    box = page.locator("input[data-md-component='search-query']")
    box.fill(query)
    box.press("End")  # a key up, as typing gives: Material reads the box on key up
    first = page.locator(".md-search-result__item a").first
    page.wait_for_function("() => document.querySelector('.md-search-result__meta')?.textContent.match(/\\d/)")
    first.wait_for()
    href = first.get_attribute("href")
    assert path in (href or "").split("#")[0] or (href or "").startswith(path.lstrip("/")), href
