"""The FAQ page in a browser: questions first, one answer open on a deep link
or a search hit, every answer readable without JavaScript, and a page far
shorter on a phone than with every answer shown. Reuses test_browser.py's
fixtures (the built site served on 127.0.0.1, Debian's Chromium)."""

from __future__ import annotations

import pytest
from test_browser import base_url, browser  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):  # noqa: F811
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def in_viewport(page, selector: str) -> bool:
    """True when the top of the element is on screen (below the sticky header)."""
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def middle_question(catalogue):
    return catalogue.faq[len(catalogue.faq) // 2].entry


def test_deep_link_opens_that_answer_in_the_viewport_and_no_other(phone, base_url, catalogue):  # noqa: F811
    entry = middle_question(catalogue)
    phone.goto(f"{base_url}faq/#{entry.id}")
    answer = phone.locator(f"[id='{entry.id}-answer']")
    answer.wait_for(state="visible")
    assert in_viewport(phone, f"[id='{entry.id}']") and in_viewport(phone, f"[id='{entry.id}-answer']")
    assert phone.locator(f"[id='{entry.id}'] button").get_attribute("aria-expanded") == "true"
    first = catalogue.faq[0].entry
    assert phone.locator(f"[id='{first.id}-answer']").is_hidden()
    assert phone.locator(".faq-answer:visible").count() == 1


def test_a_link_to_another_question_on_the_page_opens_it(phone, base_url, catalogue):  # noqa: F811
    first, other = catalogue.faq[0].entry, catalogue.faq[-1].entry
    phone.goto(f"{base_url}faq/#{first.id}")
    phone.evaluate("(id) => { window.location.hash = id; }", other.id)
    phone.locator(f"[id='{other.id}-answer']").wait_for(state="visible")
    assert in_viewport(phone, f"[id='{other.id}']")


def test_a_question_opens_and_closes_by_click_and_keyboard(phone, base_url, catalogue):  # noqa: F811
    entry = catalogue.faq[1].entry
    phone.goto(f"{base_url}faq/")
    button = phone.locator(f"[id='{entry.id}'] button")
    answer = phone.locator(f"[id='{entry.id}-answer']")
    assert answer.is_hidden() and button.get_attribute("aria-expanded") == "false"
    button.click()
    assert answer.is_visible() and button.get_attribute("aria-expanded") == "true"
    button.focus()
    phone.keyboard.press("Enter")
    assert answer.is_hidden()


def test_a_search_hit_on_a_question_lands_on_its_answer(phone, base_url):  # noqa: F811
    phone.set_viewport_size({"width": 1280, "height": 900})
    phone.goto(base_url)
    box = phone.locator("input[data-md-component='search-query']")
    box.fill("hype doc")
    box.press("End")  # a key up, as typing gives: Material reads the box on key up
    result = phone.locator(".md-search-result a[href*='/faq/'][href$='#what-is-a-hype-doc']").first
    result.wait_for()
    result.click()
    phone.wait_for_url(lambda url: "/faq/" in url and url.endswith("#what-is-a-hype-doc"))
    phone.locator("[id='what-is-a-hype-doc-answer']").wait_for(state="visible")
    assert in_viewport(phone, "[id='what-is-a-hype-doc']")
    assert phone.locator(".faq-answer:visible").count() == 1


def test_without_javascript_every_answer_is_shown(browser, base_url, catalogue):  # noqa: F811
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}faq/")
    assert page.locator(".faq-answer:visible").count() == len(catalogue.faq)
    context.close()


def test_on_a_phone_the_page_is_far_shorter_than_with_every_answer(phone, base_url, catalogue):  # noqa: F811
    phone.goto(f"{base_url}faq/")
    height = "document.documentElement.scrollHeight"
    collapsed = phone.evaluate(height)
    phone.locator(".faq-tools button", has_text="Show all answers").click()
    assert phone.locator(".faq-answer:visible").count() == len(catalogue.faq)
    expanded = phone.evaluate(height)
    print(f"FAQ at 390x844: {collapsed}px with answers collapsed, {expanded}px with all shown")
    assert collapsed * 3 < expanded
    assert phone.locator(".faq-tools button").inner_text() == "Hide all answers"
