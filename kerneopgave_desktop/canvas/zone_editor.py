"""Renaming a zone in place: a line editor laid over its title (double-click it, or F2)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.zone_item import ZoneItem


class ZoneTitleEditor(QLineEdit):
    """Enter or a click elsewhere keeps the new title; Escape keeps the old one."""

    finished = Signal(str, str)
    """(zone id, title) when renaming ends: the old title when it was cancelled."""

    def __init__(self, view: QGraphicsView, item: ZoneItem):
        super().__init__(view.viewport())
        self.zone_id = item.id
        self._done = False
        self._old = item.zone.title
        self.setText(item.zone.title)
        self.setAccessibleName(item.zone.title)
        scale = view.transform().m11()
        font = style.zone_font()
        font.setPixelSize(max(9, round(font.pixelSize() * scale)))
        self.setFont(font)
        self.setStyleSheet(f"QLineEdit {{ background: {style.BACKGROUND.name()}; "
                           f"color: {style.TEXT.name()}; border: 3px solid {style.FOCUS.name()};"
                           " border-radius: 6px; padding: 0 4px; }")
        rect = item.mapRectToScene(item.title_rect())
        top_left = view.mapFromScene(rect.topLeft())
        bottom_right = view.mapFromScene(rect.bottomRight())
        self.setGeometry(top_left.x(), top_left.y(), max(160, bottom_right.x() - top_left.x()),
                         max(self.sizeHint().height(), bottom_right.y() - top_left.y()))
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.installEventFilter(self)

    def finish(self, keep: bool = True) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.finished.emit(self.zone_id, self.text() if keep else self._old)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.finish()
        return False
