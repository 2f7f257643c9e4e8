"""Feeds of the site's pages: RSS 2.0, Atom and JSON Feed, built from the catalogue.

Three feeds, each in the three formats: stories, guides (book chapters and the
pages beyond the book) and everything (those plus the archetypes). A story's
date is the month its interview was published (`interviewed`); a page without
a date of its own uses the last commit that changed it (`macros.git_dates`).

XML is written with `xml.etree.ElementTree`, so every value is escaped by
construction; JSON with `json.dumps`. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from macros.catalogue import Catalogue, Page
from macros.models import Story

ATOM_NS = "http://www.w3.org/2005/Atom"
ET.register_namespace("atom", ATOM_NS)


@dataclass(frozen=True)
class FeedItem:
    """One page in a feed."""

    title: str
    url: str  # absolute
    summary: str
    published: datetime | None  # when the page's subject was published, if known
    updated: datetime | None  # when the page's text last changed, if known
    categories: tuple[str, ...] = ()

    @property
    def date(self) -> datetime | None:
        """The date a feed reader sorts by: publication, else last change."""
        return self.published or self.updated


@dataclass(frozen=True)
class Feed:
    """One feed: what it holds and where it is published (paths below the site root)."""

    id: str  # "all", "stories", "guides"
    title: str
    description: str
    home: str  # absolute URL of the page the feed belongs to
    author: str
    items: list[FeedItem] = field(default_factory=list)

    def path(self, kind: str) -> str:
        """Where the feed in format `kind` (rss, atom, json) is written, below the site root."""
        return feed_path(self.id, kind)


def feed_path(feed_id: str, kind: str) -> str:
    """`feed.xml`, `stories/atom.xml`, ...: where a feed is published, below the site root."""
    folder = "" if feed_id == "all" else f"{feed_id}/"
    return folder + {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}[kind]


#: Media types of the three formats, for `<link rel="alternate">`.
MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}


def month_start(value: str) -> datetime:
    """`2020-08` -> 1 August 2020, 00:00 UTC (a story's publication month)."""
    year, month = value.split("-")
    return datetime(int(year), int(month), 1, tzinfo=UTC)


def build_feeds(
    catalogue: Catalogue,
    site_url: str,
    site_name: str,
    site_author: str,
    url_of: Callable[[Page], str],
    updated_of: Callable[[Page], datetime | None],
) -> list[Feed]:
    """The three feeds of the site, newest item first.

    `url_of(page)` gives a content page's absolute URL; `updated_of(page)` its
    last change (or None). Items without any date come last, in catalogue order.
    """

    def item(page: Page) -> FeedItem:
        topics = tuple(catalogue.topic_label(topic) for topic in page.meta.topics)
        if isinstance(page.meta, Story):
            story: Story = page.meta
            title = f"{story.name}: {story.role}, {story.company}"
            return FeedItem(
                title, url_of(page), page.meta.description, month_start(story.interviewed), updated_of(page), topics
            )
        return FeedItem(page.title, url_of(page), page.meta.description, None, updated_of(page), topics)

    def newest_first(items: list[FeedItem]) -> list[FeedItem]:
        dated = sorted((i for i in items if i.date), key=lambda i: i.date, reverse=True)
        return dated + [i for i in items if not i.date]

    stories = [item(page) for page in catalogue.stories.values()]
    guides = [item(page) for page in [*catalogue.book_order, *catalogue.beyond.values()]]
    archetypes = [item(page) for page in catalogue.archetypes.values()]
    return [
        Feed(
            "all",
            site_name,
            "New and updated stories, guides and archetype pages.",
            site_url,
            site_author,
            newest_first(stories + guides + archetypes),
        ),
        Feed(
            "stories",
            f"{site_name}: stories",
            "Profiles of Staff-plus engineers, by the month their interview was published.",
            site_url + "stories/",
            site_author,
            newest_first(stories),
        ),
        Feed(
            "guides",
            f"{site_name}: guides",
            "Guides to the book's chapters and the pages beyond the book, by last update.",
            site_url + "guides/",
            site_author,
            newest_first(guides),
        ),
    ]


def _newest(feed: Feed) -> datetime:
    """The feed's own date: its newest item's (stable across rebuilds), else now."""
    dates = [d for i in feed.items for d in (i.published, i.updated) if d]
    return max(dates) if dates else datetime.now(UTC)


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def rss(feed: Feed, self_url: str) -> bytes:
    """The feed as RSS 2.0 (with an `atom:link rel="self"`, as validators ask)."""
    root = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(root, "channel")
    _text(channel, "title", feed.title)
    _text(channel, "link", feed.home)
    _text(channel, "description", feed.description)
    _text(channel, "language", "en")
    _text(channel, "lastBuildDate", format_datetime(_newest(feed)))
    ET.SubElement(channel, f"{{{ATOM_NS}}}link", {"href": self_url, "rel": "self", "type": MEDIA_TYPES["rss"]})
    for entry in feed.items:
        element = ET.SubElement(channel, "item")
        _text(element, "title", entry.title)
        _text(element, "link", entry.url)
        _text(element, "guid", entry.url, isPermaLink="true")
        _text(element, "description", entry.summary)
        if entry.date:
            _text(element, "pubDate", format_datetime(entry.date))
        for category in entry.categories:
            _text(element, "category", category)
    return _xml(root)


def atom(feed: Feed, self_url: str) -> bytes:
    """The feed as Atom 1.0 (RFC 4287): every entry has an id, title, link and updated date."""
    ns = f"{{{ATOM_NS}}}"
    root = ET.Element(f"{ns}feed", {"xml:lang": "en"})
    _text(root, f"{ns}id", feed.home)
    _text(root, f"{ns}title", feed.title)
    _text(root, f"{ns}subtitle", feed.description)
    _text(root, f"{ns}updated", _newest(feed).isoformat())
    ET.SubElement(root, f"{ns}link", {"href": feed.home, "rel": "alternate", "type": "text/html"})
    ET.SubElement(root, f"{ns}link", {"href": self_url, "rel": "self", "type": MEDIA_TYPES["atom"]})
    author = ET.SubElement(root, f"{ns}author")
    _text(author, f"{ns}name", feed.author)
    for entry in feed.items:
        element = ET.SubElement(root, f"{ns}entry")
        _text(element, f"{ns}id", entry.url)
        _text(element, f"{ns}title", entry.title)
        ET.SubElement(element, f"{ns}link", {"href": entry.url, "rel": "alternate", "type": "text/html"})
        _text(element, f"{ns}summary", entry.summary)
        if entry.published:
            _text(element, f"{ns}published", entry.published.isoformat())
        _text(element, f"{ns}updated", (entry.updated or entry.published or _newest(feed)).isoformat())
        for category in entry.categories:
            ET.SubElement(element, f"{ns}category", {"term": category})
    return _xml(root)


def json_feed(feed: Feed, self_url: str) -> bytes:
    """The feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.home,
        "feed_url": self_url,
        "description": feed.description,
        "language": "en",
        "items": [
            {
                "id": entry.url,
                "url": entry.url,
                "title": entry.title,
                "summary": entry.summary,
                "content_text": entry.summary,
                **({"date_published": entry.published.isoformat()} if entry.published else {}),
                **({"date_modified": entry.updated.isoformat()} if entry.updated else {}),
                **({"tags": list(entry.categories)} if entry.categories else {}),
            }
            for entry in feed.items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


WRITERS: dict[str, Callable[[Feed, str], bytes]] = {"rss": rss, "atom": atom, "json": json_feed}
