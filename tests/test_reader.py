"""Unit tests of file reading (macros/reader.py)."""

import pytest

from macros import reader
from macros.problems import ContentError
from macros.reader import heading_ids, read_markdown, read_yaml


def test_heading_ids_follow_the_toc_extension():
    body = (
        "## Snacking, preening and chasing ghosts\n### What's a *Staff project*?\n"
        "## Custom {#mine}\n## Twice\n## Twice\n"
    )
    assert list(heading_ids(body)) == [
        "snacking-preening-and-chasing-ghosts",
        "whats-a-staff-project",
        "mine",
        "twice",
        "twice_1",
    ]


def test_headings_inside_code_fences_are_ignored():
    assert heading_ids("```\n## not a heading\n```\n## Real\n") == {"real": "Real"}


def test_malformed_front_matter_names_file_and_line(tmp_path):
    page = tmp_path / "bad.md"
    page.write_text("---\nname: Ada\nrole: [Staff\n---\nbody\n")
    with pytest.raises(ContentError) as caught:
        read_markdown(page)
    (problem,) = caught.value.problems
    assert problem.path.endswith("bad.md") and problem.line == 3 and problem.field == "front matter"
    assert "malformed YAML" in problem.message


def test_missing_front_matter_is_reported(tmp_path):
    page = tmp_path / "plain.md"
    page.write_text("# Just a heading\n")
    with pytest.raises(ContentError, match="missing: the file must start with a --- block"):
        read_markdown(page)


def test_lines_of_keys_are_file_lines(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("---\nname: Ada\ntopics:\n  - a\n  - b\n---\n\nText\n")
    document = read_markdown(page)
    assert document.lines[("name",)] == 2 and document.lines[("topics", 1)] == 5
    assert document.body_line("Text") == 8


def test_yaml_file_that_is_not_a_mapping_is_rejected(tmp_path):
    data = tmp_path / "list.yml"
    data.write_text("- a\n- b\n")
    with pytest.raises(ContentError, match="expected a mapping"):
        read_yaml(data)


def test_an_unchanged_page_is_read_once_and_a_saved_one_again(tmp_path, monkeypatch):
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: One\n---\nBody\n", encoding="utf-8")
    parsed = []
    real = reader._parse_yaml
    monkeypatch.setattr(reader, "_parse_yaml", lambda *args, **kw: parsed.append(1) or real(*args, **kw))
    first = reader.read_markdown(page)
    first.data["title"] = "changed by a caller"
    assert reader.read_markdown(page, require_front_matter=False).data == {"title": "One"}
    assert len(parsed) == 1
    page.write_text("---\ntitle: Two, saved\n---\nBody\n", encoding="utf-8")
    assert reader.read_markdown(page).data == {"title": "Two, saved"}
    assert len(parsed) == 2


def test_a_cached_page_without_front_matter_still_fails_where_it_is_required(tmp_path):
    page = tmp_path / "plain.md"
    page.write_text("# Just text\n", encoding="utf-8")
    assert reader.read_markdown(page, require_front_matter=False).body == "# Just text\n"
    with pytest.raises(ContentError, match="missing: the file must start with a --- block"):
        reader.read_markdown(page)
