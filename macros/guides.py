"""Guides: the source note and footer of each guide, parts, indexes, reading path."""

from __future__ import annotations

from macros.catalogue import Guide, Page
from macros.render import Renderer
from macros.search_index import exclude


def decorate(renderer: Renderer, guide: Page[Guide], markdown: str) -> str:
    """Put the source note before a guide's Markdown and the generated blocks
    (illustrating stories, questions answered, further reading, previous and
    next chapter) after it."""
    kb = renderer.catalogue
    previous, following = kb.neighbours(guide)
    header = renderer.render("guide_header.md", guide.src, page=guide)
    footer = renderer.render(
        "guide_footer.md",
        guide.src,
        guide=guide,
        page=guide,
        part=kb.part_of(guide),
        previous=previous,
        next=following,
        resources=kb.resources_for(guide),
    )
    return f"{exclude(header)}\n{markdown}\n\n{exclude(footer)}"


def part_chapters(renderer: Renderer, page_src: str, part_id: str) -> str:
    """The chapters of one book part, in order. Raises KeyError for an unknown part."""
    part = next((p for p in renderer.catalogue.parts if p.part.id == part_id), None)
    if part is None:
        raise KeyError(f"unknown part '{part_id}'; parts: {', '.join(p.part.id for p in renderer.catalogue.parts)}")
    return renderer.render("part_chapters.md", page_src, part=part)


def guide_index(renderer: Renderer, page_src: str) -> str:
    """Every guide by book part, then the pages beyond the book."""
    return renderer.render("guide_index.md", page_src)


def beyond_pages(renderer: Renderer, page_src: str) -> str:
    """The pages drawn from sources beyond the book."""
    return renderer.render("beyond_list.md", page_src)


def reading_path(renderer: Renderer, page_src: str) -> str:
    """The suggested first path through the guides (data/book.yml)."""
    return renderer.render("reading_path.md", page_src)


def topic_index(renderer: Renderer, page_src: str) -> str:
    """Every topic with the guides, stories and questions that carry it."""
    return renderer.render("topic_index.md", page_src)
