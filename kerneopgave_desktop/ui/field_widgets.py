"""The inspector's widgets for two kinds of field: a day (an agreement's due and follow-up
days) and counts (a dilemma's stance, counted by hands in the room).

Each says what the user chose through one signal, once per choice, never while a value is
only half typed; the inspector turns it into one edit through the door.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.model import MAX_COUNT
from kerneopgave_desktop.domain.vocabulary import Vocabulary


def _tr(source: str) -> str:
    return QCoreApplication.translate("FieldWidgets", source)


class DateBox(QWidget):
    """A day or none: a box to tick for "has a day", and a date editor with a calendar."""

    chosen = Signal(object)
    """The day chosen (a datetime.date), or None when the box is unticked."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.has_day = QCheckBox()
        self.has_day.setAccessibleName(_tr("{field}: sæt en dato").format(field=label))
        self.has_day.setToolTip(_tr("Sæt en dato"))
        self.editor = QDateEdit()
        self.editor.setAccessibleName(label)
        self.editor.setCalendarPopup(True)
        english = i18n.language() == "en"
        self.editor.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
                              if english else
                              QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        self.editor.setDisplayFormat("d MMMM yyyy" if english else "d. MMMM yyyy")
        self.editor.setKeyboardTracking(False)
        layout.addWidget(self.has_day)
        layout.addWidget(self.editor, 1)
        self.has_day.toggled.connect(self._toggled)
        self.editor.editingFinished.connect(self._edited)
        self.editor.calendarWidget().clicked.connect(lambda _: self._edited())
        self.set_day(None)

    def day(self) -> date | None:
        """The day shown, or None when the box is unticked."""
        return self.editor.date().toPython() if self.has_day.isChecked() else None

    def set_day(self, day: date | None) -> None:
        """Show `day` (today, greyed, for none) without saying it was chosen."""
        for widget in (self.has_day, self.editor):
            widget.blockSignals(True)
        self.has_day.setChecked(day is not None)
        self.editor.setEnabled(day is not None)
        self.editor.setDate(QDate(day or date.today()))
        for widget in (self.has_day, self.editor):
            widget.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self.chosen.emit(self.day())

    def _edited(self) -> None:
        if self.has_day.isChecked():
            self.chosen.emit(self.day())


class CountsBox(QWidget):
    """A count for each term of a vocabulary: the hands for each corner of a stance."""

    chosen = Signal(object)
    """The counts as (code, count) pairs in the vocabulary's order, zeros left out."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for row, term in enumerate(vocabulary.terms):
            label = QLabel(term.label())
            label.setTextFormat(Qt.TextFormat.PlainText)
            box = self.boxes[term.code] = QSpinBox()
            box.setRange(0, MAX_COUNT)
            box.setKeyboardTracking(False)  # typed digits count when Enter or Tab is pressed
            box.setAccessibleName(_tr("Hænder for »{stance}«").format(stance=term.label()))
            label.setBuddy(box)
            box.valueChanged.connect(lambda _: self.chosen.emit(self.counts()))
            layout.addWidget(label, row, 0)
            layout.addWidget(box, row, 1)

    def counts(self) -> tuple[tuple[str, int], ...]:
        return tuple((code, box.value()) for code, box in self.boxes.items() if box.value())

    def set_counts(self, counts: tuple[tuple[str, int], ...]) -> None:
        """Show `counts` without saying they were chosen."""
        given = dict(counts)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(given.get(code, 0))
            box.blockSignals(False)
