"""Search ranking: for queries a reader would type, the page that answers them
comes first (or at least in the top three) in the site's search box.

Ranks come from tests/search_model.py, a Python model of Material's
in-browser lunr search over the built search/search_index.json."""

from __future__ import annotations

import re

import pytest

from tests.search_model import SearchModel

# (query, the page that must come first)
FIRST = [
    ("Architect", "archetypes/architect/"),
    ("Solver", "archetypes/solver/"),
    ("Right Hand", "archetypes/right-hand/"),
    ("snacking", "guides/work-on-what-matters/"),
    ("preening", "guides/work-on-what-matters/"),
    ("chasing ghosts", "guides/work-on-what-matters/"),
    ("promotion packet", "guides/promo-packets/"),
    ("sponsor", "guides/find-your-sponsor/"),
    ("technical quality", "guides/manage-technical-quality/"),
    ("staying aligned", "guides/staying-aligned-with-authority/"),
    ("Staff project", "guides/staff-projects/"),
    ("should I become a manager", "beyond/ic-or-manager/"),
    ("who should staff engineers report to", "guides/where-should-staff-plus-eng-report/"),
    ("how to negotiate an offer", "guides/negotiating-the-offer/"),
    ("how to get promoted", "guides/getting-the-title-where-you-are/"),
]

# (query, the page that must be in the top three)
TOP_THREE = [
    ("Tech Lead", "archetypes/tech-lead/"),
    ("glue work", "guides/what-do-staff-engineers-actually-do/"),
    ("design document", "guides/engineering-strategy/"),
    ("engineering strategy", "guides/engineering-strategy/"),
]


def _stories(catalogue):
    return sorted(catalogue.stories.values(), key=lambda story: story.slug)


@pytest.fixture(scope="module")
def model(site):
    return SearchModel(site)


@pytest.mark.parametrize(("query", "page"), FIRST)
def test_the_page_about_it_comes_first(model, query, page):
    assert model.pages(query, 3)[:1] == [page], model.pages(query, 3)


@pytest.mark.parametrize(("query", "page"), FIRST + TOP_THREE)
def test_the_page_about_it_is_in_the_top_three(model, query, page):
    assert page in model.pages(query, 3)


def test_a_story_comes_first_for_its_subjects_name(model, catalogue):
    for story in _stories(catalogue):
        assert model.pages(story.meta.name, 1) == [f"stories/{story.slug}/"], story.meta.name


def test_a_story_is_in_the_top_three_for_its_company(model, catalogue):
    stories = _stories(catalogue)
    for story in stories:
        same = sum(1 for other in stories if other.meta.company == story.meta.company)
        assert f"stories/{story.slug}/" in model.pages(story.meta.company, max(3, same)), story.meta.company


def test_a_company_with_one_story_puts_that_story_first(model, catalogue):
    stories = _stories(catalogue)
    for story in stories:
        if sum(1 for other in stories if other.meta.company == story.meta.company) == 1:
            assert model.pages(story.meta.company, 1) == [f"stories/{story.slug}/"], story.meta.company


def test_hub_pages_do_not_win_on_a_stop_word(model):
    # "to" used to put the Topics page first (a trailing wildcard makes it "to*").
    for query in ("how to get promoted", "reporting to CTO", "how to negotiate an offer"):
        assert model.pages(query, 1) != ["topics/"], query


def test_generated_boxes_are_not_what_a_result_shows(model):
    boilerplate = re.compile(
        r"Profile at a glance|Role at the time of the interview|Our own account of|This profile is our own summary"
    )
    for doc in model.docs:
        if doc["location"].startswith(("stories/", "guides/", "archetypes/", "beyond/")):
            assert not boilerplate.search(doc["text"]), doc["location"]
            assert doc["title"] not in {"Related", "Keep reading", "Stories that illustrate this"}, doc["location"]


def test_pages_about_one_thing_outweigh_hub_pages(model):
    boosts = {doc["location"].split("#")[0]: doc.get("boost", 1) for doc in model.docs}
    assert boosts["topics/"] < boosts["faq/"] < boosts["guides/negotiating-the-offer/"]
    assert boosts["stories/"] < boosts["stories/michelle-bu/"]
