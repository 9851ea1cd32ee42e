"""The inspector's page for a card: its text, a widget for each field its kind's table shows
in the inspector (domain.fields), votes, colour, a dilemma's answers from its round, and
the derived warning and personal-data hint (domain.checks, domain.personal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.text_limit import LimitedPaste
from kerneopgave_desktop.document import EditCard, EditWorkshop
from kerneopgave_desktop.domain import checks, personal
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.fields import Field
from kerneopgave_desktop.domain.model import MAX_VOTES, Card
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, ROUND_QUESTIONS
from kerneopgave_desktop.ui.colour_box import ColourBox
from kerneopgave_desktop.ui.field_widgets import CountsBox, DateBox
from kerneopgave_desktop.ui.inspector_page import _form_page, _Page
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.palette import kind_icon
from kerneopgave_desktop.ui.typed_text import TypedText


def _tr(source: str) -> str:
    return QCoreApplication.translate("Inspector", source)


class _Text(LimitedPaste):
    """A plain-text field; Tab moves on to the next field; a paste stops at what a card can
    hold."""

    def __init__(self):
        super().__init__()
        self.setTabChangesFocus(True)


def _inspector_fields() -> list[Field]:
    """Every kind's fields shown in the inspector, in the tables' order; each kind's own."""
    found: list[Field] = []
    for kind_fields in fields_table.CARD_FIELDS.values():
        found += [f for f in kind_fields if f.shows(fields_table.INSPECTOR) and f not in found]
    return found


class _Answers(QWidget):
    """A round's answers: each question in bold, the team's answer under it (plain text)."""

    def __init__(self):
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)

    def show_answers(self, answers: tuple[tuple[str, str], ...]) -> None:
        while self.layout_.count():
            widget = self.layout_.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for code, answer in answers:
            for text, bold in ((ROUND_QUESTIONS.label(code), True), (answer, False)):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                font = label.font()
                font.setBold(bold)
                label.setFont(font)
                self.layout_.addWidget(label)
            self.layout_.addSpacing(6)

    def text(self) -> str:
        """The answers as they read: question, answer, question, answer."""
        labels = [self.layout_.itemAt(i).widget() for i in range(self.layout_.count())]
        return "\n".join(label.text() for label in labels if isinstance(label, QLabel))


class CardPage(_Page):
    """The fields of one card: its text, its kind's fields, votes and colour."""

    edit = EditCard

    def __init__(self, door: Door, typed: TypedText, parent=None):
        super().__init__(door, typed, parent)
        form = self.form = _form_page(self)
        self.kind = QLabel()
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_icon = QLabel()
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind_icon)
        kind_row.addWidget(self.kind, 1)
        form.addRow(_tr("Type"), kind_row)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        form.addRow(self.warning)
        self.personal = QLabel()
        """The gentle personal-data line (domain.personal), when the card's text holds what
        looks like a CPR number, a phone number or an e-mail address."""
        self.personal.setTextFormat(Qt.TextFormat.PlainText)
        self.personal.setWordWrap(True)
        self.personal.setStyleSheet("color: #3f51b5;")
        form.addRow(self.personal)
        self.text = _Text()
        self.typing(self.text, "text")
        self.text.setMinimumHeight(140)
        self.text.setMaximumHeight(320)  # the rest of the fields stay in view below it
        form.addRow(fields_table.TEXT_FIELD.label(), self.text)
        self.rows: dict[Field, QWidget] = {}
        """A widget for each field the kinds' tables show in the inspector (domain.fields)."""
        for field in _inspector_fields():
            widget = self.rows[field] = self._widget(field)
            form.addRow(field.label(), widget)
        self.votes = QSpinBox()
        self.votes.setRange(0, MAX_VOTES)
        self.votes.valueChanged.connect(lambda value: self._set("votes", value))
        form.addRow(fields_table.VOTES.label(), self.votes)
        self.colour = ColourBox()
        self.colour.chosen.connect(self._recolour)
        form.addRow(_tr("Farve"), self.colour)
        self.answers = _Answers()
        """A dilemma's answers from its round, question by question (read here, written in
        the round)."""
        self.answers_title = QLabel(_tr("Svar fra runden"))
        font = self.answers_title.font()
        font.setBold(True)
        self.answers_title.setFont(font)
        form.addRow(self.answers_title)
        form.addRow(self.answers)

    def _widget(self, field: Field) -> QWidget:
        """The widget for a field, by its type: a list to choose from, a line, a text box, a
        date editor, a count for each term."""
        if field.type == fields_table.DATE:
            box = DateBox(field.label())
            box.chosen.connect(lambda day: self._set(field.name, day))
            return box
        if field.type == fields_table.COUNTS:
            counts = CountsBox(field.vocabulary)
            counts.chosen.connect(lambda value: self._set(field.name, value))
            return counts
        if field.type in (fields_table.CODE, fields_table.NAME):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            if field.type == fields_table.NAME:  # the catalogue, or a name of the team's own
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.activated.connect(lambda _: self._set_name(field, combo))
                combo.lineEdit().editingFinished.connect(lambda: self._set_name(field, combo))
                return combo
            if not field.required:
                combo.addItem("–", None)
            for term in field.vocabulary.terms:
                combo.addItem(term.label(), term.code)
                combo.setItemData(combo.count() - 1, term.hint(), Qt.ItemDataRole.ToolTipRole)
            combo.activated.connect(lambda _: self._set(field.name, combo.currentData()))
            return combo
        if field.type == fields_table.LINE:
            widget = QLineEdit()
        else:
            widget = _Text()
            widget.setMaximumHeight(90)
        self.typing(widget, field.name)
        return widget

    def widget(self, name: str) -> QWidget | None:
        """The widget of the shown card's field `name` (None if its kind has no such field)."""
        field = fields_table.field(self.item.kind, name) if self.item is not None else None
        return self.rows.get(field) if field is not None else None

    def optional(self, name: str) -> bool:
        field = fields_table.field(self.item.kind, name) if self.item is not None else None
        return field is not None and field.optional_text

    @property
    def card(self) -> Card | None:
        return self.item

    def derived(self, scene: BoardScene, card: Card) -> None:
        board = scene.board
        self.warning.setText(checks.card_warning(board, card.id) if board is not None else "")
        self.form.setRowVisible(self.warning, bool(self.warning.text()))
        hint = personal.card_hint(card)
        why = _tr("Kort handler om arbejdet, ikke om navngivne borgere.")
        self.personal.setText(f"{hint}. {why}" if hint else "")
        self.form.setRowVisible(self.personal, bool(hint))

    def load(self, card: Card) -> None:
        own = set(fields_table.of_kind(card.kind))
        for field, widget in self.rows.items():
            self.form.setRowVisible(widget, field in own)
        self.kind.setText(CARD_KINDS.label(card.kind))
        self.kind_icon.setPixmap(kind_icon(card.kind).pixmap(34, 24))
        answers = getattr(card, "answers", ())
        self.answers.show_answers(answers)
        for widget in (self.answers_title, self.answers):
            self.form.setRowVisible(widget, bool(answers))
        if self.text.toPlainText() != card.text:
            self.text.setWordWrapMode(style.wrap_mode(card.text))
            self.text.setPlainText(card.text)
        self.votes.setValue(card.votes)
        self.colour.set_color(card.color)
        for field in own & self.rows.keys():
            widget, value = self.rows[field], getattr(card, field.name)
            if field.type == fields_table.DATE:
                widget.set_day(value)
            elif field.type == fields_table.COUNTS:
                widget.set_counts(value)
            elif field.type == fields_table.CODE:
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif field.type == fields_table.NAME:
                self._fill_names(widget, field)
                index = widget.findData(value)
                if index >= 0 and value:
                    widget.setCurrentIndex(index)
                else:
                    widget.setEditText(value or "")
            elif isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
            elif widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")

    def _fill_names(self, combo: QComboBox, field: Field) -> None:
        """The catalogue, then the names this workshop added (its own professions)."""
        combo.clear()
        combo.addItem("", None)
        for term in field.vocabulary.terms:
            combo.addItem(term.label(), term.code)
        for name in self.scene.document.workshop.info.professions:
            combo.addItem(name, name)

    def _set_name(self, field: Field, combo: QComboBox) -> None:
        """A profession from the list, or a new one, which joins the workshop's own list."""
        if self._loading or self.card is None or self.scene is None:
            return
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        code = combo.itemData(index) if index >= 0 else (text or None)
        if code == getattr(self.card, field.name):
            return
        document = self.scene.document
        if index < 0 and text:
            own = document.workshop.info.professions
            board_id, card_id = self.scene.board_id, self.card.id

            def add() -> None:  # one step: the new profession joins the list and the card
                document.apply(EditWorkshop(professions=(*own, text)))
                document.apply(EditCard(board_id, card_id, **{field.name: text}))
            self.door.group(_tr("Tilføj faggruppe"), add, origin=self)
        else:
            self._set(field.name, code)
