"""The print edition: every guide on one page, in book order, with a table of contents.

After the build, the article of each part introduction and chapter (book
order from `data/book.yml`, then the pages beyond the book) is taken from its
built page and placed, in order, into the print page (`print.md`, which holds
the marker `PRINT_MARKER`). So that the chapters live together on one page:

- every `id` is prefixed with the chapter's own prefix, and every in-page link
  follows it;
- a link to another printed chapter becomes a link within the print page; any
  other relative link or image is re-aimed from the print page's URL;
- the edit and view buttons, heading permalinks, "last updated" lines and each
  chapter's "Keep reading" section (previous and next chapter) are left out.

Input is the HTML MkDocs wrote (Python-Markdown always quotes attributes with
double quotes), already audited for active content. Nothing here depends on
MkDocs.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

#: Where the chapters go in the print page's built HTML.
PRINT_MARKER = '<div id="print-edition"></div>'

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
_DROP = (
    re.compile(r'<a [^>]*class="md-content__button md-icon"[^>]*>.*?</a>', re.DOTALL),
    re.compile(r'<a class="headerlink" [^>]*>.*?</a>', re.DOTALL),
    re.compile(r'<aside class="md-source-file">.*?</aside>', re.DOTALL),
    # From "Keep reading" to the next section, the end of its generated block or the footnotes.
    re.compile(r'<h2 [^>]*id="keep-reading"[^>]*>.*?(?=<h2 |</section>|<div class="footnote"|$)', re.DOTALL),
)
_ATTRIBUTE = re.compile(r'(?<=\s)(id|for|href|src)="([^"]*)"')


@dataclass(frozen=True)
class Chapter:
    """One printed page: where it is built and how the print page refers to it."""

    url: str  # the page's own URL below the site root, e.g. "guides/staff-projects/"
    anchor: str  # its id on the print page, e.g. "guides-staff-projects"
    title: str


@dataclass(frozen=True)
class Part:
    """A heading of the table of contents: a book part (with its introduction) or an appendix."""

    title: str
    intro: Chapter | None
    chapters: list[Chapter]


def article(document: str) -> str:
    """The inner HTML of a built page's `<article>`, without the theme's buttons,
    permalinks, last-updated line and "Keep reading" section. Raises ValueError
    when the page has no article."""
    match = _ARTICLE.search(document)
    if match is None:
        raise ValueError("no <article> in the built page")
    content = match.group(1)
    for pattern in _DROP:
        content = pattern.sub("", content)
    return content.strip()


def relink(content: str, chapter: Chapter, print_url: str, printed: dict[str, str]) -> str:
    """Rewrite the ids and links of one chapter's HTML for the print page.

    `printed` maps the URL of every printed page to its anchor; `print_url` is
    the print page's own URL below the site root.
    """

    def target(url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith(("/", "mailto:")):
            return url
        if not parts.path:  # a fragment on this same page
            return f"#{chapter.anchor}--{parts.fragment}" if parts.fragment else f"#{chapter.anchor}"
        resolved = urlsplit(urljoin(f"http://site/{chapter.url}", url))
        path = resolved.path.removeprefix("/")
        if path in printed:
            anchor = printed[path]
            return f"#{anchor}--{resolved.fragment}" if resolved.fragment else f"#{anchor}"
        relative = posixpath.relpath(path or ".", print_url.rstrip("/") or ".")
        if path.endswith("/") and not relative.endswith("/"):
            relative += "/"
        return (
            relative
            + (f"?{resolved.query}" if resolved.query else "")
            + (f"#{resolved.fragment}" if resolved.fragment else "")
        )

    def replace(match: re.Match[str]) -> str:
        name, value = match.group(1), html.unescape(match.group(2))
        new = f"{chapter.anchor}--{value}" if name in ("id", "for") else target(value)
        return f'{name}="{html.escape(new, quote=True)}"'

    return _ATTRIBUTE.sub(replace, content)


def contents(parts: list[Part]) -> str:
    """The table of contents: parts, each with its chapters, as in-page links."""
    lines = [
        '<nav class="print-toc" aria-labelledby="print-contents">',
        '<h2 id="print-contents">Contents</h2>',
        "<ol>",
    ]
    for part in parts:
        title = html.escape(part.title)
        head = f'<a href="#{part.intro.anchor}">{title}</a>' if part.intro else title
        lines.append(f"<li>{head}<ol>")
        lines += [f'<li><a href="#{c.anchor}">{html.escape(c.title)}</a></li>' for c in part.chapters]
        lines.append("</ol></li>")
    lines += ["</ol>", "</nav>"]
    return "\n".join(lines)


def assemble(parts: list[Part], print_url: str, read: Callable[[str], str]) -> str:
    """The HTML that replaces `PRINT_MARKER`: the contents, then each part and
    its chapters as `<section>` elements. `read(url)` returns a built page's HTML."""
    printed = {c.url: c.anchor for part in parts for c in ([part.intro] if part.intro else []) + part.chapters}
    sections = [contents(parts)]
    for part in parts:
        if part.intro:
            body = relink(article(read(part.intro.url)), part.intro, print_url, printed)
            sections.append(f'<section class="print-part" id="{part.intro.anchor}">\n{body}\n</section>')
        else:
            anchor = "part-" + re.sub(r"[^a-z0-9]+", "-", part.title.lower()).strip("-")
            sections.append(
                f'<section class="print-part" id="{anchor}">\n<h1>{html.escape(part.title)}</h1>\n</section>'
            )
        for chapter in part.chapters:
            body = relink(article(read(chapter.url)), chapter, print_url, printed)
            sections.append(f'<section class="print-chapter" id="{chapter.anchor}">\n{body}\n</section>')
    return "\n".join(sections)


def insert(document: str, chapters_html: str) -> str:
    """Put the assembled chapters into the print page's HTML in place of the marker.
    Raises ValueError when the marker is missing."""
    if PRINT_MARKER not in document:
        raise ValueError(f"the print page has no {PRINT_MARKER}")
    return document.replace(PRINT_MARKER, f'<div id="print-edition">\n{chapters_html}\n</div>', 1)
