"""FAQ: the generated FAQ page, its groups and questions in the reading order
of `data/faq.yml`.

One page, not a page per group: every `faq/#<id>` link (guide pages, the
topics page, open data, structured data, search results, links people have
shared) keeps pointing at the same address, and a fragment never reaches the
server, so per-group pages could only send old links on with JavaScript. On a
phone the page stays short instead because `docs/assets/faq.js` collapses the
answers under their questions; without JavaScript every answer is shown.
"""

from __future__ import annotations

from macros.render import Renderer


def faq_page(renderer: Renderer, page_src: str) -> str:
    """The FAQ page's Markdown: every FAQ entry once, in its group of
    `data/faq.yml` (`Catalogue.faq_groups`), each question a heading whose id is
    the entry's id, followed by its answer in a `div.faq-answer` with a link to
    the page that answers it at length."""
    groups = [group for group in renderer.catalogue.faq_groups if group.items]
    return renderer.render("faq.md", page_src, groups=groups)
