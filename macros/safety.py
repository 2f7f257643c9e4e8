"""What untrusted contributions may contain, and the checks that enforce it.

Content arrives from strangers' pull requests and CI builds it, so three
things are checked, each reporting `Problem` lines like the rest of the model:

- `check_tree`: every file below `docs/` is one the site publishes safely: no
  symbolic links (they could publish a file from outside `docs/`), only page,
  data and image files outside the maintainers' `assets/` folder, pages in
  UTF-8 and of a sane size.
- `check_markdown`: a page's own Markdown holds no active content: no
  `<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>` (and the like), no
  `on*=` event handlers or `style=` attributes (raw HTML or attribute lists),
  no `javascript:`, `data:`, `vbscript:` or `file:` link targets.
- `audit_html`: the same rules applied to the rendered HTML of every page, so
  that anything the source check cannot see (entities, reference links,
  generated blocks) is still caught before the site is published.

Only the maintainers' hub pages (`HUB_PAGES`, `is_hub`) may be rendered as templates.
Nothing here depends on MkDocs.
"""

from __future__ import annotations

import functools
import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from macros.problems import ContentError, Problem, display_path
from macros.reader import read_text

#: Pages (below docs/, shell-style patterns) that maintainers own and that may set
#: `render_macros: true`. Every career ladder's page (`ladders/<id>.md`) calls its
#: ladder's macro. Adding one is a maintainer's change, reviewed through CODEOWNERS.
HUB_PAGES = (
    "index.md",
    "faq.md",
    "open-data.md",
    "topics.md",
    "resources.md",
    "archetypes/index.md",
    "archetypes/self-check.md",
    "beyond/index.md",
    "guides/index.md",
    "stories/index.md",
    "parts/overview.md",
    "parts/operating-at-staff.md",
    "parts/getting-the-title.md",
    "parts/switching-companies.md",
    "parts/stories.md",
    "parts/resources.md",
    "ladders/*.md",
)


@functools.cache
def is_hub(src: str) -> bool:
    """Whether the page at `src` (path below docs/) is a maintainers' hub page."""
    path = PurePosixPath(src)
    return any(len(path.parts) == len(PurePosixPath(p).parts) and path.match(p) for p in HUB_PAGES)


#: Folder below docs/ for maintainers' scripts, styles and other assets.
ASSETS_DIR = "assets"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico")
DATA_SUFFIXES = (".yml", ".yaml")
ROOT_FILES = ("CNAME", "robots.txt")

#: Elements that run code, load other documents or restyle the page.
BANNED_TAGS = (
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "style",
    "link",
    "meta",
    "base",
    "portal",
)
#: Elements a page's own Markdown may not contain either: inline SVG and MathML
#: can carry scripts and animations (the theme's own icons are SVG), and a form
#: could ask readers for data (the ladders' level picker is a form without an
#: action; the audit refuses any `action=`).
SOURCE_ONLY_BANNED_TAGS = ("svg", "math", "form")
#: Attributes whose value is a URL.
URL_ATTRIBUTES = ("href", "src", "xlink:href", "poster", "data", "background", "cite")
BANNED_SCHEMES = ("javascript", "vbscript", "data", "file")
TABLE_ALIGN = re.compile(r"^text-align: (left|right|center);?$")
ALLOWED_MARKUP = "Markdown, links to http(s) or relative pages, and plain HTML such as <div>, <span>, <details>"


def _allowed_file(relative: str) -> bool:
    parts = relative.split("/")
    suffix = os.path.splitext(relative)[1].lower()
    if parts[0] == ASSETS_DIR or relative in ROOT_FILES:
        return True
    if parts[0] == "data":
        return suffix in DATA_SUFFIXES
    return suffix == ".md" or suffix in IMAGE_SUFFIXES


def check_tree(docs_dir: Path) -> list[Problem]:
    """Check every file and folder below `docs_dir` (see the module docstring).

    Returns one problem per offending file; reads each page and data file once.
    """
    problems: list[Problem] = []
    for folder, dirs, files in os.walk(docs_dir, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            relative = path.relative_to(docs_dir).as_posix()
            if path.is_symlink():
                problems.append(
                    Problem(
                        display_path(path),
                        1,
                        "file",
                        "symbolic links are not allowed below docs/ (one could publish a file from outside it); "
                        "commit the file itself",
                    )
                )
            elif name in files and not _allowed_file(relative):
                suffix = os.path.splitext(name)[1] or name
                problems.append(
                    Problem(
                        display_path(path),
                        1,
                        "file",
                        f"'{suffix}' files are not allowed here; allowed: .md pages and "
                        f"{', '.join(IMAGE_SUFFIXES)} images (YAML only in docs/data/; "
                        f"scripts and styles only in docs/{ASSETS_DIR}/, owned by the maintainers)",
                    )
                )
            elif name in files and os.path.splitext(name)[1].lower() in (".md", *DATA_SUFFIXES):
                try:
                    read_text(path)
                except ContentError as error:
                    problems.extend(error.problems)
        dirs[:] = [d for d in dirs if not (Path(folder) / d).is_symlink()]
    return problems


def _spaced(word: str) -> str:
    """A pattern for `word` with control characters or spaces between its letters,
    which browsers drop from a URL's scheme (`java&#9;script:` is `javascript:`)."""
    return r"[\x00-\x20]*".join(map(re.escape, word))


FENCE = re.compile(r"^\s*(```+|~~~+)")
#: Control characters and bidirectional overrides, which no page needs (tabs are fine).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_TAGS = "|".join(BANNED_TAGS + SOURCE_ONLY_BANNED_TAGS)
SOURCE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"<\s*/?\s*({_TAGS})\b", re.IGNORECASE), "'<{0}>' is not allowed"),
    (re.compile(r"(?<![\w-])(on[a-z]{3,})\s*=", re.IGNORECASE), "the event handler attribute '{0}=' is not allowed"),
    (re.compile(r"(?<![\w-])(style)\s*=", re.IGNORECASE), "the '{0}=' attribute is not allowed"),
    (
        re.compile(
            rf"(?:\]\s*\(|\]:|<|=)\s*[\"']?\s*({'|'.join(map(_spaced, BANNED_SCHEMES))})\s*:",
            re.IGNORECASE,
        ),
        "'{0}:' links are not allowed",
    ),
)


def check_markdown(display: str, body: str, body_start: int = 1) -> list[Problem]:
    """Check a page's own Markdown (`body`, whose first line is file line
    `body_start`) for active content, outside code blocks and code spans.

    Returns one problem per offending line, naming what was found and what is
    allowed.
    """
    problems = []
    in_fence: str | None = None
    for number, line in enumerate(body.splitlines(), start=body_start):
        fence = FENCE.match(line)
        if fence:
            marker = fence.group(1)[:3]
            in_fence = None if in_fence == marker else (in_fence or marker)
            continue
        if in_fence:
            continue
        control = CONTROL.search(line)
        if control:
            message = f"the control character U+{ord(control.group()):04X} is not allowed; save the file as plain text"
            problems.append(Problem(display, number, "body", message))
        text = html.unescape(INLINE_CODE.sub("", line))
        for pattern, message in SOURCE_RULES:
            match = pattern.search(text)
            if match:
                found = message.format(re.sub(r"[\x00-\x20]", "", match.group(1)).lower())
                problems.append(Problem(display, number, "body", f"{found}; allowed: {ALLOWED_MARKUP}"))
    return problems


class _Auditor(HTMLParser):
    """Collects active content found in an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BANNED_TAGS:
            self.found.append(f"<{tag}> element")
        for name, value in attrs:
            if name == "style" and TABLE_ALIGN.match(value or ""):
                continue  # what Markdown tables write for column alignment
            if name.startswith("on") or name in ("style", "srcdoc", "action", "formaction"):
                self.found.append(f"{name}= attribute on <{tag}>")
            elif name in URL_ATTRIBUTES and value and _scheme(value) in BANNED_SCHEMES:
                self.found.append(f"{_scheme(value)}: URL in {name}= of <{tag}>")

    handle_startendtag = handle_starttag


def _scheme(url: str) -> str:
    """The scheme of a URL as a browser reads it (control characters and spaces dropped)."""
    compact = re.sub(r"[\x00-\x20]", "", url).lower()
    return compact.split(":", 1)[0] if ":" in compact else ""


def audit_html(document: str) -> list[str]:
    """Active content in the page content (`<article>`) of a built HTML page.

    Returns a description of each finding, e.g. `<script> element` or
    `onerror= attribute on <img>`; empty when the content is clean. The theme's
    own scripts, outside the article, are not audited.
    """
    start = document.find("<article")
    end = document.rfind("</article>")
    if start < 0 or end < start:
        return []
    auditor = _Auditor()
    auditor.feed(document[start:end])
    auditor.close()
    return auditor.found
