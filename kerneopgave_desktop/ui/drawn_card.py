"""The moment of drawing: the card just drawn, large over the board, before it settles in its
place (the board's "Ny" column when there is one). A click or a key lets it go at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGraphicsOpacityEffect,
    QLabel,
    QVBoxLayout,
)

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.model import Dilemma


def _tr(source: str) -> str:
    return QCoreApplication.translate("DrawnCard", source)


def _label(text: str, pixels: int, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    return label


class DrawnCard(QFrame):
    """Shown `hold_ms` over the board, then fades; it never takes the mouse. A child of the
    view, not of its viewport, whose children scroll with the board."""

    def __init__(self, view: QAbstractScrollArea, card: Dilemma, where: str,
                 hold_ms: int = 1600):
        super().__init__(view)
        viewport = view.viewport()
        self.setObjectName("drawn-card")
        colour = style.card_color(card)
        self.setStyleSheet(f"QFrame#drawn-card {{ background: {colour.name()}; "
                           f"border: 4px solid {colour.darker(160).name()}; border-radius: 18px; }}"
                           f" QLabel {{ color: {style.TEXT.name()}; background: transparent; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(_label(_tr("Trukket: {kind}").format(kind=kind_label(card)).upper(),
                                18, bold=True))
        layout.addWidget(_label(card.text, 30, bold=True))
        if card.pole_a or card.pole_b:
            layout.addWidget(_label(f"{card.pole_a or '…'}  ↔  {card.pole_b or '…'}", 22))
        layout.addWidget(_label(where, 17))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        width = max(320, min(760, viewport.width() - 80))
        self.setFixedSize(width, min(layout.totalHeightForWidth(width),
                                     max(200, viewport.height() - 40)))
        area = viewport.geometry()
        self.move(area.left() + (area.width() - self.width()) // 2,
                  area.top() + max(20, (area.height() - self.height()) // 2))
        self._fade: QPropertyAnimation | None = None
        """The fading away, once it has begun (until then the card is drawn solid)."""
        self._hold = QTimer(self, singleShot=True, interval=hold_ms)
        self._hold.timeout.connect(self.let_go)
        viewport.installEventFilter(self)
        self.show()
        self.raise_()
        self._hold.start()

    def let_go(self) -> None:
        """Fade away now."""
        self._hold.stop()
        if self._fade is not None:
            return
        effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(effect)
        self._fade = QPropertyAnimation(effect, b"opacity", self)
        self._fade.setDuration(450)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self.deleteLater)
        self._fade.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                            QEvent.Type.Wheel):
            self.let_go()
        return False
