"""Shared helpers of the scaffold scripts (`new_story.py`, `new_guide.py`)."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def slugify(text: str) -> str:
    """`"Katie Sylor-Miller"` -> `"katie-sylor-miller"` (accents dropped)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def write_new(path: Path, text: str) -> int:
    """Write `text` to `path` unless it exists; return the exit status (0 or 1)."""
    if path.exists():
        print(f"error: {path.relative_to(ROOT)} already exists; choose another name or edit that file", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return 0
