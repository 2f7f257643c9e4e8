"""Built pages, smaller: the blank lines and indentation the theme's templates leave.

Material's navigation templates are indented Jinja, so each nav entry arrives
wrapped in lines that hold nothing but spaces: at a few thousand pages that is
about 45 % of a page's HTML. `collapse_whitespace` turns each run of whitespace
that contains a line break into a single line break, which a browser renders
exactly as before (in normal text flow, any run of whitespace is one space),
and leaves alone the elements where whitespace is kept as written: `<pre>`,
`<textarea>`, `<script>` and `<style>`.

Nothing here depends on MkDocs.
"""

from __future__ import annotations

import re

#: Elements whose whitespace is content, each matched to its own end tag.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_BREAK_RUN = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")


def collapse_whitespace(html: str) -> str:
    """Return `html` with every run of spaces, tabs and line breaks that holds a
    line break replaced by one line break, outside `<pre>`, `<textarea>`,
    `<script>` and `<style>` elements (kept byte for byte)."""
    parts = _VERBATIM.split(html)
    # split() yields text, then each match's two groups (the element, its tag name).
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_BREAK_RUN.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)
