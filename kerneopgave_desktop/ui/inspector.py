"""The inspector: the selected card's fields. Each change is one operation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget,
)

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import EditCard
from kerneopgave_desktop.domain.model import Card
from kerneopgave_desktop.domain.vocabulary import (
    BENEFICIARIES, CARD_KINDS, DILEMMA_STATUSES, INVOLVEMENT_DEGREES, LEVELS, PERSPECTIVES,
    PROFESSIONS, Vocabulary,
)
from kerneopgave_desktop.i18n import translate


WIDTH = 340


def _tr(source: str) -> str:
    return translate("Inspector", source)


class _Text(QPlainTextEdit):
    """A plain-text field that reports its text when it loses focus."""

    def __init__(self, commit):
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        self._commit()
        super().focusOutEvent(event)


class Inspector(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self.card: Card | None = None
        self._loading = False
        form = self.form = QFormLayout(self)
        self.kind = QLabel()
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(_tr("Slags"), self.kind)
        self.text = _Text(lambda: self._set("text", self.text.toPlainText()))
        form.addRow(_tr("Tekst"), self.text)
        self.combos: dict[str, QComboBox] = {}
        for name, label, vocabulary in (
                ("level", _tr("Niveau"), LEVELS), ("perspective", _tr("Perspektiv"), PERSPECTIVES),
                ("status", _tr("Status"), DILEMMA_STATUSES),
                ("beneficiary", _tr("Værdi for"), BENEFICIARIES),
                ("involvement", _tr("Inddragelse"), INVOLVEMENT_DEGREES)):
            self.combos[name] = self._combo(name, vocabulary, empty=name != "status")
            form.addRow(label, self.combos[name])
        self.profession = QComboBox()
        self.profession.setEditable(True)
        self.profession.addItem("", None)
        for term in PROFESSIONS.terms:
            self.profession.addItem(term.label(), term.code)
        self.profession.activated.connect(lambda _: self._set_profession())
        self.profession.lineEdit().editingFinished.connect(self._set_profession)
        form.addRow(_tr("Faggruppe"), self.profession)
        self.lines: dict[str, QLineEdit] = {}
        for name, label in (("pole_a", _tr("Pol A")), ("pole_b", _tr("Pol B")),
                            ("output", _tr("Ydelse i dag"))):
            edit = self.lines[name] = QLineEdit()
            edit.editingFinished.connect(lambda name=name: self._set(name, self.lines[name].text()))
            form.addRow(label, edit)
        self.decision = _Text(lambda: self._set("decision", self.decision.toPlainText()))
        self.decision.setMaximumHeight(90)
        form.addRow(_tr("Beslutning"), self.decision)
        self.votes = QSpinBox()
        self.votes.setRange(0, 999)
        self.votes.valueChanged.connect(lambda value: self._set("votes", value))
        form.addRow(_tr("Stemmer"), self.votes)
        # A fixed width: selecting a card must never widen the dock and shift the
        # board under the mouse, and the canvas keeps the rest of a projector's width.
        for widget in (*self.combos.values(), self.profession):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
        self.setFixedWidth(WIDTH)
        self.show_card(None, None)

    def _combo(self, name: str, vocabulary: Vocabulary, empty: bool) -> QComboBox:
        combo = QComboBox()
        if empty:
            combo.addItem("–", None)
        for term in vocabulary.terms:
            combo.addItem(term.label(), term.code)
            combo.setItemData(combo.count() - 1, term.hint(), Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _: self._set(name, combo.currentData()))
        return combo

    def show_card(self, scene: BoardScene | None, card: Card | None) -> None:
        self.scene, self.card = scene, card
        self._loading = True
        fields = set(card.kind_fields()) if card else set()
        widgets = {"text": self.text, "votes": self.votes, "profession": self.profession,
                   "decision": self.decision, **self.combos, **self.lines}
        for name, widget in widgets.items():
            visible = card is not None and (name in ("text", "votes") or name in fields)
            self.form.setRowVisible(widget, visible)
        self.kind.setText(CARD_KINDS.label(card.kind) if card else _tr("Vælg et kort"))
        if card is not None:
            if self.text.toPlainText() != card.text:
                self.text.setPlainText(card.text)
            self.votes.setValue(card.votes)
            for name, combo in self.combos.items():
                if name in fields:
                    combo.setCurrentIndex(max(0, combo.findData(getattr(card, name))))
            for name, edit in self.lines.items():
                if name in fields:
                    edit.setText(getattr(card, name) or "")
            if "decision" in fields and self.decision.toPlainText() != (card.decision or ""):
                self.decision.setPlainText(card.decision or "")
            if "profession" in fields:
                index = self.profession.findData(card.profession)
                if index >= 0 and card.profession:
                    self.profession.setCurrentIndex(index)
                else:
                    self.profession.setEditText(card.profession or "")
        self.setEnabled(card is not None and scene is not None and not scene.document.read_only)
        self._loading = False

    def _set_profession(self) -> None:
        text = self.profession.currentText().strip()
        index = self.profession.findText(text)
        code = self.profession.itemData(index) if index >= 0 else (text or None)
        self._set("profession", code)

    def _set(self, name: str, value) -> None:
        if self._loading or self.card is None or self.scene is None:
            return
        if name in ("pole_a", "pole_b", "output", "decision") and value == "":
            value = None
        if getattr(self.card, name) == value:
            return
        self.scene.apply(EditCard(self.scene.board_id, self.card.id, **{name: value}))
