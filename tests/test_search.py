"""Search: the index Material builds holds every page, and querying it with
lunr (the library behind Material's search) finds what a reader looks for."""

from __future__ import annotations

import json

import pytest
from lunr import lunr


@pytest.fixture(scope="module")
def search_index(site):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def index(search_index):
    return lunr(ref="location", fields=("title", "text"), documents=search_index["docs"])


def top_pages(index, query: str, count: int = 3) -> list[str]:
    return [result["ref"].split("#")[0] for result in index.search(query)[:count]]


def test_every_story_and_guide_is_indexed(search_index, catalogue):
    locations = {doc["location"] for doc in search_index["docs"]}
    for story in catalogue.stories.values():
        assert f"stories/{story.slug}/" in locations
    for guide in catalogue.book_order:
        assert f"guides/{guide.slug}/" in locations


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("snacking", "guides/work-on-what-matters/"),
        ("Sorbet", "stories/dmitry-petrashko/"),
        ("Payment Intents", "stories/michelle-bu/"),
        ("nemawashi", "stories/damian-schenkelman/"),
        ("promotion packet", "guides/promo-packets/"),
    ],
)
def test_search_finds_the_page_a_reader_expects(index, query, page):
    assert page in top_pages(index, query, 5)
