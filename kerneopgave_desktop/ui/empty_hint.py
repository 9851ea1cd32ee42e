"""What an empty board says: how to begin. It fades away once the board has cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPropertyAnimation, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget


def _tr(source: str) -> str:
    return QCoreApplication.translate("EmptyHint", source)


class EmptyHint(QLabel):
    """Centred over the board's viewport; the mouse goes through it to the board."""

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.setText(_tr("Tavlen er tom. Sådan kommer I i gang:\n\n"
                         "Dobbeltklik et sted på tavlen for et kort\n"
                         "Træk en korttype ind fra Kort til venstre\n"
                         "Tryk Ctrl+K for at trække et dilemma"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("empty-hint")
        font = QFont()
        font.setPixelSize(22)
        self.setFont(font)
        self.setStyleSheet("QLabel#empty-hint { background: palette(base); color: palette(text);"
                           " border: 2px dashed palette(mid); border-radius: 16px;"
                           " padding: 28px 36px; }")
        self._effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(600)
        self._fade.finished.connect(lambda: self._effect.opacity() == 0 and self.hide())
        self.wanted = False
        """Whether the board shown is empty (and can be written on)."""
        viewport.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)

    def set_wanted(self, wanted: bool, animate: bool = True) -> None:
        """Show the hint on an empty board; fade it out once there is something on it."""
        if wanted == self.wanted and (self.isVisible() == wanted):
            return
        self.wanted = wanted
        self._fade.stop()
        if wanted:
            self._effect.setOpacity(1.0)
            self._place()
            self.show()
            self.raise_()
        elif animate and self.isVisible():
            self._fade.setStartValue(self._effect.opacity())
            self._fade.setEndValue(0.0)
            self._fade.start()
        else:
            self.hide()
