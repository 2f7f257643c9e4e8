"""Feeds: RSS 2.0, Atom and JSON Feed for stories, guides and everything, valid,
complete, advertised on every page, and reachable at staffeng.com's old /rss."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from macros.feeds import ATOM_NS, Feed, FeedItem, atom, json_feed, rss

SITE_URL = "https://staffplus-guide.github.io/staffplus-guide/"
A = f"{{{ATOM_NS}}}"


def built(site: Path, url: str) -> Path:
    """The built file an absolute URL of the site points at."""
    path = url.removeprefix(SITE_URL)
    return site / path / "index.html" if path.endswith("/") or not path else site / path


def expected_urls(catalogue, feed_id: str) -> set[str]:
    stories = {f"{SITE_URL}stories/{slug}/" for slug in catalogue.stories}
    guides = {f"{SITE_URL}guides/{slug}/" for slug in catalogue.guides}
    guides |= {f"{SITE_URL}beyond/{slug}/" for slug in catalogue.beyond}
    archetypes = {f"{SITE_URL}archetypes/{slug}/" for slug in catalogue.archetypes}
    return {"stories": stories, "guides": guides, "all": stories | guides | archetypes}[feed_id]


FEEDS = {"all": "", "stories": "stories/", "guides": "guides/"}


@pytest.mark.parametrize("feed_id", FEEDS)
def test_rss_feed_is_valid_and_complete(site, catalogue, feed_id):
    root = ET.parse(site / FEEDS[feed_id] / "feed.xml").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for field in ("title", "link", "description", "lastBuildDate"):
        assert channel.findtext(field), field
    assert channel.find(f"{A}link").get("href") == f"{SITE_URL}{FEEDS[feed_id]}feed.xml"
    items = channel.findall("item")
    links = [item.findtext("link") for item in items]
    assert set(links) == expected_urls(catalogue, feed_id) and len(links) == len(set(links))
    for item in items:
        assert item.findtext("title") and item.findtext("description")
        assert item.findtext("guid") == item.findtext("link") and item.find("guid").get("isPermaLink") == "true"
        assert built(site, item.findtext("link")).is_file(), item.findtext("link")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None  # every page has a date here
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_story_items_are_dated_by_the_interview_month(site, catalogue):
    channel = ET.parse(site / "stories" / "feed.xml").getroot().find("channel")
    for item in channel.findall("item"):
        slug = item.findtext("link").rstrip("/").rsplit("/", 1)[-1]
        story = catalogue.stories[slug].meta
        assert parsedate_to_datetime(item.findtext("pubDate")).strftime("%Y-%m-%d") == f"{story.interviewed}-01"
        assert item.findtext("title") == f"{story.name}: {story.role}, {story.company}"
        assert item.findtext("description") == story.description


@pytest.mark.parametrize("feed_id", FEEDS)
def test_atom_feed_has_what_rfc_4287_requires(site, catalogue, feed_id):
    root = ET.parse(site / FEEDS[feed_id] / "atom.xml").getroot()
    assert root.tag == f"{A}feed"
    for field in ("id", "title", "updated"):
        assert root.findtext(f"{A}{field}"), field
    assert root.find(f"{A}author/{A}name").text
    entries = root.findall(f"{A}entry")
    assert {e.find(f"{A}link").get("href") for e in entries} == expected_urls(catalogue, feed_id)
    for entry in entries:
        for field in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{A}{field}"), field
        datetime.fromisoformat(entry.findtext(f"{A}updated"))


@pytest.mark.parametrize("feed_id", FEEDS)
def test_json_feed_follows_version_1_1(site, catalogue, feed_id):
    document = json.loads((site / FEEDS[feed_id] / "feed.json").read_text(encoding="utf-8"))
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["title"] and document["feed_url"] == f"{SITE_URL}{FEEDS[feed_id]}feed.json"
    assert {item["url"] for item in document["items"]} == expected_urls(catalogue, feed_id)
    assert all(item["id"] and item["title"] and item["content_text"] for item in document["items"])


def test_every_page_advertises_the_feeds(site):
    for page in site.rglob("index.html"):
        if page.parent.name == "rss":
            continue
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        feeds = re.findall(r'<link rel="alternate feed" type="application/rss\+xml" title="[^"]+" href="([^"]+)"', head)
        assert feeds == [f"{SITE_URL}feed.xml", f"{SITE_URL}stories/feed.xml", f"{SITE_URL}guides/feed.xml"], page


def test_rss_path_leads_to_the_feed(site):
    """staffeng.com's feed lived at /rss; here /rss/ sends readers on to feed.xml."""
    page = (site / "rss" / "index.html").read_text(encoding="utf-8")
    refresh = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', page).group(1)
    assert (site / "rss" / refresh).resolve() == (site / "feed.xml").resolve()
    assert 'type="application/rss+xml"' in page  # feed readers find it by autodiscovery too
    ET.parse(site / "feed.xml")


def test_values_are_escaped_by_construction():
    nasty = 'Q&A <script>alert("x")</script> ]]>'
    when = datetime(2024, 1, 2, tzinfo=UTC)
    feed = Feed("all", nasty, nasty, SITE_URL, nasty, [FeedItem(nasty, SITE_URL + "a/", nasty, when, when, (nasty,))])
    channel = ET.fromstring(rss(feed, SITE_URL + "feed.xml")).find("channel")
    assert channel.findtext("title") == nasty and channel.find("item").findtext("description") == nasty
    entry = ET.fromstring(atom(feed, SITE_URL + "atom.xml")).find(f"{A}entry")
    assert entry.findtext(f"{A}title") == nasty
    assert json.loads(json_feed(feed, SITE_URL + "feed.json"))["items"][0]["title"] == nasty


def test_items_without_a_date_have_no_pub_date_and_stay_valid():
    dated = FeedItem("new", SITE_URL + "n/", "s", None, datetime(2024, 1, 2, tzinfo=UTC))
    undated = FeedItem("undated", SITE_URL + "u/", "s", None, None)
    channel = ET.fromstring(rss(Feed("all", "t", "d", SITE_URL, "a", [dated, undated]), "x")).find("channel")
    assert channel.findall("item")[1].find("pubDate") is None
    ET.fromstring(atom(Feed("all", "t", "d", SITE_URL, "a", [undated]), "x"))
