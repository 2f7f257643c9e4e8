"""Built pages lose the theme's blank lines (macros/html_output.py) and nothing
a reader sees: text, code blocks and scripts stay as they were."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from macros.html_output import collapse_whitespace

PAGE = """<html>
  <head>
    <script>
      var keep = "two  spaces\\n    and an indent";
    </script>
    <style>
      pre   { tab-size: 4; }
    </style>
  </head>
  <body>
    <nav>
      \n        \n      <a href="/">Home</a>
        \n   <a href="/x/">X</a>
    </nav>
    <p>Words  stay   apart.</p>
    <PRE><code>def f():
        return 1

    # blank line above</code></PRE>
    <textarea>
  typed
    text</textarea>
  </body>
</html>
"""


def test_runs_of_whitespace_with_a_line_break_become_one_line_break():
    out = collapse_whitespace(PAGE)
    assert not re.search(r"\n[ \n]", verbatim_removed(out))
    assert '<a href="/">Home</a>\n<a href="/x/">X</a>' in out
    assert "<p>Words  stay   apart.</p>" in out  # no line break in the run: left as it is
    assert len(out) < len(PAGE) * 0.9


def test_pre_textarea_script_and_style_are_kept_byte_for_byte():
    out = collapse_whitespace(PAGE)
    for start, end in (
        ("<PRE>", "</PRE>"),
        ("<textarea>", "</textarea>"),
        ("<script>", "</script>"),
        ("<style>", "</style>"),
    ):
        assert PAGE[PAGE.index(start) : PAGE.index(end)] == out[out.index(start) : out.index(end)]


def test_the_text_a_browser_shows_is_unchanged():
    def shown(html: str) -> str:
        soup = BeautifulSoup(html, "html.parser")
        for element in soup(["pre", "textarea", "script", "style"]):
            element.extract()
        return " ".join(soup.get_text().split())

    assert shown(collapse_whitespace(PAGE)) == shown(PAGE)


def verbatim_removed(html: str) -> str:
    return re.sub(r"<(pre|textarea|script|style)\b.*?</\1>", "VERBATIM", html, flags=re.DOTALL | re.IGNORECASE)


def test_built_pages_carry_no_blank_lines_or_indentation(site):
    for page in ("stories/dan-na/index.html", "guides/staff-projects/index.html", "faq/index.html", "index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert not re.search(r"\n[ \n]", verbatim_removed(html)), page
