"""Scoring of the archetype self-check (`docs/data/self-check.yml`), as the
page's script does it, so the build can check the questions before readers
answer them.

A reader's answers add up their weights per archetype; the closest
archetypes are those with the highest total (several when they tie).
`unreachable` lists the archetypes that no combination of answers makes the
single closest one, which would make the self-check unable to suggest them.
Nothing here depends on MkDocs.
"""

from __future__ import annotations

from collections.abc import Sequence

from macros.models import ARCHETYPE_IDS, SelfCheckQuestion

Scores = tuple[int, ...]


def scores(questions: Sequence[SelfCheckQuestion], choices: Sequence[int | None]) -> dict[str, int]:
    """Total weight per archetype (in `ARCHETYPE_IDS` order) for `choices`, the
    0-based index of the answer picked for each question, or None when unanswered.

    Raises `IndexError` when a choice is not an answer of its question.
    """
    totals = dict.fromkeys(ARCHETYPE_IDS, 0)
    for question, choice in zip(questions, choices, strict=False):
        if choice is None:
            continue
        for archetype, weight in question.answers[choice].weights.items():
            totals[archetype] += weight
    return totals


def closest(totals: dict[str, int]) -> list[str]:
    """The archetypes with the highest total, in `ARCHETYPE_IDS` order; empty when every total is 0."""
    best = max(totals.values(), default=0)
    return [archetype for archetype in ARCHETYPE_IDS if best and totals[archetype] == best]


def reachable_totals(questions: Sequence[SelfCheckQuestion]) -> set[Scores]:
    """Every vector of totals (in `ARCHETYPE_IDS` order) that answering every
    question can give. Kept as a set, so it grows with distinct totals, not
    with the number of combinations."""
    reached: set[Scores] = {tuple(0 for _ in ARCHETYPE_IDS)}
    for question in questions:
        steps = [tuple(answer.weights.get(a, 0) for a in ARCHETYPE_IDS) for answer in question.answers]
        reached = {tuple(x + y for x, y in zip(total, step, strict=True)) for total in reached for step in steps}
    return reached


def unreachable(questions: Sequence[SelfCheckQuestion]) -> list[str]:
    """The archetypes that no combination of answers makes the single closest one."""
    reached = reachable_totals(questions)
    missing = []
    for index, archetype in enumerate(ARCHETYPE_IDS):
        if not any(all(total[index] > other for j, other in enumerate(total) if j != index) for total in reached):
            missing.append(archetype)
    return missing
