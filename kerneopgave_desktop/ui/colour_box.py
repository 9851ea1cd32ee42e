"""A colour choice from a few strong presets, or the kind's own colour (which follows the theme)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox

from kerneopgave_desktop.i18n import mark


def _tr(source: str) -> str:
    return QCoreApplication.translate("ColourBox", source)


PRESETS = (
    ("#ffd54f", mark("Gul")), ("#ffb74d", mark("Orange")), ("#f48fb1", mark("Rosa")),
    ("#ce93d8", mark("Lilla")), ("#81d4fa", mark("Blå")), ("#a5d6a7", mark("Grøn")),
    ("#e0e0e0", mark("Grå")), ("#ffffff", mark("Hvid")),
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
