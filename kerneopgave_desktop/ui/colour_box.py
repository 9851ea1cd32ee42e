"""A colour choice from a few strong presets, or the kind's own colour (which follows the theme)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox


def _mark(source: str) -> str:
    return source


def _tr(source: str) -> str:
    return QCoreApplication.translate("ColourBox", source)


PRESETS = (
    ("#ffd54f", _mark("Gul")), ("#ffb74d", _mark("Orange")), ("#f48fb1", _mark("Rosa")),
    ("#ce93d8", _mark("Lilla")), ("#81d4fa", _mark("Blå")), ("#a5d6a7", _mark("Grøn")),
    ("#e0e0e0", _mark("Grå")), ("#ffffff", _mark("Hvid")),
)


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(20, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ColourBox(QComboBox):
    chosen = Signal(object)
    """A '#rrggbb' string, or None for the kind's colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItem(_tr("Standardfarve"), None)
        for color, name in PRESETS:
            self.addItem(swatch(color), _tr(name), color)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def set_color(self, color: str | None) -> None:
        index = self.findData(color)
        if index < 0:  # a colour from elsewhere (an import): show it, keep it choosable
            self.addItem(swatch(color), color, color)
            index = self.count() - 1
        self.setCurrentIndex(index)
