"""FAQ: the generated FAQ page, grouped by topic group."""

from __future__ import annotations

from macros.render import Renderer


def faq_page(renderer: Renderer, page_src: str) -> str:
    """Every FAQ entry once, grouped by its topic's group, each under a heading
    whose id is the entry's id and linking to the page that answers it."""
    kb = renderer.catalogue
    groups = {group.id: [] for group in kb.topics.groups}
    topic_order = list(kb.topics.topics)
    for item in sorted(kb.faq, key=lambda item: topic_order.index(item.entry.topic)):
        groups[kb.topics.topics[item.entry.topic].group].append(item)
    return renderer.render("faq.md", page_src, groups=groups)
