"""The story explorer on `stories/index.md` and the archetype self-check on
`archetypes/self-check.md`: what the build gives their scripts
(`docs/assets/explorer.js`, `docs/assets/self-check.js`).

- `story_explorer` (a hub macro) renders the explorer's filters, hidden until
  the script shows them; without JavaScript the page is the grouped list of
  `story_index`.
- `explorer_data` is the explorer's JSON (`stories/explorer.json`, written by
  `write_explorer` after the build): each story's facets and page.
- `self_check` (a hub macro) renders the questions as a form, the scoring key
  for scoring by hand, and the stories the result may suggest.

Everything comes from the catalogue (`macros.catalogue`); nothing here depends
on MkDocs.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from macros.catalogue import Catalogue, Page, Story
from macros.models import ARCHETYPE_IDS
from macros.render import Renderer

#: Where the explorer's data is written, below the site root, beside the stories page.
EXPLORER_JSON = "stories/explorer.json"
#: The archetype filter's value for stories that no source places in an archetype.
UNASSIGNED = "none"


def company_id(company: str) -> str:
    """The URL value of a company in the explorer: `Auth0` -> `auth0`, `Two Sigma` -> `two-sigma`."""
    return re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-")


def year_of(story: Page[Story]) -> str:
    """The year the story's interview was published, e.g. `2020`."""
    return story.meta.interviewed[:4]


def facets(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """The explorer's filters and their options, as (value, label) pairs:
    archetypes in the book's order (then `none`), companies and topics
    alphabetically, years in order. Only values some story has are offered."""
    stories = list(catalogue.stories.values())
    companies = {company_id(s.meta.company): s.meta.company for s in stories}
    topics = {topic for s in stories for topic in s.meta.topics}
    archetypes = [(a, catalogue.archetypes[a].title) for a in ARCHETYPE_IDS]
    if catalogue.unassigned_stories():
        archetypes.append((UNASSIGNED, "Not assigned"))
    return {
        "archetype": archetypes,
        "company": sorted(companies.items(), key=lambda item: item[1].lower()),
        "topic": sorted(((t, catalogue.topic_label(t)) for t in topics), key=lambda item: item[1].lower()),
        "year": [(year, year) for year in sorted({year_of(s) for s in stories})],
    }


def explorer_data(catalogue: Catalogue, page_path: Callable[[str], str]) -> dict:
    """The explorer's JSON document: every story once, by name, with its facets
    and its page's URL relative to the JSON file. `page_path(src)` gives the URL
    path of a page below the site root (e.g. `stories/dan-na/`)."""
    here = posixpath.dirname(EXPLORER_JSON)

    def relative(src: str) -> str:
        path = page_path(src)
        target = posixpath.relpath(path, here)
        return target + "/" if path.endswith("/") else target

    stories = sorted(catalogue.stories.values(), key=lambda s: s.title.lower())
    return {
        "stories": [
            {
                "slug": s.slug,
                "url": relative(s.src),
                "name": s.meta.name,
                "role": s.meta.role,
                "company": s.meta.company,
                "company_id": company_id(s.meta.company),
                "year": year_of(s),
                "origin": s.meta.origin,
                "archetypes": list(s.meta.archetypes) or [UNASSIGNED],
                "archetype_source": s.meta.archetype_source,
                "topics": list(s.meta.topics),
            }
            for s in stories
        ]
    }


def write_explorer(site_dir: Path, catalogue: Catalogue, page_path: Callable[[str], str]) -> Path:
    """Write `stories/explorer.json` below `site_dir` (compact UTF-8). Returns its path."""
    target = site_dir / EXPLORER_JSON
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(explorer_data(catalogue, page_path), ensure_ascii=False, separators=(",", ":"))
    target.write_text(text + "\n", encoding="utf-8")
    return target


def story_explorer(renderer: Renderer, page_src: str) -> str:
    """The explorer's filters (a form the script reveals) for the stories page."""
    return renderer.render(
        "story_explorer.md",
        page_src,
        facets=facets(renderer.catalogue),
        data_url=posixpath.basename(EXPLORER_JSON),
        total=len(renderer.catalogue.stories),
    )


def suggested_stories(catalogue: Catalogue) -> list[Page[Story]]:
    """The stories the self-check may suggest: those the book places in an
    archetype (by name), then those placed in the person's own words."""
    book = [s for s in catalogue.stories.values() if s.meta.archetypes and s.meta.archetype_source == "book"]
    own = [s for s in catalogue.stories.values() if s.meta.archetypes and s.meta.archetype_source == "self"]
    return sorted(book, key=lambda s: s.title.lower()) + sorted(own, key=lambda s: s.title.lower())


def self_check(renderer: Renderer, page_src: str) -> str:
    """The self-check's questions, scoring key and suggestable stories.

    Raises `ValueError` when the catalogue has no self-check data (the
    catalogue requires `data/self-check.yml` once the page exists).
    """
    data = renderer.catalogue.self_check
    if data is None:
        raise ValueError("docs/data/self-check.yml: file: missing; the self-check page needs it")
    return renderer.render(
        "self_check.md",
        page_src,
        data=data,
        archetype_ids=ARCHETYPE_IDS,
        stories=suggested_stories(renderer.catalogue),
    )
