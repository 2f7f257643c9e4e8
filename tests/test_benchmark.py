"""The benchmark (`make bench`) runs at a tiny size, so it cannot rot unnoticed.
Timings are printed, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from macros.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import benchmark  # noqa: E402


def test_synthetic_corpus_is_valid_content(tmp_path):
    project = benchmark.make_project(tmp_path / "project", 12)
    kb = load_catalogue(project / "docs")
    assert sum(slug.startswith("synthetic-person-") for slug in kb.stories) == 6
    assert sum(slug.startswith("synthetic-guide-") for slug in kb.beyond) == 6
    assert any(item.entry.id.startswith("synthetic-question-") for item in kb.faq)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "stories/synthetic-person-0005.md" in config and "beyond/synthetic-guide-0005.md" in config


def test_tiny_run_prints_the_table_and_writes_json(tmp_path):
    out = tmp_path / "bench.json"
    command = [sys.executable, "scripts/benchmark.py", "--pages", "4", "--runs", "1", "--no-browser", "--no-serve"]
    result = subprocess.run([*command, "--json", str(out)], cwd=ROOT, capture_output=True, text=True, check=True)
    header = result.stdout.splitlines()[0].split()
    assert header[:3] == ["pages", "build", "s"]
    assert "2. own overhead at most 10%" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    row = data["results"][0]
    assert set(benchmark.KEYS) <= set(row)
    assert row["synthetic_pages"] == 4 and row["pages"] > 4
    assert row["search_index_mb"] > 0 and row["stock_search_index_mb"] > 0
    assert row["prebuilt_index_mb"] > 0
    assert row["search_s"] is None and row["search_selective_s"] is None and row["edit_to_preview_s"] is None
    assert [t["target"][:2] for t in data["targets"]] == ["1.", "2.", "3a", "3b", "4.", "4'", "5."]
