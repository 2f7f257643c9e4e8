"""A corpus of bad input, as a stranger's pull request could bring it.

Each case mutates a copy of the minimal fixture's `docs/` (one file or one
edit) and expects the content model to answer with one line naming the file,
the line, the field and what is allowed; no case may raise anything but
`ContentError`. The last cases are valid input that must load unchanged.
Whole builds of the same classes are in `test_injection.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import edit
from macros.catalogue import ContentError, load_catalogue

STORY = "stories/ada-lovelace.md"
GUIDE = "guides/staff-archetypes.md"


@dataclass(frozen=True)
class Case:
    id: str
    mutate: Callable[[Path], None]
    expected: str  # the start of one reported line, relative to the project: "docs/<file>:<line>: <field>: ..."
    also: str = ""  # a further fragment that line must contain (what is allowed, the bad value)


def replace(relative: str, old: str, new: str) -> Callable[[Path], None]:
    return lambda docs: edit(docs / relative, old, new)


def body(text: str) -> Callable[[Path], None]:
    """Append `text` to the story's body, after a blank line (so from line `LINE_BODY`)."""
    return lambda docs: (docs / STORY).write_text((docs / STORY).read_text() + "\n" + text + "\n")


def write(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def mutate(docs: Path) -> None:
        path = docs / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())

    return mutate


def symlink(relative: str, target: str) -> Callable[[Path], None]:
    return lambda docs: (docs / relative).symlink_to(target)


def rename(old: str, new: str) -> Callable[[Path], None]:
    return lambda docs: (docs / old).rename(docs / new)


def story_copy(slug: str, name: str, url_slug: str | None = None) -> Callable[[Path], None]:
    def mutate(docs: Path) -> None:
        text = (docs / STORY).read_text().replace("Ada Lovelace", name).replace("how-do-fixtures-sponsor", "x-" + slug)
        text = text.replace("stories/ada-lovelace", f"stories/{url_slug or slug}")
        (docs / f"stories/{slug}.md").write_text(text)
        # Its question goes into the FAQ's reading order, as a contributor's would.
        order = docs / "data/faq.yml"
        order.write_text(
            order.read_text().replace(
                "      - how-do-fixtures-sponsor\n", f"      - how-do-fixtures-sponsor\n      - x-{slug}\n"
            )
        )

    return mutate


MINIMAL_DOCS = Path(__file__).parent / "fixtures" / "minimal" / "docs"
LINE_BODY = len((MINIMAL_DOCS / STORY).read_text().splitlines()) + 2  # the first line appended by `body()`
#: Nine levels of nested aliases: 9**9 items once expanded, from nine lines.
ALIAS_BOMB = "x0: &a0 [l, l, l, l, l, l, l, l, l]\n" + "".join(
    f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9)
)
ALLOWED = "allowed: Markdown, links to http(s) or relative pages"

CASES = [
    # YAML and the shape of the front matter
    Case(
        "yaml-syntax",
        replace(STORY, "company: Analytical Engines", "company: [Analytical"),
        f"docs/{STORY}:5: front matter: malformed YAML",
    ),
    Case(
        "yaml-tab-indent",
        replace(STORY, "  - id: how-do-fixtures-sponsor", "\t- id: how-do-fixtures-sponsor"),
        f"docs/{STORY}:13: front matter: malformed YAML",
        "\\t",
    ),
    Case(
        "yaml-alias-bomb",
        replace(STORY, "role: Staff Engineer", "role: Staff Engineer\n" + ALIAS_BOMB),
        f"docs/{STORY}:6: front matter: YAML aliases are not allowed (*a0)",
    ),
    Case(
        "yaml-alias-in-data-file",
        replace("data/topics.yml", "groups:", "shared: &shared x\nagain: *shared\ngroups:"),
        "docs/data/topics.yml:",
        "YAML aliases are not allowed",
    ),
    Case(
        "yaml-nested-too-deeply",
        replace(STORY, "role: Staff Engineer", "role: Staff Engineer\nx: " + "[" * 5000 + "]" * 5000),
        f"docs/{STORY}:1: front matter: YAML nested too deeply",
    ),
    Case(
        "yaml-duplicate-key",
        replace(STORY, "role: Staff Engineer", "role: Staff Engineer\nrole: Distinguished Engineer"),
        f"docs/{STORY}:5: role: 'role' is given twice (first on line 4)",
    ),
    Case(
        "yaml-key-not-text",
        replace(STORY, "role: Staff Engineer", "role: Staff Engineer\n2020: a year"),
        f"docs/{STORY}:5: 2020: a key must be a plain name",
    ),
    Case(
        "front-matter-never-closed",
        write(STORY, "---\nname: Ada Lovelace\nrole: Staff Engineer\n"),
        f"docs/{STORY}:1: front matter: the --- block that opens the file is never closed",
    ),
    Case(
        "control-character-in-body",
        body("A line with a NUL \x00 in it."),
        f"docs/{STORY}:{LINE_BODY}: body: the control character U+0000 is not allowed",
    ),
    Case(
        "name-too-long",
        replace(STORY, "name: Ada Lovelace", "name: " + "Ada " * 40),
        f"docs/{STORY}:2: name: String should have at most 80 characters",
    ),
    Case("front-matter-missing", write(STORY, "## The role\n\nText.\n"), f"docs/{STORY}:1: front matter: missing"),
    Case(
        "front-matter-not-mapping",
        write(STORY, "---\n- a list\n- not a mapping\n---\n\nText.\n"),
        f"docs/{STORY}:1: front matter: expected a mapping",
    ),
    Case("empty-file", write(STORY, ""), f"docs/{STORY}:1: front matter: missing"),
    Case(
        "required-missing",
        replace(STORY, "role: Staff Engineer\n", ""),
        f"docs/{STORY}:1: role: required field is missing",
    ),
    Case(
        "wrong-type",
        replace(STORY, "archetypes: [tech-lead]", "archetypes: 3"),
        f"docs/{STORY}:7: archetypes: expected a list, got 3",
    ),
    Case(
        "empty-string",
        replace(STORY, "company: Analytical Engines", 'company: ""'),
        f"docs/{STORY}:5: company:",
        "at least 2 characters",
    ),
    Case(
        "unknown-field",
        replace(STORY, "origin: book", "origin: book\nemployer: X"),
        f"docs/{STORY}:12: employer: unknown field 'employer'",
        "allowed: ",
    ),
    # Vocabularies, with the closest valid value
    Case(
        "unknown-archetype",
        replace(STORY, "[tech-lead]", "[righthand]"),
        f"docs/{STORY}:7: archetypes[0]: 'righthand' is not an archetype",
        "did you mean 'right-hand'?",
    ),
    Case(
        "unknown-topic",
        replace(STORY, "[sponsorship, promotion]", "[sponsorship, promotoin]"),
        f"docs/{STORY}:9: topics[1]: 'promotoin' is not a topic",
        "did you mean 'promotion'?",
    ),
    Case(
        "unknown-origin",
        replace(STORY, "origin: book", "origin: website"),
        f"docs/{STORY}:11: origin: 'website' is not allowed",
        "allowed: book, staffeng",
    ),
    Case(
        "book-archetype-on-staffeng-story",
        replace(STORY, "origin: book", "origin: staffeng"),
        f"docs/{STORY}:8: archetype_source: the book's lists only cover",
        "use 'self'",
    ),
    Case(
        "unknown-guide-in-book-order",
        replace("data/book.yml", "staff-archetypes]", "staff-archetype]"),
        "docs/data/book.yml:5: parts[0].chapters[1]: 'staff-archetype' has no page",
        "did you mean 'staff-archetypes'?",
    ),
    Case(
        "guide-missing-from-book-order",
        write("guides/lost-chapter.md", (MINIMAL_DOCS / GUIDE).read_text()),
        "docs/guides/lost-chapter.md:1: slug: guide 'lost-chapter' is not in data/book.yml",
    ),
    Case(
        "unknown-story-in-guide",
        replace(GUIDE, "topics: [archetypes]", "topics: [archetypes]\nstories: [ada-lovelase]"),
        f"docs/{GUIDE}:8: stories[0]: 'ada-lovelase' is not a story",
        "did you mean 'ada-lovelace'?",
    ),
    Case(
        "unknown-story-in-levels",
        replace("data/levels.yml", "[ada-lovelace]", "[ada]"),
        "docs/data/levels.yml:5: companies[0].stories[0]: 'ada' is not a story",
    ),
    Case(
        "unknown-work",
        replace(GUIDE, "work: staff-engineer", "work: staff-enginer"),
        f"docs/{GUIDE}:5: sources[0].work: 'staff-enginer' is not a source work",
        "did you mean 'staff-engineer'?",
    ),
    Case(
        "unknown-resource-kind",
        replace("data/resources.yml", "kind: article", "kind: podcast"),
        "docs/data/resources.yml:4: resources[0].kind: 'podcast' is not allowed",
        "allowed: book, article",
    ),
    Case(
        "unknown-topic-group",
        replace("data/topics.yml", "group: role}", "group: rol}"),
        "docs/data/topics.yml:",
        "did you mean 'role'?",
    ),
    Case(
        "ladder-missing-field",
        replace("data/ladders/sample.yml", "        expectations: [Owns decisions]\n", ""),
        "docs/data/ladders/sample.yml:36: levels[1].cells.technical.expectations: required (write [] when",
    ),
    Case(
        "archetype-page-unknown-slug",
        write("archetypes/wizard.md", (MINIMAL_DOCS / "archetypes/solver.md").read_text()),
        "docs/archetypes/wizard.md:1: slug: 'wizard' is not an archetype",
        "allowed: tech-lead",
    ),
    Case(
        "named-story-without-shared-topic",
        replace(GUIDE, "topics: [archetypes]", "topics: [archetypes]\nstories: [ada-lovelace]"),
        f"docs/{GUIDE}:8: stories[0]: 'ada-lovelace' shares no topic with this page",
        "remove the story",
    ),
    Case(
        "cites-the-book-it-says-it-is-not-from",
        lambda d: (d / GUIDE).write_text((d / GUIDE).read_text() + "\nThis page is not in the book.\n"),
        f"docs/{GUIDE}:5: sources[0].work: 'staff-engineer': the page says it is not from the book",
    ),
    # Slugs and identity
    Case(
        "duplicate-slug",
        story_copy("ada-lovelace-2", "Ada Two", url_slug="ada-lovelace"),
        "docs/stories/ada-lovelace-2.md:10: staffeng_url: duplicate slug 'ada-lovelace'",
    ),
    Case(
        "slug-differs-from-file-name",
        replace(STORY, "stories/ada-lovelace\n", "stories/ada-byron\n"),
        f"docs/{STORY}:10: staffeng_url:",
        "must be https://staffeng.com/stories/ada-lovelace",
    ),
    Case(
        "file-name-not-a-slug",
        rename(STORY, "stories/Ada_Lovelace.md"),
        "docs/stories/Ada_Lovelace.md:1: slug: file name 'Ada_Lovelace' is not a slug",
        "rename it to 'ada-lovelace.md'",
    ),
    Case(
        "duplicate-faq-id",
        lambda d: (
            story_copy("ada-two", "Ada Two")(d),
            edit(d / "stories/ada-two.md", "x-ada-two", "how-do-fixtures-sponsor"),
        ),
        "docs/stories/ada-two.md:13: faq[0].id: duplicate: FAQ id 'how-do-fixtures-sponsor'",
    ),
    Case(
        "faq-anchor-missing",
        replace(STORY, "anchor: how-they-work", "anchor: how-they-wrk"),
        f"docs/{STORY}:16: faq[0].anchor: 'how-they-wrk' is not a heading id on this page",
        "did you mean 'how-they-work'?",
    ),
    Case(
        "faq-not-a-question",
        replace(STORY, "sponsor others?", "sponsor others."),
        f"docs/{STORY}:14: faq[0].question: a question must end with '?'",
    ),
    Case(
        "missing-section", replace(STORY, "## Lessons", "## Takeaways"), f"docs/{STORY}:19: sections: missing lessons"
    ),
    # Dates and URLs
    Case(
        "date-not-a-date",
        replace(STORY, "interviewed: 2020-03", "interviewed: 2020-13"),
        f"docs/{STORY}:6: interviewed: '2020-13' is not in the expected form",
        "YYYY-MM",
    ),
    Case(
        "date-as-yaml-date",
        replace(STORY, "interviewed: 2020-03", "interviewed: 2020-03-01"),
        f"docs/{STORY}:6: interviewed: expected text",
    ),
    Case(
        "url-not-a-url",
        replace(STORY, "https://staffeng.com/stories/ada-lovelace", "staffeng dot com"),
        f"docs/{STORY}:10: staffeng_url: 'staffeng dot com' is not a valid URL",
    ),
    Case(
        "javascript-url-in-front-matter",
        replace(
            "data/resources.yml",
            "guides: [overview-overview]",
            "guides: [overview-overview]\n    url: javascript:alert(1)",
        ),
        "docs/data/resources.yml:7: resources[0].url: 'javascript:alert(1)' is not a valid URL",
    ),
    # Markup in front matter and data: refused, with the value
    Case(
        "img-onerror-in-name",
        replace(STORY, "name: Ada Lovelace", "name: Ada <img src=x onerror=alert(1)>"),
        f"docs/{STORY}:2: name: '<' is not allowed in 'Ada <img src=x onerror=alert(1)>'",
        "plain text",
    ),
    Case(
        "script-in-role",
        replace(STORY, "role: Staff Engineer", "role: <script>alert(1)</script>"),
        f"docs/{STORY}:4: role: '<' is not allowed",
    ),
    Case(
        "svg-onload-in-company",
        replace(STORY, "company: Analytical Engines", "company: '\"><svg onload=alert(1)>'"),
        f"docs/{STORY}:5: company: '>' is not allowed",
    ),
    Case(
        "markup-in-faq-answer",
        replace(STORY, "which is a kind of", "which is <b>a kind</b> of"),
        f"docs/{STORY}:15: faq[0].answer: '<' is not allowed",
    ),
    Case(
        "markup-in-guide-title",
        replace(
            GUIDE, "title: Staff engineer archetypes\ndescription", "title: Archetypes <iframe src=//x>\ndescription"
        ),
        f"docs/{GUIDE}:2: title: '<' is not allowed",
    ),
    Case(
        "markup-in-ladder-item",
        replace("data/ladders/sample.yml", "[Led a migration]", "[Led a <script>x</script>]"),
        "docs/data/ladders/sample.yml:39: levels[1].cells.technical.examples: [0]: '<' is not allowed",
    ),
    Case(
        "markup-in-resource-title",
        replace("data/resources.yml", "title: Being Glue", "title: Being <b>Glue</b>"),
        "docs/data/resources.yml:2: resources[0].title: '<' is not allowed",
    ),
    Case(
        "bidi-override-in-name",
        replace(STORY, "name: Ada Lovelace", "name: Ada \u202eecalevoL"),
        f"docs/{STORY}:2: name: U+202E is not allowed",
    ),
    Case(
        "quote-in-description",
        replace(STORY, "used by the tests.", 'used by the "tests".'),
        f"docs/{STORY}:3: description:",
        'without " < >',
    ),
    Case(
        "render-macros-in-content-page",
        replace(STORY, "origin: book", "origin: book\nrender_macros: true"),
        f"docs/{STORY}:12: render_macros: content pages are never rendered as templates",
    ),
    Case(
        "render-macros-in-plain-page",
        write("notes.md", "---\nrender_macros: true\n---\n\n{{ config }}\n"),
        "docs/notes.md:2: render_macros: only the maintainers' hub pages",
    ),
    # Active content in a page's own Markdown, named by line
    Case(
        "script-in-body",
        body("<script>alert('x')</script>"),
        f"docs/{STORY}:{LINE_BODY}: body: '<script>' is not allowed",
        ALLOWED,
    ),
    Case(
        "iframe-in-body",
        body('<iframe src="https://example.com"></iframe>'),
        f"docs/{STORY}:{LINE_BODY}: body: '<iframe>' is not allowed",
    ),
    Case(
        "object-in-body",
        body('<object data="x.swf"></object>'),
        f"docs/{STORY}:{LINE_BODY}: body: '<object>' is not allowed",
    ),
    Case("embed-in-body", body('<EMBED src="x.swf">'), f"docs/{STORY}:{LINE_BODY}: body: '<embed>' is not allowed"),
    Case(
        "style-element-in-body",
        body("<style>body { display: none }</style>"),
        f"docs/{STORY}:{LINE_BODY}: body: '<style>' is not allowed",
    ),
    Case(
        "inline-svg-in-body",
        body("<svg><animate onbegin=alert(1) /></svg>"),
        f"docs/{STORY}:{LINE_BODY}: body: '<svg>' is not allowed",
    ),
    Case(
        "event-handler-in-html",
        body("<img src=x onerror=alert(1)>"),
        f"docs/{STORY}:{LINE_BODY}: body: the event handler attribute 'onerror=' is not allowed",
    ),
    Case(
        "event-handler-in-attr-list",
        body('Click me.\n{: onclick="alert(1)" }'),
        f"docs/{STORY}:{LINE_BODY + 1}: body: the event handler attribute 'onclick='",
    ),
    Case(
        "style-attribute-overlay",
        body('<div style="position:fixed;inset:0;z-index:9">x</div>'),
        f"docs/{STORY}:{LINE_BODY}: body: the 'style=' attribute is not allowed",
    ),
    Case(
        "javascript-link",
        body("[Read more](javascript:alert(1))"),
        f"docs/{STORY}:{LINE_BODY}: body: 'javascript:' links are not allowed",
    ),
    Case(
        "javascript-link-entity-encoded",
        body("[Read more](javascript&#58;alert(1))"),
        f"docs/{STORY}:{LINE_BODY}: body: 'javascript:' links are not allowed",
    ),
    Case(
        "javascript-reference-link",
        body("[Read more][x]\n\n[x]: JavaScript:alert(1)"),
        f"docs/{STORY}:{LINE_BODY + 2}: body: 'javascript:' links are not allowed",
    ),
    Case(
        "javascript-scheme-split-by-a-tab-entity",
        body('<a href="java&#x09;script:alert(1)">x</a> and [y](java&Tab;script:alert(2))'),
        f"docs/{STORY}:{LINE_BODY}: body: 'javascript:' links are not allowed",
    ),
    Case(
        "javascript-autolink",
        body("<javascript:alert(1)>"),
        f"docs/{STORY}:{LINE_BODY}: body: 'javascript:' links are not allowed",
    ),
    Case(
        "data-url-image",
        body("![x](data:image/svg+xml;base64,PHN2Zz4=)"),
        f"docs/{STORY}:{LINE_BODY}: body: 'data:' links are not allowed",
    ),
    Case(
        "script-in-plain-page",
        write("notes.md", "# Notes\n\n<script src=https://evil.example/x.js></script>\n"),
        "docs/notes.md:3: body: '<script>' is not allowed",
    ),
    # Files a page could use to publish something else
    Case(
        "not-utf8-story",
        lambda d: (d / STORY).write_bytes((d / STORY).read_bytes().replace(b"Analytical", b"Analyt\xefcal")),
        f"docs/{STORY}:5: encoding: not valid UTF-8 (byte 0xef)",
        "save the file as UTF-8",
    ),
    Case(
        "not-utf8-data-file",
        lambda d: (d / "data/levels.yml").write_bytes(b"companies:\n  - company: \xff\n"),
        "docs/data/levels.yml:2: encoding: not valid UTF-8",
    ),
    Case(
        "five-megabyte-page",
        lambda d: (d / STORY).write_text((d / STORY).read_text() + "x" * 5_000_000),
        f"docs/{STORY}:1: file: ",
        "may have at most 1,000,000",
    ),
    Case(
        "symlink-to-outside-file",
        symlink("stories/hostname.txt", "/etc/hostname"),
        "docs/stories/hostname.txt:1: file: symbolic links are not allowed",
    ),
    Case("symlinked-folder", symlink("guides/etc", "/etc"), "docs/guides/etc:1: file: symbolic links are not allowed"),
    Case(
        "symlinked-page",
        symlink("stories/grace-2.md", "grace-hopper.md"),
        "docs/stories/grace-2.md:1: file: symbolic links are not allowed",
    ),
    Case(
        "html-file",
        write("stories/evil.html", "<script>alert(1)</script>"),
        "docs/stories/evil.html:1: file: '.html' files are not allowed here",
        "allowed: .md pages",
    ),
    Case("javascript-file", write("evil.js", "alert(1)"), "docs/evil.js:1: file: '.js' files are not allowed here"),
    Case(
        "svg-file",
        write("stories/photo.svg", "<svg onload=alert(1)/>"),
        "docs/stories/photo.svg:1: file: '.svg' files are not allowed here",
    ),
    Case(
        "yaml-outside-data",
        write("stories/extra.yml", "a: 1\n"),
        "docs/stories/extra.yml:1: file: '.yml' files are not allowed here",
    ),
]


def problems_after(docs: Path, mutate: Callable[[Path], None]) -> list[str]:
    mutate(docs)
    with pytest.raises(ContentError) as caught:
        load_catalogue(docs)
    return [str(problem).removeprefix(str(docs.parent) + "/") for problem in caught.value.problems]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_is_one_clear_line(docs_copy, case):
    problems = problems_after(docs_copy, case.mutate)
    matching = [line for line in problems if line.startswith(case.expected) and case.also in line]
    assert matching, "\n".join(problems)
    assert all("Traceback" not in line for line in problems)


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.expected.startswith(f"docs/{STORY}")], ids=lambda case: case.id
)
def test_a_broken_story_is_reported_once_not_again_by_the_files_that_name_it(docs_copy, case):
    """A story that cannot be read (or is invalid) is reported at the story; the
    FAQ order, which lists its question, does not add a second, misleading line."""
    problems = problems_after(docs_copy, case.mutate)
    assert not [line for line in problems if line.startswith("docs/data/faq.yml")], "\n".join(problems)


def test_the_corpus_is_large_and_ids_are_unique():
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


def test_several_broken_files_are_all_reported_in_one_run(docs_copy):
    problems = problems_after(
        docs_copy,
        lambda d: (
            edit(d / STORY, "name: Ada Lovelace", "name: <b>Ada</b>"),
            edit(d / GUIDE, "topics: [archetypes]", "topics: [archetype]"),
            (d / "evil.js").write_text("alert(1)"),
            (d / "stories/grace-hopper.md").write_bytes(b"\xff\xfe"),
        ),
    )
    files = {line.split(":", 1)[0] for line in problems}
    assert {f"docs/{STORY}", f"docs/{GUIDE}", "docs/evil.js", "docs/stories/grace-hopper.md"} <= files, problems


VALID = {
    "code-block-may-show-markup": body("```html\n<script>alert(1)</script>\n<img onerror=x>\n```"),
    "inline-code-may-show-markup": body("Never write `<iframe>` or `onclick=` in a page."),
    "indented-fence-and-tilde-fence": body("~~~\n<style>x</style>\n~~~"),
    "byte-order-mark": lambda d: (d / STORY).write_bytes(b"\xef\xbb\xbf" + (d / STORY).read_bytes()),
    "crlf-line-endings": lambda d: (d / STORY).write_bytes((d / STORY).read_bytes().replace(b"\n", b"\r\n")),
    "non-ascii-name": replace(STORY, "name: Ada Lovelace", "name: Zoë Ñúñez 王小明"),
    "markdown-characters-in-values": replace(
        STORY, "company: Analytical Engines", "company: 'AT&T [Labs] {R&D} | *Bell* `x`'"
    ),
    "javascript-as-plain-text": replace(STORY, "role: Staff Engineer", "role: 'javascript:alert(1)'"),
    "prose-mentioning-style": body("Their style was calm; on the whole, once a week they met."),
}


@pytest.mark.parametrize("mutate", VALID.values(), ids=list(VALID))
def test_valid_input_loads(docs_copy, mutate):
    mutate(docs_copy)
    kb = load_catalogue(docs_copy)
    assert "ada-lovelace" in kb.stories


def test_non_ascii_name_keeps_the_file_slug(docs_copy):
    story_copy("zoe-nunez", "Zoë Ñúñez")(docs_copy)
    kb = load_catalogue(docs_copy)
    assert kb.stories["zoe-nunez"].meta.name == "Zoë Ñúñez"
    assert kb.stories["zoe-nunez"].src == "stories/zoe-nunez.md"


def test_crlf_keeps_line_numbers(docs_copy):
    path = docs_copy / STORY
    path.write_bytes(path.read_bytes().replace(b"[tech-lead]", b"[techlead]").replace(b"\n", b"\r\n"))
    problems = problems_after(docs_copy, lambda d: None)
    assert any(line.startswith(f"docs/{STORY}:7: archetypes[0]: 'techlead'") for line in problems), problems
