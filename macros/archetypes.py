"""Archetypes: the generated story list on each archetype page, and the cards."""

from __future__ import annotations

from macros.catalogue import Archetype, Page
from macros.render import Renderer
from macros.search_index import exclude


def decorate(renderer: Renderer, archetype: Page[Archetype], markdown: str) -> str:
    """Append the stories whose front matter names this archetype."""
    footer = renderer.render("archetype_footer.md", archetype.src, archetype=archetype, page=archetype)
    return f"{markdown}\n\n{exclude(footer)}"


def archetype_cards(renderer: Renderer, page_src: str) -> str:
    """A grid of cards, one per archetype, with its summary and story count."""
    return renderer.render("archetype_cards.md", page_src)
