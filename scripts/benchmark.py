#!/usr/bin/env python3
"""Measure how the site scales: build, output, search and edit-to-preview at growing sizes.

Usage: python scripts/benchmark.py [--pages 100 500 2000] [--runs 2] [--json PATH]
                                   [--no-compare] [--no-browser] [--no-serve] [--full-rebuild]

For each size it writes a temporary project that uses the real mkdocs.yml,
macros/ and overrides/, copies docs/, and adds synthetic but valid stories
(about 800 words) and guides beyond the book (about 1,000 words) through the
real content model (`macros.catalogue.load_catalogue` validates them first),
with FAQ entries, cross-links and a nav that lists them in groups of
`NAV_GROUP` pages, as a large real site would. It then measures:

- the strict build's wall time (best of `--runs`) and peak memory (RSS);
- milliseconds per built page, HTML per page, `search/search_index.json` size;
- the catalogue's load time;
- the same corpus with the macros plugin off, and with stock Material
  (no macros, no overrides), as our own overhead and a size reference;
- the prebuilt search index's size (`search/lunr_index.json`, loaded by the
  search worker instead of building the index in the browser);
- in headless Chromium, from opening a page to the first result for "sponsor"
  (a word the synthetic pages all have, so every page is a result) and for
  "negotiate" (a word of a few real pages, as most readers' queries are);
- with `mkdocs serve --no-strict --dirty` as `make serve` runs it, from saving an edited
  story to the new text being served.

It prints one table and whether each target of issue 12 is met, and writes
JSON with `--json PATH`. Timings belong here, never in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAV_GROUP = 50  # pages per nav group of the synthetic corpus
QUERY = "sponsor"  # a word of WORDS: the synthetic corpus has it on nearly every page
SELECTIVE_QUERY = "negotiate"  # on a handful of the real pages only, as most readers' queries are
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
WORDS = [
    "team",
    "platform",
    "review",
    "design",
    "migration",
    "incident",
    "roadmap",
    "mentor",
    "sponsor",
    "strategy",
    "service",
    "latency",
    "quality",
    "project",
    "manager",
    "peer",
    "decision",
    "writing",
    "launch",
    "customer",
    "reliability",
    "budget",
    "hiring",
    "promotion",
    "influence",
    "context",
    "alignment",
    "architecture",
    "debt",
    "ownership",
    "document",
    "meeting",
    "trust",
    "feedback",
    "scope",
    "impact",
    "sponsor",
    "operations",
    "metric",
    "vision",
    "process",
    "growth",
    "interview",
    "career",
    "staff",
    "principal",
    "leader",
]
ARCHETYPES = ("tech-lead", "architect", "solver", "right-hand")


# Synthetic corpus ---------------------------------------------------------------


def _prose(rng: random.Random, words: int) -> str:
    """Paragraphs of plain filler words, about `words` long."""
    paragraphs = []
    while words > 0:
        size = min(words, rng.randint(60, 110))
        sentence_words = [rng.choice(WORDS) for _ in range(size)]
        text = " ".join(sentence_words).capitalize()
        paragraphs.append(text.replace(" team ", " team. The ") + ".")
        words -= size
    return "\n\n".join(paragraphs)


def _topics(docs: Path) -> list[str]:
    return list(yaml.safe_load((docs / "data" / "topics.yml").read_text(encoding="utf-8"))["topics"])


def _list_questions(docs: Path, questions: list[tuple[str, str]]) -> None:
    """Add each synthetic (FAQ id, topic) to the end of its topic's group in
    data/faq.yml, as a contributor adding a question does."""
    topics = yaml.safe_load((docs / "data" / "topics.yml").read_text(encoding="utf-8"))["topics"]
    path = docs / "data" / "faq.yml"
    order = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = {group["id"]: group for group in order["groups"]}
    for question, topic in questions:
        groups[topics[topic]["group"]]["questions"].append(question)
    path.write_text(yaml.safe_dump(order, sort_keys=False), encoding="utf-8")


def write_corpus(docs: Path, pages: int, seed: int = 12) -> tuple[list[str], list[str]]:
    """Write `pages` synthetic pages below `docs` (half stories, half guides
    beyond the book) and return their paths below docs/ (stories, guides)."""
    rng = random.Random(seed)
    topics = _topics(docs)
    n_stories = pages // 2
    n_guides = pages - n_stories
    story_topics: dict[str, list[str]] = {}
    questions: list[tuple[str, str]] = []  # (FAQ id, topic)
    stories = []
    for i in range(n_stories):
        slug = f"synthetic-person-{i:04d}"
        chosen = rng.sample(topics, 3)
        story_topics[slug] = chosen
        archetype = ARCHETYPES[i % 4]
        others = [f"synthetic-person-{rng.randrange(n_stories):04d}" for _ in range(2)]
        links = " and ".join(f"[{o.replace('-', ' ').title()}]({o}.md)" for o in others if o != slug) or "others"
        faq = ""
        if i % 10 == 0:
            questions.append((f"synthetic-question-{i:04d}", chosen[0]))
            faq = (
                f"faq:\n  - id: synthetic-question-{i:04d}\n"
                f"    question: How did synthetic person {i} find a sponsor?\n"
                "    answer: >-\n      By asking their manager directly, writing down the impact of their projects and "
                "reviewing the packet together every quarter until the case was clear.\n"
                f"    anchor: how-they-work\n    topic: {chosen[0]}\n"
            )
        body = "\n\n".join(
            [
                f"Synthetic person {i} is a generated profile for the benchmark; see also {links}.",
                "## The role",
                _prose(rng, 200),
                "## Path to Staff",
                _prose(rng, 200),
                "## How they work",
                _prose(rng, 200),
                "## Lessons",
                _prose(rng, 180),
            ]
        )
        (docs / "stories" / f"{slug}.md").write_text(
            "---\n"
            f"name: Synthetic Person {i:04d}\n"
            f"description: A generated profile number {i} used to measure how the site scales.\n"
            "role: Staff Engineer\n"
            f"company: Example {i % 37}\n"
            f"interviewed: 2021-{i % 12 + 1:02d}\n"
            f"archetypes: [{archetype}]\n"
            "archetype_source: self\n"
            f"topics: [{', '.join(chosen)}]\n"
            f"staffeng_url: https://staffeng.com/stories/{slug}\n"
            "origin: staffeng\n"
            f"{faq}---\n\n{body}\n",
            encoding="utf-8",
        )
        stories.append(f"stories/{slug}.md")
    _list_questions(docs, questions)
    by_topic: dict[str, list[str]] = {}
    for slug, chosen in story_topics.items():
        for topic in chosen:
            by_topic.setdefault(topic, []).append(slug)
    guides = []
    for i in range(n_guides):
        slug = f"synthetic-guide-{i:04d}"
        chosen = rng.sample(topics, 2)
        named = sorted(set(rng.sample(by_topic.get(chosen[0], []), min(2, len(by_topic.get(chosen[0], []))))))
        sections = []
        for number in range(4):
            sections += [f"## Part {number + 1}", _prose(rng, 240)]
        (docs / "beyond" / f"{slug}.md").write_text(
            "---\n"
            f"title: Synthetic guide {i:04d}\n"
            f"description: A generated guide number {i} used to measure how the site scales.\n"
            "sources:\n  - work: staff-engineer\n"
            f"topics: [{', '.join(chosen)}]\n"
            f"stories: [{', '.join(named)}]\n"
            "---\n\n"
            f"A generated guide for the benchmark. It links to [the archetypes](../archetypes/index.md).\n\n"
            + "\n\n".join(sections)
            + "\n",
            encoding="utf-8",
        )
        guides.append(f"beyond/{slug}.md")
    return stories, guides


def _groups(paths: list[str], label: str) -> list[dict]:
    return [
        {f"{label} {start + 1}-{min(start + NAV_GROUP, len(paths))}": paths[start : start + NAV_GROUP]}
        for start in range(0, len(paths), NAV_GROUP)
    ]


def _find_section(nav: list, title: str) -> list:
    for item in nav:
        if isinstance(item, dict) and title in item:
            return item[title]
    raise KeyError(title)


def make_project(target: Path, pages: int, variant: str = "site") -> Path:
    """A project in `target` with the real sources plus `pages` synthetic pages.

    `variant`: "site" (as is), "no-macros" (the macros plugin removed) or
    "stock" (no macros, no overrides, no extra assets: stock Material).
    """
    shutil.copytree(ROOT / "docs", target / "docs")
    for folder in ("macros", "overrides"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    cache = ROOT / ".cache" / "social-cards"
    stories, guides = write_corpus(target / "docs", pages) if pages else ([], [])
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = config["nav"]
    if stories:
        _find_section(nav, "Stories").append({"More stories": _groups(stories, "Stories")})
    if guides:
        beyond = _find_section(_find_section(nav, "Guides"), "Beyond the book")
        beyond.extend(_groups(guides, "Guides"))
    if variant != "site":
        # Hub pages' macro calls stay as text, so their links cannot be strict.
        config["strict"] = False
        config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    if variant == "stock":
        config["theme"].pop("custom_dir", None)
        config["watch"] = []
        config.pop("extra_css", None)
        config.pop("extra_javascript", None)
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    if cache.is_dir() and variant == "site":
        shutil.copytree(cache, target / ".cache" / "social-cards")
    return target


# Measurements -------------------------------------------------------------------


def build(project: Path, site: Path, strict: bool = True) -> tuple[float, float]:
    """One build of `project` into `site` (strict unless told): (seconds, peak
    RSS in MB). Raises RuntimeError with the build's output when it fails."""
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site), *(["--strict"] if strict else [])]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=project, env=ENV, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            log.seek(0)
            raise RuntimeError(f"build of {project} failed:\n{log.read().decode()[-4000:]}")
    return elapsed, usage.ru_maxrss / 1024


def site_sizes(site: Path) -> dict:
    """Pages built, HTML per page and the search index's size."""
    pages = [p for p in site.rglob("*.html") if p.name == "index.html" and p.parent != site / "rss"]
    html = sum(p.stat().st_size for p in pages)
    index = site / "search" / "search_index.json"
    return {
        "pages": len(pages),
        "html_kb_per_page": html / len(pages) / 1024,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "search_index_mb": index.stat().st_size / 1e6 if index.exists() else None,
    }


def catalogue_load(project: Path) -> float:
    """Seconds to load and validate the catalogue (in a fresh process)."""
    code = (
        "import sys, time; sys.path.insert(0, '.'); from pathlib import Path; "
        "from macros.catalogue import load_catalogue; s = time.perf_counter(); "
        "load_catalogue(Path('docs')); print(time.perf_counter() - s)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=project, env=ENV, check=True, capture_output=True)
    return float(out.stdout.decode().split()[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve_static(site: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def chromium() -> str | None:
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    return path if os.path.exists(path) else None


def search_time(site: Path, query: str = QUERY, timeout: float = 120) -> float | None:
    """Seconds from opening a story page to the first search result for `query`
    (typed as soon as the search box can be used), or None without Chromium."""
    executable = chromium()
    if executable is None:
        return None
    from playwright.sync_api import sync_playwright

    with serve_static(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.perf_counter()
        page.goto(url + "stories/dan-na/", wait_until="domcontentloaded")
        page.keyboard.press("/")  # Material's shortcut to focus search
        box = page.locator("input.md-search__input")
        box.fill(query)
        box.press("End")  # Material reads the box on key up, as typing gives
        page.locator(".md-search-result__item").first.wait_for(timeout=timeout * 1000)
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def edit_to_preview(project: Path, dirty: bool, timeout: float = 600) -> float | None:
    """Seconds from saving an edit to a story to `mkdocs serve` serving the new text."""
    port = _free_port()
    flags = ["--no-strict", "--dirty"] if dirty else ["--strict"]  # as `make serve` runs it
    command = [sys.executable, "-m", "mkdocs", "serve", *flags, "--dev-addr", f"127.0.0.1:{port}"]
    story = project / "docs" / "stories" / "dan-na.md"
    url = f"http://127.0.0.1:{port}/staffplus-guide/stories/dan-na/"
    process = subprocess.Popen(command, cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def fetch() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8", "replace")
        except OSError:
            return ""

    try:
        deadline = time.monotonic() + timeout
        while not fetch():
            if time.monotonic() > deadline or process.poll() is not None:
                return None
            time.sleep(0.5)
        time.sleep(2)  # let the file watcher settle after the first build
        token = f"benchmarkedit{int(time.time())}"
        text = story.read_text(encoding="utf-8")
        start = time.perf_counter()
        story.write_text(text.replace("## Lessons\n", f"## Lessons\n\n{token}\n", 1), encoding="utf-8")
        while token not in fetch():
            if time.monotonic() > deadline or process.poll() is not None:
                return None
            time.sleep(0.1)
        return time.perf_counter() - start
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def measure(pages: int, args) -> dict:
    """Every measurement at one size, as a dict (see `KEYS`)."""
    from macros import search_lunr
    from macros.catalogue import load_catalogue

    result: dict = {"synthetic_pages": pages}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        project = make_project(Path(tmp) / "site-project", pages)
        load_catalogue(project / "docs")  # the corpus is valid by the real model, or this raises
        site = Path(tmp) / "site"
        runs = [build(project, site) for _ in range(args.runs)]
        result["build_s"] = min(t for t, _ in runs)
        result["peak_mb"] = max(m for _, m in runs)
        result.update(site_sizes(site))
        result["ms_per_page"] = result["build_s"] * 1000 / result["pages"]
        result["catalogue_s"] = catalogue_load(project)
        result["no_macros_build_s"] = result["stock_build_s"] = result["stock_search_index_mb"] = None
        result["overhead"] = None
        if args.compare:
            bare = make_project(Path(tmp) / "no-macros", pages, "no-macros")
            result["no_macros_build_s"] = min(
                build(bare, Path(tmp) / "bare-site", strict=False)[0] for _ in range(args.runs)
            )
            result["overhead"] = (result["build_s"] - result["no_macros_build_s"]) / result["build_s"]
            stock = make_project(Path(tmp) / "stock", pages, "stock")
            result["stock_build_s"] = build(stock, Path(tmp) / "stock-site", strict=False)[0]
            result["stock_search_index_mb"] = site_sizes(Path(tmp) / "stock-site")["search_index_mb"]
        result["search_s"] = search_time(site) if args.browser else None
        result["search_selective_s"] = search_time(site, SELECTIVE_QUERY) if args.browser else None
        prebuilt = site / "search" / search_lunr.TARGET
        result["prebuilt_index_mb"] = prebuilt.stat().st_size / 1e6 if prebuilt.exists() else None
        result["edit_to_preview_s"] = edit_to_preview(project, args.dirty) if args.serve else None
    return result


KEYS = (
    "synthetic_pages",
    "pages",
    "build_s",
    "ms_per_page",
    "peak_mb",
    "html_kb_per_page",
    "site_mb",
    "search_index_mb",
    "catalogue_s",
    "no_macros_build_s",
    "overhead",
    "stock_build_s",
    "stock_search_index_mb",
    "prebuilt_index_mb",
    "search_s",
    "search_selective_s",
    "edit_to_preview_s",
)

COLUMNS = (
    ("pages", "pages", "{:.0f}"),
    ("build_s", "build s", "{:.1f}"),
    ("ms_per_page", "ms/page", "{:.0f}"),
    ("peak_mb", "peak MB", "{:.0f}"),
    ("html_kb_per_page", "KB/page", "{:.0f}"),
    ("search_index_mb", "index MB", "{:.2f}"),
    ("stock_search_index_mb", "stock idx MB", "{:.2f}"),
    ("catalogue_s", "catalogue s", "{:.2f}"),
    ("no_macros_build_s", "no-macros s", "{:.1f}"),
    ("overhead", "overhead", "{:.0%}"),
    ("prebuilt_index_mb", "prebuilt MB", "{:.2f}"),
    ("search_s", "search s", "{:.2f}"),
    ("search_selective_s", "rare-word s", "{:.2f}"),
    ("edit_to_preview_s", "edit s", "{:.1f}"),
)


def table(results: list[dict]) -> str:
    """The results as one plain-text table, one row per size."""

    def cell(row: dict, key: str, form: str) -> str:
        return "-" if row.get(key) is None else form.format(row[key])

    header = [title for _, title, _ in COLUMNS]
    rows = [[cell(row, key, form) for key, _, form in COLUMNS] for row in results]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(text.rjust(w) for text, w in zip(r, widths, strict=True)) for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def targets(results: list[dict]) -> list[dict]:
    """Issue 12's targets, judged at the largest size measured (and, for
    linearity, against the smallest): name, measured value, met (None when
    not measured)."""
    big, small = results[-1], results[0]

    def judged(name: str, value, limit, text: str) -> dict:
        return {"target": name, "measured": text if value is not None else "not measured",
                "met": None if value is None else value <= limit}  # fmt: skip

    ratio = big["ms_per_page"] / small["ms_per_page"] if len(results) > 1 else None
    index_ratio = (
        big["search_index_mb"] / big["stock_search_index_mb"]
        if big.get("stock_search_index_mb") and big.get("search_index_mb")
        else None
    )
    return [
        judged("1. linear: ms/page within 1.25x", ratio, 1.25,
               f"{ratio:.2f}x ({small['pages']} to {big['pages']} pages)" if ratio else ""),
        judged("2. own overhead at most 10%", big["overhead"], 0.10,
               f"{big['overhead']:.0%}" if big["overhead"] is not None else ""),
        judged("3a. at most 100 KB of HTML per page", big["html_kb_per_page"], 100,
               f"{big['html_kb_per_page']:.0f} KB"),
        judged("3b. search index no larger than stock", index_ratio, 1.0,
               f"{index_ratio:.2f}x stock" if index_ratio else ""),
        judged(f"4. first search result within 1 s ({QUERY!r})", big["search_s"], 1.0,
               f"{big['search_s']:.2f} s" if big["search_s"] is not None else ""),
        judged(f"4'. the same for a rarer word ({SELECTIVE_QUERY!r})", big.get("search_selective_s"), 1.0,
               f"{big['search_selective_s']:.2f} s" if big.get("search_selective_s") is not None else ""),
        judged("5. edit to preview within 2 s", big["edit_to_preview_s"], 2.0,
               f"{big['edit_to_preview_s']:.1f} s" if big["edit_to_preview_s"] is not None else ""),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 500, 2000], help="synthetic pages per size")
    parser.add_argument("--runs", type=int, default=2, help="builds per size; the best counts")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--no-compare", dest="compare", action="store_false", help="skip macros-off and stock")
    parser.add_argument("--no-browser", dest="browser", action="store_false", help="skip the search timing")
    parser.add_argument("--no-serve", dest="serve", action="store_false", help="skip edit-to-preview")
    parser.add_argument(
        "--full-rebuild", dest="dirty", action="store_false", help="time `make serve FULL=1` (no --dirty)"
    )
    args = parser.parse_args(argv)
    results = []
    for pages in sorted(args.pages):
        results.append(measure(pages, args))
        print(f"measured {pages} synthetic pages", file=sys.stderr, flush=True)
    print(table(results))
    print()
    verdicts = targets(results)
    for verdict in verdicts:
        state = {True: "met", False: "NOT met", None: "not measured"}[verdict["met"]]
        print(f"{verdict['target']}: {verdict['measured']} - {state}")
    if args.json:
        machine = {"cpus": os.cpu_count(), "platform": sys.platform, "python": sys.version.split()[0]}
        payload = {"date": time.strftime("%Y-%m-%d"), "machine": machine, "results": results, "targets": verdicts}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
