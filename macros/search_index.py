"""Search: what goes into the site's search index, and how much each page weighs.

Material's search plugin indexes every section of every page. Two rules keep
its results useful for any page added later:

- Generated blocks (a story's profile box, a guide's source note, related
  lists, ladder links, questions lists, previous/next) repeat the same words
  on many pages, so they are marked `data-search-exclude` (`exclude`): a
  result then shows the page's own words, and a list of links never outranks
  the page it links to.
- Each page gets `page.meta["search"]["boost"]` from its kind (`boost_for`):
  pages ABOUT one thing (stories, guides, archetypes, beyond-the-book pages)
  weigh more than hub pages that mostly list links. A story also gets its
  subject's name and company as search tags, the field Material weighs most.

Nothing here depends on MkDocs; `annotate` takes the macros plugin's `env`.
"""

from __future__ import annotations

import re

from macros.safety import is_hub

#: Boost by kind of page (Material multiplies each section's score by it).
ABOUT_BOOST = 4.0
PAGE_BOOST = 1.0
FAQ_BOOST = 0.5
HUB_BOOST = 0.1

#: Folders whose pages are each about one thing (their index pages are hubs).
ABOUT_FOLDERS = ("stories", "guides", "beyond", "archetypes", "ladders")

_HEADING = re.compile(r"^(#{1,6} .*?)(?:\s*\{([^}]*)\})?\s*$")


def exclude(markdown: str) -> str:
    """Return generated `markdown` wrapped so Material leaves it out of the index.

    The block goes in a `<section markdown data-search-exclude>` (md_in_html),
    not a `<div>`: Material's indexer matches closing tags by name only, so
    the first nested `</div>` (an admonition's) would end the exclusion. Every
    heading in it gets the attribute too (attr_list), since Material starts a
    new indexed section at each heading even inside an excluded block.
    Empty input gives an empty string."""
    if not markdown.strip():
        return ""
    lines = []
    for line in markdown.splitlines():
        match = _HEADING.match(line)
        if match:
            attrs = " ".join(filter(None, [(match.group(2) or "").strip(), "data-search-exclude"]))
            line = f"{match.group(1)} {{ {attrs} }}"
        lines.append(line)
    body = "\n".join(lines)
    return f"<section markdown data-search-exclude>\n\n{body}\n\n</section>\n"


def split_title(markdown: str) -> tuple[str, str]:
    """Split rendered header `markdown` into its leading `# Title` line (kept in
    the index: it names the page) and the rest. Without a leading h1 the title
    part is empty."""
    stripped = markdown.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first + "\n", rest
    return "", markdown


def boost_for(src: str) -> float:
    """The search boost for the page at `src` (path below docs/): hub pages and
    folder indexes `HUB_BOOST`, the FAQ `FAQ_BOOST`, pages about one thing
    (`ABOUT_FOLDERS`) `ABOUT_BOOST`, anything else `PAGE_BOOST`."""
    if src == "faq.md":
        return FAQ_BOOST
    if src.endswith("index.md") or (is_hub(src) and not src.startswith("ladders/")):
        return HUB_BOOST
    if src.split("/", 1)[0] in ABOUT_FOLDERS:
        return ABOUT_BOOST
    return PAGE_BOOST


def annotate(env, item) -> None:
    """Set `search.boost` (unless the page's front matter sets one) and, for a
    story (`item.meta` with `name` and `company`), search tags naming its
    subject and company. `item` is the catalogue entry for the page or None."""
    page = env.page.file.page  # the macros plugin hands us a copy; keep MkDocs' own page
    search = page.meta.get("search")
    search = dict(search) if isinstance(search, dict) else {}
    search.setdefault("boost", boost_for(page.file.src_uri))
    page.meta["search"] = search
    meta = getattr(item, "meta", None)
    name = getattr(meta, "name", None)
    company = getattr(meta, "company", None)
    if "tags" in page.meta:
        return
    if name and company:
        page.meta["tags"] = [str(name), str(company)]
    elif search["boost"] == ABOUT_BOOST and page.meta.get("title"):
        page.meta["tags"] = [str(page.meta["title"]), *_chapter_titles(meta, page.file.src_uri)]


def _chapter_titles(meta, src: str) -> list[str]:
    """The titles of the sources a page retells under its own title: those whose
    URL ends in the page's slug (a guide titled anew is still found by the name
    of the book chapter it covers, e.g. "Getting the title where you are")."""
    slug = src.rsplit("/", 1)[-1].removesuffix(".md")
    titles = []
    for source in getattr(meta, "sources", None) or []:
        url, title = getattr(source, "url", None), getattr(source, "title", None)
        if url and title and str(url).rstrip("/").endswith("/" + slug) and title != getattr(meta, "title", None):
            titles.append(str(title))
    return titles
