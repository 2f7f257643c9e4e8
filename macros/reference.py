"""Reference data: career ladders, level names by company, and the reading list."""

from __future__ import annotations

from macros.render import Renderer


def ladder(renderer: Renderer, page_src: str, ladder_id: str) -> str:
    """One ladder from data/ladders/<id>.yml as tables. Raises KeyError when unknown."""
    ladders = renderer.catalogue.ladders
    if ladder_id not in ladders:
        raise KeyError(f"unknown ladder '{ladder_id}'; ladders: {', '.join(ladders)}")
    return renderer.render("ladder.md", page_src, ladder=ladders[ladder_id])


def level_comparison(renderer: Renderer, page_src: str) -> str:
    """A table comparing how companies name their IC levels (data/levels.yml)."""
    return renderer.render("levels.md", page_src)


def resources_by_topic(renderer: Renderer, page_src: str) -> str:
    """The reading list (data/resources.yml) grouped by topic, in topic order."""
    kb = renderer.catalogue
    by_topic = {topic: [] for topic in kb.topics.topics}
    for resource in kb.resources.resources:
        by_topic[resource.topic].append(resource)
    return renderer.render("resources.md", page_src, by_topic={t: r for t, r in by_topic.items() if r})
