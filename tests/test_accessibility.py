"""axe-core (pinned through axe-playwright-python) finds no serious or
critical WCAG violation on any built page in the light palette, nor on one
page of each kind in the dark palette."""

from __future__ import annotations

import pytest

from tests.test_browser import browser  # noqa: F401  (the shared Chromium fixture)
from tests.test_crawl import built_pages, pages_url  # noqa: F401

pytestmark = pytest.mark.browser

#: One page of each kind, checked again in the dark (slate) palette.
KINDS = (
    "",
    "guides/work-on-what-matters/",
    "stories/michelle-bu/",
    "archetypes/tech-lead/",
    "ladders/",
    "faq/",
    "topics/",
    "no-such-page/",
    "stories/",
)


def serious(page) -> list[str]:
    """Serious and critical axe violations on the loaded page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page).response
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes'][:3]]}"
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations(site, pages_url, browser, scheme):  # noqa: F811
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    paths = [*built_pages(site), "no-such-page/"] if scheme == "light" else list(KINDS)
    problems = []
    for path in paths:
        page.goto(pages_url + path, wait_until="networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected, path
        problems += [f"{path or '/'}: {line}" for line in serious(page)]
    context.close()
    assert problems == []
