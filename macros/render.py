"""Render Markdown snippets from the Jinja templates in `overrides/snippets/`.

Macros and page decorations pass catalogue data to a template; the template
decides the Markdown. Every link a template emits goes through `link`, which
writes a relative `.md` link from the current page so that MkDocs validates it.
"""

from __future__ import annotations

import calendar
import posixpath
from pathlib import Path

import jinja2
from markdown.extensions.toc import slugify

from macros.catalogue import Catalogue, Page, adjacent_pairs, cell_anchor, cross_track_pairs, ladder_page

SNIPPETS_DIR = Path(__file__).resolve().parent.parent / "overrides" / "snippets"


def relative_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """The relative Markdown link from page `from_src` to page `to_src` (both
    paths below docs/), with `#anchor` when given."""
    target = posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
    return f"{target}#{anchor}" if anchor else target


def month_label(value: str) -> str:
    """`2020-03` -> `March 2020`."""
    year, month = value.split("-")
    return f"{calendar.month_name[int(month)]} {year}"


class Renderer:
    """Renders snippet templates against one catalogue."""

    def __init__(self, catalogue: Catalogue, snippets_dir: Path = SNIPPETS_DIR):
        self.catalogue = catalogue
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(snippets_dir),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,  # the output is Markdown, which MkDocs renders next
            # `{#id}` sets a heading's id in Markdown, so Jinja comments use `{## ##}`.
            comment_start_string="{##",
            comment_end_string="##}",
            extensions=["jinja2.ext.do"],
        )
        self.env.filters["month"] = month_label
        self.env.filters["slug"] = lambda text: slugify(str(text), "-")
        self.env.globals.update(
            cell_anchor=cell_anchor,
            ladder_page=ladder_page,
            adjacent_pairs=adjacent_pairs,
            cross_track_pairs=cross_track_pairs,
        )

    def render(self, template: str, page_src: str, **context) -> str:
        """Render `template` for the page at `page_src` (path below docs/).

        Raises `jinja2.TemplateError` when the template is missing or refers to
        an undefined name.
        """

        def link(target: Page | str, anchor: str | None = None) -> str:
            return relative_link(page_src, target.src if isinstance(target, Page) else target, anchor)

        return self.env.get_template(template).render(kb=self.catalogue, link=link, **context)
