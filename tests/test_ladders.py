"""The ladder model (macros/models.py, macros/catalogue.py): every kind of bad
ladder data stops with one line naming the file, the line, the path inside the
file and what is allowed; the catalogue derives the reverse links."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import edit
from macros.catalogue import (
    ContentError,
    adjacent_pairs,
    cell_anchor,
    cross_track_pairs,
    ladder_page,
    load_catalogue,
)
from macros.models import TRACKS

LADDER = "data/ladders/sample.yml"
STAFF_ORDER = "track: individual-contributor\n    order: 2"


def problems_after(docs: Path, relative: str, old: str, new: str) -> list[str]:
    edit(docs / relative, old, new)
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs)
    return [str(problem) for problem in caught.value.problems]


def assert_reported(problems: list[str], expected: str) -> None:
    assert any(expected in line for line in problems), "\n".join(problems)


# The fixture ladder ------------------------------------------------------------


def test_fixture_ladder_loads_with_its_levels_and_cells(docs_copy):
    ladder = load_catalogue(docs_copy).ladders["sample"]
    assert [level.id for level in ladder.levels] == ["senior", "staff", "manager"]
    assert ladder.tracks == list(TRACKS)
    assert ladder.level("senior").cells["people"].is_empty
    assert ladder.level("staff").cells["people"].is_synthesis
    assert ladder.level("staff").cells["technical"].filled_lists == ("expectations", "examples", "warning_signs")


def test_pairs_follow_each_track_and_compared_with(docs_copy):
    ladder = load_catalogue(docs_copy).ladders["sample"]
    assert [(a.id, b.id) for a, b in adjacent_pairs(ladder)] == [("senior", "staff")]
    assert [(a.id, b.id) for a, b in cross_track_pairs(ladder)] == [("senior", "manager")]


def test_reverse_links_from_guides_archetypes_and_stories(docs_copy):
    kb = load_catalogue(docs_copy)
    guide_rows = kb.ladder_rows_for_guide(kb.guides["overview-overview"])
    assert [(row.ladder_id, row.dimension.id, row.page) for row in guide_rows] == [
        ("sample", "technical", "ladders/sample.md")
    ]
    assert kb.ladder_rows_for_guide(kb.guides["staff-archetypes"]) == []
    assert [row.dimension.id for row in kb.ladder_rows_for_archetype("architect")] == ["technical"]
    assert [row.dimension.id for row in kb.ladder_rows_for_archetype("tech-lead")] == ["people"]
    assert kb.ladder_rows_for_archetype("solver") == []
    cited = kb.ladder_cells_for_story(kb.stories["grace-hopper"])
    illustrated = kb.ladder_cells_for_story(kb.stories["ada-lovelace"])
    assert [(c.level.id, c.anchor) for c in cited] == [("staff", "staff-technical")]
    assert [(c.level.id, c.anchor) for c in illustrated] == [("staff", "staff-technical")]


def test_row_cells_run_track_by_track_lowest_first(docs_copy):
    row = load_catalogue(docs_copy).ladder_rows_for_archetype("architect")[0]
    assert [level.id for level, _ in row.cells()] == ["senior", "staff", "manager"]


def test_a_source_links_its_page_where_there_is_one(docs_copy):
    kb = load_catalogue(docs_copy)
    staff = kb.ladders["sample"].level("staff")
    chapter, story = staff.cells["technical"].sources
    assert kb.source_target(chapter) == "guides/staff-archetypes.md"
    assert kb.source_target(story) == "stories/grace-hopper.md"
    interview = kb.ladders["sample"].level("manager").cells["people"].sources[0]
    assert interview.kind == "interview" and kb.source_target(interview) is None


def test_anchor_and_page_helpers():
    class Named:
        def __init__(self, id):
            self.id = id

    assert cell_anchor(Named("staff"), Named("scope")) == "staff-scope"
    assert ladder_page("dual-track") == "ladders/dual-track.md"


# Each validation error ----------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "compared_with: [manager]",
            "compared_with: [manger]",
            "sample.yml:22: levels[0].compared_with[0]: 'manger' is not a level on the other track; "
            "allowed: manager (did you mean 'manager'?)",
        ),
        (
            "compared_with: [manager]",
            "compared_with: [staff]",
            "levels[0].compared_with[0]: 'staff' is not a level on the other track; allowed: manager",
        ),
        (
            "      people:\n        empty: The fixture says nothing here.\n  - id: staff",
            "      peple:\n        empty: The fixture says nothing here.\n  - id: staff",
            "sample.yml:29: levels[0].cells.peple: 'peple' is not a dimension of this ladder; "
            "allowed: technical, people (did you mean 'people'?)",
        ),
        (
            "guides: [overview-overview]",
            "guides: [overview]",
            "sample.yml:10: dimensions[0].guides[0]: 'overview' is not a guide (did you mean 'overview-overview'?)",
        ),
        (
            "stories: [ada-lovelace]",
            "stories: [ada-lovelac]",
            "levels[1].cells.technical.stories[0]: 'ada-lovelac' is not a story (did you mean 'ada-lovelace'?)",
        ),
        (
            "story: grace-hopper",
            "story: grace-hoper",
            "levels[1].cells.technical.sources[1].story: 'grace-hoper' is not a story (did you mean 'grace-hopper'?)",
        ),
        (
            "sources: [{chapter: overview-overview}]",
            "sources: [{chapter: overview-overveiw}]",
            "levels[0].cells.technical.sources[0].chapter: 'overview-overveiw' is not a book chapter's guide "
            "(did you mean 'overview-overview'?)",
        ),
        (
            "archetypes: [architect]",
            "archetypes: [architekt]",
            "sample.yml:11: dimensions[0].archetypes[0]: 'architekt' is not an archetype; "
            "allowed: tech-lead, architect, solver, right-hand (did you mean 'architect'?)",
        ),
    ],
    ids=[
        "unknown-level",
        "level-on-the-same-track",
        "unknown-dimension",
        "unknown-guide",
        "unknown-story",
        "unknown-story-source",
        "unknown-chapter",
        "unknown-archetype",
    ],
)
def test_unknown_ids_name_file_line_path_and_what_is_allowed(docs_copy, old, new, expected):
    problems = problems_after(docs_copy, LADDER, old, new)
    assert_reported(problems, expected)
    assert all(line.split(":", 1)[0].endswith(("sample.yml", ".md")) for line in problems), problems


def test_a_missing_cell_must_be_marked_empty(docs_copy):
    problems = problems_after(
        docs_copy,
        LADDER,
        "      people:\n        empty: The fixture says nothing here.\n  - id: staff",
        "  - id: staff",
    )
    assert_reported(
        problems,
        "sample.yml:23: levels[0].cells: missing cell 'people': add it, or mark it empty with people: {empty: <why>}",
    )


def test_an_empty_cell_holds_nothing_else(docs_copy):
    problems = problems_after(
        docs_copy,
        LADDER,
        "        empty: The fixture says nothing here.\n  - id: staff",
        "        empty: The fixture says nothing here.\n        expectations: [Something]\n  - id: staff",
    )
    assert_reported(
        problems, "levels[0].cells.people.empty: an empty cell holds only empty: <why>; remove expectations"
    )


def test_each_list_is_given_even_when_empty(docs_copy):
    problems = problems_after(docs_copy, LADDER, "        expectations: [Owns features]\n        examples: []\n", "")
    assert_reported(
        problems,
        "levels[0].cells.technical.expectations: required (write [] when there is nothing to list), "
        "or mark the whole cell empty: <why>",
    )


def test_a_cell_with_three_empty_lists_should_be_marked_empty(docs_copy):
    problems = problems_after(docs_copy, LADDER, "expectations: [Owns features]", "expectations: []")
    assert_reported(problems, "levels[0].cells.technical: all three lists are []; mark the cell empty: <why> instead")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  - id: staff\n    title: Staff",
            "  - id: senior\n    title: Staff",
            "sample.yml:31: levels[1].id: duplicate id 'senior': already used by levels[0]",
        ),
        (
            "  - id: people\n",
            "  - id: technical\n",
            "sample.yml:12: dimensions[1].id: duplicate id 'technical': already used by dimensions[0]",
        ),
        (
            "  - id: manager\n",
            "  - id: people\n",
            "levels[2].id: duplicate id 'people': already used by dimensions[1]",
        ),
    ],
    ids=["level", "dimension", "level-and-dimension"],
)
def test_duplicate_ids_are_rejected(docs_copy, old, new, expected):
    assert_reported(problems_after(docs_copy, LADDER, old, new), expected)


def test_a_gap_in_level_order_is_rejected(docs_copy):
    problems = problems_after(docs_copy, LADDER, STAFF_ORDER, STAFF_ORDER.replace("2", "3"))
    assert_reported(
        problems,
        "sample.yml:34: levels[1].order: order 3 leaves a gap on the individual-contributor track; "
        "number its levels 1, 2, 3... (expected 2)",
    )


def test_a_repeated_level_order_is_rejected(docs_copy):
    problems = problems_after(docs_copy, LADDER, STAFF_ORDER, STAFF_ORDER.replace("2", "1"))
    assert_reported(problems, "levels[1].order: order 1 repeats on the individual-contributor track")


def test_a_track_must_start_at_one(docs_copy):
    problems = problems_after(docs_copy, LADDER, "track: management\n    order: 1", "track: management\n    order: 2")
    assert_reported(problems, "levels[2].order: order 2 leaves a gap on the management track")


def test_a_cell_without_a_source_is_rejected(docs_copy):
    problems = problems_after(docs_copy, LADDER, "        sources: [synthesis]\n", "")
    assert_reported(
        problems,
        "levels[1].cells.people.sources: a cell must name its source: a book chapter (chapter:), a work (work:), "
        "a story (story:), an interview (interview:) or synthesis",
    )


def test_an_empty_source_list_is_rejected_too(docs_copy):
    problems = problems_after(docs_copy, LADDER, "sources: [synthesis]", "sources: []")
    assert_reported(problems, "levels[1].cells.people.sources: a cell must name its source")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "sources: [synthesis]",
            "sources: [book]",
            "levels[1].cells.people.sources[0]: 'book' is not a source; write synthesis, "
            "or a mapping with one of chapter, work, story, interview",
        ),
        (
            "sources: [synthesis]",
            "sources: [{chapter: overview-overview, story: ada-lovelace}]",
            "levels[1].cells.people.sources[0]: a source names exactly one of chapter, work, story, interview "
            "or synthesis; got chapter, story",
        ),
        (
            "sources: [synthesis]",
            "sources: [{work: staff-enginer}]",
            "levels[1].cells.people.sources[0].work: 'staff-enginer' is not a source work; allowed: staff-engineer",
        ),
        (
            "{interview: jane-doe, name: Jane Doe}",
            "{interview: jane-doe}",
            "levels[2].cells.people.sources[0]: an interview source needs the person's name",
        ),
        (
            "{chapter: staff-archetypes, section: Architect}",
            "{story: ada-lovelace, section: Architect}",
            "levels[1].cells.technical.sources[0]: section goes with chapter only",
        ),
    ],
    ids=["bare-word", "two-kinds", "unknown-work", "interview-without-name", "section-without-chapter"],
)
def test_malformed_sources_are_rejected(docs_copy, old, new, expected):
    assert_reported(problems_after(docs_copy, LADDER, old, new), expected)


def test_an_unknown_track_lists_the_allowed_ones(docs_copy):
    problems = problems_after(docs_copy, LADDER, "track: management", "track: managment")
    assert_reported(
        problems,
        "levels[2].track: 'managment' is not allowed; allowed: individual-contributor, management "
        "(did you mean 'management'?)",
    )


def test_a_ladder_needs_its_page(docs_copy):
    (docs_copy / "ladders" / "sample.md").unlink()
    with pytest.raises(ContentError, match=r"sample.yml:1: file: no page docs/ladders/sample.md renders this ladder"):
        load_catalogue(docs_copy)


def test_frameworks_are_checked_too(docs_copy):
    edit(docs_copy / "data/frameworks.yml", "ladder: sample", "ladder: sampel")
    problems = problems_after(docs_copy, "data/frameworks.yml", "chapter: overview-overview", "chapter: overview")
    assert_reported(
        problems, "frameworks.yml:8: frameworks[0].named_by[0].chapter: 'overview' is not a book chapter's guide"
    )
    assert_reported(problems, "frameworks.yml:12: frameworks[1].ladder: 'sampel' is not a ladder in data/ladders/")


def test_company_levels_sources_are_checked(docs_copy):
    edit(
        docs_copy / "data/levels.yml",
        "stories: [ada-lovelace]",
        "stories: [ada-lovelace]\n    sources: [{story: nobody}]",
    )
    with pytest.raises(ContentError, match=r"companies\[0\]\.sources\[0\]\.story: 'nobody' is not a story"):
        load_catalogue(docs_copy)


def test_every_ladder_problem_is_reported_at_once(docs_copy):
    edit(docs_copy / LADDER, "guides: [overview-overview]", "guides: [overview]")
    edit(docs_copy / LADDER, STAFF_ORDER, STAFF_ORDER.replace("2", "3"))
    edit(docs_copy / LADDER, "        sources: [synthesis]\n", "")
    edit(docs_copy / LADDER, "stories: [ada-lovelace]", "stories: [ada]")
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs_copy)
    fields = {problem.field for problem in caught.value.problems}
    assert {
        "dimensions[0].guides[0]",
        "levels[1].order",
        "levels[1].cells.people.sources",
        "levels[1].cells.technical.stories[0]",
    } <= fields, fields


# The real ladders ---------------------------------------------------------------


def test_real_ladders_and_their_pages(catalogue):
    assert set(catalogue.ladders) == {"career-track-staff", "dual-track", "archetypes-by-level"}
    root = Path(__file__).resolve().parent.parent / "docs"
    for ladder_id in catalogue.ladders:
        assert (root / ladder_page(ladder_id)).is_file()


def test_the_staff_ladder_keeps_the_seeds_content(catalogue):
    """The content the old ladder file had, now as three lists per dimension."""
    staff = catalogue.ladders["career-track-staff"]
    assert [d.id for d in staff.dimensions] == ["technical-leadership", "project-leadership", "business-involvement"]
    counts = [
        tuple(
            len(getattr(staff.level("staff").cells[d.id], name))
            for name in ("expectations", "examples", "warning_signs")
        )
        for d in staff.dimensions
    ]
    assert counts == [(9, 5, 5), (10, 3, 4), (5, 3, 3)]


def test_the_dual_track_has_both_tracks_of_four_levels(catalogue):
    ladder = catalogue.ladders["dual-track"]
    assert [level.id for level in ladder.track_levels("individual-contributor")] == [
        "senior",
        "staff",
        "principal",
        "distinguished",
    ]
    assert [level.id for level in ladder.track_levels("management")] == [
        "engineering-manager",
        "senior-manager",
        "director",
        "vp",
    ]
    assert [d.id for d in ladder.dimensions] == ["scope", "time-horizon", "collaborators", "impact", "prevalence"]


def test_archetypes_by_level_has_one_row_per_archetype(catalogue):
    ladder = catalogue.ladders["archetypes-by-level"]
    assert [d.archetypes for d in ladder.dimensions] == [[a] for a in catalogue.archetypes]
    for archetype in catalogue.archetypes:
        assert catalogue.ladder_rows_for_archetype(archetype)[0].ladder_id == "archetypes-by-level"


def test_every_step_up_a_track_says_what_changes(catalogue):
    for ladder in catalogue.ladders.values():
        for _, higher in adjacent_pairs(ladder):
            for dimension_id, cell in higher.cells.items():
                assert cell.is_empty or cell.what_changes, (higher.id, dimension_id)


def test_the_data_files_parse_as_plain_yaml():
    for path in (Path(__file__).resolve().parent.parent / "docs" / "data" / "ladders").glob("*.yml"):
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path
