"""Looks for the board: light, dark and high contrast, each with a text scale.

A theme belongs to a view, so one scene can be shown plainly on the laptop and in high
contrast with larger text on the projector at the same time. Items ask the view they
are painting into for its theme (`theme_of`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Theme:
    name: str
    background: QColor
    grid: QColor | None
    text: QColor
    kind_label: QColor
    zone_fill: QColor
    zone_border: QColor
    zone_title: QColor
    link: QColor
    card_outline: QColor | None
    """None: a darker shade of the card's own colour."""
    outline_width: float = 1.5
    bold_text: bool = False
    text_scale: float = 1.0
    selection: QColor = field(default_factory=lambda: QColor("#1f4fd1"))
    focus: QColor = field(default_factory=lambda: QColor("#e8590c"))


LIGHT = Theme("light", QColor("#f4f1ea"), QColor("#e4dfd3"), QColor("#1b1b1b"),
              QColor(0, 0, 0, 170), QColor(255, 255, 255, 120), QColor("#9a927f"),
              QColor("#4a4535"), QColor("#3d3a33"), None)
DARK = Theme("dark", QColor("#1d1f21"), QColor("#2a2d30"), QColor("#111111"),
             QColor(0, 0, 0, 190), QColor(255, 255, 255, 18), QColor("#7d8590"),
             QColor("#e6e6e6"), QColor("#c9d1d9"), None, focus=QColor("#ffb454"),
             selection=QColor("#58a6ff"))
CONTRAST = Theme("contrast", QColor("#ffffff"), None, QColor("#000000"), QColor("#000000"),
                 QColor("#ffffff"), QColor("#000000"), QColor("#000000"), QColor("#000000"),
                 QColor("#000000"), outline_width=3.0, bold_text=True,
                 selection=QColor("#0033cc"), focus=QColor("#d40000"))
THEMES = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}


def theme_of(widget: QWidget | None) -> Theme:
    """The theme of the view that owns `widget` (a view's viewport), or the light one."""
    view = widget.parent() if widget is not None else None
    return getattr(view, "theme", LIGHT)


def scaled(theme: Theme, factor: float) -> Theme:
    """The same look with text `factor` times larger (the app-wide text-size setting)."""
    from dataclasses import replace
    return replace(theme, text_scale=theme.text_scale * factor)
