#!/usr/bin/env python3
"""Validate every content file against the catalogue's models, without a build.

Usage: python scripts/check_content.py [DOCS_DIR]

Prints every problem as `path:line: field: message` and exits 1 when there is
any, 0 when the content is valid. DOCS_DIR defaults to the repository's docs/.
Used by `make test`, the pull-request workflow and the pre-commit hook.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.catalogue import ContentError, load_catalogue  # noqa: E402


def main(argv: list[str]) -> int:
    docs_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    try:
        catalogue = load_catalogue(docs_dir)
    except ContentError as error:
        print(error)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    print(
        f"ok: {len(catalogue.stories)} stories, {len(catalogue.guides) + len(catalogue.beyond)} guides, "
        f"{len(catalogue.archetypes)} archetypes, {len(catalogue.faq)} questions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
