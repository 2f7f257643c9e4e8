"""Content problems: one line each, `path:line: field: message`.

Every check in the content model reports through `Problem`, so the build, the
`scripts/check_content.py` command and the tests all print the same lines.
"""

from __future__ import annotations

import os
import types
import typing
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from macros.models import suggest

#: Maps a path of keys and list indexes in a YAML document to its 1-based line.
LineMap = dict[tuple, int]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file: where it is, which field, what is allowed."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ContentError(Exception):
    """Raised when content fails validation; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(problem) for problem in self.problems))


def display_path(path: Path) -> str:
    """Return `path` relative to the working directory when it lies below it."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.parts[:1] == ("..",) else relative.as_posix()


def format_field(loc: tuple) -> str:
    """`('faq', 2, 'anchor')` -> `faq[2].anchor`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def line_of(lines: LineMap, loc: tuple, default: int = 1) -> int:
    """The line of the deepest key of `loc` present in `lines`."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return default


def _unwrap(annotation: object) -> object:
    """`list[X]` and `X | None` -> `X`; anything else unchanged."""
    while typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    return annotation


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """Follow `loc` (field names, dict keys and list indexes) through nested models."""
    current: object = model
    for part in loc:
        if typing.get_origin(current) is dict:  # `part` is a key: step into the values
            current = _unwrap(typing.get_args(current)[1])
        elif isinstance(part, int):
            continue
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = _unwrap(current.model_fields[part].annotation)
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _describe(error: dict, model: type[BaseModel]) -> tuple[tuple, str]:
    """Turn one pydantic error into (loc, message) in the site's words."""
    loc, kind, value = tuple(error["loc"]), error["type"], error.get("input")
    parent = _model_at(model, loc)
    if parent is not None and kind in parent.model_fields:  # a model-level check names its field
        return (*loc, kind), error["msg"].removeprefix(f"{kind}: ")
    if kind == "missing":
        return loc, "required field is missing"
    if kind == "extra_forbidden":
        key = loc[-1]
        if key == "render_macros":
            return loc, "content pages are never rendered as templates; remove render_macros"
        parent = _model_at(model, loc[:-1])
        allowed = tuple(parent.model_fields) if parent else ()
        return loc, f"unknown field '{key}'; allowed: {', '.join(allowed)}{suggest(key, allowed)}"
    if kind == "literal_error":
        allowed = tuple(part.strip("' ") for part in error["ctx"]["expected"].replace(" or ", ", ").split(","))
        return loc, f"'{value}' is not allowed; allowed: {', '.join(allowed)}{suggest(value, allowed)}"
    if kind == "string_pattern_mismatch":
        parent = _model_at(model, loc[:-1]) if loc else None
        field = parent.model_fields.get(str(loc[-1])) if parent else None
        form = field.description if field and field.description else "lowercase words joined by hyphens"
        return loc, f"'{value}' is not in the expected form ({form})"
    if kind.startswith("url"):
        return loc, f"'{value}' is not a valid URL (expected https://...)"
    if kind in ("list_type", "string_type", "dict_type", "int_type", "model_type"):
        expected = {"list_type": "a list", "string_type": "text", "dict_type": "a mapping", "int_type": "a number"}
        return loc, f"expected {expected.get(kind, 'a mapping of fields')}, got {value!r}"
    if kind in ("choice", "duplicate", "question", "plain_text", "source", "cell"):  # our own messages, complete
        return loc, error["msg"]
    return loc, f"{error['msg']} (got {value!r})"


def from_validation_error(
    error: ValidationError, model: type[BaseModel], path: str, lines: LineMap, prefix: tuple = ()
) -> list[Problem]:
    """Translate a pydantic `ValidationError` for a document at `path` into
    problems, each with the line of the offending key (from `lines`)."""
    problems = []
    for detail in error.errors(include_url=False):
        loc, message = _describe(detail, model)
        full = prefix + loc
        problems.append(Problem(path, line_of(lines, full), format_field(full) or "front matter", message))
    return problems
