"""What an empty board says: how to begin. It fades away once the board has cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPropertyAnimation, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QGraphicsOpacityEffect, QLabel


def _tr(source: str) -> str:
    return QCoreApplication.translate("EmptyHint", source)


class EmptyHint(QLabel):
    """Centred over the board; the mouse goes through it to the board.

    A child of the view, not of its viewport: a view scrolls its viewport's children along
    with the board, and the hint stays in the middle of the window.
    """

    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view)
        self.view = view
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
        self._fade: QPropertyAnimation | None = None
        """The fading away while it runs (the hint is drawn without an effect otherwise)."""
        self.wanted = False
        """Whether the board shown is empty (and can be written on)."""
        view.viewport().installEventFilter(self)  # resized after the view: then its place
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().geometry()
        width = max(240, min(self.sizeHint().width(), area.width() - 40))
        self.setFixedSize(width, self.heightForWidth(width))
        self.move(area.left() + (area.width() - width) // 2,
                  area.top() + (area.height() - self.height()) // 2)

    def set_wanted(self, wanted: bool, animate: bool = True) -> None:
        """Show the hint on an empty board; fade it out once there is something on it."""
        if wanted == self.wanted and (self.isVisible() == wanted):
            return
        self.wanted = wanted
        self._stop_fading()
        if wanted:
            self._place()
            self.show()
            self.raise_()
        elif animate and self.isVisible():
            effect = QGraphicsOpacityEffect(self)
            self.setGraphicsEffect(effect)
            self._fade = QPropertyAnimation(effect, b"opacity", self)
            self._fade.setDuration(600)
            self._fade.setStartValue(1.0)
            self._fade.setEndValue(0.0)
            self._fade.finished.connect(self._faded)
            self._fade.start()
        else:
            self.hide()

    def _stop_fading(self) -> None:
        if self._fade is not None:
            self._fade.stop()
            self._fade = None
        self.setGraphicsEffect(None)

    def _faded(self) -> None:
        self._stop_fading()
        self.hide()
