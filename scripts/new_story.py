#!/usr/bin/env python3
"""Scaffold a new story (an interview profile) in docs/stories/.

Usage: python scripts/new_story.py "Full Name" [--docs DOCS_DIR]

Writes docs/stories/<slug>.md with valid front matter keys, TODO placeholders
and the four sections a profile has, then prints what to fill in. Refuses a
slug that already exists (exit 1). Until every TODO is replaced, the build and
scripts/check_content.py list the fields still to fill.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scaffold import DOCS, ROOT, slugify, write_new

TEMPLATE = """\
---
name: {name}
description: "TODO: one sentence (under 160 characters): who they are and what this profile covers"
role: "TODO: their title at the time of the interview"
company: "TODO: the company at the time of the interview"
interviewed: "TODO: YYYY-MM"
archetypes: []  # ids: tech-lead, architect, solver, right-hand; [] if no source assigns one
# archetype_source: book  # required when archetypes is not empty: book or self
topics: [TODO]  # 3-7 ids from docs/data/topics.yml
staffeng_url: https://staffeng.com/stories/{slug}
origin: staffeng  # book = one of the fourteen in Staff Engineer; staffeng = published on staffeng.com only
faq: []
---

## The role

TODO: the role and company at the time of the interview, and what the work involved.

## Path to Staff

TODO: how they got the title: promoted or hired, the process, what mattered.

## How they work

TODO: habits and practices: how they influence, sponsor, and stay close to the code.

## Lessons

1. **TODO: a short lesson title.** One to three sentences in our own words.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the person's full name")
    parser.add_argument("--docs", type=Path, default=DOCS, help="the docs folder (default: docs/)")
    args = parser.parse_args(argv)
    slug = slugify(args.name)
    if not slug:
        parser.error("the name needs at least one letter or digit")
    path = args.docs / "stories" / f"{slug}.md"
    status = write_new(path, TEMPLATE.format(name=args.name.strip(), slug=slug))
    if status == 0:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"wrote {shown}")
        print("next:")
        print("  1. replace every TODO (description, role, company, interviewed, topics, the four sections)")
        print("  2. set archetypes (and archetype_source) only where a source says so")
        print(f"  3. add stories/{slug}.md to the Stories section of nav in mkdocs.yml")
        print("  4. write in your own words; run the originality check, then `make check` and `make serve`")
    return status


if __name__ == "__main__":
    sys.exit(main())
