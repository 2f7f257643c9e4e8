#!/usr/bin/env python3
"""Measure the site: content-check time, full strict build time, and built size.

Usage: python scripts/benchmark.py [--runs N]

Prints one line per measurement (median of N runs for times) and writes nothing
but a temporary build. Timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import os
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
    print(f"content check (median of {args.runs}): {statistics.median(check):.2f} s")
    print(f"strict build  (median of {args.runs}): {statistics.median(builds):.2f} s")
    print(f"site: {len(files)} files, {size / 1e6:.1f} MB; {len(pages)} pages, {html / 1e6:.1f} MB of HTML")
    print(f"search index: {index / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
