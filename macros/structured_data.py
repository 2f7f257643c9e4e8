"""Structured data (schema.org JSON-LD) for each page, from the catalogue.

`page_graph` returns the graph of one page: a `BreadcrumbList` everywhere,
`WebSite` on the home page, `FAQPage` on the FAQ, `Article` on guides and the
pages beyond the book (with author and sources), `ProfilePage` with a `Person`
on stories, a `WebPage` otherwise. The theme template
(`overrides/main.html`) serializes it with Jinja's `tojson`, which escapes
`<`, `>`, `&` and `'` so the JSON cannot end its `<script>` element.
Nothing here depends on MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.catalogue import Catalogue, Page
from macros.git_dates import FileDates
from macros.models import Guide, Story

SCHEMA = "https://schema.org"
#: The licence of the site's text (see LICENSE-CONTENT).
CONTENT_LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/"


@dataclass(frozen=True)
class Site:
    """What the graph says about the site itself (from mkdocs.yml)."""

    name: str
    url: str  # absolute, ends with /
    description: str
    author: str


@dataclass(frozen=True)
class PageInfo:
    """What the graph needs to know about the page being built."""

    src: str  # path below docs/
    url: str  # absolute
    title: str
    description: str
    breadcrumbs: list[tuple[str, str]]  # (name, absolute URL), home first, this page last
    dates: FileDates | None
    image: str | None  # absolute URL of the social card


def _organization(site: Site) -> dict:
    return {"@type": "Organization", "name": site.author, "url": site.url}


def _dates(dates: FileDates | None, published: str = "datePublished") -> dict:
    if dates is None:
        return {}
    return {published: dates.created.isoformat(), "dateModified": dates.updated.isoformat()}


def breadcrumb_list(trail: list[tuple[str, str]]) -> dict:
    """A `BreadcrumbList`: each step with its position, name and URL."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def website(site: Site) -> dict:
    """The `WebSite`, with the search the theme offers at `?q=`."""
    return {
        "@type": "WebSite",
        "@id": f"{site.url}#website",
        "name": site.name,
        "url": site.url,
        "description": site.description,
        "inLanguage": "en",
        "license": CONTENT_LICENSE,
        "publisher": _organization(site),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{site.url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def faq_page(catalogue: Catalogue, site: Site, info: PageInfo, url_of) -> dict:
    """The `FAQPage`: every question with its accepted answer and the page that
    answers it at length (`url_of(page, anchor)` gives absolute URLs)."""
    return {
        "@type": "FAQPage",
        "url": info.url,
        "name": info.title,
        "mainEntity": [
            {
                "@type": "Question",
                "@id": f"{info.url}#{item.entry.id}",
                "name": item.entry.question,
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": item.entry.answer,
                    "url": url_of(item.page, item.entry.anchor),
                },
            }
            for item in catalogue.faq
        ],
        **_dates(info.dates),
    }


def _work(catalogue: Catalogue, ref) -> dict:
    work = catalogue.works[ref.work]
    node: dict = {"@type": "Book" if work.kind == "book" else "CreativeWork", "name": work.title}
    if ref.title:
        node = {"@type": "CreativeWork", "name": ref.title, "isPartOf": node}
    if work.author:
        node["author"] = {"@type": "Person", "name": work.author}
    url = ref.url or work.url
    if url:
        node["url"] = str(url)
    return node


def article(catalogue: Catalogue, site: Site, info: PageInfo, guide: Page[Guide]) -> dict:
    """An `Article` for a guide: headline, description, author (the site's
    contributors), publisher, dates from git, image, and the works it is based on."""
    node = {
        "@type": "Article",
        "@id": f"{info.url}#article",
        "headline": guide.title[:110],
        "description": guide.meta.description,
        "url": info.url,
        "mainEntityOfPage": info.url,
        "inLanguage": "en",
        "author": _organization(site),
        "publisher": _organization(site),
        "license": CONTENT_LICENSE,
        "isBasedOn": [_work(catalogue, ref) for ref in guide.meta.sources],
        "keywords": [catalogue.topic_label(topic) for topic in guide.meta.topics],
        **_dates(info.dates),
    }
    if info.image:
        node["image"] = info.image
    return node


def profile_page(catalogue: Catalogue, site: Site, info: PageInfo, story: Page[Story]) -> dict:
    """A `ProfilePage` whose main entity is the interviewee (`Person`), with the
    role and company at the time and the original interview."""
    meta = story.meta
    node = {
        "@type": "ProfilePage",
        "@id": f"{info.url}#profile",
        "url": info.url,
        "name": info.title,
        "description": meta.description,
        "inLanguage": "en",
        "author": _organization(site),
        "isBasedOn": str(meta.staffeng_url),
        "mainEntity": {
            "@type": "Person",
            "name": meta.name,
            "jobTitle": meta.role,
            "worksFor": {"@type": "Organization", "name": meta.company},
            "subjectOf": {
                "@type": "CreativeWork",
                "name": f"{meta.name} on staffeng.com",
                "url": str(meta.staffeng_url),
            },
        },
        **_dates(info.dates, published="dateCreated"),
    }
    if info.image:
        node["image"] = info.image
    return node


def web_page(site: Site, info: PageInfo) -> dict:
    """A plain `WebPage` for every other page."""
    node = {
        "@type": "WebPage",
        "url": info.url,
        "name": info.title,
        "description": info.description,
        "inLanguage": "en",
        "isPartOf": {"@id": f"{site.url}#website"},
        **_dates(info.dates),
    }
    if info.image:
        node["image"] = info.image
    return node


#: The FAQ hub page, whose content is the catalogue's FAQ.
FAQ_PAGE = "faq.md"
HOME_PAGE = "index.md"


def page_graph(catalogue: Catalogue, site: Site, info: PageInfo, url_of) -> dict:
    """The JSON-LD document of one page: `{"@context": ..., "@graph": [...]}`.

    `url_of(page, anchor=None)` gives a catalogue page's absolute URL.
    """
    page = catalogue.page(info.src)
    if info.src == HOME_PAGE:
        main = website(site)
    elif info.src == FAQ_PAGE:
        main = faq_page(catalogue, site, info, url_of)
    elif page is not None and isinstance(page.meta, Story):
        main = profile_page(catalogue, site, info, page)
    elif page is not None and isinstance(page.meta, Guide):
        main = article(catalogue, site, info, page)
    else:
        main = web_page(site, info)
    return {"@context": SCHEMA, "@graph": [main, breadcrumb_list(info.breadcrumbs)]}
