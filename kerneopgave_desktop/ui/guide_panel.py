"""The guide: the method in brief and the current board's questions, in a window of its own.

Large type, one readable column centred in a wide window, so that it can be put on the
projector or beside the board and read from the back of the room (Hjælp › Vejledning, F1).
Escape or Ctrl+W closes it; it follows the board shown in its window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kerneopgave_desktop.domain import guide
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.actions import close_keys

BODY_PIXELS = 24
HEADING_PIXELS = 32
COLUMN = 980
"""The column's widest: about 75 characters a line at the body size."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("Guide", source)


def _label(text: str, pixels: int, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    return label


class GuidePanel(QScrollArea):
    """The guide's text in one column: this board's questions first, then the method."""

    def __init__(self, scale: float = 1.0, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(_tr("Vejledning"))
        body, heading = round(BODY_PIXELS * scale), round(HEADING_PIXELS * scale)
        column = QWidget()
        column.setMaximumWidth(round(COLUMN * scale))
        self.layout_ = QVBoxLayout(column)
        self.layout_.setContentsMargins(32, 24, 32, 32)
        self.layout_.setSpacing(10)
        self.questions_title = _label(_tr("Spørgsmål til denne tavle"), heading, bold=True)
        self.questions = _label("", body)
        self.layout_.addWidget(self.questions_title)
        self.layout_.addWidget(self.questions)
        self.layout_.addSpacing(body)
        self.layout_.addWidget(_label(_tr("Hvad er kerneopgaven?"), heading, bold=True))
        self.layout_.addWidget(_label(guide.DEFINITION.label(), body))
        for section in guide.sections():
            self.layout_.addSpacing(body)
            self.layout_.addWidget(_label(section.title(), heading, bold=True))
            for item in section.items:
                self.layout_.addWidget(_label(item.label(), body, bold=True))
                if item.hint():
                    self.layout_.addWidget(_label(item.hint(), body))
        self.layout_.addSpacing(body)
        self.layout_.addWidget(_label(guide.CREDIT.label(), round(body * 0.8)))
        self.layout_.addStretch(1)
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        self.setWidget(page)

    def show_template(self, name: str | None) -> None:
        """The guiding questions of the board's template (or the empty board's)."""
        template = TEMPLATES.get(name or "tom", TEMPLATES["tom"])
        self.questions.setText("\n".join(f"• {q}" for q in template.questions()))


class GuideWindow(QWidget):
    """The guide in a wide window of its own, large enough to project."""

    closed = Signal()

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_tr("Vejledning – Kerneopgave-tavlen"))
        self.setObjectName("guide")
        self.panel = GuidePanel(scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        close_keys(self)
        screen = (parent.screen() if parent is not None else None) or \
            QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(area.width(), round(1200 * scale)), area.height() * 9 // 10)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
