"""Whole builds of small projects, run as `mkdocs build --strict` would be by a
maintainer: bad input stops the build with one line per problem, no traceback,
and nothing written where a deploy could pick it up."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, edit, run_build

STORY = "docs/stories/ada-lovelace.md"


def test_minimal_project_builds(mini_project):
    result = run_build(mini_project)
    assert result.returncode == 0, result.stderr
    assert (mini_project / "site" / "stories" / "ada-lovelace" / "index.html").is_file()


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            "archetypes: [tech-lead]",
            "archetypes: [righthand]",
            "docs/stories/ada-lovelace.md:7: archetypes[0]: 'righthand' is not an archetype; "
            "allowed: tech-lead, architect, solver, right-hand (did you mean 'right-hand'?)",
        ),
        ("role: Staff Engineer\n", "", "docs/stories/ada-lovelace.md:1: role: required field is missing"),
        (
            "archetypes: [tech-lead]",
            "archetypes: 3",
            "docs/stories/ada-lovelace.md:7: archetypes: expected a list, got 3",
        ),
        (
            "topics: [sponsorship, promotion]",
            "topics: [sponsorship, promotoin]",
            "docs/stories/ada-lovelace.md:9: topics[1]: 'promotoin' is not a topic; "
            "allowed: staff-role, archetypes, sponsorship, promotion (did you mean 'promotion'?)",
        ),
        (
            "company: Analytical Engines",
            "company: Analytical: Engines",
            "docs/stories/ada-lovelace.md:5: front matter: malformed YAML: mapping values are not allowed here",
        ),
    ],
    ids=["unknown-archetype", "missing-field", "wrong-type", "unknown-topic", "malformed-yaml"],
)
def test_bad_front_matter_stops_the_build_with_one_line(mini_project, old, new, line):
    edit(mini_project / STORY, old, new)
    result = run_build(mini_project)
    assert result.returncode != 0
    assert line in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (mini_project / "site").exists()


def test_duplicate_slug_stops_the_build(mini_project):
    shutil.copy(mini_project / STORY, mini_project / "docs/stories/ada-lovelace-2.md")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert (
        "docs/stories/ada-lovelace-2.md:10: staffeng_url: duplicate slug 'ada-lovelace': "
        "already used by docs/stories/ada-lovelace.md"
    ) in result.stderr.splitlines()
    assert "Traceback" not in result.stderr


def test_broken_link_fails_the_strict_build(mini_project):
    edit(mini_project / STORY, "## Lessons", "See [a missing page](no-such-page.md).\n\n## Lessons")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "no-such-page.md" in result.stderr and "strict mode" in result.stderr + result.stdout


def test_broken_anchor_fails_the_strict_build(mini_project):
    edit(
        mini_project / STORY, "## Lessons", "See [the overview](../guides/overview-overview.md#nowhere).\n\n## Lessons"
    )
    result = run_build(mini_project)
    assert result.returncode != 0 and "#nowhere" in result.stderr


def test_contributor_page_is_never_rendered_as_a_template(mini_project):
    edit(mini_project / STORY, "Fixture text.", "Total: {{ 6 * 7 }} and {{ environment }}.")
    result = run_build(mini_project)
    assert result.returncode == 0, result.stderr
    page = (mini_project / "site/stories/ada-lovelace/index.html").read_text()
    assert "Total: {{ 6 * 7 }}" in page and "42" not in page.split("Total:")[1][:20]


def test_unfilled_scaffold_lists_the_fields_to_fill(mini_project):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/new_story.py"), "Jane Doe", "--docs", str(mini_project / "docs")],
        check=True,
        capture_output=True,
    )
    result = run_build(mini_project)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    fields = [line.split(": ")[1] for line in result.stderr.splitlines() if "jane-doe.md:" in line]
    assert {"description", "role", "company", "interviewed", "topics[0]", "body"} <= set(fields)


def test_nav_entry_for_a_missing_page_fails_the_strict_build(mini_project):
    config = mini_project / "mkdocs.yml"
    config.write_text(config.read_text() + "  - stories/no-such-story.md\n")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "stories/no-such-story.md" in result.stderr and "Traceback" not in result.stderr


def test_page_missing_from_the_nav_fails_the_strict_build(mini_project):
    shutil.copy(mini_project / STORY, mini_project / "docs/stories/ada-copy.md")
    edit(mini_project / "docs/stories/ada-copy.md", "stories/ada-lovelace\n", "stories/ada-copy\n")
    edit(mini_project / "docs/stories/ada-copy.md", "how-do-fixtures-sponsor", "how-do-copies-sponsor")
    edit(mini_project / "docs/stories/ada-copy.md", "name: Ada Lovelace", "name: Ada Copy")
    edit(
        mini_project / "docs/data/faq.yml",
        "- how-do-fixtures-sponsor",
        "- how-do-fixtures-sponsor\n      - how-do-copies-sponsor",
    )
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "stories/ada-copy.md" in result.stderr and 'not included in the "nav" configuration' in result.stderr
