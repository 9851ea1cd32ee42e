"""Colours, fonts and sizes of the board, chosen to read from the back of a meeting room."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from kerneopgave_desktop.domain.model import CARD_TYPES, Card

from kerneopgave_desktop.domain.layout import GAP as GRID  # noqa: E402  (one grid for all)
from kerneopgave_desktop.domain.layout import ZONE_MARGIN, ZONE_TITLE_SPACE  # noqa: E402,F401

EDGE_SNAP = 16.0
"""A card this close to a zone's inner edge lines up with the edge."""

BACKGROUND = QColor("#f4f1ea")
GRID_COLOR = QColor("#e4dfd3")
TEXT = QColor("#1b1b1b")
KIND_LABEL = QColor(0, 0, 0, 170)
SELECTION = QColor("#1f4fd1")
FOCUS = QColor("#e8590c")
ZONE_FILL = QColor(255, 255, 255, 120)
ZONE_BORDER = QColor("#9a927f")
ZONE_TITLE = QColor("#4a4535")
LINK = QColor("#3d3a33")
WARNING = QColor("#c62828")
EMPTY_HATCH = QColor(154, 146, 127, 70)
EMPTY_TEXT = QColor("#7a7260")

READABLE_SCALE = 0.35
"""Below this zoom the text is too small to read, so cards are drawn without it."""


def card_color(card: Card) -> QColor:
    return QColor(card.color or type(card).default_color)


def kind_color(kind: str) -> QColor:
    return QColor(CARD_TYPES[kind].default_color)


def body_font() -> QFont:
    font = QFont()
    font.setPixelSize(19)
    return font


def label_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return font


def zone_font() -> QFont:
    font = QFont()
    font.setPixelSize(26)
    font.setBold(True)
    return font


# Shared instances: paint() runs thousands of times a frame, so fonts are made once.
BODY_FONT = body_font()
LABEL_FONT = label_font()
WARNING_FONT = label_font()
WARNING_FONT.setPixelSize(22)
EMPTY_FONT = zone_font()
EMPTY_FONT.setPixelSize(22)
EMPTY_FONT.setItalic(True)
EMPTY_FONT.setBold(False)
BAND_FONT = body_font()
BAND_FONT.setPixelSize(15)
BAND_FONT.setItalic(True)
