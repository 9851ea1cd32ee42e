"""The guide: the method in brief, and the current board's questions, large enough to project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kerneopgave_desktop.domain import guide
from kerneopgave_desktop.domain.templates import TEMPLATES

BODY_PIXELS = 17


def _tr(source: str) -> str:
    return QCoreApplication.translate("Guide", source)


def _label(text: str, pixels: int = BODY_PIXELS, bold: bool = False) -> QLabel:
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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(_tr("Vejledning"))
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.questions_title = _label(_tr("Spørgsmål til denne tavle"), 20, bold=True)
        self.questions = _label("")
        self.layout_.addWidget(self.questions_title)
        self.layout_.addWidget(self.questions)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(_label(_tr("Hvad er kerneopgaven?"), 20, bold=True))
        self.layout_.addWidget(_label(guide.DEFINITION.label()))
        for section in guide.sections():
            self.layout_.addSpacing(12)
            self.layout_.addWidget(_label(section.title(), 20, bold=True))
            for item in section.items:
                self.layout_.addWidget(_label(item.label(), bold=True))
                if item.hint():
                    self.layout_.addWidget(_label(item.hint()))
        self.layout_.addSpacing(12)
        self.layout_.addWidget(_label(guide.CREDIT.label(), 14))
        self.layout_.addStretch(1)
        self.setWidget(content)

    def show_template(self, name: str | None) -> None:
        """The guiding questions of the board's template (or the empty board's)."""
        template = TEMPLATES.get(name or "tom", TEMPLATES["tom"])
        self.questions.setText("\n".join(f"• {q}" for q in template.questions()))
