"""mkdocs-macros module of the site (`plugins: - macros: module_name: macros`).

`define_env` loads the content catalogue once per build and registers the
macros that maintainers' hub pages call (pages with `render_macros: true`).
`on_post_page_macros` decorates content pages (stories, guides, archetypes)
with blocks generated from front matter; it runs after macro rendering, so a
contributor's page is never executed as a template.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros import archetypes, faq, guides, ladders, reference, stories
from macros.catalogue import ContentError, load_catalogue
from macros.render import Renderer

DECORATORS = {
    "stories": stories.decorate,
    "guides": guides.decorate,
    "beyond": guides.decorate,
    "archetypes": archetypes.decorate,
}


def define_env(env) -> None:
    """Load the catalogue from the docs folder and register the hub macros.

    Raises `PluginError` listing every content problem (`path:line: field:
    message`), which stops the build before anything is written.
    """
    try:
        catalogue = load_catalogue(Path(env.conf["docs_dir"]))
    except ContentError as error:
        count = len(error.problems)
        raise PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n{error}") from None
    renderer = Renderer(catalogue)
    env.variables["renderer"] = renderer

    def here() -> str:
        return env.page.file.src_path

    macros = {
        "archetype_cards": lambda: archetypes.archetype_cards(renderer, here()),
        "story_index": lambda: stories.story_index(renderer, here()),
        "faq_page": lambda: faq.faq_page(renderer, here()),
        "part_chapters": lambda part_id: guides.part_chapters(renderer, here(), part_id),
        "guide_index": lambda: guides.guide_index(renderer, here()),
        "beyond_pages": lambda: guides.beyond_pages(renderer, here()),
        "reading_path": lambda: guides.reading_path(renderer, here()),
        "topic_index": lambda: guides.topic_index(renderer, here()),
        "resources_by_topic": lambda: reference.resources_by_topic(renderer, here()),
        "ladder": lambda ladder_id: ladders.ladder(renderer, here(), ladder_id),
        "ladder_cards": lambda: ladders.ladder_cards(renderer, here()),
        "level_comparison": lambda: ladders.level_comparison(renderer, here()),
        "framework_directory": lambda: ladders.framework_directory(renderer, here()),
        "counts": lambda: {
            "stories": len(catalogue.stories),
            "guides": len(catalogue.guides) + len(catalogue.beyond),
            "questions": len(catalogue.faq),
        },
    }
    for name, function in macros.items():
        env.macro(function, name)


def on_post_page_macros(env) -> None:
    """Add the generated blocks to a content page, from its front matter."""
    renderer: Renderer = env.variables["renderer"]
    src = env.page.file.src_path
    page = renderer.catalogue.page(src)
    if page is not None:
        env.markdown = DECORATORS[src.split("/", 1)[0]](renderer, page, env.markdown)


__all__ = ["define_env", "on_post_page_macros"]
