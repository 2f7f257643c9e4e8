#!/usr/bin/env python3
"""Measure the site: content-check time, full strict build time, built size,
drawing the social cards from scratch, and the print edition's PDF.

Usage: python scripts/benchmark.py [--runs N]

Prints one line per measurement (median of N runs for times) and writes nothing
but a temporary build. Timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def card_drawing() -> tuple[int, float]:
    """Draw one card per content page in memory, as a build with an empty cache does."""
    sys.path.insert(0, str(ROOT))
    from macros.catalogue import load_catalogue
    from macros.social_cards import Card, draw_card

    kb = load_catalogue(ROOT / "docs")
    pages = [*kb.stories.values(), *kb.guides.values(), *kb.beyond.values(), *kb.archetypes.values()]
    start = time.perf_counter()
    for page in pages:
        card = Card(page.title, "Guides · Operating at Staff", "Staff-plus Field Guide", "example.org/site")
        draw_card(card).save(io.BytesIO(), "PNG")
    return len(pages), time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as site:
        check = [timed([sys.executable, "scripts/check_content.py"]) for _ in range(args.runs)]
        build_cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site]
        builds = [timed(build_cmd) for _ in range(args.runs)]
        files = [path for path in Path(site).rglob("*") if path.is_file()]
        pages = [path for path in files if path.name == "index.html"]
        size = sum(path.stat().st_size for path in files)
        html = sum(path.stat().st_size for path in pages)
        index = Path(site, "search", "search_index.json").stat().st_size
        cards = [path for path in files if "/assets/images/social/" in path.as_posix()]
        cards_size = sum(path.stat().st_size for path in cards)
        pdf_time = None
        if shutil.which("chromium") or os.path.exists("/usr/bin/chromium"):
            pdf_time = timed([sys.executable, "scripts/print_pdf.py", site])
            pdf_size = Path(site, "print", "staff-plus-field-guide.pdf").stat().st_size
    drawn, drawing = card_drawing()
    print(f"content check (median of {args.runs}): {statistics.median(check):.2f} s")
    print(f"strict build  (median of {args.runs}): {statistics.median(builds):.2f} s")
    print(f"site: {len(files)} files, {size / 1e6:.1f} MB; {len(pages)} pages, {html / 1e6:.1f} MB of HTML")
    print(f"search index: {index / 1e3:.0f} kB")
    print(f"social cards: {len(cards)} in the site, {cards_size / 1e6:.1f} MB")
    print(f"social cards drawn from scratch: {drawn} in {drawing:.2f} s (builds reuse .cache/social-cards/)")
    if pdf_time is not None:
        print(f"print edition PDF: {pdf_time:.1f} s, {pdf_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
