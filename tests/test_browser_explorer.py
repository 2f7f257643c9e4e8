"""The story explorer and the archetype self-check in a browser: filters, the
address that holds them, the self-check's result and its shareable address.
Same fixtures as tests/test_browser.py (Debian's Chromium, site on 127.0.0.1);
requests to other hosts (web fonts) are answered empty, so a console error is
always the site's own."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from macros.explorer import company_id
from macros.models import ARCHETYPE_IDS
from macros.self_check import closest, scores
from tests import test_browser as shared

pytestmark = pytest.mark.browser
#: The fixtures of tests/test_browser.py: the built site served on 127.0.0.1, and Chromium.
base_url = shared.base_url
browser = shared.browser


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    local = base_url.rstrip("/")
    import time

    def slow(route):
        if "explorer.json" in route.request.url:
            time.sleep(0.7)
        route.continue_() if route.request.url.startswith(local) else route.fulfill(status=204, body="")

    page.route("**/*", slow)
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def count_text(page) -> str:
    return page.locator(".story-explorer__count").inner_text()


def results(page) -> list[str]:
    return page.locator(".story-explorer__results > li > a").all_inner_texts()


def ready(page) -> None:
    """Wait until explorer.js has fetched its JSON and shown the filters.

    The filters stay hidden until the data arrives, after the page's load event,
    and the script fills in the results in the same step, so once the form is
    visible the count and the results are those of the address."""
    page.locator("form.story-explorer").wait_for(state="visible")


def expected(catalogue, **filters) -> list[str]:
    found = []
    for story in catalogue.stories.values():
        meta = story.meta
        if "archetype" in filters and filters["archetype"] not in (meta.archetypes or ["none"]):
            continue
        if "company" in filters and company_id(meta.company) != filters["company"]:
            continue
        if "topic" in filters and filters["topic"] not in meta.topics:
            continue
        if "year" in filters and meta.interviewed[:4] != filters["year"]:
            continue
        found.append(meta.name)
    return sorted(found, key=str.lower)


def test_explorer_starts_with_every_story_grouped(page, base_url, catalogue):
    page.goto(base_url + "stories/")
    ready(page)
    assert count_text(page) == f"All {len(catalogue.stories)} stories, grouped by archetype below."
    assert page.locator(".story-groups").is_visible()
    assert not page.locator(".story-explorer__results").is_visible()
    assert page.errors == []


@pytest.mark.parametrize(
    "name,value",
    [("archetype", "solver"), ("archetype", "none"), ("company", "stripe"), ("topic", "sponsorship"), ("year", "2020")],
)
def test_each_filter_shows_the_matching_stories_and_goes_into_the_address(page, base_url, catalogue, name, value):
    page.goto(base_url + "stories/")
    page.locator(f"select[name={name}]").select_option(value)
    names = expected(catalogue, **{name: value})
    assert names, "the filter should match something"
    assert count_text(page) == f"{len(names)} of {len(catalogue.stories)} " + (
        "story matches." if len(names) == 1 else "stories match."
    )
    assert results(page) == names
    assert not page.locator(".story-groups").is_visible()
    assert query(page) == {name: [value]}
    assert page.errors == []


def test_a_filtered_address_restores_the_filters_and_clear_resets(page, base_url, catalogue):
    page.goto(base_url + "stories/?archetype=tech-lead&year=2020")
    names = expected(catalogue, archetype="tech-lead", year="2020")
    ready(page)
    assert page.locator("select[name=archetype]").input_value() == "tech-lead"
    assert page.locator("select[name=year]").input_value() == "2020"
    assert results(page) == names
    page.reload()
    ready(page)
    assert results(page) == names
    page.get_by_role("button", name="Clear filters").click()
    page.wait_for_function("!location.search")
    assert page.locator(".story-groups").is_visible()
    assert count_text(page).startswith("All ")
    assert page.errors == []


def test_filters_combine_and_say_when_nothing_matches(page, base_url, catalogue):
    page.goto(base_url + "stories/?company=stripe&year=2020")
    names = expected(catalogue, company="stripe", year="2020")
    ready(page)
    assert results(page) == names
    page.goto(base_url + "stories/?archetype=architect&company=stripe")
    assert expected(catalogue, archetype="architect", company="stripe") == []
    page.locator("text=No story matches these filters").wait_for()
    assert page.locator(".story-explorer__count").get_attribute("role") == "status"


def test_explorer_is_usable_from_the_keyboard(page, base_url):
    page.goto(base_url + "stories/")
    ready(page)
    select = page.locator("select[name=archetype]")
    select.focus()
    page.keyboard.press("ArrowDown")  # the first archetype after "Any archetype"
    page.wait_for_function("location.search.includes('archetype=')")
    assert select.input_value() == ARCHETYPE_IDS[0]
    box = select.bounding_box()
    assert box["height"] >= 24


def test_an_unknown_filter_value_is_ignored(page, base_url):
    page.goto(base_url + "stories/?archetype=wizard")
    page.locator("form.story-explorer").wait_for(state="visible")
    assert page.locator("select[name=archetype]").input_value() == ""
    assert page.locator(".story-groups").is_visible()


def answer_for(catalogue, archetype: str) -> list[int]:
    """Per question, the answer giving `archetype` the most weight (0-based)."""
    return [
        max(range(len(q.answers)), key=lambda i, q=q: q.answers[i].weights.get(archetype, 0))
        for q in catalogue.self_check.questions
    ]


@pytest.mark.parametrize("archetype", ARCHETYPE_IDS)
def test_self_check_answers_give_the_expected_archetype_and_a_shareable_address(page, base_url, catalogue, archetype):
    questions = catalogue.self_check.questions
    picks = answer_for(catalogue, archetype)
    assert closest(scores(questions, picks)) == [archetype]
    page.goto(base_url + "archetypes/self-check/")
    for question, pick in zip(questions, picks, strict=True):
        page.locator(f"#question-{question.id} label").nth(pick).click()
    page.get_by_role("button", name="Show my closest archetype").click()
    title = catalogue.archetypes[archetype].title
    heading = page.locator("#your-result")
    assert heading.inner_text() == f"Your closest archetype: {title}"
    assert heading.evaluate("node => node === document.activeElement")
    outcome = page.locator(".self-check__outcome")
    assert (
        outcome.get_by_role("link", name=f"Read about the {title}")
        .get_attribute("href")
        .endswith(f"/archetypes/{archetype}/")
    )
    stories = outcome.locator(".self-check__suggestions a").all_inner_texts()
    book = [s.meta.name for s in catalogue.stories_for(archetype)]
    own = [s.meta.name for s in catalogue.stories_for(archetype, "self")]
    assert stories == (book + own)[:3]
    code = "".join(str(pick + 1) for pick in picks)
    assert query(page) == {"answers": [code]}
    shared = page.url
    page.goto(base_url)
    page.goto(shared)
    assert page.locator("#your-result").inner_text() == f"Your closest archetype: {title}"
    assert page.locator(f"#question-{questions[0].id} input").nth(picks[0]).is_checked()
    assert page.errors == []


def test_self_check_asks_for_the_missing_answers_and_start_over_clears(page, base_url, catalogue):
    questions = catalogue.self_check.questions
    page.goto(base_url + "archetypes/self-check/")
    page.locator(f"#question-{questions[0].id} label").first.click()
    page.get_by_role("button", name="Show my closest archetype").click()
    assert page.locator(".self-check__progress").inner_text().startswith("Answer questions 2, 3")
    assert page.locator("#your-result").count() == 0
    code = "".join(str(pick + 1) for pick in answer_for(catalogue, "solver"))
    page.goto(base_url + f"archetypes/self-check/?answers={code}")
    page.locator("#your-result").wait_for()
    page.get_by_role("button", name="Start over").click()
    page.wait_for_function("!location.search")
    assert page.locator("#your-result").count() == 0
    assert page.locator("input[type=radio]:checked").count() == 0
    assert page.errors == []


CONTRAST = """(selectors) => {
  const parse = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = parse(getComputedStyle(document.body).backgroundColor);
  return selectors.map((selector) => {
    const node = document.querySelector(selector);
    const [r, g, b, a = 1] = parse(getComputedStyle(node).color);
    const shown = [r, g, b].map((v, i) => v * a + background[i] * (1 - a));
    const [light, dark] = [luminance(shown), luminance(background)].sort((x, y) => y - x);
    return [selector, (light + 0.05) / (dark + 0.05)];
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_explorer_and_self_check_text_has_enough_contrast(browser, base_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    try:
        page.goto(base_url + "stories/?archetype=solver")
        page.locator(".story-explorer__results > li").first.wait_for()
        selectors = [
            ".story-explorer__field label",
            ".story-explorer__field select",
            ".story-explorer__count",
            ".story-explorer__meta",
        ]
        ratios = page.evaluate(CONTRAST, selectors)
        page.goto(base_url + "archetypes/self-check/")
        page.locator(".self-check__progress").wait_for()
        ratios += page.evaluate(
            CONTRAST, [".self-check__question legend", ".self-check__answer", ".self-check__progress"]
        )
        low = [(selector, round(ratio, 2)) for selector, ratio in ratios if ratio < 4.5]
        assert low == [], low
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default"
        )
    finally:
        context.close()
