"""Held-out search quality check: how often the page a reader wants comes first
or in the top three, for queries that are NOT in tests/test_search_ranking.py.

Usage: .venv/bin/python scripts/search_quality.py [SITE_DIR]   (default: site)

Reads SITE_DIR/search/search_index.json through tests/search_model.py (a model
of Material's in-browser lunr search) and prints one row per query and the
top-1 / top-3 hit rates. Each query lists the pages that count as the right
answer (any of them). Exit status is 0; this is a measurement, not a gate.
Raises FileNotFoundError when SITE_DIR has no search index.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.search_model import load

# Written before any ranking change, from the pages' content (not their ranks).
HELD_OUT: list[tuple[str, tuple[str, ...]]] = [
    ("impostor syndrome", ("stories/ritu-vincent/", "stories/diana-pojar/")),
    ("write a design doc", ("guides/engineering-strategy/",)),
    ("what does a principal engineer do", ("guides/what-do-staff-engineers-actually-do/",)),
    ("decision log", ("beyond/decision-making/",)),
    ("career ladder", ("guides/staff-career-ladders/", "ladders/")),
    ("DORA metrics", ("beyond/measuring-engineering-velocity/",)),
    ("RFC process", ("beyond/decision-making/",)),
    ("present to executives", ("guides/present-to-executives/",)),
    ("network of peers", ("guides/network-of-peers/",)),
    ("Glossier", ("stories/aaron-suggs/",)),
    ("Twilio", ("stories/silvia-botros/",)),
    ("Dropbox", ("stories/ritu-vincent/",)),
    ("tech lead archetype", ("archetypes/tech-lead/",)),
    ("architecture review", ("archetypes/architect/",)),
    ("mentoring", ("guides/create-space-for-others/",)),
    ("burnout", ("beyond/energy-and-pacing/", "guides/deciding-to-switch/")),
    ("IC or manager", ("beyond/ic-or-manager/",)),
    ("dual track", ("ladders/dual-track/",)),
    ("how companies name levels", ("ladders/company-levels/",)),
    ("when to switch companies", ("guides/deciding-to-switch/",)),
    ("systems thinking", ("guides/systems-thinking/",)),
    ("learn to never be wrong", ("guides/learn-to-never-be-wrong/",)),
]


def measure(site: Path) -> tuple[list[tuple[str, int | None, str]], float, float]:
    """Rank each held-out query on `site`. Returns the rows (query, rank of the
    first right page or None, the page that came first) and the top-1 and
    top-3 hit rates as fractions."""
    model = load(site)
    rows = []
    for query, wanted in HELD_OUT:
        pages = model.pages(query, 10)
        rank = next((i + 1 for i, page in enumerate(pages) if page in wanted), None)
        rows.append((query, rank, pages[0] if pages else "-"))
    top1 = sum(1 for _, rank, _ in rows if rank == 1) / len(rows)
    top3 = sum(1 for _, rank, _ in rows if rank and rank <= 3) / len(rows)
    return rows, top1, top3


def main(argv: list[str]) -> int:
    """Print the table for the site folder in argv[1] (default `site`)."""
    site = Path(argv[1] if len(argv) > 1 else "site")
    rows, top1, top3 = measure(site)
    width = max(len(query) for query, _, _ in rows)
    print(f"{'query':<{width}}  rank  first result")
    for query, rank, first in rows:
        print(f"{query:<{width}}  {rank if rank else '>10':>4}  {first}")
    hits1, hits3, total = round(top1 * len(rows)), round(top3 * len(rows)), len(rows)
    print(f"\ntop-1: {top1:.0%} ({hits1}/{total})   top-3: {top3:.0%} ({hits3}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
