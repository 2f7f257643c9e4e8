"""Every built page loads with requests only to the site itself: no Google
Fonts, no api.github.com, no failed request and no console error."""

from __future__ import annotations

import io
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.config import load_config

from tests.test_browser import base_url, browser, page, serve  # noqa: F401

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]


def built_pages(site) -> list[str]:
    """URL paths of every index.html in the built site, e.g. "stories/dan-na/",
    leaving out redirect stubs (a meta refresh to a feed, which the browser leaves at once)."""
    paths = []
    for index in sorted(site.rglob("index.html")):
        if 'http-equiv="refresh"' in index.read_text(encoding="utf-8"):
            continue
        rel = index.parent.relative_to(site).as_posix()
        paths.append("" if rel == "." else rel + "/")
    return paths


def test_every_page_loads_only_from_the_site(site, base_url, page):  # noqa: F811
    own = urlsplit(base_url).netloc
    problems: list[str] = []
    current = {"path": ""}

    def on_request(request) -> None:
        host = urlsplit(request.url).netloc
        if request.url.startswith(("data:", "blob:")) or host == own:
            return
        problems.append(f"{current['path']}: request to another host: {request.url}")

    def on_response(response) -> None:
        if response.status >= 400:
            problems.append(f"{current['path']}: {response.status} for {response.url}")

    def on_console(message) -> None:
        if message.type == "error":
            problems.append(f"{current['path']}: console error: {message.text}")

    page.on("request", on_request)
    page.on("response", on_response)

    def on_failed(request) -> None:
        # Leaving a page aborts what it still loads (the search worker); that is no failure.
        if request.failure != "net::ERR_ABORTED":
            problems.append(f"{current['path']}: failed request {request.url}: {request.failure}")

    page.on("requestfailed", on_failed)
    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"{current['path']}: page error: {error}"))
    paths = built_pages(site)
    assert len(paths) > 50, "the built site should have all its pages"
    for path in paths:
        current["path"] = path or "/"
        page.goto(base_url + path, wait_until="networkidle")
    assert problems == []


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves the site under the path of its site_url, like GitHub Pages, and
    answers a missing path with 404.html and status 404."""

    prefix = "/"

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = self.path.split("?", 1)[0]
        if path.startswith(self.prefix):
            self.path = "/" + self.path[len(self.prefix) :]
            target = Path(self.translate_path(self.path))
            if target.is_file() or (target / "index.html").is_file():
                return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="module")
def pages_url(site):
    """The built site served like GitHub Pages: under site_url's path, 404.html for missing paths."""
    prefix = urlsplit(load_config(str(ROOT / "mkdocs.yml"))["site_url"]).path
    with serve(site, type("Handler", (PagesHandler,), {"prefix": prefix}), prefix) as url:
        yield url
