"""Ladders: each career ladder's page, the ladder index, how companies name
their levels, and the directory of public career frameworks.

The ladder data lives in `data/ladders/<id>.yml` (validated by the catalogue);
the Markdown comes from the templates `ladder*.md`, `levels.md` and
`frameworks.md` in `overrides/snippets/`.
"""

from __future__ import annotations

from macros.render import Renderer


def ladder(renderer: Renderer, page_src: str, ladder_id: str) -> str:
    """One ladder: its sources, dimensions, levels (one tab per level) and the
    comparison of every adjacent pair of levels. Raises KeyError when unknown."""
    ladders = renderer.catalogue.ladders
    if ladder_id not in ladders:
        raise KeyError(f"unknown ladder '{ladder_id}'; ladders: {', '.join(ladders)}")
    return renderer.render("ladder.md", page_src, ladder=ladders[ladder_id], ladder_id=ladder_id)


def ladder_cards(renderer: Renderer, page_src: str) -> str:
    """A card per ladder, linking its page, with its levels and dimensions."""
    return renderer.render("ladder_cards.md", page_src)


def level_comparison(renderer: Renderer, page_src: str) -> str:
    """How companies name their IC levels (data/levels.yml), one block per company."""
    return renderer.render("levels.md", page_src)


def framework_directory(renderer: Renderer, page_src: str) -> str:
    """The public career frameworks the sources name (data/frameworks.yml)."""
    return renderer.render("frameworks.md", page_src)
