"""Browser: the prebuilt lunr index (search/lunr_index.json, loaded by our
search worker) changes nothing a reader sees. Each query's results (count,
addresses, titles, highlighted words, the suggested completion) are the same
as when that file is blocked and the worker builds the index in the page, as
stock Material does; an index built from other documents, or a broken file,
is not used."""

from __future__ import annotations

import json

import pytest

from macros import search_lunr
from tests.test_browser import base_url, browser, page  # noqa: F401

#: Queries of every kind Material's search parses: words, prefixes, a phrase,
#: required and excluded terms, stop words, a name, punctuation, no match.
QUERIES = [
    "sponsor",
    "staff project",
    "how do I negotiate an offer",
    "Michelle Bu",
    "right hand",
    "promo*",
    '"design doc"',
    "+tech -lead",
    "the of and",
    "on-call",
    "Stripe's API",
    "xyzzy",
]

PREBUILT = "**/search/lunr_index.json"

READ_RESULTS = """() => ({
  meta: document.querySelector('.md-search-result__meta').textContent.trim(),
  suggest: document.querySelector('.md-search__suggest')?.textContent || '',
  items: [...document.querySelectorAll('.md-search-result__item > a')].map(a => [
    a.getAttribute('href'),
    a.querySelector('h1, h2').textContent.trim(),
    [...a.querySelectorAll('mark')].map(m => m.textContent).join('|'),
  ]),
})"""


def search(page, base_url, query: str) -> dict:  # noqa: F811
    """Open a story, type `query`, and return what the result list shows once
    it has settled (the same twice, 300 ms apart)."""
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(base_url + "stories/dan-na/")
    box = page.locator("input[data-md-component='search-query']")
    box.fill(query)
    box.press("End")  # a key up, as typing gives: Material reads the box on key up
    try:
        page.wait_for_function(
            "() => /\\d|No matching/.test(document.querySelector('.md-search-result__meta')?.textContent || '')"
        )
    except Exception as error:
        meta = page.locator(".md-search-result__meta").text_content()
        raise AssertionError(f"no results for {query!r}: {meta!r}; console: {messages}") from error
    shown, previous = page.evaluate(READ_RESULTS), None
    while shown != previous:
        page.wait_for_timeout(300)
        previous, shown = shown, page.evaluate(READ_RESULTS)
    return shown


def blocked(route) -> None:
    route.abort()


@pytest.fixture(scope="module")
def stock(browser, base_url):  # noqa: F811
    """Each query's results with the prebuilt index blocked (stock Material)."""
    context = browser.new_context()
    tab = context.new_page()
    tab.route(PREBUILT, blocked)
    results = {query: search(tab, base_url, query) for query in QUERIES}
    context.close()
    return results


@pytest.mark.parametrize("query", QUERIES)
def test_results_are_the_same_with_the_prebuilt_index(page, base_url, stock, query):  # noqa: F811
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    assert search(page, base_url, query) == stock[query]
    assert any(url.endswith("/search/lunr_index.json") for url in fetched)


def test_the_worker_really_answers_from_the_prebuilt_index(page, base_url, site):  # noqa: F811
    """A prebuilt index whose term "sponsor" was dropped finds fewer pages, so
    the equality above is not the fallback at work."""
    packed = json.loads((site / "search" / "lunr_index.json").read_text(encoding="utf-8"))
    slot = packed["terms"].index("sponsor")
    packed["postings"][slot] = [[] for _ in packed["fields"]]
    body = json.dumps(packed)
    page.route(PREBUILT, lambda route: route.fulfill(body=body, content_type="application/json"))
    shown = search(page, base_url, "sponsor")
    assert not any(href.startswith("../../guides/find-your-sponsor/") for href, _, _ in shown["items"])


@pytest.mark.parametrize(
    "damage", ["other documents", "other config", "terms out of order", "not json", "missing", "marked stale"]
)
def test_a_prebuilt_index_for_other_documents_is_not_used(page, base_url, site, stock, damage, tmp_path):  # noqa: F811
    packed = json.loads((site / "search" / "lunr_index.json").read_text(encoding="utf-8"))
    if damage == "marked stale":  # what a `--dirty` rebuild leaves (macros.search_lunr.mark_stale)
        (tmp_path / "search").mkdir()
        (tmp_path / "search" / "lunr_index.json").write_text(json.dumps(packed), encoding="utf-8")
        packed = json.loads(search_lunr.mark_stale(tmp_path).read_text(encoding="utf-8"))
    elif damage == "other documents":
        packed["refs"] = packed["refs"][1:] + packed["refs"][:1]
    elif damage == "other config":
        packed["config"]["separator"] = "[\\s]+"
    elif damage == "terms out of order":
        for key in ("terms", "term_index", "postings"):
            packed[key][0], packed[key][-1] = packed[key][-1], packed[key][0]
    body = "{not json" if damage == "not json" else json.dumps(packed)
    if damage == "missing":
        page.route(PREBUILT, lambda route: route.fulfill(status=404, body="not found"))
    else:
        page.route(PREBUILT, lambda route: route.fulfill(body=body, content_type="application/json"))
    assert search(page, base_url, "sponsor") == stock["sponsor"]
