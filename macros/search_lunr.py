"""Search: the lunr index, built once at build time instead of in every reader's browser.

Material's search worker builds a lunr.js index from `search/search_index.json`
each time a reader opens the site: seconds at a few thousand pages. This module
works out, at build time, the part of that index that needs every document at
once (which documents hold which term; see `pack`) and writes it to
`search/lunr_index.json`. The worker in `docs/assets/javascripts/workers/search.js`
loads it and lets lunr.js work out the rest for the documents a query matches.

The result is the index Material would have built, not an approximation: the
documents, fields, boosts, reference (`location`), pipeline and term order
follow Material's worker (`integrations/search/_/index.ts` in Material 9.8),
and `tokenize` follows its tokenizer (`internal/tokenize`, `internal/extract`,
`internal/_`), so results, scores and highlighting do not change. The index
pipeline runs lunr's (Python) stop word filter, trimmer and stemmer as
Material's `search.pipeline` setting asks.

Nothing here depends on MkDocs. The data comes from the search plugin's own
output, so whatever Material indexes is what gets prebuilt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from lunr.stemmer import porter_stemmer as _porter
from lunr.stop_word_filter import WORDS as _STOP_WORDS

#: The lunr.js release whose serialization this writes (Material 9.8 bundles 2.3.9).
LUNR_VERSION = "2.3.9"

#: File names below `site_dir/search/`.
SOURCE = "search_index.json"
TARGET = "lunr_index.json"

#: What JavaScript's `\s` matches (ECMAScript WhiteSpace and LineTerminator),
#: which differs from Python's `\s` (no U+FEFF; Python adds U+001C-U+001F, U+0085).
_JS_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
#: JavaScript's `\W` is ASCII-only, as lunr.js's trimmer relies on.
_JS_TRIM = re.compile(r"^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$")


def js_separator(source: str) -> re.Pattern:
    """Compile Material's `search.separator` (a JavaScript regular expression,
    without flags) as Python `re`, with `\\s` and `\\S` meaning what they mean
    in JavaScript. Raises `re.error` for syntax Python does not share."""
    out, i = [], 0
    in_class = False
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source):
            pair = source[i : i + 2]
            if pair == "\\s":
                out.append(_JS_SPACE if in_class else f"[{_JS_SPACE}]")
            elif pair == "\\S" and not in_class:
                out.append(f"[^{_JS_SPACE}]")
            else:
                out.append(pair)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return re.compile("".join(out))


def _text_runs(text: str) -> Iterator[tuple[int, int]]:
    """Material's `extract`, the part tokenizing needs: the (start, end) of each
    run of text between tags. A `<` starts markup only after some text; a `>`
    ends it (Material also numbers blocks for highlighting, which the worker does)."""
    start = 0
    for match in re.finditer("[<>]", text):
        end = match.start()
        if match.group() == "<":
            if end > start:
                yield start, end
                start = end
        else:
            start = end + 1
    if len(text) > start:
        yield start, len(text)


def _split(text: str, separator: re.Pattern) -> Iterator[tuple[int, int]]:
    """Material's `split`: the (start, end) of each non-empty run of `text`
    between matches of `separator`, stepping past empty matches as JavaScript's
    `RegExp.exec` with a `lastIndex` does."""
    index = last = 0
    while True:
        match = separator.search(text, last) if last <= len(text) else None
        until = match.start() if match else len(text)
        if index < until:
            yield index, until
        if not match:
            return
        index = match.end()
        last = match.end() if match.end() > match.start() else match.start() + 1


def tokenize(value: str | list | None, separator: re.Pattern) -> list[str]:
    """Material's `tokenize` for one field of one document: its tokens, lower-cased,
    in order. Only text between tags is tokenized (`_text_runs`); a list (tags) is
    tokenized element by element; `None` gives no tokens. (Material also records
    each token's position for highlighting; the worker works those out itself.)"""
    if value is None:
        return []
    tokens: list[str] = []
    fast = separator.groups == 0  # re.split then gives the runs between matches
    for text in value if isinstance(value, list) else [value]:
        text = str(text)
        for start, end in _text_runs(text):
            section = text[start:end]
            if fast:
                tokens.extend(token.lower() for token in separator.split(section) if token)
            else:
                tokens.extend(section[low:high].lower() for low, high in _split(section, separator))
    return tokens


def _pipeline(names: list[str]) -> Callable[[str], str | None]:
    """The index pipeline Material keeps (trimmer, stop word filter, stemmer, in
    lunr's order, those named in `search.pipeline`), as one function from a
    token to a term, or None when the token is dropped; memoized per token."""
    steps: list[Callable[[str], str | None]] = []
    if "trimmer" in names:
        steps.append(lambda token: _JS_TRIM.sub("", token))
    if "stopWordFilter" in names:
        steps.append(lambda token: None if token in _STOP_WORDS else token)
    if "stemmer" in names:
        steps.append(_porter.stem)
    cache: dict[str, str | None] = {}

    def run(token: str) -> str | None:
        if token not in cache:
            term: str | None = token
            for step in steps:
                term = step(term)
                if not term:  # lunr.js drops undefined and empty results
                    term = None
                    break
            cache[token] = term
        return cache[token]

    return run


def pack(search_index: dict) -> dict:
    """The lunr index Material's worker would build from `search_index` (the
    parsed `search_index.json`: `config` with `lang`, `separator`, `pipeline`,
    `fields`; `docs` with `location`, `title`, `text`, optional `tags` and
    `boost`), packed for the worker to load in milliseconds.

    lunr.js's own serialization holds every term's positions and every
    document's term vector: tens of MB at a few thousand pages. Both follow
    from a document's text, which the worker already has, so the worker works
    them out for the documents a query matches, when it matches them, with
    lunr.js itself. What cannot be worked out from one document is packed:

    - `terms`: the index's terms, in the order lunr.js's token set takes them
      (UTF-16 code units), and for each its `_index` (lunr's term number, in
      order of first appearance) in `term_index`;
    - `postings`: for each term and field, the numbers of the documents (in
      `search_index` order) whose field has the term, as gaps (the first
      number, then the difference to the one before);
    - `average`: each field's average length in terms, as lunr.js scores with;
    - `config`, `docs` and `refs`: what the index was built from, so the worker
      uses it only for the very same documents.

    Raises `ValueError` for a language other than English alone (Material then
    loads lunr-languages, whose stemmers this does not reproduce) and `KeyError`
    for a document without `location`."""
    config = search_index["config"]
    if list(config.get("lang", ["en"])) != ["en"]:
        raise ValueError(f"search.lang {config.get('lang')!r}: only ['en'] can be prebuilt")
    separator = js_separator(config["separator"])
    names = list(config.get("pipeline", ["trimmer", "stopWordFilter", "stemmer"]))
    pipeline = _pipeline(names)
    fields = list(config["fields"])

    term_index: dict[str, int] = {}
    postings: dict[str, list[list[int]]] = {}
    total_length = dict.fromkeys(fields, 0)
    refs = []
    for number, doc in enumerate(search_index["docs"]):
        refs.append(str(doc["location"]))
        for slot, name in enumerate(fields):
            length = 0
            for token in tokenize(doc.get(name), separator):
                term = pipeline(token)
                if term is None:
                    continue
                length += 1
                lists = postings.get(term)
                if lists is None:
                    term_index[term] = len(term_index)
                    lists = postings[term] = [[] for _ in fields]
                docs = lists[slot]
                if not docs or docs[-1] != number:
                    docs.append(number)
            total_length[name] += length
    count = len(refs)
    terms = sorted(postings, key=lambda t: t.encode("utf-16-be"))  # lunr.js's string order
    return {
        "version": LUNR_VERSION,
        "config": config,
        "docs": count,
        "refs": refs,
        "fields": fields,
        "pipeline": [name for name in ("stemmer",) if name in names],
        "average": [total_length[name] / count if count else 0 for name in fields],
        "terms": terms,
        "term_index": [term_index[term] for term in terms],
        "postings": [[_gaps(docs) for docs in postings[term]] for term in terms],
    }


def _gaps(numbers: list[int]) -> list[int]:
    return [n - (numbers[i - 1] if i else 0) for i, n in enumerate(numbers)]


def write_prebuilt(site_dir: Path) -> Path | None:
    """Read `site_dir/search/search_index.json` (written by Material's search
    plugin) and write the packed index (`pack`) beside it as `lunr_index.json`.
    Returns the path written, or None when there is no search index (search
    plugin off) or its language cannot be prebuilt; the worker then builds in
    the browser as stock Material does."""
    source = Path(site_dir) / "search" / SOURCE
    target = source.with_name(TARGET)
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    try:
        packed = pack(data)
    except ValueError:
        target.unlink(missing_ok=True)
        return None
    target.write_text(json.dumps(packed, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target


def mark_stale(site_dir: Path) -> Path | None:
    """Replace `site_dir/search/lunr_index.json`, when there is one, with a small
    file saying it is out of date (after a `--dirty` rebuild, which changes
    `search_index.json` but does not pack it again). Its `version` is null, so
    the worker never uses it and indexes in the browser as stock Material does;
    unlike a missing file, it does not put a 404 in the `mkdocs serve` log.
    Returns the path written, or None when there was no packed index."""
    target = Path(site_dir) / "search" / TARGET
    if not target.is_file():
        return None
    stale = {"version": None, "stale": "search_index.json changed after this file was packed"}
    target.write_text(json.dumps(stale), encoding="utf-8")
    return target
