"""Render Markdown snippets from the Jinja templates in `overrides/snippets/`.

Macros and page decorations pass catalogue data to a template; the template
decides the Markdown. Every link a template emits goes through `link`, which
writes a relative `.md` link from the current page so that MkDocs validates it.

Catalogue values come from contributors' front matter and data files, so they
are untrusted: every value a template prints is escaped for Markdown and HTML
(`markdown_text`), and URLs are percent-encoded (`markdown_url`), unless the
template marks it as Markdown it made itself (`Markup`: links, macro output).
"""

from __future__ import annotations

import calendar
import functools
import posixpath
import re
from pathlib import Path
from urllib.parse import quote

import jinja2
from markdown.extensions.toc import slugify
from markupsafe import Markup
from pydantic import AnyUrl

from macros.catalogue import Catalogue, Page, adjacent_pairs, cell_anchor, cross_track_pairs, ladder_page

SNIPPETS_DIR = Path(__file__).resolve().parent.parent / "overrides" / "snippets"


def relative_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """The relative Markdown link from page `from_src` to page `to_src` (both
    paths below docs/), with `#anchor` when given."""
    target = _relpath(to_src, posixpath.dirname(from_src) or ".")
    return f"{target}#{anchor}" if anchor else target


@functools.lru_cache(maxsize=65536)
def _relpath(path: str, start: str) -> str:
    return posixpath.relpath(path, start)


#: Characters that would start Markdown or HTML structure inside running text.
_MARKDOWN_SPECIAL = re.compile(r"[\\`\[\]{}|]")
_HTML_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def markdown_text(value: object) -> Markup:
    """`value` as literal text inside generated Markdown: HTML's `& < >` become
    entities, the characters that open links, code, attribute lists and table
    cells are backslash-escaped, and line breaks become spaces (so a value cannot
    start a new block). Emphasis with `*` or `_` is left to Markdown."""
    text = " ".join(str(value).splitlines())
    text = _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(), text)
    return Markup(text.translate(_HTML_SPECIAL))


def markdown_url(value: object) -> Markup:
    """A URL safe to put between the parentheses of a Markdown link: characters
    that could end the link or open markup are percent-encoded."""
    return Markup(quote(str(value), safe="-._~:/?#@!$&'*+,;=%"))


def _finalize(value: object) -> object:
    """Jinja's `finalize`: escape every printed value unless the template made it."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, AnyUrl):
        return markdown_url(value)
    return markdown_text(value)


@jinja2.pass_eval_context
def _join(eval_ctx: jinja2.nodes.EvalContext, value, separator: str = "") -> Markup:
    """The `join` filter, escaping each item as `_finalize` would."""
    return Markup(_finalize(separator)).join(_finalize(item) for item in value)


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
            # The output is Markdown: `_finalize` escapes for it (and for HTML);
            # autoescape makes macros and `Markup` values pass through unescaped.
            autoescape=True,
            finalize=_finalize,
            # `{#id}` sets a heading's id in Markdown, so Jinja comments use `{## ##}`.
            comment_start_string="{##",
            comment_end_string="##}",
            extensions=["jinja2.ext.do"],
        )
        self.env.filters["month"] = month_label
        self.env.filters["join"] = _join
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

        def link(target: Page | str, anchor: str | None = None) -> Markup:
            return markdown_url(relative_link(page_src, target.src if isinstance(target, Page) else target, anchor))

        return self.env.get_template(template).render(kb=self.catalogue, link=link, **context)
