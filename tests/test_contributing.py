"""CONTRIBUTING.md documents exactly the front matter fields the models accept."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from macros.models import Archetype, FaqEntry, Guide, LadderCell, LadderSource, SourceRef, Story

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def table_fields(heading: str) -> set[str]:
    """The backticked names in the first column of the table after `heading`."""
    section = GUIDE.split(heading, 1)[1]
    table = re.search(r"\n\| field .*?\n\n", section, re.S).group(0)
    return set(re.findall(r"^\| `([a-z_]+)` \|", table, re.M))


@pytest.mark.parametrize(
    ("heading", "model"),
    [
        ("Story front matter:", Story),
        ("Guide front matter", Guide),
        ("Each source reference:", SourceRef),
        ("```yaml\nfaq:", FaqEntry),
        ("A cell:", LadderCell),
        ("Each ladder source names exactly one of:", LadderSource),
    ],
)
def test_documented_fields_match_the_model(heading, model):
    assert table_fields(heading) == set(model.model_fields)


def test_archetype_fields_are_all_named():
    sentence = GUIDE.split("Archetype pages", 1)[1].split("\n\n", 1)[0]
    assert set(re.findall(r"`([a-z_]+)`", sentence)) == set(Archetype.model_fields)
