"""A Python model of the search box on the built site.

Material for MkDocs builds its lunr index in the browser (a web worker) from
`search/search_index.json`. This module rebuilds the same index with the
Python port of lunr (`lunr`, which the build also uses) so tests and
`scripts/search_quality.py` can rank pages the way a reader's browser does.

What is reproduced, read from Material 9.8's worker
(`material/templates/assets/javascripts/workers/search.*.min.js`):

- fields and boosts from the index's `config.fields` (title 1000, text 1,
  tags 1e6 by default), and each document's own `boost` (page meta
  `search: {boost: N}`);
- `b(0)`: no document-length normalization;
- the tokenizer separator from `config.separator`;
- the pipeline: of trimmer, stopWordFilter and stemmer, the ones not named in
  `config.pipeline` are removed from both the index and the search pipeline
  (with the default `[stopWordFilter]`, nothing is stemmed);
- the query transform: the query is split on whitespace, each word on the
  separator, and every term gets a trailing wildcard (`to` becomes `to*`),
  then the string goes to `index.search`.

Approximations: the text field is stripped of HTML tags with a regular
expression (Material walks the markup); Chinese segmentation is ignored;
results are grouped by page in order of their best section, like the result
list does.
"""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path

from lunr.builder import Builder
from lunr.stop_word_filter import stop_word_filter
from lunr.tokenizer import Tokenizer

_TAG = re.compile(r"<[^>]+>")


class SearchModel:
    """The search index of one built site.

    Input: `site`, the built site folder (holding `search/search_index.json`).
    Raises FileNotFoundError when the index is missing and ValueError when it
    holds no documents."""

    def __init__(self, site: Path) -> None:
        path = Path(site) / "search" / "search_index.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        if not data.get("docs"):
            raise ValueError(f"{path}: docs: the search index holds no documents")
        self.config = data["config"]
        self.docs = data["docs"]
        self.separator = re.compile(self.config.get("separator") or r"[\s\-]+")
        self.index = self._build()

    def _build(self):
        builder = Builder()
        builder.pipeline.reset()
        builder.search_pipeline.reset()
        if "stopWordFilter" in (self.config.get("pipeline") or []):
            builder.pipeline.add(stop_word_filter)
        builder.b(0)
        builder.tokenizer = partial(Tokenizer, separator=self.separator)
        builder.ref("location")
        fields = self.config.get("fields") or {"title": {"boost": 1e3}, "text": {"boost": 1}}
        for name, options in fields.items():
            builder.field(name, boost=options.get("boost", 1))
        for doc in self.docs:
            record = {
                "location": doc["location"],
                "title": _TAG.sub(" ", doc.get("title", "")),
                "text": _TAG.sub(" ", doc.get("text", "")),
                "tags": " ".join(doc.get("tags") or []),
            }
            builder.add(record, {"boost": doc.get("boost", 1)})
        return builder.build()

    def transform(self, query: str) -> str:
        """Turn what a reader types into the lunr query string Material sends:
        every word split on the separator, each term with a trailing `*`."""
        terms = []
        for word in query.split():
            for part in self.separator.split(word):
                part = re.sub(r"[^\w]", "", part.lower())
                if part:
                    terms.append(f"{part}*")
        return " ".join(terms)

    def sections(self, query: str) -> list[str]:
        """The matching sections' locations, best first."""
        lunr_query = self.transform(query)
        if not lunr_query:
            return []
        return [result["ref"] for result in self.index.search(lunr_query)]

    def pages(self, query: str, count: int = 10) -> list[str]:
        """The pages (locations without anchor, e.g. `stories/michelle-bu/`)
        the result list shows for `query`, best first, at most `count`."""
        seen: list[str] = []
        for ref in self.sections(query):
            page = ref.split("#")[0]
            if page not in seen:
                seen.append(page)
                if len(seen) == count:
                    break
        return seen


def load(site: Path) -> SearchModel:
    """Build the model for the site folder `site` (see SearchModel)."""
    return SearchModel(site)
