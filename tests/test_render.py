"""Unit tests of snippet rendering helpers (macros/render.py)."""

import pytest

from macros.render import month_label, relative_link


@pytest.mark.parametrize(
    ("source", "target", "anchor", "expected"),
    [
        ("stories/dan-na.md", "archetypes/tech-lead.md", None, "../archetypes/tech-lead.md"),
        ("stories/dan-na.md", "stories/ritu-vincent.md", None, "ritu-vincent.md"),
        (
            "faq.md",
            "guides/staff-projects.md",
            "should-you-pursue-one",
            "guides/staff-projects.md#should-you-pursue-one",
        ),
        ("index.md", "faq.md", "x", "faq.md#x"),
    ],
)
def test_relative_link(source, target, anchor, expected):
    assert relative_link(source, target, anchor) == expected


def test_month_label():
    assert month_label("2020-03") == "March 2020"
