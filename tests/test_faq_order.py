"""The FAQ's reading order (`docs/data/faq.yml`): every question exactly once,
under its topic's group, in the order the file gives; anything else stops the
load with one line naming the file, the line, the field and what is allowed.

Runs on copies of the minimal fixture (two questions: `what-is-a-fixture` in
group `role`, `how-do-fixtures-sponsor` in group `title`), plus one check of
the real site's order file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit
from macros.catalogue import ContentError, load_catalogue

ORDER = "data/faq.yml"
GUIDE = "guides/overview-overview.md"
NEW_ENTRY = """faq:
  - id: what-is-a-second-fixture
    question: What is a second fixture question?
    answer: It is one more question, added to a page but not yet placed in the FAQ's reading order.
    topic: staff-role
  - id: what-is-a-fixture"""


def problems(docs: Path) -> list[str]:
    """The lines `load_catalogue` reports for `docs`, paths relative to its parent."""
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs)
    return [str(problem).replace(str(docs.parent) + "/", "") for problem in caught.value.problems]


def test_the_order_file_sets_the_faq_order(docs_copy):
    edit(docs_copy / GUIDE, "faq:\n  - id: what-is-a-fixture", NEW_ENTRY)
    edit(docs_copy / ORDER, "[what-is-a-fixture]", "[what-is-a-second-fixture, what-is-a-fixture]")
    kb = load_catalogue(docs_copy)
    assert [item.entry.id for item in kb.faq] == [
        "what-is-a-second-fixture",
        "what-is-a-fixture",
        "how-do-fixtures-sponsor",
    ]
    assert [(group.group.id, [i.entry.id for i in group.items]) for group in kb.faq_groups] == [
        ("role", ["what-is-a-second-fixture", "what-is-a-fixture"]),
        ("title", ["how-do-fixtures-sponsor"]),
    ]


def test_unknown_question_id_names_the_line_and_the_closest_id(docs_copy):
    edit(docs_copy / ORDER, "[what-is-a-fixture]", "[what-is-a-fixtur]")
    assert (
        "docs/data/faq.yml:4: groups[0].questions[0]: 'what-is-a-fixtur' is not the id of any page's FAQ entry; "
        "allowed: what-is-a-fixture (did you mean 'what-is-a-fixture'?)"
    ) in problems(docs_copy)


def test_missing_question_names_its_page_and_the_group_to_add_it_to(docs_copy):
    edit(docs_copy / GUIDE, "faq:\n  - id: what-is-a-fixture", NEW_ENTRY)
    assert problems(docs_copy) == [
        "docs/data/faq.yml:4: groups[0].questions: missing 'what-is-a-second-fixture' "
        "(a faq entry of docs/guides/overview-overview.md); "
        "add it to the questions of group 'role', where a reader should meet it"
    ]


def test_duplicate_question_is_rejected(docs_copy):
    edit(
        docs_copy / ORDER,
        "      - how-do-fixtures-sponsor",
        "      - how-do-fixtures-sponsor\n      - how-do-fixtures-sponsor",
    )
    assert problems(docs_copy) == [
        "docs/data/faq.yml:8: groups[1].questions[1]: duplicate: 'how-do-fixtures-sponsor' "
        "is already listed at groups[1].questions[0]"
    ]


def test_unknown_group_lists_the_topic_groups(docs_copy):
    edit(docs_copy / ORDER, "  - id: title", "  - id: titel")
    found = problems(docs_copy)
    assert (
        "docs/data/faq.yml:5: groups[1].id: 'titel' is not a topic group of data/topics.yml; "
        "allowed: role, title (did you mean 'title'?)"
    ) in found
    assert not any("how-do-fixtures-sponsor" in line for line in found), found  # no cascade


def test_duplicate_group_is_rejected(docs_copy):
    edit(docs_copy / ORDER, "  - id: title", "  - id: role")
    found = problems(docs_copy)
    assert "docs/data/faq.yml:5: groups[1].id: duplicate: group 'role' is already listed at groups[0]" in found


def test_question_under_the_wrong_group_is_rejected(docs_copy):
    edit(docs_copy / ORDER, "[what-is-a-fixture]", "[what-is-a-fixture, how-do-fixtures-sponsor]")
    edit(docs_copy / ORDER, "    questions:\n      - how-do-fixtures-sponsor", "    questions: [what-is-a-fixture]")
    found = problems(docs_copy)
    assert any(
        line.startswith(
            "docs/data/faq.yml:4: groups[0].questions[1]: 'how-do-fixtures-sponsor' has topic 'sponsorship'"
        )
        and "group 'title'" in line
        for line in found
    ), found


def test_group_without_its_questions_says_to_add_the_group(docs_copy):
    edit(docs_copy / ORDER, "  - id: title\n    questions:\n      - how-do-fixtures-sponsor\n", "")
    assert problems(docs_copy) == [
        "docs/data/faq.yml:2: groups: missing 'how-do-fixtures-sponsor' (a faq entry of docs/stories/ada-lovelace.md); "
        "add it in a new group with id: title, where a reader should meet it"
    ]


def test_missing_order_file_is_reported(docs_copy):
    (docs_copy / ORDER).unlink()
    assert "docs/data/faq.yml:1: file: missing" in problems(docs_copy)


def test_empty_question_list_is_refused_by_the_model(docs_copy):
    edit(docs_copy / ORDER, "[what-is-a-fixture]", "[]")
    assert any(line.startswith("docs/data/faq.yml:4: groups[0].questions:") for line in problems(docs_copy))


def test_a_question_of_an_invalid_page_does_not_cascade(docs_copy):
    edit(docs_copy / GUIDE, "topic: staff-role", "topic: staff-rol")
    found = problems(docs_copy)
    assert any(line.startswith(f"docs/{GUIDE}:") and "staff-rol" in line for line in found), found
    assert not any(line.startswith("docs/data/faq.yml") for line in found), found


def test_the_real_order_starts_with_the_basics(catalogue):
    role = next(group for group in catalogue.faq_groups if group.group.id == "role")
    ids = [item.entry.id for item in role.items]
    assert ids[0] == "what-is-a-staff-engineer"
    archetype_questions = [item.entry.id for item in role.items if item.entry.topic == "archetypes"]
    assert archetype_questions[0] == "what-are-the-four-staff-archetypes"
    assert len(catalogue.faq) == len({item.entry.id for item in catalogue.faq})
