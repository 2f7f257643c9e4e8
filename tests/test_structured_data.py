"""Structured data: every page's JSON-LD parses and carries what schema.org (and
search engines' rich results) require for each type, generated from the catalogue."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SITE_URL = "https://staffplus-guide.github.io/staffplus-guide/"
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)

#: Properties each type must have (Google's required properties for rich results,
#: plus what this site promises: Articles name their author and sources).
REQUIRED = {
    "WebSite": {"name", "url"},
    "WebPage": {"name", "url"},
    "FAQPage": {"mainEntity"},
    "Question": {"name", "acceptedAnswer"},
    "Answer": {"text"},
    "Article": {"headline", "author", "datePublished", "dateModified", "image", "isBasedOn"},
    "ProfilePage": {"mainEntity", "url"},
    "Person": {"name"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "item"},
    "Organization": {"name"},
}


def graphs(site: Path) -> dict[str, dict]:
    """The JSON-LD document of every built page, by its URL path."""
    found = {}
    for path in sorted(site.rglob("index.html")):
        if path.parent.name == "rss":
            continue
        scripts = SCRIPT.findall(path.read_text(encoding="utf-8"))
        assert len(scripts) == 1, f"{path}: {len(scripts)} JSON-LD scripts"
        found[path.parent.relative_to(site).as_posix().removeprefix(".") + "/"] = json.loads(scripts[0])
    return found


@pytest.fixture(scope="module")
def documents(site):
    return graphs(site)


def walk(node):
    """Every typed node below `node`."""
    if isinstance(node, dict):
        if "@type" in node:
            yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def main(document: dict, kind: str) -> dict:
    return next(node for node in document["@graph"] if node["@type"] == kind)


def test_every_node_has_the_required_properties(documents):
    assert len(documents) > 80
    for url, document in documents.items():
        assert document["@context"] == "https://schema.org"
        for node in walk(document):
            missing = REQUIRED.get(node["@type"], set()) - set(node)
            if node["@type"] == "ListItem" and node is document["@graph"][-1]["itemListElement"][-1]:
                missing.discard("item")  # the last crumb may omit its URL (ours keep it)
            assert not missing, f"{url}: {node['@type']} lacks {sorted(missing)}"


def test_breadcrumbs_everywhere_lead_to_built_pages(documents, site):
    for url, document in documents.items():
        crumbs = main(document, "BreadcrumbList")["itemListElement"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1)), url
        assert crumbs[0]["item"] == SITE_URL
        for crumb in crumbs:
            path = crumb["item"].removeprefix(SITE_URL)
            assert (site / path / "index.html").is_file(), f"{url}: {crumb}"
        if url != "/":
            assert crumbs[-1]["item"] == SITE_URL + url.lstrip("/"), url


def test_guide_breadcrumbs_pass_through_the_book_part(documents, catalogue):
    guide = catalogue.guides["work-on-what-matters"]
    part = catalogue.part_of(guide)
    crumbs = main(documents["guides/work-on-what-matters/"], "BreadcrumbList")["itemListElement"]
    names = [c["name"] for c in crumbs]
    assert names[:2] == ["Staff-plus Field Guide", "Guides"] and names[3:] == [guide.title]
    assert names[2].endswith(part.part.title)  # the nav's section label, e.g. "Part II: Operating at Staff"


def test_home_page_is_the_website_with_its_search(documents):
    site = main(documents["/"], "WebSite")
    assert site["name"] == "Staff-plus Field Guide" and site["url"] == SITE_URL
    assert site["potentialAction"]["target"]["urlTemplate"] == SITE_URL + "?q={search_term_string}"


def test_faq_page_carries_every_question_and_answer(documents, catalogue):
    faq = main(documents["faq/"], "FAQPage")
    questions = {q["name"]: q["acceptedAnswer"]["text"] for q in faq["mainEntity"]}
    assert questions == {item.entry.question: item.entry.answer for item in catalogue.faq}


def test_guides_are_articles_with_author_and_sources(documents, catalogue):
    for folder, pages in (("guides", catalogue.guides), ("beyond", catalogue.beyond)):
        for slug, guide in pages.items():
            article = main(documents[f"{folder}/{slug}/"], "Article")
            assert article["headline"] == guide.title
            assert article["author"]["@type"] == "Organization" and article["author"]["name"]
            works = [catalogue.works[ref.work].title for ref in guide.meta.sources]
            based_on = [s.get("isPartOf", s)["name"] for s in article["isBasedOn"]]
            assert based_on == works, slug
            assert article["image"] == f"{SITE_URL}assets/images/social/{folder}/{slug}.png"


def test_stories_are_profile_pages_of_a_person(documents, catalogue):
    for slug, story in catalogue.stories.items():
        profile = main(documents[f"stories/{slug}/"], "ProfilePage")
        person = profile["mainEntity"]
        assert person["@type"] == "Person" and person["name"] == story.meta.name
        assert person["jobTitle"] == story.meta.role and person["worksFor"]["name"] == story.meta.company
        assert person["subjectOf"]["url"] == str(story.meta.staffeng_url)


def test_json_ld_cannot_close_its_script_element(site):
    for path in site.rglob("index.html"):
        for payload in SCRIPT.findall(path.read_text(encoding="utf-8")):
            assert "<" not in payload and ">" not in payload, path


def test_the_template_escapes_what_it_serializes():
    """Values are plain text today, but the template must not rely on that."""
    import jinja2

    from conftest import ROOT

    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    line = next(line for line in template.splitlines() if "application/ld+json" in line)
    hostile = "</script><script>alert(1)</script> & 'quoted'"
    rendered = jinja2.Environment().from_string(line).render(dist={"jsonld": {"name": hostile}})
    payload = SCRIPT.search(rendered).group(1)
    assert "<" not in payload and "&" not in payload.replace("\\u0026", "")
    assert json.loads(payload)["name"] == hostile
