"""The board's colours, fonts and sizes as Qt needs them, from domain.look (which the PDF
draws from too): chosen to read from the back of a meeting room."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTextOption
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas.theme import LIGHT, qcolor
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.fitting import Measure
from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE  # noqa: F401
from kerneopgave_desktop.domain.model import Card

GRID = GAP
"""One grid for all: the templates' gap between cards."""
EDGE_SNAP = 16.0
"""A card this close to a zone's inner edge lines up with the edge."""

BACKGROUND = LIGHT.background
TEXT = LIGHT.text
SELECTION = LIGHT.selection
FOCUS = LIGHT.focus
WARNING = qcolor(look.WARNING)
EMPTY_HATCH = qcolor(look.EMPTY_HATCH)
EMPTY_TEXT = qcolor(look.EMPTY_TEXT)

READABLE_SCALE = 0.35
"""Below this zoom the text is too small to read, so cards are drawn without it."""


def readable(painter: QPainter, widget: QWidget | None) -> bool:
    """Whether an item is painted large enough to read (zoom of at least READABLE_SCALE).

    On screen the board view works it out once per frame, as thousands of items ask in
    every frame of a large board; painted elsewhere (export, print), from the painter.
    """
    known = getattr(widget.parent(), "readable", None) if widget is not None else None
    if known is not None:
        return known
    detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    return detail >= READABLE_SCALE


def marks_shown(widget: QWidget | None) -> bool:
    """Whether selection, focus and the connect handle are painted in this view: not on
    the projector, which shows the board alone (nor in an export, which clears them)."""
    view = widget.parent() if widget is not None else None
    return getattr(view, "shows_marks", True)


_LONG_WORD = re.compile(r"\S{2000}")


def wrap_mode(text: str) -> QTextOption.WrapMode:
    """Word wrapping for text; wrapping anywhere when a 'word' is absurdly long.

    Qt's word-boundary wrapping is quadratic in the longest word: a pasted blob of a
    million characters without a space would freeze an editor for minutes.
    """
    if _LONG_WORD.search(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def card_color(card: Card) -> QColor:
    return qcolor(look.card_colour(card))


def kind_color(kind: str) -> QColor:
    return qcolor(look.kind_colour(kind))


def body_font() -> QFont:
    font = QFont()
    font.setPixelSize(look.BODY_PIXELS)
    return font


def label_font() -> QFont:
    font = QFont()
    font.setPixelSize(look.LABEL_PIXELS)
    font.setBold(True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return font


def zone_font(pixels: int = look.ZONE_TITLE_PIXELS) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(True)
    return font


@lru_cache(maxsize=32)
def body_font_at(pixels: int, bold: bool) -> QFont:
    """A card's text font at this size (bold in the high-contrast look), made once."""
    font = QFont(__getattr__("BODY_FONT"))
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@lru_cache(maxsize=32)
def line_height(pixels: int, bold: bool) -> float:
    """How far apart the lines of a card's text are drawn at this size, as QStaticText
    draws lines it is given (separated by U+2028)."""
    probe = QStaticText("X\u2028X")
    probe.setTextFormat(Qt.TextFormat.PlainText)
    probe.prepare(font=body_font_at(pixels, bold))
    return probe.size().height() / 2


@lru_cache(maxsize=32)
def body_measure(pixels: int, bold: bool) -> Measure:
    """The width of a card's text at this size, as Qt draws it."""
    return QFontMetricsF(body_font_at(pixels, bold)).horizontalAdvance


@lru_cache(maxsize=32)
def zone_measure(pixels: int) -> Measure:
    """The width of a zone's title at this size."""
    return QFontMetricsF(zone_font(pixels)).horizontalAdvance


def measure(font: str) -> Measure:
    """The width of text in the shared font named `font` (see `__getattr__`)."""
    return _metrics(font).horizontalAdvance


def _sized(font: QFont, pixels: int, *, italic: bool = False, bold: bool | None = None) -> QFont:
    font.setPixelSize(pixels)
    font.setItalic(italic)
    if bold is not None:
        font.setBold(bold)
    return font


_SHARED = {
    "BODY_FONT": body_font,
    "LABEL_FONT": label_font,
    "WARNING_FONT": lambda: _sized(label_font(), 22),
    "EMPTY_FONT": lambda: _sized(zone_font(), 22, italic=True, bold=False),
    "BAND_FONT": lambda: _sized(body_font(), look.BAND_PIXELS, italic=True),
    "BODY_DESCENT": lambda: QFontMetricsF(body_font()).descent(),
}


@cache
def __getattr__(name: str):
    """Shared fonts, made once on first use: paint() runs thousands of times a frame.

    Not at import: font metrics need a QGuiApplication, and `kerneopgave` imports the
    canvas before it creates one.
    """
    try:
        return _SHARED[name]()
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


@cache
def _metrics(font: str) -> QFontMetricsF:
    """The metrics of the shared font named `font` (see `__getattr__`)."""
    return QFontMetricsF(__getattr__(font))


@lru_cache(maxsize=256)
def text_width(text: str, font: str) -> float:
    """How wide `text` is in the shared font named `font`."""
    return _metrics(font).horizontalAdvance(text)
