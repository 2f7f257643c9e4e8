"""The safety rules themselves (macros/safety.py), on the real site."""

from __future__ import annotations

import fnmatch

from conftest import ROOT
from macros.reader import read_markdown
from macros.safety import HUB_PAGES, check_markdown, check_tree, is_hub


def test_hub_pages_are_exactly_the_pages_that_are_templates():
    docs = ROOT / "docs"
    templates = {
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*.md")
        if read_markdown(path, require_front_matter=False).data.get("render_macros")
    }
    assert all(is_hub(page) for page in templates)
    assert all(any(is_hub_pattern(page, pattern) for page in templates) for pattern in HUB_PAGES)


def is_hub_pattern(page: str, pattern: str) -> bool:
    return len(page.split("/")) == len(pattern.split("/")) and fnmatch.fnmatchcase(page, pattern)


def test_is_hub_matches_whole_paths():
    assert is_hub("ladders/dual-track.md") and is_hub("faq.md") and is_hub("parts/overview.md")
    assert not is_hub("stories/dan-na.md")
    assert not is_hub("ladders/extra/page.md")
    assert not is_hub("notes/ladders/x.md")
    assert not is_hub("parts/new-part.md")


def test_the_real_site_passes_the_file_and_markup_checks():
    assert check_tree(ROOT / "docs") == []
    for path in (ROOT / "docs").rglob("*.md"):
        doc = read_markdown(path, require_front_matter=False)
        if not is_hub(path.relative_to(ROOT / "docs").as_posix()):
            assert check_markdown(doc.display, doc.body, doc.body_start) == [], path


def test_markup_check_reports_the_file_line():
    problems = check_markdown("docs/x.md", "Fine.\n\n```\n<script>ok</script>\n```\n\n<script>bad</script>\n", 5)
    assert [str(p) for p in problems] == [
        "docs/x.md:11: body: '<script>' is not allowed; allowed: Markdown, links to http(s) or relative pages, "
        "and plain HTML such as <div>, <span>, <details>"
    ]


def duplicate_keys(text: str) -> list[str]:
    """Mapping keys that appear twice in one mapping of a YAML document (YAML keeps the last silently)."""
    import yaml

    found: list[str] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        keys = [key.value for key, _ in node.value]
        found.extend(sorted({key for key in keys if keys.count(key) > 1}))
        return loader.construct_mapping(node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    yaml.load(text, Loader=Loader)  # a SafeLoader subclass
    return found


def test_mkdocs_yml_has_no_key_twice():
    assert duplicate_keys("a: 1\nb: 2\na: 3\n") == ["a"]
    assert duplicate_keys((ROOT / "mkdocs.yml").read_text(encoding="utf-8")) == []
