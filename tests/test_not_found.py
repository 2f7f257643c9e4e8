"""The 404 page, served as GitHub Pages serves it: for any missing path below
the site's address. It suggests the closest pages, links the start pages and
offers a search for the words of the mistyped address."""

from __future__ import annotations

import pytest

from tests.test_browser import browser, page  # noqa: F401  (fixtures)
from tests.test_crawl import pages_url  # noqa: F401  (served as GitHub Pages serves it)

pytestmark = pytest.mark.browser
PREFIX = "/staffplus-guide"  # the path of site_url in mkdocs.yml


@pytest.mark.parametrize(
    ("missing", "first"),
    [
        ("stories/michele-bu/", "Michelle Bu"),
        ("guides/promo-packet/", "Promotion packets"),
        ("archetypes/righthand/", "Right Hand"),
        ("stories/keavy-mcminn.html", "Keavy McMinn"),
    ],
)
def test_a_mistyped_address_suggests_the_closest_page_first(page, pages_url, missing, first):  # noqa: F811
    response = page.goto(pages_url + missing)
    assert response.status == 404
    suggestions = page.locator(".not-found-list a")
    suggestions.first.wait_for()
    assert first in suggestions.first.inner_text()
    with page.expect_navigation():
        suggestions.first.click()
    assert first in page.locator("h1").first.inner_text()


def test_the_404_page_links_the_start_pages_and_offers_a_search(page, pages_url):  # noqa: F811
    page.goto(pages_url + "no/such/thing-here/")
    links = {a.inner_text(): a.get_attribute("href") for a in page.locator("#start-pages + ul a").all()}
    assert set(links) == {"Home", "Guides", "Stories", "Archetypes", "FAQ"}
    for href in links.values():
        assert page.request.get(f"{pages_url.split(PREFIX)[0]}{href}").status == 200
    search = page.locator(".not-found-search a")
    search.wait_for()
    assert search.get_attribute("href").endswith("?q=thing%20here")
    assert page.locator("input[data-md-component='search-query']").count() == 1
    assert page.title() == "Page not found - Staff-plus Field Guide"


def test_nothing_close_shows_no_suggestion_list(page, pages_url):  # noqa: F811
    page.goto(pages_url + "zzzzqqqq/")
    page.locator(".not-found-search a").wait_for()
    assert page.locator(".not-found-suggestions").is_hidden()
