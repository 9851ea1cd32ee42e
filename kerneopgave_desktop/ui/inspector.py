"""The inspector: the selected item's fields. Each change is one operation, through the door.

Text fields commit while they are typed in (ui.typed_text): one spell of typing is one undo
step. The pages show the model, and derived state (a card's warning) comes from
domain.checks, never from the canvas. Typed text comes back as changes whose origin is the
inspector's TypedText: the pages then leave their fields as they are (the cursor stays where
the typist is) and refresh only what the edit may have changed elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import (
    EditCard,
    EditLink,
    EditWorkshop,
    EditZone,
    Operation,
    RecolourItems,
    SetFields,
)
from kerneopgave_desktop.domain import checks, personal
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.fields import Field
from kerneopgave_desktop.domain.model import MAX_VOTES, Card, Item, Link, Zone
from kerneopgave_desktop.domain.vocabulary import (
    CARD_KINDS,
    LINK_KINDS,
    ROUND_QUESTIONS,
)
from kerneopgave_desktop.ui.colour_box import ColourBox
from kerneopgave_desktop.ui.field_widgets import CountsBox, DateBox
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.palette import kind_icon
from kerneopgave_desktop.ui.typed_text import Target, TypedText

WIDTH = 340


def _tr(source: str) -> str:
    return QCoreApplication.translate("Inspector", source)


def _form_page(page: QWidget) -> QFormLayout:
    """A form at the top of `page`, the spare height left empty below it."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


class _Text(QPlainTextEdit):
    """A plain-text field; Tab moves on to the next field."""

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


class _Page(QWidget):
    """What every page shares: the door its edits go through, and what is being typed."""

    edit: type[SetFields]
    """The operation that sets this page's fields (EditCard, EditLink, EditZone)."""

    def __init__(self, door: Door, typed: TypedText, parent=None):
        super().__init__(parent)
        self.door = door
        self.typed = typed
        self.scene: BoardScene | None = None
        self.item: Card | Link | Zone | None = None
        self._loading = False

    def show_on(self, scene: BoardScene, item: Card | Link | Zone, origin: object) -> None:
        """Show `item`; when the change is the echo of what is typed here, refresh only
        derived state, so that the fields (and the typist's cursor) stay as they are."""
        if self.item is None or scene is not self.scene or item.id != self.item.id:
            self.typed.next_spell()  # another item: typing there is a step of its own
        self.scene, self.item = scene, item
        echo = origin is self.typed
        self._loading = True
        try:
            if not echo:
                self.load(item)
            self.derived(scene, item)
        finally:
            self._loading = False

    def load(self, item) -> None:
        """Put the item's values into the widgets."""

    def optional(self, name: str) -> bool:
        """Whether field `name` holds None rather than empty text."""
        return False

    def derived(self, scene: BoardScene, item) -> None:
        """Show what follows from the model (warnings); after every change."""

    def typing(self, widget: QWidget, name: str) -> None:
        """Commit `widget`'s text to field `name` as it is typed; end the spell on leaving."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text: self._typed(name, text))
        else:
            widget.textChanged.connect(lambda: self._typed(name, widget.toPlainText()))
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.typed.end_spell()
        return False

    def _typed(self, name: str, text: str) -> None:
        if self._loading or self.item is None or self.scene is None:
            return
        value = None if self.optional(name) and text == "" else text
        self.typed.typed(Target(self.scene.board_id, self.item.id, name, self.edit), value)

    def apply(self, operation: Operation) -> None:
        """Apply through the door; a refused value is replaced by the model's again."""
        if not self.door.apply(operation, origin=self) and self.scene is not None:
            current = self._current()
            if current is not None:
                self.show_on(self.scene, current, None)

    def _current(self):
        board = self.scene.board if self.scene is not None else None
        items = board.container(self.item.id) if board is not None and self.item else None
        return items.get(self.item.id) if items is not None else None

    def _set(self, name: str, value) -> None:
        if self._loading or self.item is None or self.scene is None:
            return
        if self.optional(name) and value == "":
            value = None
        if getattr(self.item, name) != value:
            self.apply(self.edit(self.scene.board_id, self.item.id, **{name: value}))

    def _recolour(self, color: str | None) -> None:
        if not self._loading and self.item is not None and self.item.color != color:
            self.apply(RecolourItems(self.scene.board_id, {self.item.id: color}))


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


class LinkPage(_Page):
    """A link's kind and label."""

    edit = EditLink

    def __init__(self, door: Door, typed: TypedText, parent=None):
        super().__init__(door, typed, parent)
        form = _form_page(self)
        self.kind = QComboBox()
        for term in LINK_KINDS.terms:
            self.kind.addItem(term.label(), term.code)
        self.kind.activated.connect(lambda _: self._set("kind", self.kind.currentData()))
        form.addRow(_tr("Forbindelse"), self.kind)
        self.label = QLineEdit()
        self.typing(self.label, "label")
        form.addRow(_tr("Tekst på pilen"), self.label)

    @property
    def link(self) -> Link | None:
        return self.item

    def load(self, link: Link) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(link.kind)))
        if self.label.text() != link.label:
            self.label.setText(link.label)


class ZonePage(_Page):
    """A zone's title, colour and lock."""

    edit = EditZone

    def __init__(self, door: Door, typed: TypedText, parent=None):
        super().__init__(door, typed, parent)
        form = _form_page(self)
        self.title = QLineEdit()
        self.typing(self.title, "title")
        form.addRow(_tr("Feltets navn"), self.title)
        self.colour = ColourBox()
        self.colour.chosen.connect(self._recolour)
        form.addRow(_tr("Farve"), self.colour)
        self.locked = QCheckBox(_tr("Låst som baggrund"))
        self.locked.toggled.connect(lambda on: self._set("locked", on))
        form.addRow("", self.locked)
        self.stop = QCheckBox(_tr("Vis feltet for sig, når tavlen præsenteres"))
        self.stop.toggled.connect(lambda on: self._set("stop", on))
        form.addRow("", self.stop)

    @property
    def zone(self) -> Zone | None:
        return self.item

    def load(self, zone: Zone) -> None:
        if self.title.text() != zone.title:
            self.title.setText(zone.title)
        self.colour.set_color(zone.color)
        self.locked.setChecked(zone.locked)
        self.stop.setChecked(zone.stop)


class Inspector(QStackedWidget):
    """Shows the page for what is selected: a card, a link, a zone, or a hint."""

    def __init__(self, door: Door, parent=None):
        super().__init__(parent)
        self.door = door
        self.typed = TypedText(door, self)
        """What is being typed in any page, committed as it is typed."""
        self.hint = QLabel(_tr("Vælg et kort, en forbindelse eller et felt for at se og rette "
                               "det her."))
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setMargin(10)
        self.addWidget(self.hint)
        self._pages: dict[type, QWidget] = {}
        # A fixed width: selecting something must never widen the dock and shift the
        # board under the mouse, and the canvas keeps the rest of a projector's width.
        self.setFixedWidth(WIDTH)

    # Each page is built when first needed: a window opens showing the hint.

    def _page(self, page_class: type) -> QWidget:
        page = self._pages.get(page_class)
        if page is None:
            page = self._pages[page_class] = page_class(self.door, self.typed)
            self.addWidget(page)
        return page

    @property
    def card_page(self) -> CardPage:
        return self._page(CardPage)

    @property
    def link_page(self) -> LinkPage:
        return self._page(LinkPage)

    @property
    def zone_page(self) -> ZonePage:
        return self._page(ZonePage)

    def show_item(self, scene: BoardScene | None, item: Item | None,
                  origin: object = None) -> None:
        """Show the page for `item` on `scene` (or the hint); `origin` is who changed it."""
        if scene is None or item is None:
            self.typed.next_spell()
            self.setCurrentWidget(self.hint)
        else:
            page = self.card_page if isinstance(item, Card) else \
                self.link_page if isinstance(item, Link) else self.zone_page
            page.show_on(scene, item, origin)
            self.setCurrentWidget(page)
        self.setEnabled(scene is not None and not scene.document.read_only)
