"""The workshop's details: title, workplace, date, facilitator, participants, sector."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
)

from kerneopgave_desktop.domain.model import WorkshopInfo
from kerneopgave_desktop.ui.new_workshop_dialog import SectorBox


def _tr(source: str) -> str:
    return QCoreApplication.translate("WorkshopDialog", source)


class WorkshopDialog(QDialog):
    def __init__(self, info: WorkshopInfo, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Oplysninger om arbejdsmødet"))
        form = QFormLayout(self)
        self.title = QLineEdit(info.title)
        self.workplace = QLineEdit(info.workplace)
        self.has_date = QCheckBox(_tr("Dato"))
        self.has_date.setChecked(info.date is not None)
        self.date = QDateEdit(QDate(info.date or date.today()))
        self.date.setCalendarPopup(True)
        self.date.setEnabled(info.date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.facilitator = QLineEdit(info.facilitator)
        self.participants = QPlainTextEdit("\n".join(info.participants))
        self.participants.setPlaceholderText(_tr("Én deltager pr. linje"))
        self.sector = SectorBox(info.sector)
        form.addRow(_tr("Titel"), self.title)
        form.addRow(_tr("Arbejdsplads"), self.workplace)
        form.addRow(self.has_date, self.date)
        form.addRow(_tr("Mødeleder"), self.facilitator)
        form.addRow(_tr("Deltagere"), self.participants)
        form.addRow(_tr("Sektor"), self.sector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self, info: WorkshopInfo) -> dict:
        """The fields that differ from `info`."""
        new = {
            "title": self.title.text(),
            "workplace": self.workplace.text(),
            "date": self.date.date().toPython() if self.has_date.isChecked() else None,
            "facilitator": self.facilitator.text(),
            "participants": tuple(line.strip() for line in
                                  self.participants.toPlainText().splitlines() if line.strip()),
            "sector": self.sector.sector(),
        }
        return {name: value for name, value in new.items() if getattr(info, name) != value}
