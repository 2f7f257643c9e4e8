"""Unit tests of the front matter models (macros/models.py)."""

import pytest
from pydantic import ValidationError

from macros.models import ARCHETYPE_IDS, FaqEntry, Story, Vocabulary, require_choice, suggest

VOCABULARY = Vocabulary(topics=("sponsorship", "promotion"), works=("staff-engineer",))
STORY = {
    "name": "Ada Lovelace",
    "description": "A profile used by the model tests, long enough.",
    "role": "Staff Engineer",
    "company": "Analytical Engines",
    "interviewed": "2020-03",
    "archetypes": ["tech-lead"],
    "archetype_source": "book",
    "topics": ["sponsorship"],
    "staffeng_url": "https://staffeng.com/stories/ada-lovelace",
    "origin": "book",
}


def validate(**changes):
    return Story.model_validate({**STORY, **changes}, context=VOCABULARY)


def test_archetypes_are_the_books_four_in_order():
    assert ARCHETYPE_IDS == ("tech-lead", "architect", "solver", "right-hand")


def test_suggest_names_the_closest_allowed_value():
    assert suggest("righthand", ARCHETYPE_IDS) == " (did you mean 'right-hand'?)"
    assert suggest("zzz", ARCHETYPE_IDS) == ""


def test_require_choice_message_lists_what_is_allowed():
    with pytest.raises(Exception, match=r"'solvr' is not an archetype; allowed: tech-lead, .*did you mean 'solver'"):
        require_choice("solvr", ARCHETYPE_IDS, "an archetype")


def test_valid_story_passes():
    assert validate().archetypes == ["tech-lead"]


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"archetypes": ["righthand"]}, "did you mean 'right-hand'"),
        ({"topics": ["sponsor"]}, "'sponsor' is not a topic"),
        ({"interviewed": "March 2020"}, "String should match pattern"),
        ({"archetype_source": None}, "required when archetypes is not empty"),
        ({"archetypes": [], "archetype_source": "book"}, "must be left out when archetypes is empty"),
        ({"archetypes": ["solver", "solver"]}, "listed twice"),
        ({"render_macros": True}, "Extra inputs are not permitted"),
    ],
)
def test_invalid_story_is_rejected(changes, fragment):
    with pytest.raises(ValidationError, match=fragment):
        validate(**changes)


def test_faq_question_must_be_a_question():
    with pytest.raises(ValidationError, match="must end with"):
        FaqEntry.model_validate(
            {"id": "x-y", "question": "This is not a question.", "answer": "a" * 80, "topic": "promotion"},
            context=VOCABULARY,
        )
