"""What only a browser shows: search, the palette toggle, navigation. Drives
Debian's Chromium (or $CHROMIUM_PATH) through Playwright against the built
site served on 127.0.0.1."""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def serve(site, handler=QuietHandler, path: str = "/"):
    """Serve the built `site` folder on 127.0.0.1 with `handler`, yielding the
    URL of `path` on it; the server stops when the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base_url(site):
    with serve(site) as url:
        yield url


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
    box = page.locator("input[data-md-component='search-query']")
    box.fill("snacking")
    box.press("End")  # a key up, as typing gives: Material reads the box on key up
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


# Ladders ----------------------------------------------------------------------

LADDER_PAGES = (
    "ladders/",
    "ladders/career-track-staff/",
    "ladders/dual-track/",
    "ladders/archetypes-by-level/",
    "ladders/company-levels/",
    "ladders/frameworks/",
)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def page_width(page) -> tuple[int, int]:
    return tuple(page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]"))


@pytest.mark.parametrize("url", LADDER_PAGES)
def test_no_ladder_page_scrolls_sideways_on_a_phone(phone, base_url, url):
    phone.goto(base_url + url)
    assert page_width(phone) == (390, 390)
    # Every tab of the page too: open each one and measure again.
    for label in phone.locator(".tabbed-set:visible .tabbed-labels label").all():
        label.click()
        assert page_width(phone) == (390, 390), label.inner_text()


def test_a_link_to_a_cell_in_a_closed_tab_opens_that_tab(phone, base_url):
    phone.goto(base_url + "ladders/dual-track/#director-scope")
    cell = phone.locator("#director-scope")
    cell.wait_for(state="visible")
    assert cell.is_visible() and "Scope" in cell.inner_text()


def test_the_picker_compares_any_two_levels_and_puts_them_in_the_url(phone, base_url):
    phone.goto(base_url + "ladders/dual-track/")
    picker = phone.locator("form.ladder-picker")
    assert picker.is_visible()
    assert phone.locator(".ladder-prerendered").first.is_hidden()
    picker.locator("select[name=from]").select_option("principal")
    picker.locator("select[name=to]").select_option("senior")
    result = phone.locator("#compare-picked")
    assert result.locator(".ladder-picked__heading").inner_text() == "Senior → Principal"
    higher = result.locator(".ladder-side--higher").first
    assert "New at Staff" in higher.inner_text() and "New at Principal" in higher.inner_text()
    assert "compare=senior..principal" in phone.url
    phone.goto(phone.url)  # the shared link shows the same pair
    heading = phone.locator("#compare-picked .ladder-picked__heading")
    assert heading.inner_text() == "Senior → Principal"


def test_a_link_to_a_pre_rendered_comparison_selects_that_pair(phone, base_url):
    phone.goto(base_url + "ladders/dual-track/#compare-staff-principal")
    heading = phone.locator("#compare-picked .ladder-picked__heading")
    assert heading.inner_text() == "Staff → Principal"


def test_without_javascript_the_pre_rendered_comparisons_remain(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url + "ladders/dual-track/")
    assert page.locator("form.ladder-picker").is_hidden()
    assert page.locator("#compare-senior-staff").is_visible()
    page.locator("label", has_text="Staff → Principal").click()
    assert page.locator("#compare-staff-principal").is_visible()
    assert page_width(page) == (390, 390)
    context.close()
