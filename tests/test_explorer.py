"""The built story explorer and self-check: the explorer's JSON matches the
catalogue, and both pages work without JavaScript."""

from __future__ import annotations

import json

from macros.explorer import EXPLORER_JSON, UNASSIGNED, company_id
from macros.safety import audit_html


def test_explorer_json_has_every_story_once_with_its_facets(site, catalogue):
    data = json.loads((site / EXPLORER_JSON).read_text(encoding="utf-8"))
    slugs = [item["slug"] for item in data["stories"]]
    assert sorted(slugs) == sorted(catalogue.stories) and len(slugs) == len(set(slugs))
    for item in data["stories"]:
        story = catalogue.stories[item["slug"]].meta
        assert item["name"] == story.name and item["company"] == story.company
        assert item["company_id"] == company_id(story.company)
        assert item["year"] == story.interviewed[:4]
        assert item["topics"] == list(story.topics)
        assert item["archetypes"] == (list(story.archetypes) or [UNASSIGNED])
        assert item["archetype_source"] == story.archetype_source
        assert (site / "stories" / item["url"] / "index.html").is_file(), item["url"]


def test_explorer_json_stays_small(site):
    assert (site / EXPLORER_JSON).stat().st_size < 20_000


def test_stories_page_without_javascript_lists_every_story(html, catalogue):
    page = html("stories/")
    groups = page.select_one("article .story-groups")
    linked = {a["href"].strip("/").split("/")[-1] for a in groups.select("a[href]") if "archetypes" not in a["href"]}
    assert set(catalogue.stories) <= linked
    form = page.select_one("article form.story-explorer")
    assert form.has_attr("hidden")  # only the script shows the filters
    for name in ("archetype", "company", "topic", "year"):
        select = form.select_one(f"select[name={name}]")
        assert page.select_one(f"label[for={select['id']}]").get_text(strip=True)


def test_filter_options_cover_every_company_and_year(html, catalogue):
    form = html("stories/").select_one("form.story-explorer")
    companies = {o["value"] for o in form.select("select[name=company] option") if o["value"]}
    years = {o["value"] for o in form.select("select[name=year] option") if o["value"]}
    assert companies == {company_id(s.meta.company) for s in catalogue.stories.values()}
    assert years == {s.meta.interviewed[:4] for s in catalogue.stories.values()}


def test_self_check_page_shows_every_question_and_a_key_for_scoring_by_hand(html, catalogue):
    page = html("archetypes/self-check/")
    article = page.select_one("article")
    fieldsets = article.select("form.self-check fieldset")
    assert len(fieldsets) == len(catalogue.self_check.questions)
    for fieldset, question in zip(fieldsets, catalogue.self_check.questions, strict=True):
        assert question.question in fieldset.legend.get_text()
        assert len(fieldset.select("label input[type=radio]")) == len(question.answers)
    assert article.select_one("#score-it-by-hand")
    key = article.select("table tbody tr")
    assert len(key) == len(catalogue.self_check.questions)
    for archetype in catalogue.archetypes.values():
        assert article.select_one(f'a[href="../{archetype.slug}/"]'), archetype.slug
    assert "not a test" in article.get_text()
    assert audit_html(str(page)) == []


def test_self_check_is_in_the_archetypes_nav(html):
    nav = html("archetypes/").select("nav.md-nav a[href]")
    assert any(a["href"].rstrip("/").endswith("self-check") for a in nav)


def test_self_check_result_data_is_kept_out_of_search(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("archetypes/self-check/"))
    assert "You lean toward" not in texts and "Bert Fan" not in texts
    assert "Looking back on a week" in texts
