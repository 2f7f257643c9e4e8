"""Read content files: Markdown with YAML front matter, and YAML data files.

Each reader returns the parsed data together with a map from keys to line
numbers, so that later checks can point at the exact line of a bad field.
Malformed YAML, a file that is not UTF-8 and an oversized file raise
`ContentError` naming the file and line.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import yaml
from markdown.extensions.toc import slugify, unique

from macros.problems import ContentError, LineMap, Problem, display_path


@dataclass(frozen=True)
class Document:
    """A file as read from disk: its data, body and where each key stands."""

    path: Path
    display: str
    data: dict
    lines: LineMap
    body: str = ""
    headings: dict[str, str] = field(default_factory=dict)
    body_start: int = 1  # file line of the body's first line

    def body_line(self, text: str) -> int:
        """The file line of the first body line equal to `text`."""
        return self.body_start + self.body.splitlines().index(text)


def _line_map(node: yaml.Node | None, offset: int, display: str) -> LineMap:
    """Map each key path to its file line. Raises `ContentError` at a key that is
    not plain text or that repeats one before it in the same mapping (YAML
    would silently keep the last)."""
    lines: LineMap = {}

    def walk(node: yaml.Node, path: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                line = key.start_mark.line + offset
                field = ".".join(map(str, (*path, key.value))) if isinstance(key, yaml.ScalarNode) else "front matter"
                if not isinstance(key, yaml.ScalarNode) or key.tag != "tag:yaml.org,2002:str":
                    raise ContentError([Problem(display, line, field, "a key must be a plain name (text)")])
                if (*path, key.value) in lines:
                    message = f"'{key.value}' is given twice (first on line {lines[(*path, key.value)]}); keep one"
                    raise ContentError([Problem(display, line, field, message)])
                lines[(*path, key.value)] = line
                walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = item.start_mark.line + offset
                walk(item, (*path, index))

    if node is not None:
        walk(node, ())
    return lines


#: PyYAML's safe loader, in C when PyYAML was built with libyaml.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _explained(text: str, error: yaml.YAMLError) -> yaml.YAMLError:
    """The pure-Python loader's error for `text`, which explains more (it names a
    tab, for one) than libyaml's `error`; `error` itself when it finds none."""
    if _LOADER is yaml.SafeLoader:
        return error
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as explained:
        return explained
    return error


def _refuse_aliases(text: str, display: str, offset: int) -> None:
    """Raise `ContentError` at the first YAML alias (`*name`): content never needs
    one, and nested aliases expand exponentially (a few lines can exhaust memory)."""
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + offset
            message = f"YAML aliases are not allowed (*{event.anchor}); write the value out in full"
            raise ContentError([Problem(display, line, "front matter", message)])


def _parse_yaml(text: str, display: str, offset: int) -> tuple[dict, LineMap]:
    """Parse a YAML mapping; `offset` is the file line of the text's first line."""
    # One pass of libyaml (when PyYAML has it) gives both the nodes, for line
    # numbers, and the data built from them: parsing was most of a large build's
    # catalogue time with the pure-Python loader, run twice.
    loader = _LOADER(text)
    try:
        _refuse_aliases(text, display, offset)
        node = loader.get_single_node()
        lines = _line_map(node, offset, display)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise ContentError([Problem(display, offset, "front matter", "YAML nested too deeply")]) from None
    except yaml.YAMLError as raised:
        error = _explained(text, raised)
        # Where an unclosed bracket or quote began is more useful than the end of the text.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + offset if mark else offset
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentError([Problem(display, line, "front matter", f"malformed YAML: {reason}")]) from None
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError([Problem(display, offset, "front matter", "expected a mapping of fields (key: value)")])
    return data, lines


#: The largest page or data file accepted, in bytes.
MAX_TEXT_BYTES = 1_000_000


def read_text(path: Path) -> str:
    """Read a page or data file as UTF-8 (a leading byte-order mark is dropped).

    Raises `ContentError` naming the file and line when the file is larger than
    `MAX_TEXT_BYTES` or is not valid UTF-8.
    """
    display = display_path(path)
    if not path.is_file():
        raise ContentError([Problem(display, 1, "file", "not a regular file; a page or data file must be a file")])
    data = path.read_bytes()
    if len(data) > MAX_TEXT_BYTES:
        message = f"{len(data):,} bytes is too large; a page or data file may have at most {MAX_TEXT_BYTES:,}"
        raise ContentError([Problem(display, 1, "file", message)])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex()
        message = f"not valid UTF-8 (byte 0x{byte}); save the file as UTF-8"
        raise ContentError([Problem(display, line, "encoding", message)]) from None


FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
HEADING_ID = re.compile(r"\s*\{\s*#([\w-]+)[^}]*\}\s*$")
INLINE_MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)")


def heading_ids(body: str) -> dict[str, str]:
    """Map each heading's id to its text, as Python-Markdown's toc extension
    assigns them (explicit `{#id}` or slugified text, `_1` on repeats)."""
    ids: dict[str, str] = {}
    in_fence = False
    for line in body.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if not match:
            continue
        text = match.group(2)
        explicit = HEADING_ID.search(text)
        text = HEADING_ID.sub("", text)
        plain = INLINE_MARKUP.sub(lambda m: m.group(1) or "", text).strip()
        anchor = explicit.group(1) if explicit else unique(slugify(plain, "-"), set(ids))
        ids[anchor] = plain
    return ids


#: Pages already read: path -> ((modification time, size), Document, whether it
#: has front matter). A build reads each page once, and `mkdocs serve` re-reads
#: only saved files.
_READ: dict[str, tuple[tuple[int, int], Document, bool]] = {}


def read_markdown(path: Path, require_front_matter: bool = True) -> Document:
    """Read a Markdown page with YAML front matter (python-frontmatter splits it).

    Raises `ContentError` when the front matter is malformed, or missing while
    `require_front_matter` is true (otherwise the whole file is the body). A
    file unchanged since it was last read (same modification time and size)
    is not parsed again; the caller gets its own copy of the front matter.
    """
    key = str(path)
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    cached = _READ.get(key)
    if stamp is None or cached is None or cached[0] != stamp:
        _READ.pop(key, None)
        doc, has_front_matter = _read_markdown(path)  # raises for a malformed page: never cached
        cached = (stamp, doc, has_front_matter)
        if stamp is not None:
            _READ[key] = cached
    _, doc, has_front_matter = cached
    if require_front_matter and not has_front_matter:
        raise ContentError([Problem(doc.display, 1, "front matter", "missing: the file must start with a --- block")])
    return dataclasses.replace(doc, data=copy.deepcopy(doc.data))


def _read_markdown(path: Path) -> tuple[Document, bool]:
    display = display_path(path)
    text = read_text(path)
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return Document(path, display, {}, {}, text, heading_ids(text), 1), False
    try:
        raw, body = handler.split(text)
    except ValueError:
        message = "the --- block that opens the file is never closed; end the front matter with a --- line"
        raise ContentError([Problem(display, 1, "front matter", message)]) from None
    data, lines = _parse_yaml(raw, display, offset=1)  # the split keeps the opening line's newline
    # The body is the end of the text, so its first line follows everything before it.
    body_start = text.count("\n", 0, text.rfind(body)) + 1 if body else 1
    return Document(path, display, data, lines, body, heading_ids(body), body_start), True


def read_yaml(path: Path) -> Document:
    """Read a YAML data file. Raises `ContentError` when it is malformed."""
    display = display_path(path)
    data, lines = _parse_yaml(read_text(path), display, offset=1)
    return Document(path, display, data, lines)
