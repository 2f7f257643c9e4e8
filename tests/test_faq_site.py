"""The built FAQ page: every question once, in the order of docs/data/faq.yml,
each a heading with its id followed by its answer; every anchor the page ever
had still there; and a search result for every question that lands on it."""

from __future__ import annotations

import json
import re

import yaml

from conftest import ROOT

ORDER = yaml.safe_load((ROOT / "docs/data/faq.yml").read_text(encoding="utf-8"))
OLD_ANCHORS = [
    line.strip()
    for line in (ROOT / "tests/fixtures/faq-anchors.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def opening(markdown: str) -> str:
    """The first five words of an answer, without Markdown emphasis or link brackets."""
    return " ".join(re.sub(r"[*_`\[\]]", "", markdown).split()[:5])


def plain(html_text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html_text).split())


def test_page_lists_every_question_once_in_the_order_of_the_data_file(html):
    article = html("faq/").select_one("article")
    assert [h2["id"] for h2 in article.select("h2[id]")] == [group["id"] for group in ORDER["groups"]]
    questions = [h3["id"] for h3 in article.select("h3[id]")]
    assert questions == [question for group in ORDER["groups"] for question in group["questions"]]
    assert len(questions) == len(set(questions))


def test_each_group_heading_is_followed_by_its_own_questions(html):
    article = html("faq/").select_one("article")
    for group in ORDER["groups"]:
        h2 = article.find("h2", id=group["id"])
        following = []
        for heading in h2.find_all_next(["h2", "h3"]):
            if heading.name == "h2":
                break
            following.append(heading["id"])
        assert following == group["questions"], group["id"]


def test_each_question_is_a_heading_followed_by_its_answer(html, catalogue):
    article = html("faq/").select_one("article")
    for item in catalogue.faq:
        heading = article.find(id=item.entry.id)
        assert heading.name == "h3" and item.entry.question in heading.get_text(), item.entry.id
        answer = heading.find_next_sibling()
        assert "faq-answer" in answer.get("class", []), item.entry.id
        assert opening(item.entry.answer) in " ".join(answer.get_text().split()), item.entry.id


def test_every_anchor_the_page_ever_had_still_exists(html):
    article = html("faq/").select_one("article")
    assert len(OLD_ANCHORS) >= 80
    missing = [anchor for anchor in OLD_ANCHORS if article.find(id=anchor) is None]
    assert not missing, f"faq/#{missing[0]} no longer exists: shared links to it would break"


def test_search_index_has_a_section_for_every_question(site, catalogue):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    sections = {doc["location"]: doc for doc in index["docs"]}
    for item in catalogue.faq:
        section = sections.get(f"faq/#{item.entry.id}")
        assert section, f"no search result lands on faq/#{item.entry.id}"
        assert section["title"] == item.entry.question
        assert opening(item.entry.answer) in plain(section["text"]), item.entry.id  # its answer's words find it


def test_faq_script_and_styles_are_loaded(html, site):
    soup = html("faq/")
    assert any(s.get("src", "").startswith("../assets/faq.js") for s in soup.find_all("script"))
    assert any(link.get("href", "").startswith("../assets/faq.css") for link in soup.find_all("link"))
    assert (site / "assets/faq.js").is_file() and (site / "assets/faq.css").is_file()
