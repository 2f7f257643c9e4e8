"""Search, prebuilt: the packed lunr index (macros/search_lunr.py) holds what
Material's worker would index, and the built site hands it to the worker.

The browser tests (test_browser_search.py) check the other half: the same
queries give the same results, scores and highlights with and without it."""

from __future__ import annotations

import json
import re

import pytest

from macros import search_lunr
from macros.search_lunr import js_separator, pack, tokenize, write_prebuilt

SEPARATOR = js_separator(r"[\s\-]+")
CONFIG = {
    "lang": ["en"],
    "separator": r"[\s\-]+",
    "pipeline": ["stopWordFilter"],
    "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},
}


def terms(value, separator=SEPARATOR) -> list[str]:
    return tokenize(value, separator)


# Material's tokenizer: what counts as a token -------------------------------------


def test_tokens_are_lower_cased_runs_between_separators():
    assert terms("Staff-plus  Engineering\ttoday") == ["staff", "plus", "engineering", "today"]


def test_markup_is_not_tokenized_but_the_text_inside_it_is():
    assert terms('Use <code class="x y">git bisect</code> often') == ["use", "git", "bisect", "often"]
    assert terms("<p>one<br/>two <em>three</em></p> four") == ["one", "two", "three", "four"]


def test_tags_are_tokenized_element_by_element():
    assert terms(["Dan Na", "Squarespace"]) == ["dan", "na", "squarespace"]


def test_whitespace_means_what_it_means_in_javascript():
    # JavaScript's \s has U+00A0 and U+FEFF but not U+0085 or U+001F; Python's differs.
    assert terms("a\u00a0b\ufeffc") == ["a", "b", "c"]
    assert terms("a\u0085b\x1fc") == ["a\u0085b\x1fc"]


def test_an_empty_separator_match_splits_without_losing_a_character():
    camel = js_separator(r"[\s\-]+|(?!\b)(?=[A-Z][a-z])")
    assert terms("PaymentIntents API", camel) == ["payment", "intents", "api"]


def test_a_separator_with_a_group_splits_as_javascript_does():
    grouped = js_separator(r"(\s|-)+")  # re.split would return the groups too
    assert terms("on-call  rotation", grouped) == ["on", "call", "rotation"]


def test_case_sensitive_separators_see_the_text_before_it_is_lower_cased():
    camel = js_separator(r"(?=[A-Z][a-z])")
    assert terms("StaffEngineer", camel) == ["staff", "engineer"]


def test_missing_field_gives_no_tokens():
    assert tokenize(None, SEPARATOR) == []


# The packed index -------------------------------------------------------------------


def docs(*pairs):
    return [{"location": loc, "title": title, "text": text} for loc, title, text in pairs]


def test_pack_lists_each_document_holding_a_term_per_field_as_gaps():
    packed = pack(
        {
            "config": CONFIG,
            "docs": docs(("a/", "Sponsor", "x"), ("b/", "Other", "sponsor y"), ("c/", "Third", "sponsor")),
        }
    )
    slot = packed["terms"].index("sponsor")
    title, text, tags = packed["postings"][slot]
    assert title == [0] and text == [1, 1] and tags == []  # documents 0; 1 and 2
    assert packed["refs"] == ["a/", "b/", "c/"] and packed["docs"] == 3


def test_pack_numbers_terms_in_order_of_first_appearance_and_sorts_them_as_javascript_does():
    packed = pack({"config": CONFIG, "docs": docs(("a/", "zebra \U0001f600", "apple \uffee"))})
    assert packed["terms"] == ["apple", "zebra", "\U0001f600", "\uffee"]  # a surrogate pair sorts before U+FFEE
    by_term = dict(zip(packed["terms"], packed["term_index"], strict=True))
    assert by_term == {"zebra": 0, "\U0001f600": 1, "apple": 2, "\uffee": 3}


def test_pack_drops_stop_words_and_averages_field_lengths_without_them():
    packed = pack({"config": CONFIG, "docs": docs(("a/", "The sponsor", "and the plan"), ("b/", "A tech lead", "x"))})
    assert "the" not in packed["terms"] and "and" not in packed["terms"]
    assert packed["average"] == [1.5, 1.0, 0]  # title: 1 and 2 terms; text: 1 and 1; no tags


def test_pack_applies_the_trimmer_and_stemmer_when_the_config_asks():
    config = {**CONFIG, "pipeline": ["trimmer", "stopWordFilter", "stemmer"]}
    packed = pack({"config": config, "docs": docs(("a/", "Sponsoring", "(negotiated)"))})
    assert {"sponsor", "negoti"} <= set(packed["terms"])
    assert packed["pipeline"] == ["stemmer"]


def test_pack_refuses_languages_it_cannot_reproduce():
    with pytest.raises(ValueError, match="only \\['en'\\]"):
        pack({"config": {**CONFIG, "lang": ["de"]}, "docs": []})


def test_write_prebuilt_replaces_a_stale_index_and_skips_what_it_cannot_build(tmp_path):
    (tmp_path / "search").mkdir()
    source, target = tmp_path / "search" / "search_index.json", tmp_path / "search" / search_lunr.TARGET
    source.write_text(json.dumps({"config": CONFIG, "docs": docs(("a/", "One", "two"))}), encoding="utf-8")
    assert write_prebuilt(tmp_path) == target
    assert json.loads(target.read_text(encoding="utf-8"))["refs"] == ["a/"]
    source.write_text(json.dumps({"config": {**CONFIG, "lang": ["ja"]}, "docs": []}), encoding="utf-8")
    assert write_prebuilt(tmp_path) is None and not target.exists()
    assert write_prebuilt(tmp_path / "no-site") is None


def test_mark_stale_leaves_a_file_no_lunr_version_accepts_and_only_where_one_was(tmp_path):
    assert search_lunr.mark_stale(tmp_path) is None and not (tmp_path / "search").exists()
    (tmp_path / "search").mkdir()
    source = tmp_path / "search" / "search_index.json"
    source.write_text(json.dumps({"config": CONFIG, "docs": docs(("a/", "One", "two"))}), encoding="utf-8")
    target = write_prebuilt(tmp_path)
    assert search_lunr.mark_stale(tmp_path) == target
    stale = json.loads(target.read_text(encoding="utf-8"))
    assert stale["version"] is None and "refs" not in stale and "terms" not in stale
    assert write_prebuilt(tmp_path) == target  # the next full build packs it again
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == search_lunr.LUNR_VERSION


# The built site ---------------------------------------------------------------------


def test_the_built_site_has_a_prebuilt_index_for_exactly_its_search_index(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    packed = json.loads((site / "search" / search_lunr.TARGET).read_text(encoding="utf-8"))
    assert packed["config"] == index["config"]
    assert packed["refs"] == [doc["location"] for doc in index["docs"]]
    assert packed["version"] == search_lunr.LUNR_VERSION
    assert len(packed["terms"]) == len(packed["postings"]) == len(packed["term_index"]) > 1000


def test_every_page_starts_our_worker_with_materials_worker_that_exists(site, html):
    for url in ("", "stories/dan-na/", "guides/staff-projects/", "faq/"):
        config = json.loads(html(url).find("script", id="__config").string)
        worker, _, material = config["search"].partition("?material=")
        assert worker.endswith("assets/javascripts/workers/search.js"), config["search"]
        assert re.fullmatch(r"search\.[0-9a-f]+\.min\.js", material), material
        assert (site / "assets" / "javascripts" / "workers" / material).is_file()
    assert (site / "assets" / "javascripts" / "workers" / "search.js").is_file()
