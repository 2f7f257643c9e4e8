"""Social cards: every page has an og:image that exists in the built site, is a
1200x630 PNG showing the page's title and section, plus a large Twitter card."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from PIL import Image, ImageChops

from macros.social_cards import HEIGHT, WIDTH, Card, draw_card, write_card

SITE_URL = "https://staffplus-guide.github.io/staffplus-guide/"


def pages(site: Path):
    for path in sorted(site.rglob("index.html")):
        if path.parent.name != "rss":
            yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_page_has_an_existing_og_image_and_a_large_card(site):
    seen = 0
    for path, soup in pages(site):
        image = soup.find("meta", property="og:image")["content"]
        assert image.startswith(SITE_URL), path
        card = site / image.removeprefix(SITE_URL)
        assert card.is_file(), f"{path}: {image}"
        with Image.open(card) as png:
            assert png.format == "PNG" and png.size == (WIDTH, HEIGHT) == (1200, 630)
        assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
        assert soup.find("meta", attrs={"name": "twitter:image"})["content"] == image
        assert soup.find("meta", property="og:image:alt")["content"]
        seen += 1
    assert seen > 80


def test_home_page_og_title_is_the_site_name(html):
    soup = html("")
    assert soup.find("meta", property="og:title")["content"] == "Staff-plus Field Guide"
    assert soup.find("meta", property="og:type")["content"] == "website"


def test_card_alt_text_names_title_and_section(html):
    soup = html("guides/work-on-what-matters/")
    assert soup.find("meta", property="og:image:alt")["content"] == (
        "Work on what matters, Guides · Part II: Operating at Staff"
    )


def differs(a: Image.Image, b: Image.Image) -> bool:
    return ImageChops.difference(a, b).getbbox() is not None


def test_cards_show_the_title_and_the_section():
    base = Card("Work on what matters", "Guides · Operating at Staff", "Site", "example.org")
    drawn = draw_card(base)
    assert differs(drawn, draw_card(Card("Present to executives", base.section, "Site", "example.org")))
    assert differs(drawn, draw_card(Card(base.title, "Stories · In the book", "Site", "example.org")))
    assert not differs(drawn, draw_card(base))


def test_long_titles_stay_inside_the_card():
    card = draw_card(Card("word " * 60, "Guides", "Site", "example.org"))
    background = card.getpixel((WIDTH - 20, HEIGHT // 2))
    right_margin = card.crop((WIDTH - 70, 0, WIDTH, HEIGHT))
    assert right_margin.getcolors() == [(right_margin.width * HEIGHT, background)]


def test_cards_are_reused_from_the_cache(tmp_path):
    card = Card("Staff projects", "Guides", "Site", "example.org")
    assert write_card(card, tmp_path / "a.png", tmp_path / "cache") is True
    assert write_card(card, tmp_path / "b.png", tmp_path / "cache") is False
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    other = Card("Staff projects, revised", "Guides", "Site", "example.org")
    assert write_card(other, tmp_path / "c.png", tmp_path / "cache") is True


def test_a_saved_card_looks_like_the_drawn_one_in_a_small_palette(tmp_path):
    card = Card("What do Staff engineers actually do?", "Guides", "Site", "example.org")
    write_card(card, tmp_path / "card.png", None)
    saved = Image.open(tmp_path / "card.png")
    assert saved.mode == "P" and saved.size == (WIDTH, HEIGHT)
    drawn, shown = draw_card(card), saved.convert("RGB")
    worst = max(max(channel) for channel in ImageChops.difference(drawn, shown).getextrema())
    assert worst < 32  # anti-aliasing shades move a little (14 seen); no color changes
    assert (tmp_path / "card.png").stat().st_size < 30_000
