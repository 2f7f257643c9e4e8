"""One voice: interviews told in the past tense, American spelling, and no page
citing a work its own text says it is not from."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

#: Verbs that report what a person said, thought or did at the time of an interview.
REPORTING = (
    "says|thinks|believes|argues|recommends|feels|describes|explains|notes|admits|adds|suggests|stresses|warns|"
    "credits|calls|likes|loves|spends|works|keeps|leads|runs|manages|wants|prefers|advises|insists|tells"
)


def present_tense(text: str, name: str) -> list[str]:
    """Phrases in `text` where the interviewee (`name`, or he/she/they) is reported in the present tense."""
    subjects = "|".join(["he", "she", "they", *map(re.escape, name.split())])
    pattern = re.compile(rf"\b(?:{subjects}) (?:{REPORTING})\b", re.IGNORECASE)
    return [match.group() for match in pattern.finditer(text)]


def test_present_tense_detector_finds_what_it_should():
    assert present_tense("In 2020 she says that pacing matters; Ritu keeps notes.", "Ritu Vincent") == [
        "she says",
        "Ritu keeps",
    ]
    assert present_tense("She said pacing mattered and kept notes.", "Ritu Vincent") == []


def test_every_story_is_told_in_the_past_tense(catalogue):
    found = {}
    for story in catalogue.stories.values():
        body = (ROOT / "docs" / story.src).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        answers = " ".join(item.entry.answer for item in catalogue.faq_for(story))
        hits = present_tense(body + " " + answers, story.meta.name)
        if hits:
            found[story.slug] = hits
    assert not found, found


def codespell(*paths: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codespell_lib", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_site_text_uses_american_spelling():
    result = codespell("docs", "README.md", "CONTRIBUTING.md")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("word", ["organisation", "behaviour", "prioritise", "centre", "labelled"])
def test_spell_check_flags_british_spellings(tmp_path, word):
    page = tmp_path / "page.md"
    page.write_text(f"A page about {word}.\n")
    result = codespell(page)
    assert result.returncode != 0 and word in result.stdout.lower()


def test_interviewees_are_reported_in_the_past_tense_on_every_page(catalogue):
    names = [story.meta.name for story in catalogue.stories.values()]
    subjects = "|".join(re.escape(part) for name in names for part in (name, name.split()[0]))
    pattern = re.compile(rf"\b(?:{subjects}) (?:{REPORTING})\b")
    found = {
        path.relative_to(ROOT).as_posix(): pattern.findall(path.read_text(encoding="utf-8"))
        for path in (ROOT / "docs").rglob("*.md")
    }
    assert not {path: hits for path, hits in found.items() if hits}
