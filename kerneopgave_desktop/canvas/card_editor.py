"""Editing a card's text in place: a plain-text editor laid over the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGraphicsView

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import LABEL_HEIGHT, PADDING, CardItem
from kerneopgave_desktop.canvas.text_limit import LimitedPaste


class CardEditor(LimitedPaste):
    """Escape, Ctrl+Enter or a click elsewhere ends editing; `finished` carries the text.
    A paste stops at what a card can hold."""

    finished = Signal(str, str)
    """(card id, text) when editing ends."""

    def __init__(self, view: QGraphicsView, item: CardItem):
        super().__init__(view.viewport())
        self.card_id = item.id
        self._done = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(style.wrap_mode(item.card.text))
        self.setPlainText(item.card.text)
        self.setAccessibleName(item.accessible_name())
        self.setTabChangesFocus(True)
        scale = view.transform().m11()
        font = style.body_font()
        font.setPixelSize(max(8, round(style.body_font().pixelSize() * scale)))
        self.setFont(font)
        color = style.card_color(item.card).lighter(108).name()
        self.setStyleSheet(f"QPlainTextEdit {{ background: {color}; color: {style.TEXT.name()};"
                           f" border: 3px solid {style.FOCUS.name()}; border-radius: 6px; }}")
        top_left = view.mapFromScene(item.mapToScene(PADDING / 2, LABEL_HEIGHT))
        bottom_right = view.mapFromScene(item.mapToScene(item.card.width - PADDING / 2,
                                                         item.card.height - PADDING / 2))
        self.setGeometry(top_left.x(), top_left.y(), bottom_right.x() - top_left.x(),
                         bottom_right.y() - top_left.y())
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.installEventFilter(self)

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.finished.emit(self.card_id, self.toPlainText())
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.finish()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.finish()
        return False
