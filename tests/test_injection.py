"""Untrusted text stays text: whole builds of the minimal project with hostile
values in every field of every content kind, compared with a clean build.

A value the model accepts (no `<` or `>`) must appear literally and add no
element or attribute to any page; a value it refuses, active content in a
page, template syntax and file tricks must stop the build with one line and
leave no site behind.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import copy_minimal_project, edit, run_build
from macros.safety import audit_html

STORY = "docs/stories/ada-lovelace.md"
GUIDE = "docs/guides/staff-archetypes.md"
ARCHETYPE = "docs/archetypes/solver.md"

#: Hostile values without `<` or `>`, which the model accepts as plain text.
LINK = "[x](javascript:alert(1))"
ATTRS = '{: onclick="alert(1)" }'
QUOTES = "\" onmouseover='alert(1)' x=\""


def quoted(value: str) -> str:
    """`value` as a single-quoted YAML scalar."""
    return "'" + value.replace("'", "''") + "'"


PAYLOADS = {
    # (file, old text, new text, text the reader must see literally)
    "story-name": (STORY, "name: Ada Lovelace", f"name: 'Ada {LINK}'", f"Ada {LINK}"),
    "story-role": (STORY, "role: Staff Engineer", f"role: {quoted(QUOTES)}", QUOTES),
    "story-company": (STORY, "company: Analytical Engines", f"company: 'AT&T | `x` {ATTRS}'", f"AT&T | `x` {ATTRS}"),
    "faq-question": (
        STORY,
        "sponsor others?",
        "sponsor [others](javascript:alert(2))?",
        "[others](javascript:alert(2))?",
    ),
    "faq-answer": (STORY, "which is a kind of", 'which is { onclick="alert(1)" } a kind of', '{ onclick="alert(1)" }'),
    "guide-title": (
        GUIDE,
        "title: Staff engineer archetypes\ndescription",
        f"title: 'Archetypes {LINK}'\ndescription",
        LINK,
    ),
    "archetype-summary": (ARCHETYPE, "A fixture summary", f"A fixture {LINK} summary", LINK),
    "resource-title": ("docs/data/resources.yml", "title: Being Glue", f"title: 'Being {LINK}'", f"Being {LINK}"),
    "levels-note": ("docs/data/levels.yml", "note: A fixture row.", f"note: 'A {ATTRS} row'", f"A {ATTRS} row"),
    "ladder-example": ("docs/data/ladders/sample.yml", "[Led a migration]", f"['Led {LINK}']", f"Led {LINK}"),
}


#: The line of the story's `## Lessons` heading, where the refused cases insert a line.
BODY_LINE = (
    len((Path(__file__).parent / "fixtures/minimal" / STORY).read_text().split("## Lessons")[0].splitlines()) + 1
)


def structure(site: Path) -> dict[str, Counter]:
    """Per built page: how many of each (element, attribute names) it has, outside `<head>`."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        body = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").body
        pages[path.relative_to(site).as_posix()] = Counter(
            (tag.name, attr) for tag in body.find_all(True) for attr in ("", *sorted(tag.attrs))
        )
    return pages


def active(site: Path, pattern: str) -> int:
    """How many times `pattern` occurs in the built HTML of `site`."""
    return sum(len(re.findall(pattern, p.read_text(encoding="utf-8"), re.IGNORECASE)) for p in site.rglob("*.html"))


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory) -> Path:
    """The minimal project, built once without any payload."""
    project = copy_minimal_project(tmp_path_factory.mktemp("clean") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_hostile_values_stay_text_and_add_no_element_or_attribute(mini_project, clean_site):
    for path, old, new, _ in PAYLOADS.values():
        edit(mini_project / path, old, new)
    result = run_build(mini_project)
    assert result.returncode == 0, result.stderr
    site = mini_project / "site"
    before, after = structure(clean_site), structure(site)
    assert before.keys() == after.keys()
    for page, counts in after.items():
        added = {key: n - before[page][key] for key, n in counts.items() if n > before[page][key]}
        assert not added, f"{page} gained {added}"
    for pattern in (r"""(href|src)\s*=\s*["']?\s*javascript:""", r"<[^>]*\son(click|mouseover|error|load)\s*="):
        # The theme's own search "share" button is a javascript: link; nothing may add another.
        assert active(site, pattern) == active(clean_site, pattern), pattern
    texts = {
        page: " ".join(BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
        for page, p in ((p.relative_to(site).as_posix(), p) for p in site.rglob("*.html"))
    }
    for name, (_, _, _, shown) in PAYLOADS.items():
        assert any(shown in text for text in texts.values()), f"{name}: {shown!r} is not shown literally"
    assert all(audit_html(p.read_text(encoding="utf-8")) == [] for p in site.rglob("*.html"))


@pytest.mark.parametrize(
    ("path", "old", "new", "line"),
    [
        (
            STORY,
            "name: Ada Lovelace",
            "name: Bert <img src=x onerror=alert(1)>",
            f"{STORY}:2: name: '<' is not allowed",
        ),
        (GUIDE, "topics: [archetypes]", "topics: [archetypes]\nsources_note: x", f"{GUIDE}:8: sources_note: unknown"),
        (
            STORY,
            "## Lessons",
            "<script>alert('x')</script>\n\n## Lessons",
            f"{STORY}:{BODY_LINE}: body: '<script>' is not allowed",
        ),
        (
            STORY,
            "## Lessons",
            "[a](javascript:alert(1))\n\n## Lessons",
            f"{STORY}:{BODY_LINE}: body: 'javascript:' links",
        ),
    ],
    ids=["markup-in-name", "unknown-field", "script-in-body", "javascript-link"],
)
def test_refused_input_stops_the_build_with_one_line_and_no_site(mini_project, path, old, new, line):
    edit(mini_project / path, old, new)
    result = run_build(mini_project)
    assert result.returncode != 0
    assert any(text.startswith(line) for text in result.stderr.splitlines()), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (mini_project / "site").exists()


def test_not_utf8_page_stops_the_build_naming_the_file(mini_project):
    path = mini_project / STORY
    path.write_bytes(path.read_bytes().replace(b"Analytical", b"Analyt\xe9cal"))
    result = run_build(mini_project)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{STORY}:5: encoding: not valid UTF-8 (byte 0xe9); save the file as UTF-8" in result.stderr.splitlines()


def test_symlink_to_a_file_outside_docs_is_refused(mini_project):
    (mini_project / "docs/stories/leak.txt").symlink_to("/etc/hostname")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "docs/stories/leak.txt:1: file: symbolic links are not allowed" in result.stderr
    assert not (mini_project / "site").exists()


TEMPLATE_SYNTAX = [
    "{{ config }}",
    "{{ ''.__class__.__mro__ }}",
    "{% include '/etc/passwd' %}",
    "{# hidden #}",
    "{{ environment }}",
]


def test_template_syntax_and_snippet_lines_in_a_contributor_page_stay_literal(mini_project):
    lines = [*TEMPLATE_SYNTAX, '--8<-- "/etc/hostname"', '--8<-- "../mkdocs.yml"']
    edit(mini_project / STORY, "## Lessons", "\n\n".join(lines) + "\n\n## Lessons")
    result = run_build(mini_project)
    assert result.returncode == 0, result.stderr
    text = BeautifulSoup((mini_project / "site/stories/ada-lovelace/index.html").read_text(), "html.parser")
    shown = " ".join(text.find("article").get_text().split())
    for line in lines:
        assert line.replace("__", "") in shown  # Markdown makes __x__ bold; the text stays
    assert "class 'str'" not in shown
    assert "root:" not in shown and "INHERIT" not in shown and "site_name" not in shown


@pytest.mark.parametrize(
    ("snippet", "error"),
    [
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
        ("{{ topic_index.__globals__ }}", "unsafe"),
        ("{% include '../mkdocs.yml' %}", "mkdocs.yml"),
    ],
    ids=["mro-escape", "function-globals", "include-outside-docs"],
)
def test_hub_pages_render_in_a_sandbox(mini_project, snippet, error):
    edit(mini_project / "docs/topics.md", "{{ topic_index() }}", snippet)
    result = run_build(mini_project)
    assert result.returncode != 0
    assert error in result.stderr + result.stdout


def test_render_macros_outside_the_hub_pages_is_refused(mini_project):
    (mini_project / "docs/notes.md").write_text("---\nrender_macros: true\n---\n\n{{ config }}\n")
    config = mini_project / "mkdocs.yml"
    config.write_text(config.read_text() + "  - notes.md\n")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "docs/notes.md:2: render_macros: only the maintainers' hub pages" in result.stderr


def test_the_post_build_audit_catches_what_a_hub_page_lets_through(mini_project):
    # Hub pages are exempt from the source check; the audit of the built HTML is not.
    edit(mini_project / "docs/topics.md", "{{ topic_index() }}", "{{ topic_index() }}\n\n<script>alert(1)</script>")
    result = run_build(mini_project)
    assert result.returncode != 0
    assert "docs/topics.md:1: body: the built page has a <script> element" in result.stderr
    assert not (mini_project / "site").exists()


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ("<article><p>fine <a href='https://x.org'>x</a></p></article>", []),
        ("<article><script>x</script></article>", ["<script> element"]),
        ("<article><a href=' JaVa\tScRiPt:alert(1)'>x</a></article>", ["javascript: URL in href= of <a>"]),
        ("<article><img src=x onerror=alert(1)></article>", ["onerror= attribute on <img>"]),
        ("<article><iframe srcdoc='x'></iframe></article>", ["<iframe> element", "srcdoc= attribute on <iframe>"]),
        ("<article><td style='text-align: right;'>1</td></article>", []),
        ("<article><div style='position:fixed'>x</div></article>", ["style= attribute on <div>"]),
        ("<article><img src='data:image/png;base64,AA'></article>", ["data: URL in src= of <img>"]),
        ("<head><script>theme()</script></head><article>ok</article>", []),
    ],
)
def test_audit_html_finds_active_content_in_the_article(html, found):
    assert audit_html(html) == found
