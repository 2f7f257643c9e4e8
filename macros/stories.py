"""Stories: the generated header and footer of each profile, and the index."""

from __future__ import annotations

from macros.catalogue import Page, Story
from macros.render import Renderer
from macros.search_index import exclude, split_title


def decorate(renderer: Renderer, story: Page[Story], markdown: str) -> str:
    """Wrap a story's own Markdown in its generated header (name, role, company,
    archetype links, original interview) and footer (related stories, guides)."""
    header = renderer.render("story_header.md", story.src, story=story)
    footer = renderer.render("story_footer.md", story.src, story=story, page=story)
    title, box = split_title(header)
    return f"{title}\n{exclude(box)}\n{markdown}\n\n{exclude(footer)}"


def story_index(renderer: Renderer, page_src: str) -> str:
    """All stories grouped by archetype, then those the book assigns to none."""
    return renderer.render("story_index.md", page_src)
