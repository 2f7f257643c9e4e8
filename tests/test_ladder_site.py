"""The ladder views as built: every cell with its anchor, a comparison of every
adjacent pair showing both sides, and the links between ladders, archetypes,
guides and stories (the session `site` build, parsed with BeautifulSoup)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from test_site import section_links

from macros.catalogue import adjacent_pairs, cell_anchor, cross_track_pairs

LADDERS = ("career-track-staff", "dual-track", "archetypes-by-level")


def page_of(html, ladder_id: str) -> BeautifulSoup:
    return html(f"ladders/{ladder_id}/")


@pytest.mark.parametrize("ladder_id", LADDERS)
def test_every_level_dimension_and_cell_has_its_anchor(html, catalogue, ladder_id):
    soup = page_of(html, ladder_id)
    ladder = catalogue.ladders[ladder_id]
    for dimension in ladder.dimensions:
        assert len(soup.find_all(id=dimension.id)) == 1, dimension.id
    for level in ladder.levels:
        assert len(soup.find_all(id=level.id)) == 1, level.id
        for dimension in ladder.dimensions:
            cells = soup.find_all(id=cell_anchor(level, dimension))
            assert len(cells) == 1, cell_anchor(level, dimension)
            text = cells[0].get_text(" ", strip=True)
            cell = level.cells[dimension.id]
            if cell.is_empty:
                assert cell.empty.split()[0] in text and "No entry" in text
                continue
            for name in cell.filled_lists:
                for item in getattr(cell, name):
                    assert item in text, (level.id, dimension.id, item)
            if cell.what_changes:
                assert cell.what_changes in cells[0].select_one(".ladder-new").get_text(" ", strip=True)
            assert "Source" in cells[0].select_one(".ladder-cell__source").get_text()


@pytest.mark.parametrize("ladder_id", LADDERS)
def test_lists_are_separate_lists_not_table_rows(html, ladder_id):
    article = page_of(html, ladder_id).select_one("article")
    assert article.find("table") is None
    assert article.select(".ladder-cell ul")


@pytest.mark.parametrize("ladder_id", LADDERS)
def test_every_adjacent_pair_is_compared_with_both_sides(html, catalogue, ladder_id):
    soup = page_of(html, ladder_id)
    ladder = catalogue.ladders[ladder_id]
    pairs = [(a, b, True) for a, b in adjacent_pairs(ladder)] + [(a, b, False) for a, b in cross_track_pairs(ladder)]
    if len(ladder.levels) > 1:
        assert pairs
    for lower, higher, step_up in pairs:
        block = soup.find(id=f"compare-{lower.id}-{higher.id}")
        assert block is not None, (lower.id, higher.id)
        assert (block["data-from"], block["data-to"]) == (lower.id, higher.id)
        sides = block.select(".ladder-side")
        assert len(sides) == 2 * len(ladder.dimensions)
        for index, dimension in enumerate(ladder.dimensions):
            left, right = sides[2 * index], sides[2 * index + 1]
            assert left.select_one(".ladder-side__title").get_text(strip=True) == lower.title
            assert right.select_one(".ladder-side__title").get_text(strip=True) == higher.title
            for side, level in ((left, lower), (right, higher)):
                cell = level.cells[dimension.id]
                text = side.get_text(" ", strip=True)
                first = cell.empty if cell.is_empty else getattr(cell, cell.filled_lists[0])[0]
                assert first.split(".")[0] in text, (level.id, dimension.id)
            new = right.select_one(".ladder-new")
            if step_up and higher.cells[dimension.id].what_changes:
                assert "New at " + higher.title in new.get_text(), (higher.id, dimension.id)
                assert "ladder-side--higher" in right["class"]
            else:
                assert new is None
            assert left.select_one(".ladder-new") is None


def test_the_picker_is_hidden_until_javascript_shows_it(html):
    form = page_of(html, "dual-track").select_one("form.ladder-picker")
    assert form.has_attr("hidden")
    assert [o["value"] for o in form.select("select[name=from] option")][:2] == ["senior", "staff"]
    assert form["data-dimensions"].split() == ["scope", "time-horizon", "collaborators", "impact", "prevalence"]


def test_synthesis_is_labeled_as_our_own_reading(html, catalogue):
    soup = page_of(html, "dual-track")
    for level in catalogue.ladders["dual-track"].levels:
        for dimension_id, cell in level.cells.items():
            source = soup.find(id=f"{level.id}-{dimension_id}").select_one(".ladder-cell__source")
            if cell.is_synthesis:
                assert "our own reading" in source.get_text()
                assert "ladder-cell__source--synthesis" in source["class"]
            elif source is not None:
                assert "our own reading" not in source.get_text()


@pytest.mark.parametrize("archetype", ("tech-lead", "architect", "solver", "right-hand"))
def test_every_archetype_page_shows_and_links_its_ladder_row(html, catalogue, archetype):
    soup = html(f"archetypes/{archetype}/")
    links = section_links(soup, "ladders")
    assert f"ladders/archetypes-by-level/#{archetype}" in links
    row = next(r for r in catalogue.ladder_rows_for_archetype(archetype) if r.ladder_id == "archetypes-by-level")
    text = soup.find(id="ladders").find_next("ul").get_text(" ", strip=True)
    for level, cell in row.cells():
        assert f"ladders/archetypes-by-level/#{cell_anchor(level, row.dimension)}" in links
        assert (cell.empty if cell.is_empty else (cell.expectations or cell.examples)[0]) in text


def test_every_guide_a_dimension_names_links_back(html, catalogue):
    checked = 0
    for row in catalogue.ladder_rows():
        for slug in row.dimension.guides:
            folder = "guides" if slug in catalogue.guides else "beyond"
            links = section_links(html(f"{folder}/{slug}/"), "ladders")
            assert f"ladders/{row.ladder_id}/#{row.dimension.id}" in links, (slug, row.dimension.id)
            checked += 1
    assert checked >= 20


def test_guides_no_dimension_names_have_no_ladder_block(html, catalogue):
    named = {slug for row in catalogue.ladder_rows() for slug in row.dimension.guides}
    for guide in catalogue.guides.values():
        if guide.slug not in named:
            assert html(f"guides/{guide.slug}/").find(id="ladders") is None, guide.slug


def test_dimensions_link_the_guides_that_develop_them(html, catalogue):
    for ladder_id in LADDERS:
        soup = page_of(html, ladder_id)
        for dimension in catalogue.ladders[ladder_id].dimensions:
            links = section_links(soup, dimension.id)
            for slug in dimension.guides:
                assert any(link.endswith(f"/{slug}/") for link in links), (ladder_id, dimension.id, slug)


def test_stories_link_the_cells_that_cite_them(html, catalogue):
    for story in catalogue.stories.values():
        cells = catalogue.ladder_cells_for_story(story)
        soup = html(f"stories/{story.slug}/")
        if not cells:
            assert soup.find(id="on-the-ladders") is None
            continue
        links = section_links(soup, "on-the-ladders")
        for ref in cells:
            assert f"ladders/{ref.ladder_id}/#{ref.anchor}" in links, (story.slug, ref.anchor)


def test_company_levels_view_lists_every_company(html, catalogue):
    text = html("ladders/company-levels/").select_one("article").get_text(" ", strip=True)
    for company in catalogue.levels.companies:
        assert company.company in text and " → ".join(company.levels) in text


def test_frameworks_directory_gives_urls_only_where_a_source_does(html, catalogue):
    article = html("ladders/frameworks/").select_one("article")
    external = {
        a["href"]
        for a in article.find_all("a", href=True)
        if a["href"].startswith("http") and "md-content__button" not in a.get("class", [])
    }
    for framework in catalogue.frameworks.frameworks:
        assert framework.name in article.get_text()
        if framework.url:
            assert str(framework.url) in external
    source_urls = {str(f.url) for f in catalogue.frameworks.frameworks if f.url}
    interview_urls = {u for u in external if u.startswith("https://staffeng.com/stories/")}
    assert external - interview_urls == source_urls


def test_ladder_index_cards_link_every_ladder(html, catalogue):
    cards = html("ladders/").select(".grid.cards li")
    hrefs = [card.find("a")["href"] for card in cards]
    by_position = sorted(catalogue.ladders, key=lambda ladder_id: catalogue.ladders[ladder_id].position)
    assert hrefs == [f"{ladder_id}/" for ladder_id in by_position] == [f"{i}/" for i in LADDERS]


def test_ladder_faq_entries_answer_from_the_ladders(html):
    soup = html("guides/staff-career-ladders/")
    for anchor, target in (
        ("staff-and-principal", "ladders/dual-track/#compare-staff-principal"),
        ("staff-beside-the-management-track", "ladders/dual-track/#compare-staff-engineering-manager"),
        ("from-senior-to-staff", "ladders/dual-track/#compare-senior-staff"),
    ):
        assert target in section_links(soup, anchor), anchor
    faq = html("faq/")
    for question in ("staff-vs-principal", "is-staff-the-same-level-as-engineering-manager"):
        assert faq.find(id=question), question
    assert faq.find(id="what-does-senior-to-staff-change")
