"""Social cards: a 1200x630 PNG per page with its title and section, for the
`og:image` of chat and social previews.

Drawn with Pillow and a font from Debian's `fonts-dejavu-core` package, so the
build needs no network (Material's social plugin fetches fonts from Google
Fonts). Cards are cached by a hash of everything drawn on them, so a rebuild
only draws the cards whose text changed. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
#: Bump when the drawing changes, so cached cards are redrawn.
CARD_VERSION = 2  # 2: saved with a 64-color palette
PALETTE_COLORS = 64

BACKGROUND = (40, 53, 147)  # Material indigo 800: white text on it passes WCAG AAA
ACCENT = (140, 158, 255)  # indigo A200
TEXT = (255, 255, 255)
MUTED = (197, 202, 233)  # indigo 100

#: Where Debian (and Ubuntu, GitHub's runners) put DejaVu; first match wins.
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
BOLD, REGULAR = "DejaVuSans-Bold.ttf", "DejaVuSans.ttf"


@dataclass(frozen=True)
class Card:
    """What one card shows."""

    title: str
    section: str  # e.g. "Guides · Operating at Staff"; "" for the home page
    site_name: str
    footer: str  # e.g. the site's host and path


def font_file(name: str) -> Path | None:
    """The path of a DejaVu font file, or None when the package is not installed."""
    return next((folder / name for folder in FONT_DIRS if (folder / name).is_file()), None)


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = font_file(name)
    if path is None:  # Pillow's own scalable font: cards still build without DejaVu
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Greedy word wrap of `text` to lines no wider than `width` pixels."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fit_title(draw: ImageDraw.ImageDraw, title: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size (76 down to 44 px) at which it fits in three lines;
    at the smallest size, a fourth line onward is cut with an ellipsis."""
    for size in range(76, 43, -4):
        font = _font(BOLD, size)
        lines = _wrap(draw, title, font, width)
        if len(lines) <= 3 and all(draw.textlength(line, font=font) <= width for line in lines):
            return font, lines
    lines = lines[:3]
    while lines and draw.textlength(lines[-1] + "…", font=font) > width:
        lines[-1] = lines[-1][:-1]
    lines[-1] = lines[-1].rstrip() + "…"
    return font, lines


def draw_card(card: Card) -> Image.Image:
    """Draw one card: site name at the top, section and title in the middle,
    footer at the bottom, on the site's indigo."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    draw.rectangle((0, 0, 16, HEIGHT), fill=ACCENT)
    draw.text((MARGIN, MARGIN - 10), card.site_name, font=_font(BOLD, 34), fill=TEXT)
    title_font, lines = _fit_title(draw, card.title, width)
    line_height = int(title_font.size * 1.2)
    block = len(lines) * line_height + (58 if card.section else 0)
    top = (HEIGHT - block) // 2 + 10
    if card.section:
        section_font = _font(REGULAR, 32)
        section = card.section.upper()
        while draw.textlength(section, font=section_font) > width and len(section) > 1:
            section = section[:-2] + "…"
        draw.text((MARGIN, top), section, font=section_font, fill=ACCENT)
        top += 58
    for index, line in enumerate(lines):
        draw.text((MARGIN, top + index * line_height), line, font=title_font, fill=TEXT)
    draw.line((MARGIN, HEIGHT - MARGIN - 22, WIDTH - MARGIN, HEIGHT - MARGIN - 22), fill=ACCENT, width=2)
    draw.text((MARGIN, HEIGHT - MARGIN), card.footer, font=_font(REGULAR, 28), fill=MUTED)
    return image


def card_key(card: Card) -> str:
    """A hash of everything that decides how the card looks (text, fonts, version)."""
    fonts = [str(font_file(name)) for name in (BOLD, REGULAR)]
    payload = json.dumps([CARD_VERSION, card.title, card.section, card.site_name, card.footer, fonts])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def write_card(card: Card, target: Path, cache_dir: Path | None) -> bool:
    """Write the card's PNG to `target`, reusing `cache_dir/<hash>.png` when an
    identical card was drawn before. Returns True when it was drawn anew."""
    target.parent.mkdir(parents=True, exist_ok=True)
    cached = cache_dir / f"{card_key(card)}.png" if cache_dir else None
    if cached and cached.is_file():
        shutil.copyfile(cached, target)
        return False
    # A card is a few flat colors and anti-aliased text: a 64-color palette
    # looks the same, is about 40% of the size and saves faster than RGB.
    draw_card(card).quantize(colors=PALETTE_COLORS, method=Image.Quantize.FASTOCTREE).save(target, "PNG")
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, cached)
    return True
