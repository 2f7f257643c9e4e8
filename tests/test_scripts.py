"""The contributor scripts: scaffolding a story or guide, checking content."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, edit

SCRIPTS = ROOT / "scripts"


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / script), *args], capture_output=True, text=True, timeout=60)


def test_check_content_passes_on_the_real_site():
    result = run("check_content.py")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("ok: 25 stories")


def test_check_content_reports_every_problem_with_path_and_line(docs_copy):
    edit(docs_copy / "stories/ada-lovelace.md", "archetypes: [tech-lead]", "archetypes: [righthand]")
    edit(docs_copy / "stories/grace-hopper.md", "interviewed: 2020-08", "interviewed: 2020-8")
    edit(docs_copy / "guides/overview-overview.md", "anchor: the-titles", "anchor: the-title")
    result = run("check_content.py", str(docs_copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(": ")[0].rsplit("/", 2)[-2:] for line in lines] == [
        ["guides", "overview-overview.md:14"],
        ["stories", "ada-lovelace.md:7"],
        ["stories", "grace-hopper.md:6"],
    ]
    assert "3 problems found" in result.stderr


def test_new_story_scaffold_fails_until_filled_then_passes(docs_copy):
    result = run("new_story.py", "Zoë Example-Person", "--docs", str(docs_copy))
    assert result.returncode == 0, result.stderr
    path = docs_copy / "stories" / "zoe-example-person.md"
    assert "wrote" in result.stdout and "mkdocs.yml" in result.stdout

    unfilled = run("check_content.py", str(docs_copy))
    fields = {line.split(": ")[1] for line in unfilled.stdout.splitlines()}
    assert unfilled.returncode == 1 and {"description", "role", "company", "interviewed", "topics[0]", "body"} <= fields

    text = path.read_text()
    for placeholder, value in [
        (
            '"TODO: one sentence (under 160 characters): who they are and what this profile covers"',
            "A profile written by the scaffold test.",
        ),
        ('"TODO: their title at the time of the interview"', "Staff Engineer"),
        ('"TODO: the company at the time of the interview"', "Example Co"),
        ('"TODO: YYYY-MM"', "2021-05"),
        ("[TODO]", "[promotion]"),
    ]:
        text = text.replace(placeholder, value)
    text = "\n".join("Written in our own words." if line.startswith("TODO") else line for line in text.splitlines())
    path.write_text(text.replace("**TODO: a short lesson title.**", "**Ship.**") + "\n")
    filled = run("check_content.py", str(docs_copy))
    assert filled.returncode == 0, filled.stdout


def test_new_story_refuses_an_existing_slug(docs_copy):
    before = (docs_copy / "stories/ada-lovelace.md").read_text()
    result = run("new_story.py", "Ada Lovelace", "--docs", str(docs_copy))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert (docs_copy / "stories/ada-lovelace.md").read_text() == before


def test_new_guide_scaffold_lists_its_placeholders(docs_copy):
    result = run(
        "new_guide.py", "Running an architecture review", "--source", "staff-engineer", "--docs", str(docs_copy)
    )
    assert result.returncode == 0
    assert (docs_copy / "beyond" / "running-an-architecture-review.md").is_file()
    check = run("check_content.py", str(docs_copy))
    assert (
        check.returncode == 1 and "running-an-architecture-review.md:3: description: still to fill in" in check.stdout
    )
