"""The archetype self-check's data (docs/data/self-check.yml): what the build
refuses, one line per problem naming file, line and field, and the scoring the
page's script mirrors (macros/self_check.py)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
import yaml

from macros.catalogue import ContentError, load_catalogue
from macros.models import ARCHETYPE_IDS
from macros.self_check import closest, scores, unreachable

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "docs" / "data" / "self-check.yml"


def with_self_check(docs: Path, text: str | None = None) -> Path:
    """Put the real self-check data (or `text`) into a copy of the minimal docs."""
    target = docs / "data" / "self-check.yml"
    if text is None:
        shutil.copy(REAL, target)
    else:
        target.write_text(text, encoding="utf-8")
    return target


def edited(edit) -> str:
    """The real file's data after `edit(data)`, as YAML."""
    data = yaml.safe_load(REAL.read_text(encoding="utf-8"))
    edit(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def problems(docs: Path) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_catalogue(docs)
    return [str(problem) for problem in error.value.problems]


def test_real_self_check_loads_with_ten_questions(catalogue):
    data = catalogue.self_check
    assert data is not None
    assert 8 <= len(data.questions) <= 12
    assert set(data.results) == set(ARCHETYPE_IDS)


def test_minimal_site_without_the_page_needs_no_data(docs_copy):
    assert load_catalogue(docs_copy).self_check is None


def test_the_data_is_required_once_the_page_exists(docs_copy):
    (docs_copy / "archetypes" / "self-check.md").write_text("---\ntitle: Self-check\n---\n\nHello.\n")
    found = problems(docs_copy)
    assert len(found) == 1
    assert found[0].endswith("data/self-check.yml:1: file: missing")


def test_the_self_check_page_is_a_hub_not_an_archetype(docs_copy):
    (docs_copy / "archetypes" / "self-check.md").write_text("---\ntitle: Self-check\nrender_macros: true\n---\n\nHi.\n")
    with_self_check(docs_copy)
    kb = load_catalogue(docs_copy)
    assert "self-check" not in kb.archetypes and kb.self_check is not None


def test_an_unknown_archetype_id_is_one_line_with_file_line_and_field(docs_copy):
    def edit(data):
        data["questions"][1]["answers"][2]["weights"] = {"solverr": 3}

    with_self_check(docs_copy, edited(edit))
    found = problems(docs_copy)
    assert len(found) == 1, found
    assert "self-check.yml:" in found[0]
    assert (
        ": questions[1].answers[2].weights: 'solverr' is not an archetype; allowed: tech-lead, architect, " in found[0]
    )
    assert "(did you mean 'solver'?)" in found[0]


@pytest.mark.parametrize("weight", [0, 4, "two", True, 1.5])
def test_a_malformed_weight_names_the_field_and_what_is_allowed(docs_copy, weight):
    def edit(data):
        data["questions"][0]["answers"][0]["weights"] = {"tech-lead": weight}

    with_self_check(docs_copy, edited(edit))
    found = problems(docs_copy)
    assert len(found) == 1, found
    assert f"questions[0].answers[0].weights: tech-lead: {weight!r} is not a weight" in found[0]
    assert "allowed: a whole number from 1 to 3" in found[0]


def test_empty_weights_are_refused(docs_copy):
    def edit(data):
        data["questions"][0]["answers"][0]["weights"] = {}

    with_self_check(docs_copy, edited(edit))
    (found,) = problems(docs_copy)
    assert "questions[0].answers[0].weights: expected a mapping of archetype ids to weights" in found


def test_the_problem_line_is_the_line_of_the_answer_weights(docs_copy):
    def edit(data):
        data["questions"][3]["answers"][1]["weights"] = {"architectt": 2}

    target = with_self_check(docs_copy, edited(edit))
    (found,) = problems(docs_copy)
    number = int(found.split("self-check.yml:", 1)[1].split(":", 1)[0])
    lines = target.read_text().splitlines()
    assert lines[number - 1].strip() == "weights:" and "architectt" in lines[number]


def test_an_archetype_no_answers_can_make_closest_is_reported(docs_copy):
    def edit(data):
        for question in data["questions"]:
            for answer in question["answers"]:
                if "right-hand" in answer["weights"]:
                    answer["weights"] = {"right-hand": 1, "solver": 3}

    with_self_check(docs_copy, edited(edit))
    (found,) = problems(docs_copy)
    assert "questions: no combination of answers makes 'right-hand' the closest archetype" in found


def test_a_duplicate_question_id_is_reported(docs_copy):
    def edit(data):
        data["questions"][4]["id"] = data["questions"][0]["id"]

    with_self_check(docs_copy, edited(edit))
    (found,) = problems(docs_copy)
    assert "questions[4].id: duplicate id 'good-week': already used by questions[0]" in found


def test_every_archetype_needs_a_result_reason(docs_copy):
    def edit(data):
        del data["results"]["architect"]

    with_self_check(docs_copy, edited(edit))
    (found,) = problems(docs_copy)
    assert "results: missing a reason for architect" in found


def test_too_few_questions_are_refused(docs_copy):
    def edit(data):
        del data["questions"][7:]

    with_self_check(docs_copy, edited(edit))
    found = problems(docs_copy)
    assert any("questions:" in line and "8" in line for line in found), found


def test_every_archetype_is_reachable_in_the_real_data(catalogue):
    questions = catalogue.self_check.questions
    assert unreachable(questions) == []
    for archetype in ARCHETYPE_IDS:  # answering for one archetype throughout makes it the only closest
        picks = [
            max(range(len(q.answers)), key=lambda i, q=q: q.answers[i].weights.get(archetype, 0)) for q in questions
        ]
        assert closest(scores(questions, picks)) == [archetype]


def test_scores_add_weights_and_ties_name_every_closest(catalogue):
    questions = catalogue.self_check.questions[:2]
    first = next(i for i, a in enumerate(questions[0].answers) if a.weights == {"tech-lead": 3})
    second = next(i for i, a in enumerate(questions[1].answers) if a.weights == {"solver": 3})
    totals = scores(questions, [first, second])
    assert totals == {"tech-lead": 3, "architect": 0, "solver": 3, "right-hand": 0}
    assert closest(totals) == ["tech-lead", "solver"]
    assert closest(scores(questions, [None, None])) == []


def test_unreachable_agrees_with_trying_every_combination(catalogue):
    questions = catalogue.self_check.questions[:5]
    tops = set()
    for picks in itertools.product(*(range(len(q.answers)) for q in questions)):
        best = closest(scores(questions, picks))
        if len(best) == 1:
            tops.add(best[0])
    assert sorted(set(ARCHETYPE_IDS) - tops) == sorted(unreachable(questions))
