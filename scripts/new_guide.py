#!/usr/bin/env python3
"""Scaffold a new guide page.

Usage: python scripts/new_guide.py "Title" --source WORK [--book] [--docs DOCS_DIR]

Writes docs/beyond/<slug>.md (or docs/guides/<slug>.md with --book, for a
chapter of the book) with valid front matter keys and TODO placeholders, then
prints what to fill in. WORK is an id from docs/data/sources.yml. Refuses a
slug that already exists (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scaffold import DOCS, ROOT, slugify, write_new

TEMPLATE = """\
---
title: {title}
description: "TODO: one sentence (under 160 characters) saying what the reader will learn"
sources:
  - work: {work}
    title: "TODO: the chapter or post title"
    # url: https://...  (only a public URL that the source gives)
topics: [TODO]  # 1-4 ids from docs/data/topics.yml; the first is the main one
stories: []  # slugs of stories that illustrate this page
faq: []
---

TODO: an introductory paragraph in our own words.

## TODO: a first section

## Key takeaways

- TODO
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("title", help="the page title")
    parser.add_argument("--source", required=True, help="work id from docs/data/sources.yml")
    parser.add_argument("--book", action="store_true", help="a chapter of the book (docs/guides/)")
    parser.add_argument("--docs", type=Path, default=DOCS, help="the docs folder (default: docs/)")
    args = parser.parse_args(argv)
    slug = slugify(args.title)
    if not slug:
        parser.error("the title needs at least one letter or digit")
    folder = "guides" if args.book else "beyond"
    path = args.docs / folder / f"{slug}.md"
    status = write_new(path, TEMPLATE.format(title=args.title.strip(), work=args.source))
    if status == 0:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"wrote {shown}")
        print("next:")
        print("  1. replace every TODO (description, sources title, topics, the body)")
        if args.book:
            print(f"  2. add {slug} to its part's chapters in docs/data/book.yml")
        print(f"  {3 if args.book else 2}. add {folder}/{slug}.md to nav in mkdocs.yml")
        print("  then run the originality check, `make check` and `make serve`")
    return status


if __name__ == "__main__":
    sys.exit(main())
