#!/usr/bin/env python3
"""Save the print edition (the built site's print/ page) as a PDF with headless Chromium.

Usage: python scripts/print_pdf.py [SITE_DIR] [--chromium PATH]

Serves SITE_DIR (default: site/) on 127.0.0.1, opens its print page in
Chromium (Debian's /usr/bin/chromium, $CHROMIUM_PATH, or --chromium) through
Playwright, and writes the PDF beside the page, where the page's download
link points: SITE_DIR/print/staff-plus-field-guide.pdf. Requests to any other
host are blocked, so the PDF never depends on the network. The PDF has an
outline (bookmarks) from the headings, and page numbers in the footer.

Exits 1 with a message when the site, its print page or Chromium is missing.
Run by the Pages workflow after `make build`.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.distribution import PDF_NAME, PRINT_PAGE  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]
FOOTER = (
    '<div style="font-size:8px;width:100%;text-align:center;color:#555">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def find_chromium(explicit: str | None) -> str | None:
    """The Chromium to drive: --chromium, $CHROMIUM_PATH, Debian's, or one on PATH."""
    candidates = (
        explicit,
        os.environ.get("CHROMIUM_PATH"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("google-chrome"),
    )
    return next((path for path in candidates if path and os.path.exists(path)), None)


def make_pdf(site_dir: Path, chromium: str) -> Path:
    """Write the PDF of `site_dir`'s print page and return its path.

    Raises FileNotFoundError when the print page was not built.
    """
    from playwright.sync_api import sync_playwright

    page_dir = site_dir / PRINT_PAGE.removesuffix(".md")
    if not (page_dir / "index.html").is_file():
        raise FileNotFoundError(f"{page_dir / 'index.html'} not found: build the site first (make build)")
    target = page_dir / PDF_NAME
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS, headless=True)
            page = browser.new_page()
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if urlsplit(route.request.url).hostname == "127.0.0.1" else route.abort()
                ),
            )
            page.goto(base + page_dir.name + "/", wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true })")
            page.evaluate("document.fonts.ready.then(() => true)")
            page.emulate_media(media="print")
            page.pdf(
                path=str(target),
                format="A4",
                print_background=True,
                outline=True,
                tagged=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=FOOTER,
                margin={"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"},
            )
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", nargs="?", default=str(ROOT / "site"), help="the built site (default: site/)")
    parser.add_argument("--chromium", help="path of the Chromium executable")
    args = parser.parse_args()
    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("Chromium not found: install Debian's chromium or pass --chromium PATH", file=sys.stderr)
        return 1
    try:
        target = make_pdf(Path(args.site_dir), chromium)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
