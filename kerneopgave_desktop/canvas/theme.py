"""Looks for the board: light, dark and high contrast, each with a text scale.

The colours are domain.look's palettes, as Qt colours. A theme belongs to a view, so one
scene can be shown plainly on the laptop and in high contrast with larger text on the
projector at the same time. Items ask the view they are painting into for its theme
(`theme_of`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kerneopgave_desktop.domain import look


def qcolor(colour: str) -> QColor:
    """A look colour ('#rrggbb' or '#rrggbbaa') as a QColor."""
    return QColor(*look.rgba(colour))


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
    selection: QColor
    focus: QColor
    outline_width: float = look.CARD_OUTLINE
    bold_text: bool = False
    text_scale: float = 1.0


def _theme(palette: look.Palette) -> Theme:
    return Theme(palette.name, qcolor(palette.background),
                 qcolor(palette.grid) if palette.grid else None, qcolor(palette.text),
                 qcolor(palette.kind_label), qcolor(palette.zone_fill),
                 qcolor(palette.zone_border), qcolor(palette.zone_title), qcolor(palette.link),
                 qcolor(palette.card_outline) if palette.card_outline else None,
                 qcolor(palette.selection), qcolor(palette.focus), palette.outline_width,
                 palette.bold_text)


LIGHT, DARK, CONTRAST = (_theme(palette) for palette in (look.LIGHT, look.DARK, look.CONTRAST))
THEMES = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}


def theme_of(widget: QWidget | None) -> Theme:
    """The theme of the view that owns `widget` (a view's viewport), or the light one."""
    view = widget.parent() if widget is not None else None
    return getattr(view, "theme", LIGHT)


def scaled(theme: Theme, factor: float) -> Theme:
    """The same look with text `factor` times larger (the app-wide text-size setting)."""
    return replace(theme, text_scale=theme.text_scale * factor)
