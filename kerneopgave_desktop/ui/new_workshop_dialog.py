"""The new-workshop dialog: which part of the municipality the meeting is about, before the
file is named. The answer is the workshop's sector, where "Træk et kort" draws from unless
told otherwise; "Ingen bestemt" leaves the whole deck open, and the details dialog can
change it later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.domain.templates import Template
from kerneopgave_desktop.domain.vocabulary import SECTORS


def _tr(source: str) -> str:
    return QCoreApplication.translate("NewWorkshopDialog", source)


class SectorBox(QComboBox):
    """A choice of sector: "Ingen bestemt" first, then each sector, its hint as a tip."""

    def __init__(self, sector: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(_tr("Ingen bestemt"), None)
        self.setItemData(0, _tr("Kortbunken trækker fra alle sektorer."),
                         Qt.ItemDataRole.ToolTipRole)
        for term in SECTORS.terms:
            self.addItem(term.label(), term.code)
            self.setItemData(self.count() - 1, term.hint(), Qt.ItemDataRole.ToolTipRole)
        self.set_sector(sector)

    def sector(self) -> str | None:
        return self.currentData()

    def set_sector(self, sector: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(sector)))


def _plain(text: str, pixels: int = 0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if pixels or bold:
        font = QFont(label.font())
        if pixels:
            font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
    return label


class NewWorkshopDialog(QDialog):
    """Asks for the new workshop's sector; the template chosen is named at the top."""

    def __init__(self, template: Template, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Nyt arbejdsmøde"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(template.title(), 18, bold=True))
        layout.addWidget(_plain(template.purpose()))
        form = QFormLayout()
        self.sector_box = SectorBox()
        form.addRow(_tr("Hvilken del af kommunen handler mødet om?"), self.sector_box)
        layout.addLayout(form)
        layout.addWidget(_plain(_tr("»Træk et kort« trækker dilemmaer fra den sektor. I kan "
                                    "ændre den under Rediger › Oplysninger om arbejdsmødet…")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sector_box.setFocus()

    def sector(self) -> str | None:
        """The sector chosen, or None for none in particular."""
        return self.sector_box.sector()
