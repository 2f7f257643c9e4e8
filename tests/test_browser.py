"""What only a browser shows: search, the palette toggle, navigation. Drives
Debian's Chromium (or $CHROMIUM_PATH) through Playwright against the built
site served on 127.0.0.1."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser

CANDIDATES = (
    os.environ.get("CHROMIUM_PATH"),
    "/usr/bin/chromium",
    shutil.which("chromium"),
    shutil.which("google-chrome"),
)
CHROMIUM = next((path for path in CANDIDATES if path and os.path.exists(path)), None)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Chromium for the browser tests: install Debian's chromium or set CHROMIUM_PATH")
    pytest.skip(
        "no Chromium on this machine (install Debian's chromium to run the browser tests)", allow_module_level=True
    )


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def test_search_finds_a_guide_and_opens_it(page, base_url):
    page.goto(base_url)
    page.locator("input[data-md-component='search-query']").fill("snacking")
    result = page.locator(".md-search-result__item a", has_text="Work on what matters").first
    result.wait_for()
    result.click()
    page.wait_for_url("**/guides/work-on-what-matters/**")
    assert "Work on what matters" in page.title()


def test_palette_toggle_switches_between_light_and_dark(page, base_url):
    page.goto(base_url)
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    background = "getComputedStyle(document.body).backgroundColor"
    light = page.evaluate(background)
    seen = []
    for _ in range(3):  # system preference -> light -> dark
        page.locator("form[data-md-component='palette'] label:visible").first.click()
        seen.append(page.evaluate(scheme))
        if seen[-1] == "slate":
            break
    assert seen[-1] == "slate", seen
    page.wait_for_function(f"{background} !== {light!r}")
    page.reload()
    assert page.evaluate(scheme) == "slate"  # the choice is remembered


def test_story_page_links_to_its_archetype(page, base_url):
    page.goto(base_url + "stories/michelle-bu/")
    page.locator(".admonition.info a", has_text="Right Hand").click()
    page.wait_for_url("**/archetypes/right-hand/")
    assert page.locator("#stories ~ ul a", has_text="Michelle Bu").count() == 1


def test_faq_deep_link_lands_on_the_question(page, base_url, catalogue):
    entry = catalogue.faq[0].entry
    page.goto(f"{base_url}faq/#{entry.id}")
    heading = page.locator(f"[id='{entry.id}']")
    heading.wait_for()
    assert heading.is_visible() and entry.question in heading.inner_text()


def test_navigation_tabs_reach_the_stories(page, base_url):
    page.goto(base_url)
    page.locator(".md-tabs__link", has_text="Stories").click()
    page.wait_for_url("**/stories/")
    assert page.locator("article h2#tech-lead").is_visible()
