"""How the site is found, followed and cited: the MkDocs side of feeds,
last-updated dates, social cards, structured data, open data and the print edition.

Called from the macros module (`macros/__init__.py`):

- `setup` (from `define_env`) reads the git dates of every page once;
- `annotate` (from `on_post_page_macros`, for every page) puts what the theme
  templates need into `page.meta["distribution"]`: the last-updated date, the
  social card's URL and the page's JSON-LD graph (`overrides/main.html`,
  `partials/source-file.html` and `sitemap.xml` read it);
- `publish` (from `on_post_build`, after the audit) writes the social cards,
  the feeds and the `/rss` redirect, the open data files, and fills in the
  print edition.

The work itself is done by MkDocs-free modules: `git_dates`, `feeds`,
`social_cards`, `structured_data`, `open_data` and `print_edition`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from macros import feeds, open_data, print_edition, social_cards
from macros.catalogue import Catalogue, Page
from macros.git_dates import FileDates, file_dates
from macros.safety import HUB_PAGES, audit_html
from macros.structured_data import PageInfo, Site, page_graph

#: The key of `page.meta` that carries this module's values to the templates.
META_KEY = "distribution"
#: Where social cards go below the site root (the same place as Material's social plugin).
SOCIAL_DIR = "assets/images/social"
#: The print edition's page, and the PDF that `scripts/print_pdf.py` writes beside it.
PRINT_PAGE = "print.md"
PDF_NAME = "staff-plus-field-guide.pdf"
#: Where the `/rss` path of staffeng.com's old feed points.
RSS_REDIRECT = "rss/index.html"
STATE = "distribution_state"


@dataclass
class State:
    """What one build knows, from `setup` to `publish`."""

    catalogue: Catalogue
    site: Site
    dates: dict[str, FileDates]
    directory_urls: bool
    cache_dir: Path
    pages: dict = field(default_factory=dict)  # src -> the MkDocs page being built

    def page_path(self, src: str) -> str:
        """The URL path of a page below the site root, e.g. `stories/dan-na/`."""
        stem = src.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            return stem.removesuffix("index")
        return f"{stem}/" if self.directory_urls else f"{stem}.html"

    def url_of(self, page: Page, anchor: str | None = None) -> str:
        """The absolute URL of a catalogue page (and a section of it)."""
        return self.site.url + self.page_path(page.src) + (f"#{anchor}" if anchor else "")

    def dates_for(self, src: str) -> FileDates | None:
        """Git dates of a page; a hub page, rebuilt from all content, changes
        whenever any content does."""
        own = self.dates.get(src)
        if src not in HUB_PAGES or not self.dates:
            return own
        newest = max(d.updated for d in self.dates.values())
        return FileDates(created=own.created if own else newest, updated=newest)


def setup(env, catalogue: Catalogue) -> None:
    """Read the git dates of every file below docs/ and keep them with the site's
    settings for the rest of the build (in `env.variables`)."""
    conf = env.conf
    site_url = conf.get("site_url") or ""
    env.variables[STATE] = State(
        catalogue=catalogue,
        site=Site(
            name=conf["site_name"],
            url=site_url if site_url.endswith("/") else site_url + "/",
            description=" ".join((conf.get("site_description") or "").split()),
            author=conf.get("site_author") or f"{conf['site_name']} contributors",
        ),
        dates=file_dates(Path(conf["docs_dir"])),
        directory_urls=conf.get("use_directory_urls", True),
        cache_dir=Path(conf["config_file_path"] or ".").resolve().parent / ".cache" / "social-cards",
    )


def _title(state: State, page, markdown: str) -> str:
    """The page's title as the reader sees it (the H1 is often generated, so
    MkDocs does not know it yet when the Markdown is ready)."""
    if page.is_homepage:
        return state.site.name
    content = state.catalogue.page(page.file.src_uri)
    if content is not None:
        return content.title
    if page.meta.get("title"):
        return str(page.meta["title"])
    heading = re.search(r"^#\s+(.+?)\s*(\{.*\})?\s*$", markdown, re.MULTILINE)
    return heading.group(1) if heading else str(page.title)


def _sections(page) -> list:
    """The page's nav sections, outermost first."""
    return list(reversed([a for a in page.ancestors if a.is_section]))


def section_label(page) -> str:
    """`Guides · Operating at Staff`: where the page sits in the navigation."""
    return " · ".join(section.title for section in _sections(page))


def _breadcrumbs(state: State, page, title: str) -> list[tuple[str, str]]:
    """Home, then each enclosing section that has a page of its own (its index
    page, or a book part's introduction), then the page."""
    part_pages = {part.part.page for part in state.catalogue.parts}
    trail = [(state.site.name, state.site.url)]
    for section in _sections(page):
        first = next((c for c in section.children if c.is_page), None)
        if first is not None and (first.is_index or first.file.src_uri in part_pages):
            trail.append((section.title, state.site.url + first.url))
    if page.is_homepage:
        return trail
    here = state.site.url + page.url
    return [*(step for step in trail if step[1] != here), (title, here)]


def card_path(src: str) -> str:
    """Where the social card of the page at `src` is written, below the site root."""
    return f"{SOCIAL_DIR}/{src.removesuffix('.md')}.png"


def annotate(env) -> None:
    """Record the page being built and give its templates `page.meta["distribution"]`:
    `updated` (ISO date or None), `updated_label`, `show_updated`, `image`,
    `image_alt`, `jsonld` (the graph to serialize) and `noindex`."""
    state: State = env.variables[STATE]
    page = env.page.file.page  # the macros plugin hands us a copy; keep MkDocs' own page
    src = page.file.src_uri
    state.pages[src] = page
    dates = state.dates_for(src)
    title = _title(state, page, env.markdown)
    image = state.site.url + card_path(src)
    description = page.meta.get("description") or state.site.description
    info = PageInfo(
        src=src,
        url=state.site.url + page.url,
        title=title,
        description=" ".join(str(description).split()),
        breadcrumbs=_breadcrumbs(state, page, title),
        dates=dates,
        image=image,
    )
    section = section_label(page)
    page.meta[META_KEY] = {
        "updated": dates.updated.isoformat() if dates else None,
        "updated_label": f"{dates.updated:%B} {dates.updated.day}, {dates.updated.year}" if dates else None,
        "show_updated": dates is not None and src not in HUB_PAGES and not page.is_homepage,
        "image": image,
        "image_alt": f"{title}, {section}" if section else title,
        "jsonld": page_graph(state.catalogue, state.site, info, state.url_of),
        "noindex": src == PRINT_PAGE,
    }


def publish(env) -> list[str]:
    """Write everything that is made from the whole build, below the site folder.

    Returns problems (one line each) found in the assembled print page by the
    same audit as every other page; empty when all is well.
    """
    state: State = env.variables[STATE]
    site_dir = Path(env.conf["site_dir"])
    _write_cards(state, site_dir)
    _write_feeds(state, site_dir)
    items = open_data.records(state.catalogue, state.url_of, lambda page: state.dates.get(page.src))
    open_data.write_all(site_dir, items, state.site.name, state.site.url)
    return _write_print_edition(state, site_dir)


def publish_cards(env) -> None:
    """Write the social cards of the pages rendered in this build only (all of
    them in a full build; the saved ones in a `--dirty` rebuild)."""
    state: State = env.variables[STATE]
    _write_cards(state, Path(env.conf["site_dir"]))


def _write_cards(state: State, site_dir: Path) -> None:
    parts = urlsplit(state.site.url)
    footer = (parts.netloc + parts.path).rstrip("/")
    for src, page in state.pages.items():
        title = state.site.name if page.is_homepage else str(page.title)
        card = social_cards.Card(title, section_label(page), state.site.name, footer)
        social_cards.write_card(card, site_dir / card_path(src), state.cache_dir)


def _write_feeds(state: State, site_dir: Path) -> None:
    built = state.catalogue

    def updated_of(page: Page):
        dates = state.dates.get(page.src)
        return dates.updated if dates else None

    for feed in feeds.build_feeds(built, state.site.url, state.site.name, state.site.author, state.url_of, updated_of):
        for kind, writer in feeds.WRITERS.items():
            target = site_dir / feed.path(kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(writer(feed, state.site.url + feed.path(kind)))
    target = site_dir / RSS_REDIRECT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(rss_redirect(state.site), encoding="utf-8")


def rss_redirect(site: Site) -> str:
    """The page at `/rss` (staffeng.com's old feed address): it sends browsers
    and feed readers on to the RSS feed of everything."""
    feed = site.url + "feed.xml"
    name = html.escape(site.name)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{name}: feed</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{feed}">
<link rel="alternate" type="{feeds.MEDIA_TYPES["rss"]}" title="{name}" href="../feed.xml">
<meta http-equiv="refresh" content="0; url=../feed.xml">
</head>
<body>
<p>The feed of {name} is at <a href="../feed.xml">{feed}</a>.</p>
</body>
</html>
"""


def _anchor(src: str) -> str:
    return src.removesuffix(".md").replace("/", "-")


def _write_print_edition(state: State, site_dir: Path) -> list[str]:
    if PRINT_PAGE not in state.pages:
        return []
    kb = state.catalogue

    def chapter(src: str, title: str) -> print_edition.Chapter:
        return print_edition.Chapter(state.page_path(src), _anchor(src), title)

    def intro(src: str, fallback: str) -> print_edition.Chapter | None:
        page = state.pages.get(src)
        return chapter(src, str(page.title) if page else fallback) if page else None

    parts = [
        print_edition.Part(
            part.part.title,
            intro(part.part.page, part.part.title),
            [chapter(g.src, g.title) for g in part.chapters if g.src in state.pages],
        )
        for part in kb.parts
    ]
    beyond = [chapter(g.src, g.title) for g in kb.beyond.values() if g.src in state.pages]
    if beyond:
        parts.append(print_edition.Part("Beyond the book", intro("beyond/index.md", "Beyond the book"), beyond))

    def built(url: str) -> Path:
        return site_dir / url / "index.html" if url.endswith("/") or not url else site_dir / url

    def read(url: str) -> str:
        return built(url).read_text(encoding="utf-8")

    target = built(state.page_path(PRINT_PAGE))
    document = print_edition.insert(
        target.read_text(encoding="utf-8"), print_edition.assemble(parts, state.page_path(PRINT_PAGE), read)
    )
    target.write_text(document, encoding="utf-8")
    return [
        f"docs/{PRINT_PAGE}:1: body: the assembled print edition has a {finding}" for finding in audit_html(document)
    ]


#: The feeds as the open data page lists them: id, what it holds.
FEED_LIST = (
    ("all", "Everything: stories, guides and archetype pages"),
    ("stories", "Stories, by the month the interview was published"),
    ("guides", "Guides and the pages beyond the book, by last update"),
)


def open_data_page(env, renderer, page_src: str) -> str:
    """The tables of the open data page: each dataset with its record count and
    schema, and each feed in its three formats, linked relative to the page."""
    state: State = env.variables[STATE]
    depth = state.page_path(page_src).count("/")
    kb = state.catalogue
    counts = {
        "stories": len(kb.stories),
        "archetypes": len(kb.archetypes),
        "guides": len(kb.guides) + len(kb.beyond),
        "faq": len(kb.faq),
        "ladders": len(kb.ladders),
        "resources": len(kb.resources.resources),
    }
    feed_paths = {feed_id: {kind: feeds.feed_path(feed_id, kind) for kind in feeds.WRITERS} for feed_id, _ in FEED_LIST}
    return renderer.render(
        "open_data.md",
        page_src,
        root="../" * depth,
        datasets=[(dataset, counts[dataset.name]) for dataset in open_data.DATASETS],
        feeds=[(label, feed_paths[feed_id]) for feed_id, label in FEED_LIST],
        license=open_data.LICENSE,
    )
