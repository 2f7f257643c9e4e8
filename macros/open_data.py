"""Open data: the catalogue published as JSON files, each with a JSON Schema.

`open-data/stories.json`, `archetypes.json`, `guides.json`, `faq.json`,
`ladders.json` and `resources.json` (below the site root), and their schemas in
`open-data/schemas/<name>.schema.json`. Every file carries its license (CC BY-SA 4.0,
as the site's text; see LICENSE-CONTENT) and an attribution line. The record
models below are the schemas' single source (pydantic's `model_json_schema`);
ladders are exported as the catalogue holds them (`model_dump`), so the export
follows the ladder model wherever it goes. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from macros.catalogue import Catalogue, Page
from macros.git_dates import FileDates
from macros.models import Ladder, LevelsFile, SourceRef

LICENSE = {
    "name": "CC BY-SA 4.0",
    "url": "https://creativecommons.org/licenses/by-sa/4.0/",
}
DATA_DIR = "open-data"
SCHEMA_DIR = "open-data/schemas"


class Record(BaseModel):
    """Base of the exported records: closed (no other keys)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class License(Record):
    name: Literal["CC BY-SA 4.0"]
    url: Literal["https://creativecommons.org/licenses/by-sa/4.0/"]


class Source(Record):
    """A work a page draws on (from data/sources.yml), and the chapter or post in it."""

    work: str = Field(description="id of the work in the site's sources")
    work_title: str
    author: str | None
    title: str | None = Field(description="chapter or post title within the work")
    url: str | None


class StoryRecord(Record):
    slug: str
    url: str = Field(description="the profile on this site")
    name: str
    role: str = Field(description="title at the time of the interview")
    company: str
    interviewed: str = Field(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM the interview was published")
    origin: Literal["book", "staffeng"] = Field(description="book: one of the book's fourteen; staffeng: site only")
    archetypes: list[str]
    archetype_source: Literal["book", "self"] | None
    topics: list[str]
    description: str
    staffeng_url: str = Field(description="the original interview")
    updated: str | None = Field(description="last change of the profile (ISO 8601), from git")


class ArchetypeRecord(Record):
    id: str
    url: str
    title: str
    summary: str
    description: str
    topics: list[str]
    stories: list[str] = Field(description="slugs of the stories the book or the person assigns to it")
    sources: list[Source]


class GuideRecord(Record):
    slug: str
    url: str
    title: str
    description: str
    kind: Literal["chapter", "beyond"] = Field(description="chapter: a book chapter; beyond: other sources")
    part: str | None = Field(description="id of the book part (chapters only)")
    position: int | None = Field(description="1-based position in book order (chapters only)")
    topics: list[str]
    stories: list[str]
    sources: list[Source]
    updated: str | None = Field(description="last change of the page (ISO 8601), from git")


class FaqRecord(Record):
    id: str
    question: str
    answer: str
    topic: str
    url: str = Field(description="the page (and section) that answers it at length")


class ResourceRecord(Record):
    title: str
    author: str | None
    kind: str
    topic: str
    url: str | None
    guides: list[str] = Field(description="slugs of the guides it supports")


def _envelope(name: str, items: Any, doc: str) -> type[BaseModel]:
    """A file model: `$schema`, title, license, attribution, source, then `items`."""
    return create_model(
        name,
        __base__=Record,
        __doc__=doc,
        schema_url=(str, Field(alias="$schema")),
        title=(str, ...),
        license=(License, ...),
        attribution=(str, ...),
        source=(str, Field(description="the site the data comes from")),
        items=(items, ...),
    )


@dataclass(frozen=True)
class Dataset:
    """One published file: its name, what it holds and the model of its content."""

    name: str
    title: str
    description: str
    model: type[BaseModel]

    @property
    def path(self) -> str:
        return f"{DATA_DIR}/{self.name}.json"

    @property
    def schema_path(self) -> str:
        return f"{SCHEMA_DIR}/{self.name}.schema.json"


DATASETS = (
    Dataset(
        "stories",
        "Stories",
        "Every interview profile: who, role and company at the time, archetypes, topics, the original interview.",
        _envelope("StoriesFile", list[StoryRecord], "The site's story profiles."),
    ),
    Dataset(
        "archetypes",
        "Archetypes",
        "The four Staff archetypes, with the stories assigned to each.",
        _envelope("ArchetypesFile", list[ArchetypeRecord], "The four Staff archetypes."),
    ),
    Dataset(
        "guides",
        "Guides",
        "The book's chapters in reading order, then the pages beyond the book, with their sources.",
        _envelope("GuidesFile", list[GuideRecord], "Guides to the book's chapters and beyond."),
    ),
    Dataset(
        "faq",
        "Frequently asked questions",
        "Every question with its short answer and the page that answers it at length.",
        _envelope("FaqFile", list[FaqRecord], "The FAQ."),
    ),
    Dataset(
        "ladders",
        "Career ladders",
        "The career ladders and how companies in the stories name their levels, as the site's data holds them.",
        _envelope(
            "LaddersFile",
            create_model(
                "Ladders",
                __base__=Record,
                ladders=(dict[str, Ladder], Field(description="each ladder by id")),
                company_levels=(LevelsFile, ...),
            ),
            "Career ladders and level names.",
        ),
    ),
    Dataset(
        "resources",
        "Reading list",
        "Books, articles and talks on Staff-plus engineering, by topic, with the guides they support.",
        _envelope("ResourcesFile", list[ResourceRecord], "The reading list."),
    ),
)


def _source(catalogue: Catalogue, ref: SourceRef) -> dict:
    work = catalogue.works[ref.work]
    url = ref.url or work.url
    return {
        "work": ref.work,
        "work_title": work.title,
        "author": work.author,
        "title": ref.title,
        "url": str(url) if url else None,
    }


def records(
    catalogue: Catalogue,
    url_of: Callable[[Page, str | None], str],
    dates_of: Callable[[Page], FileDates | None],
) -> dict[str, Any]:
    """The `items` of each dataset, keyed by dataset name, from the catalogue.

    `url_of(page, anchor)` gives a page's absolute URL; `dates_of(page)` its git
    dates or None.
    """

    def updated(page: Page) -> str | None:
        dates = dates_of(page)
        return dates.updated.isoformat() if dates else None

    stories = [
        {
            "slug": page.slug,
            "url": url_of(page, None),
            "name": page.meta.name,
            "role": page.meta.role,
            "company": page.meta.company,
            "interviewed": page.meta.interviewed,
            "origin": page.meta.origin,
            "archetypes": list(page.meta.archetypes),
            "archetype_source": page.meta.archetype_source,
            "topics": list(page.meta.topics),
            "description": page.meta.description,
            "staffeng_url": str(page.meta.staffeng_url),
            "updated": updated(page),
        }
        for page in catalogue.stories.values()
    ]
    archetypes = [
        {
            "id": archetype_id,
            "url": url_of(page, None),
            "title": page.meta.title,
            "summary": page.meta.summary,
            "description": page.meta.description,
            "topics": list(page.meta.topics),
            "stories": [s.slug for s in catalogue.stories.values() if archetype_id in s.meta.archetypes],
            "sources": [_source(catalogue, ref) for ref in page.meta.sources],
        }
        for archetype_id, page in catalogue.archetypes.items()
    ]
    book = catalogue.book_order

    def guide(page: Page, kind: str) -> dict:
        part = catalogue.part_of(page) if kind == "chapter" else None
        return {
            "slug": page.slug,
            "url": url_of(page, None),
            "title": page.title,
            "description": page.meta.description,
            "kind": kind,
            "part": part.part.id if part else None,
            "position": book.index(page) + 1 if kind == "chapter" else None,
            "topics": list(page.meta.topics),
            "stories": list(page.meta.stories),
            "sources": [_source(catalogue, ref) for ref in page.meta.sources],
            "updated": updated(page),
        }

    guides = [guide(page, "chapter") for page in book] + [guide(page, "beyond") for page in catalogue.beyond.values()]
    faq = [
        {
            "id": item.entry.id,
            "question": item.entry.question,
            "answer": item.entry.answer,
            "topic": item.entry.topic,
            "url": url_of(item.page, item.entry.anchor),
        }
        for item in catalogue.faq
    ]
    resources = [
        {
            "title": r.title,
            "author": r.author,
            "kind": r.kind,
            "topic": r.topic,
            "url": str(r.url) if r.url else None,
            "guides": list(r.guides),
        }
        for r in catalogue.resources.resources
    ]
    ladders = {
        "ladders": {key: ladder.model_dump(mode="json") for key, ladder in catalogue.ladders.items()},
        "company_levels": catalogue.levels.model_dump(mode="json"),
    }
    return {
        "stories": stories,
        "archetypes": archetypes,
        "guides": guides,
        "faq": faq,
        "ladders": ladders,
        "resources": resources,
    }


def schema(dataset: Dataset, site_url: str) -> dict:
    """The JSON Schema (draft 2020-12) of a dataset's file."""
    document = dataset.model.model_json_schema(mode="serialization", by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": site_url + dataset.schema_path,
        **document,
        "title": dataset.title,
        "description": dataset.description,
    }


def attribution(site_name: str, site_url: str) -> str:
    """The attribution line every file carries."""
    return (
        f"{site_name} contributors, {site_url}, licensed CC BY-SA 4.0. Facts are drawn from the sources each "
        "record names, chiefly Staff Engineer by Will Larson (2020) and staffeng.com; those works are not "
        "covered by this license."
    )


def dump(document: dict) -> bytes:
    """JSON as published: UTF-8, indented, keys in model order."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def write_all(site_dir: Path, items: dict[str, Any], site_name: str, site_url: str) -> list[str]:
    """Write every dataset and its schema below `site_dir`. Returns the paths written."""
    written = []
    for dataset in DATASETS:
        document = {
            "$schema": site_url + dataset.schema_path,
            "title": dataset.title,
            "license": LICENSE,
            "attribution": attribution(site_name, site_url),
            "source": site_url,
            "items": items[dataset.name],
        }
        for path, content in ((dataset.path, document), (dataset.schema_path, schema(dataset, site_url))):
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(dump(content))
            written.append(path)
    return written
