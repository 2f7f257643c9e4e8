"""Open data: six JSON files published with the site, each valid against its
JSON Schema, licensed and attributed, and in step with the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from macros.open_data import DATASETS, LICENSE

SITE_URL = "https://staffplus-guide.github.io/staffplus-guide/"
NAMES = ("stories", "archetypes", "guides", "faq", "ladders", "resources")


def load(site: Path, path: str) -> dict:
    return json.loads((site / path).read_text(encoding="utf-8"))


def test_the_six_datasets_are_published():
    assert tuple(dataset.name for dataset in DATASETS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_file_is_valid_against_its_schema(site, name):
    schema = load(site, f"open-data/schemas/{name}.schema.json")
    Draft202012Validator.check_schema(schema)
    document = load(site, f"open-data/{name}.json")
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(document)]
    assert not errors, errors[:5]
    assert document["$schema"] == schema["$id"] == f"{SITE_URL}open-data/schemas/{name}.schema.json"
    assert document["license"] == LICENSE and "CC BY-SA 4.0" in document["attribution"]
    assert "Will Larson" in document["attribution"] and document["source"] == SITE_URL


@pytest.mark.parametrize("name", ["stories", "guides", "faq"])
def test_schema_rejects_what_it_should(site, name):
    schema = load(site, f"open-data/schemas/{name}.schema.json")
    document = load(site, f"open-data/{name}.json")
    broken = {**document, "items": [{**document["items"][0], "unexpected": 1}]}
    assert not Draft202012Validator(schema).is_valid(broken)
    missing = {key: value for key, value in document.items() if key != "license"}
    assert not Draft202012Validator(schema).is_valid(missing)


def test_stories_match_the_catalogue(site, catalogue):
    items = load(site, "open-data/stories.json")["items"]
    assert [i["slug"] for i in items] == list(catalogue.stories)
    for item in items:
        story = catalogue.stories[item["slug"]].meta
        assert (item["name"], item["role"], item["company"], item["interviewed"]) == (
            story.name,
            story.role,
            story.company,
            story.interviewed,
        )
        assert item["staffeng_url"] == str(story.staffeng_url) and item["archetypes"] == story.archetypes
        assert (site / item["url"].removeprefix(SITE_URL) / "index.html").is_file()


def test_guides_follow_book_order_then_beyond(site, catalogue):
    items = load(site, "open-data/guides.json")["items"]
    chapters = [i for i in items if i["kind"] == "chapter"]
    assert [i["slug"] for i in chapters] == [g.slug for g in catalogue.book_order]
    assert [i["position"] for i in chapters] == list(range(1, len(chapters) + 1))
    assert [i["slug"] for i in items if i["kind"] == "beyond"] == list(catalogue.beyond)
    staff_projects = next(i for i in items if i["slug"] == "staff-projects")
    assert staff_projects["sources"][0]["work_title"].startswith("Staff Engineer")


def test_archetypes_list_their_stories(site, catalogue):
    items = {i["id"]: i for i in load(site, "open-data/archetypes.json")["items"]}
    assert list(items) == list(catalogue.archetypes)
    for archetype_id, item in items.items():
        expected = [s.slug for s in catalogue.stories.values() if archetype_id in s.meta.archetypes]
        assert item["stories"] == expected


def test_faq_matches_the_catalogue_and_links_its_answers(site, catalogue):
    items = load(site, "open-data/faq.json")["items"]
    assert [(i["id"], i["question"], i["answer"]) for i in items] == [
        (f.entry.id, f.entry.question, f.entry.answer) for f in catalogue.faq
    ]
    for item in items:
        path, _, anchor = item["url"].removeprefix(SITE_URL).partition("#")
        page = (site / path / "index.html").read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in page, item["url"]


def test_resources_and_ladders_match_the_catalogue(site, catalogue):
    resources = load(site, "open-data/resources.json")["items"]
    assert [r["title"] for r in resources] == [r.title for r in catalogue.resources.resources]
    ladders = load(site, "open-data/ladders.json")["items"]
    assert ladders["ladders"] == {key: value.model_dump(mode="json") for key, value in catalogue.ladders.items()}
    assert ladders["company_levels"] == catalogue.levels.model_dump(mode="json")


def test_open_data_page_links_every_file_and_feed(html, site):
    soup = html("open-data/")
    hrefs = {a["href"] for a in soup.select("article a[href]")}
    for name in NAMES:
        assert f"../open-data/{name}.json" in hrefs and f"../open-data/schemas/{name}.schema.json" in hrefs
    for feed in ("feed.xml", "atom.xml", "feed.json", "stories/feed.xml", "guides/feed.json"):
        assert f"../{feed}" in hrefs
    for href in hrefs:
        if href.startswith("../") and not href.endswith("/"):
            assert (site / href.removeprefix("../")).is_file(), href
