"""The palette of the card kinds: click to choose the kind for double-click, or drag one in."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.ui import icons

MIME_KIND = "application/x-kerneopgave-kind"


def _tr(source: str) -> str:
    return QCoreApplication.translate("Palette", source)


@cache
def kind_icon(kind: str) -> QIcon:
    """A chip in the kind's colour with the kind's icon on it (ui.icons), as on the board;
    made once (a kind's colour is the same in every theme), for every window."""
    size = QSize(34, 24)
    icon = QIcon()
    for scale in (1, 2):  # sharp on a high-density screen too
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = style.kind_color(kind)
        painter.setPen(color.darker(150))
        painter.setBrush(color)
        painter.drawRoundedRect(1, 1, size.width() - 2, size.height() - 2, 5, 5)
        glyph = icons.themed_icon(icons.KIND_ICONS.get(kind, "sticky-note"), QColor("#1b1b1b"))
        glyph.paint(painter, QRect(size.width() // 2 - 8, size.height() // 2 - 8, 16, 16))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Palette(QListWidget):
    kind_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setIconSize(QSize(34, 24))
        self.setDragEnabled(True)
        self.setAccessibleName(_tr("Korttyper"))
        for term in CARD_KINDS.terms:
            item = QListWidgetItem(kind_icon(term.code), term.label())
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setToolTip(term.hint())
            self.addItem(item)
        # Exactly as tall as the kinds: the rest of the column is for the guide.
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 6)
        self.currentItemChanged.connect(
            lambda item, _: item and self.kind_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.select_kind("note")

    def select_kind(self, kind: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.setCurrentRow(row)

    def current_kind(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "note"

    def startDrag(self, actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(MIME_KIND, item.data(Qt.ItemDataRole.UserRole).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(item.icon().pixmap(56, 40))
        drag.exec(Qt.DropAction.CopyAction)
