"""mkdocs-macros module of the site (`plugins: - macros: module_name: macros`).

`define_env` loads the content catalogue once per build and registers the
macros that maintainers' hub pages call (pages with `render_macros: true`).
`on_post_page_macros` decorates content pages (stories, guides, archetypes)
with blocks generated from front matter; it runs after macro rendering, so a
contributor's page is never executed as a template.

Untrusted input is contained at three points (see `macros.safety`):
`on_pre_page_macros` lets only the maintainers' hub pages be templates and
renders them in a Jinja sandbox; `on_post_build` audits every built page for
active content and fails the build, removing the site, if any is found.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from jinja2.sandbox import SandboxedEnvironment
from mkdocs.exceptions import PluginError

from macros import (
    archetypes,
    distribution,
    explorer,
    faq,
    guides,
    ladders,
    reference,
    search_index,
    search_lunr,
    stories,
)
from macros.catalogue import ContentError, load_catalogue
from macros.html_output import collapse_whitespace
from macros.render import Renderer
from macros.safety import ALLOWED_MARKUP, audit_html, is_hub

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
    env.variables["built_pages"] = {}
    distribution.setup(env, catalogue)

    def here() -> str:
        return env.page.file.src_path

    macros = {
        "archetype_cards": lambda: archetypes.archetype_cards(renderer, here()),
        "story_index": lambda: stories.story_index(renderer, here()),
        "story_explorer": lambda: explorer.story_explorer(renderer, here()),
        "self_check": lambda: explorer.self_check(renderer, here()),
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
        "open_data": lambda: distribution.open_data_page(env, renderer, here()),
        "counts": lambda: {
            "stories": len(catalogue.stories),
            "book_stories": len(catalogue.stories_from("book")),
            "guides": len(catalogue.guides) + len(catalogue.beyond),
            "questions": len(catalogue.faq),
        },
    }
    for name, function in macros.items():
        env.macro(function, name)


#: The Jinja settings the macros plugin may configure (`j2_*`, `on_undefined`, `include_dir`).
SANDBOX_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "finalize",
    "loader",
    "undefined",
)


def sandbox(env) -> SandboxedEnvironment:
    """Replace the macros plugin's Jinja environment (built after `define_env`)
    by a `SandboxedEnvironment` with the same settings, macros and filters, so
    a template cannot reach Python internals (`''.__class__`, `os`, ...)."""
    current = env.env
    if isinstance(current, SandboxedEnvironment):
        return current
    settings = {name: getattr(current, name) for name in SANDBOX_SETTINGS}
    sandboxed = SandboxedEnvironment(extensions=[type(ext) for ext in current.extensions.values()], **settings)
    sandboxed.globals.update({k: v for k, v in current.globals.items() if k != "range"})  # keep the safe range
    sandboxed.filters.update(current.filters)
    sandboxed.tests.update(current.tests)
    env._env = sandboxed  # the plugin keeps its environment here (mkdocs-macros 1.5)
    return sandboxed


def on_pre_page_macros(env) -> None:
    """Refuse `render_macros` outside the hub pages, and render hub pages sandboxed.

    Raises `PluginError` naming the page before anything of it is rendered.
    """
    src = env.page.file.src_uri
    if env.page.meta.get("render_macros") and not is_hub(src):
        raise PluginError(
            f"docs/{src}: render_macros: only the maintainers' hub pages (HUB_PAGES in macros/safety.py) "
            "are rendered as templates; remove render_macros"
        )
    sandbox(env)


def on_post_page_macros(env) -> None:
    """Add the generated blocks to a content page, from its front matter, and
    note where the page will be written for the audit in `on_post_build`."""
    renderer: Renderer = env.variables["renderer"]
    src = env.page.file.src_uri
    env.variables["built_pages"][src] = env.page.file.abs_dest_path
    page = renderer.catalogue.page(src)
    if page is not None:
        env.markdown = DECORATORS[src.split("/", 1)[0]](renderer, page, env.markdown)
    distribution.annotate(env)
    search_index.annotate(env, page)


def partial_rebuild(env) -> bool:
    """True when this build wrote only some pages: a `--dirty` build (as Material's
    search plugin records it) in which fewer pages were rendered than the docs
    folder has. The first build of `mkdocs serve --dirty` renders them all."""
    search = env.conf["plugins"].get("material/search") or env.conf["plugins"].get("search")
    files = env.variables.get("files")
    if not getattr(search, "is_dirty", False) or files is None:
        return False
    return len(env.variables["built_pages"]) < len(files.documentation_pages())


def on_post_build(env) -> None:
    """Audit every built page for active content (`macros.safety.audit_html`)
    and drop the theme's blank lines from it (`macros.html_output`), then write
    what is made from the whole site (`macros.distribution.publish`: social
    cards, feeds, open data, the print edition; the story explorer's data; the
    prebuilt search index, `macros.search_lunr`). After a partial rebuild
    (`partial_rebuild`) only the rebuilt pages' cards are written, and the
    prebuilt search index is marked stale (`search_lunr.mark_stale`).

    Raises `PluginError` with one line per finding, after removing the site
    folder, so nothing unsafe is left where a deploy could pick it up.
    """
    problems = []
    for src, dest in sorted(env.variables["built_pages"].items()):
        path = Path(dest)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            for finding in audit_html(text):
                problems.append(f"docs/{src}:1: body: the built page has a {finding}; allowed: {ALLOWED_MARKUP}")
            path.write_text(collapse_whitespace(text), encoding="utf-8")
    site_dir = Path(env.conf["site_dir"])
    if not problems and partial_rebuild(env):
        # `mkdocs serve --dirty` after a save: only the saved pages changed, so
        # only their social cards are redrawn; the whole-site outputs stay as
        # the first build wrote them, and the prebuilt search index, now out of
        # date, is marked stale (the worker then indexes in the browser, as
        # stock Material does).
        distribution.publish_cards(env)
        search_lunr.mark_stale(site_dir)
    elif not problems:
        problems = [f"{problem}; allowed: {ALLOWED_MARKUP}" for problem in distribution.publish(env)]
        state = env.variables[distribution.STATE]
        explorer.write_explorer(site_dir, state.catalogue, state.page_path)
        search_lunr.write_prebuilt(site_dir)
    if problems:
        shutil.rmtree(env.conf["site_dir"], ignore_errors=True)
        count = len(problems)
        raise PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n" + "\n".join(problems))


__all__ = ["define_env", "on_post_build", "on_post_page_macros", "on_pre_page_macros", "partial_rebuild", "sandbox"]
