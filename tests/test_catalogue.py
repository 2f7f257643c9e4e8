"""The content model (macros/catalogue.py): the real content's facts, and every
kind of bad input raising a problem that names the file, line and field."""

from pathlib import Path

import pytest

from conftest import edit
from macros.catalogue import ContentError, load_catalogue

# The book's "Stories featuring ..." lists, plus Stephen Wan's own words.
BOOK_ARCHETYPES = {
    "tech-lead": {"diana-pojar", "dan-na", "ritu-vincent", "stephen-wan"},
    "architect": {"joy-ebertz", "katie-sylor-miller", "keavy-mcminn"},
    "solver": {"bert-fan", "nelson-elhage", "stephen-wan"},
    "right-hand": {"michelle-bu", "rick-boone"},
}


def test_real_content_has_fourteen_stories_and_four_archetypes(catalogue):
    assert len(catalogue.stories) == 14
    assert list(catalogue.archetypes) == ["tech-lead", "architect", "solver", "right-hand"]


@pytest.mark.parametrize("archetype", BOOK_ARCHETYPES)
def test_archetype_assignments_follow_the_book(catalogue, archetype):
    assert {story.slug for story in catalogue.stories_for(archetype)} == BOOK_ARCHETYPES[archetype]


def test_unassigned_stories_and_self_described_one(catalogue):
    assert {s.slug for s in catalogue.unassigned_stories()} == {
        "ras-kasa-williams",
        "damian-schenkelman",
        "dmitry-petrashko",
    }
    assert catalogue.stories["stephen-wan"].meta.archetype_source == "self"


def test_katie_sylor_miller_is_spelled_correctly(catalogue):
    assert catalogue.stories["katie-sylor-miller"].meta.name == "Katie Sylor-Miller"


def test_faq_has_at_least_57_entries_with_unique_ids(catalogue):
    ids = [item.entry.id for item in catalogue.faq]
    assert len(ids) >= 57 and len(ids) == len(set(ids))


def test_every_book_chapter_has_a_guide_in_reading_order(catalogue):
    order = [guide.slug for guide in catalogue.book_order]
    assert order[:4] == [
        "overview-overview",
        "staff-archetypes",
        "what-do-staff-engineers-actually-do",
        "does-the-title-even-matter",
    ]
    assert len(order) == len(set(order)) == 32


def test_minimal_fixture_loads(docs_copy):
    kb = load_catalogue(docs_copy)
    assert [s.slug for s in kb.stories_for("tech-lead")] == ["ada-lovelace"]


def problems_after(docs: Path, relative: str, old: str, new: str) -> list[str]:
    edit(docs / relative, old, new)
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs)
    return [str(problem) for problem in caught.value.problems]


STORY = "stories/ada-lovelace.md"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "archetypes: [tech-lead]",
            "archetypes: [righthand]",
            "ada-lovelace.md:7: archetypes[0]: 'righthand' is not an archetype; "
            "allowed: tech-lead, architect, solver, right-hand (did you mean 'right-hand'?)",
        ),
        ("role: Staff Engineer\n", "", "ada-lovelace.md:1: role: required field is missing"),
        (
            "archetypes: [tech-lead]",
            "archetypes: tech-lead",
            "ada-lovelace.md:7: archetypes: expected a list, got 'tech-lead'",
        ),
        (
            "topics: [sponsorship, promotion]",
            "topics: [sponsorhip, promotion]",
            "ada-lovelace.md:9: topics[0]: 'sponsorhip' is not a topic; allowed: staff-role, archetypes, "
            "sponsorship, promotion (did you mean 'sponsorship'?)",
        ),
        ("role: Staff Engineer", "role: [Staff Engineer", "ada-lovelace.md:4: front matter: malformed YAML"),
        (
            "interviewed: 2020-03",
            "interviewed: March 2020",
            "ada-lovelace.md:6: interviewed: 'March 2020' is not in the expected form "
            "(YYYY-MM, the month the interview was published)",
        ),
        (
            "company: Analytical Engines",
            "company: Analytical Engines\nemployer: X",
            "ada-lovelace.md:6: employer: unknown field 'employer'",
        ),
        (
            "topics: [sponsorship",
            "render_macros: true\ntopics: [sponsorship",
            "render_macros: content pages are never rendered as templates",
        ),
        (
            "anchor: how-they-work",
            "anchor: how-they-wrk",
            "ada-lovelace.md:16: faq[0].anchor: 'how-they-wrk' is not a heading id on this page",
        ),
        ("## Lessons", "## Takeaways", "ada-lovelace.md:19: sections: missing lessons"),
    ],
    ids=[
        "unknown-archetype",
        "missing-field",
        "wrong-type",
        "unknown-topic",
        "malformed-yaml",
        "bad-date",
        "unknown-field",
        "render-macros",
        "bad-anchor",
        "missing-section",
    ],
)
def test_bad_story_input_names_file_line_and_field(docs_copy, old, new, expected):
    problems = problems_after(docs_copy, STORY, old, new)
    assert any(line.endswith(expected) or expected in line for line in problems), problems
    assert all(line.startswith(str(docs_copy)) or line.startswith("/") or "docs" in line for line in problems)


def test_duplicate_slug_is_rejected(docs_copy):
    source = (docs_copy / STORY).read_text().replace("name: Ada Lovelace", "name: Ada King")
    (docs_copy / "stories" / "ada-lovelace-2.md").write_text(source)
    with pytest.raises(ContentError, match=r"ada-lovelace-2.md:10: staffeng_url: duplicate slug 'ada-lovelace'"):
        load_catalogue(docs_copy)


def test_file_name_must_be_a_slug(docs_copy):
    (docs_copy / STORY).rename(docs_copy / "stories" / "Ada_Lovelace.md")
    with pytest.raises(ContentError, match=r"rename it to 'ada-lovelace\.md'"):
        load_catalogue(docs_copy)


def test_every_problem_is_reported_not_just_the_first(docs_copy):
    edit(docs_copy / STORY, "archetypes: [tech-lead]", "archetypes: [righthand]")
    edit(docs_copy / "stories/grace-hopper.md", "topics: [promotion]", "topics: [promotions]")
    edit(docs_copy / "data/book.yml", "staff-archetypes]", "staff-archetype]")
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs_copy)
    fields = {(Path(p.path).name, p.field) for p in caught.value.problems}
    assert {
        ("ada-lovelace.md", "archetypes[0]"),
        ("grace-hopper.md", "topics[0]"),
        ("book.yml", "parts[0].chapters[1]"),
    } <= fields


def test_guide_missing_from_book_order_is_rejected(docs_copy):
    (docs_copy / "guides" / "extra.md").write_text((docs_copy / "guides/staff-archetypes.md").read_text())
    with pytest.raises(ContentError, match=r"guide 'extra' is not in data/book\.yml"):
        load_catalogue(docs_copy)


def test_unknown_story_named_by_a_guide_is_rejected(docs_copy):
    problems = problems_after(
        docs_copy, "guides/overview-overview.md", "stories: [grace-hopper]", "stories: [grace-hoper]"
    )
    assert any(p.endswith("stories[0]: 'grace-hoper' is not a story (did you mean 'grace-hopper'?)") for p in problems)


def test_duplicate_faq_id_is_rejected(docs_copy):
    edit(docs_copy / "guides/overview-overview.md", "id: what-is-a-fixture", "id: how-do-fixtures-sponsor")
    with pytest.raises(ContentError, match="duplicate: FAQ id 'how-do-fixtures-sponsor' is already used by"):
        load_catalogue(docs_copy)


def test_placeholders_are_listed_field_by_field(docs_copy):
    edit(docs_copy / STORY, "company: Analytical Engines", 'company: "TODO: the company"')
    with pytest.raises(ContentError, match=r"ada-lovelace.md:5: company: still to fill in: 'TODO: the company'"):
        load_catalogue(docs_copy)


def test_related_links_are_symmetric(catalogue):
    for story in catalogue.stories.values():
        for guide in catalogue.guides_for_story(story):
            assert story in catalogue.stories_illustrating(guide)
