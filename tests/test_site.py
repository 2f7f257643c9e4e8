"""The built site, as a reader sees it: cross-links generated from front
matter, the FAQ, guides in book order with their generated blocks."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest
from bs4 import BeautifulSoup, Tag

ARCHETYPES = ("tech-lead", "architect", "solver", "right-hand")


def section_links(soup: BeautifulSoup, heading_id: str) -> list[str]:
    """Site paths (e.g. `stories/dan-na/`) of the links between the heading with
    `heading_id` and the next heading of its level, resolved from the page's URL."""
    heading = soup.find(id=heading_id)
    assert heading is not None, f"no #{heading_id}"
    links = []
    for sibling in heading.find_next_siblings():
        if isinstance(sibling, Tag) and sibling.name == heading.name:
            break
        links += [a["href"] for a in sibling.find_all("a", href=True)] if isinstance(sibling, Tag) else []
    base = soup.find("link", rel="canonical")["href"].split("/", 3)[3].split("/", 1)[1]
    return [urljoin(f"http://site/{base}", href).removeprefix("http://site/") for href in links]


def slug_of(path: str, folder: str) -> str | None:
    """`stories/dan-na/` -> `dan-na` when folder is `stories`."""
    match = re.fullmatch(rf"{folder}/([a-z0-9-]+)/(#.*)?", path)
    return match.group(1) if match else None


def resolve(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The built file and fragment a relative link on page `page_url` points at."""
    target, fragment = urldefrag(urljoin(f"http://site/{page_url}", href))
    path = target.removeprefix("http://site/")
    return site / path / "index.html" if path.endswith("/") or not path else site / path, fragment


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_archetype_page_links_exactly_the_stories_that_name_it(html, catalogue, archetype):
    links = section_links(html(f"archetypes/{archetype}/"), "stories")
    linked = {slug_of(href, "stories") for href in links}
    expected = {story.slug for story in catalogue.stories.values() if archetype in story.meta.archetypes}
    assert linked - {None} == expected and expected


def test_every_story_links_back_to_each_of_its_archetypes(html, catalogue):
    for story in catalogue.stories.values():
        soup = html(f"stories/{story.slug}/")
        glance = soup.select_one(".admonition.info")
        hrefs = [a["href"] for a in glance.find_all("a", href=True)]
        linked = {slug_of(urljoin(f"http://site/stories/{story.slug}/", h)[12:], "archetypes") for h in hrefs} - {None}
        assert linked == set(story.meta.archetypes), story.slug
        if not story.meta.archetypes and story.meta.origin == "book":
            assert "none assigned in the book" in glance.get_text()
        elif not story.meta.archetypes:
            assert "the book's lists do not include this interview" in glance.get_text()


def test_story_lists_the_other_stories_of_its_archetype(html):
    links = section_links(html("stories/dan-na/"), "other-tech-lead-stories")
    assert {slug_of(href, "stories") for href in links} == {"diana-pojar", "ritu-vincent", "stephen-wan"}


def test_story_header_shows_role_company_and_original_interview(html):
    glance = html("stories/katie-sylor-miller/").select_one(".admonition.info")
    text = glance.get_text(" ", strip=True)
    assert "Frontend Architect, Etsy" in text and "August 2020" in text
    assert glance.find("a", href="https://staffeng.com/stories/katie-sylor-miller")


def test_story_titles_come_from_front_matter_names(html):
    soup = html("stories/katie-sylor-miller/")
    assert soup.find("h1").get_text(strip=True).startswith("Katie Sylor-Miller")
    assert soup.title.get_text().startswith("Katie Sylor-Miller")


def test_stories_index_groups_by_archetype_and_lists_unassigned(html, catalogue):
    soup = html("stories/")
    for archetype in ARCHETYPES:
        linked = {slug_of(path, "stories") for path in section_links(soup, archetype)}
        placed = catalogue.stories_for(archetype) + catalogue.stories_for(archetype, "self")
        assert {s.slug for s in placed} == linked - {None}
    unassigned = {slug_of(path, "stories") for path in section_links(soup, "unassigned")}
    assert unassigned == {s.slug for s in catalogue.unassigned_stories()}


def test_faq_lists_every_entry_once_and_its_links_resolve(site, html, catalogue):
    soup = html("faq/")
    for item in catalogue.faq:
        headings = soup.find_all(id=item.entry.id)
        assert len(headings) == 1, item.entry.id
        read_more = headings[0].find_next_sibling("div", class_="faq-answer").find_all("p")[-1]
        href = read_more.find("a")["href"]
        path, fragment = resolve(site, "faq/", href)
        assert path.is_file(), href
        if item.entry.anchor:
            assert fragment == item.entry.anchor
            assert BeautifulSoup(path.read_text(), "html.parser").find(id=fragment), href


def test_faq_is_grouped_by_topic_group(html, catalogue):
    soup = html("faq/")
    groups = [h2["id"] for h2 in soup.select("article h2[id]")]
    assert groups == [group.group.id for group in catalogue.faq_groups if group.items]
    for group in catalogue.faq_groups:
        assert all(catalogue.topics.topics[i.entry.topic].group == group.group.id for i in group.items)


def test_no_macro_or_template_error_text_anywhere(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for marker in ("Macro Syntax Error", "Macro Rendering Error", "Traceback", "{{", "{%", "UndefinedError"):
            assert marker not in text, f"{marker!r} in {page.relative_to(site)}"


def test_every_book_chapter_has_a_guide_with_source_and_generated_blocks(html, catalogue):
    for part in catalogue.parts:
        for guide in part.chapters:
            soup = html(f"guides/{guide.slug}/")
            source = soup.select_one(".admonition.abstract")
            assert source and "Staff Engineer" in source.get_text(), guide.slug
            assert soup.find(id="stories") and soup.find(id="questions"), guide.slug
            url = next((str(ref.url) for ref in guide.meta.sources if ref.url), None)
            if url:
                assert source.find("a", href=url), guide.slug


def test_book_guides_link_to_staffeng(catalogue):
    for guide in catalogue.book_order:
        urls = [str(ref.url) for ref in guide.meta.sources if ref.url]
        assert f"https://staffeng.com/guides/{guide.slug}" in urls, guide.slug


def test_guides_link_previous_and_next_in_book_order(html, catalogue):
    order = catalogue.book_order
    for index, guide in enumerate(order):
        links = section_links(html(f"guides/{guide.slug}/"), "keep-reading")
        slugs = [slug_of(href, "guides") for href in links]
        expected = [order[i].slug for i in (index - 1, index + 1) if 0 <= i < len(order)]
        assert [s for s in slugs if s] == expected, guide.slug


def test_guide_lists_the_questions_it_answers(html, catalogue):
    guide = catalogue.guides["work-on-what-matters"]
    links = section_links(html("guides/work-on-what-matters/"), "questions")
    assert links == [f"faq/#{i.entry.id}" for i in catalogue.faq_for(guide)]


def test_story_lists_related_guides(html, catalogue):
    links = section_links(html("stories/ritu-vincent/"), "related-guides")
    slugs = {slug_of(path, "guides") for path in links}
    assert "staff-projects" in slugs and "find-your-sponsor" in slugs


def test_home_page_shows_the_four_archetypes_and_a_reading_path(html, catalogue):
    soup = html("")
    cards = soup.select(".grid.cards li")
    assert [c.find("a").get_text(strip=True) for c in cards] == ["Tech Lead", "Architect", "Solver", "Right Hand"]
    start = section_links(soup, "start-here")
    assert [slug_of(path, "guides") for path in start] == [g.slug for g in catalogue.reading_path]


def test_edit_and_view_links_point_at_the_source_file(html):
    soup = html("stories/dan-na/")
    edit = soup.find("a", title="Edit this page")
    view = soup.find("a", title="View source of this page")
    assert edit["href"].endswith("/edit/main/docs/stories/dan-na.md")
    assert view["href"].endswith("/raw/main/docs/stories/dan-na.md")


def test_pages_have_meta_descriptions_and_a_sitemap(site, html, catalogue):
    assert html("guides/staff-projects/").find("meta", attrs={"name": "description"})["content"] == (
        catalogue.guides["staff-projects"].meta.description
    )
    assert "stories/dan-na/" in (site / "sitemap.xml").read_text()


def test_reading_list_shows_every_resource(html, catalogue):
    text = html("resources/").select_one("article").get_text(" ", strip=True)
    for resource in catalogue.resources.resources:
        assert resource.title in text, resource.title


def test_data_files_are_not_published(site):
    assert not (site / "data").exists()


def test_shared_links_carry_open_graph_tags(html, catalogue):
    soup = html("stories/dan-na/")
    assert soup.find("meta", property="og:title")["content"] == "Dan Na"
    assert soup.find("meta", property="og:description")["content"] == catalogue.stories["dan-na"].meta.description
    assert soup.find("meta", property="og:url")["content"].endswith("/stories/dan-na/")


def test_self_described_stories_are_shown_apart_from_the_books_list(html, catalogue):
    for archetype in ARCHETYPES:
        soup = html(f"archetypes/{archetype}/")
        own = {s.slug for s in catalogue.stories_for(archetype, "self")}
        if own:
            assert {slug_of(p, "stories") for p in section_links(soup, "self-described")} - {None} == own
        else:
            assert soup.find(id="self-described") is None
        book_items = soup.find(id="stories").find_next_sibling("ul").find_all("a")
        assert {
            slug_of(urljoin(f"http://site/archetypes/{archetype}/", a["href"])[12:], "stories") for a in book_items
        } == {s.slug for s in catalogue.stories_for(archetype)}


def test_story_header_says_where_the_interview_was_published(html, catalogue):
    for story in catalogue.stories.values():
        glance = html(f"stories/{story.slug}/").select_one(".admonition.info").get_text(" ", strip=True)
        if story.meta.origin == "book":
            assert "in Staff Engineer and on staffeng.com" in glance, story.slug
        else:
            assert "on staffeng.com (not in the book)" in glance, story.slug
        if story.meta.archetype_source == "self":
            assert "(in their own words)" in glance, story.slug


def test_story_counts_distinguish_the_book_from_staffeng(html):
    text = " ".join(html("stories/").find("article").get_text(" ", strip=True).split())
    assert "25 in all, 14 of them in the book and 11 only on the site" in text
    home = " ".join(html("").find("article").get_text(" ", strip=True).split())
    assert "the 14 interviews in the book and the 11 published only on staffeng.com" in home
