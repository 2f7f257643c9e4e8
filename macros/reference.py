"""Reference data: the reading list."""

from __future__ import annotations

from macros.render import Renderer


def resources_by_topic(renderer: Renderer, page_src: str) -> str:
    """The reading list (data/resources.yml) grouped by topic, in topic order."""
    kb = renderer.catalogue
    by_topic = {topic: [] for topic in kb.topics.topics}
    for resource in kb.resources.resources:
        by_topic[resource.topic].append(resource)
    return renderer.render("resources.md", page_src, by_topic={t: r for t, r in by_topic.items() if r})
