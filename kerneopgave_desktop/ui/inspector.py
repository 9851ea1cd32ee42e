"""The inspector: the selected card's fields. Each change is one operation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from kerneopgave_desktop.document import EditCard, EditLink, EditWorkshop, EditZone, RecolourItems
from kerneopgave_desktop.domain.model import MAX_VOTES, Card, Item, Link, Zone
from kerneopgave_desktop.domain.vocabulary import (
    BENEFICIARIES,
    CARD_KINDS,
    DILEMMA_STATUSES,
    INVOLVEMENT_DEGREES,
    LEVELS,
    LINK_KINDS,
    PERSPECTIVES,
    PROFESSIONS,
    Vocabulary,
)
from kerneopgave_desktop.ui.colour_box import ColourBox

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
    """A plain-text field that reports its text when it loses focus."""

    def __init__(self, commit):
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        self._commit()
        super().focusOutEvent(event)


class CardPage(QWidget):
    """The fields of one card: its text, its kind's fields, votes and colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self.card: Card | None = None
        self._loading = False
        form = self.form = _form_page(self)
        self.kind = QLabel()
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(_tr("Slags"), self.kind)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        form.addRow(self.warning)
        self.text = _Text(lambda: self._set("text", self.text.toPlainText()))
        self.text.setMinimumHeight(140)
        self.text.setMaximumHeight(320)  # the rest of the fields stay in view below it
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
        self.profession.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
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
        self.votes.setRange(0, MAX_VOTES)
        self.votes.valueChanged.connect(lambda value: self._set("votes", value))
        form.addRow(_tr("Stemmer"), self.votes)
        self.colour = ColourBox()
        self.colour.chosen.connect(self._recolour)
        form.addRow(_tr("Farve"), self.colour)
        for widget in (*self.combos.values(), self.profession):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)

    def _combo(self, name: str, vocabulary: Vocabulary, empty: bool) -> QComboBox:
        combo = QComboBox()
        if empty:
            combo.addItem("–", None)
        for term in vocabulary.terms:
            combo.addItem(term.label(), term.code)
            combo.setItemData(combo.count() - 1, term.hint(), Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _: self._set(name, combo.currentData()))
        return combo

    def show_card(self, scene: BoardScene, card: Card) -> None:
        self.scene, self.card = scene, card
        self._loading = True
        item = scene.cards.get(card.id)
        self.warning.setText(item.warning if item is not None else "")
        self.form.setRowVisible(self.warning, bool(self.warning.text()))
        fields = set(card.kind_fields())
        widgets = {"profession": self.profession, "decision": self.decision, **self.combos,
                   **self.lines}
        for name, widget in widgets.items():
            self.form.setRowVisible(widget, name in fields)
        self.kind.setText(CARD_KINDS.label(card.kind))
        if self.text.toPlainText() != card.text:
            self.text.setWordWrapMode(style.wrap_mode(card.text))
            self.text.setPlainText(card.text)
        self.votes.setValue(card.votes)
        self.colour.set_color(card.color)
        for name, combo in self.combos.items():
            if name in fields:
                combo.setCurrentIndex(max(0, combo.findData(getattr(card, name))))
        for name, edit in self.lines.items():
            if name in fields:
                edit.setText(getattr(card, name) or "")
        if "decision" in fields and self.decision.toPlainText() != (card.decision or ""):
            self.decision.setPlainText(card.decision or "")
        if "profession" in fields:
            self._fill_professions(scene.document.workshop.info.professions)
            index = self.profession.findData(card.profession)
            if index >= 0 and card.profession:
                self.profession.setCurrentIndex(index)
            else:
                self.profession.setEditText(card.profession or "")
        self._loading = False

    def _recolour(self, color: str | None) -> None:
        if not self._loading and self.card is not None and self.card.color != color:
            self.scene.apply(RecolourItems(self.scene.board_id, {self.card.id: color}))

    def _fill_professions(self, own: tuple[str, ...]) -> None:
        """The catalogue, then the professions this workshop added."""
        self.profession.clear()
        self.profession.addItem("", None)
        for term in PROFESSIONS.terms:
            self.profession.addItem(term.label(), term.code)
        for name in own:
            self.profession.addItem(name, name)

    def _set_profession(self) -> None:
        """A profession from the list, or a new one, which joins the workshop's own list."""
        if self._loading or self.card is None or self.scene is None:
            return
        text = self.profession.currentText().strip()
        index = self.profession.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.profession.itemData(index) if index >= 0 else (text or None)
        if code == self.card.profession:
            return
        document = self.scene.document
        if index < 0 and text:
            own = document.workshop.info.professions
            board_id, card_id = self.scene.board_id, self.card.id

            def add() -> None:  # one step: the new profession joins the list and the card
                document.apply(EditWorkshop(professions=(*own, text)))
                document.apply(EditCard(board_id, card_id, profession=text))
            self.scene.door.group(_tr("Tilføj faggruppe"), add)
        else:
            self._set("profession", code)

    def _set(self, name: str, value) -> None:
        if self._loading or self.card is None or self.scene is None:
            return
        if name in ("pole_a", "pole_b", "output", "decision") and value == "":
            value = None
        if getattr(self.card, name) == value:
            return
        self.scene.apply(EditCard(self.scene.board_id, self.card.id, **{name: value}))


class LinkPage(QWidget):
    """A link's kind and label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self.link: Link | None = None
        self._loading = False
        form = _form_page(self)
        self.kind = QComboBox()
        for term in LINK_KINDS.terms:
            self.kind.addItem(term.label(), term.code)
        self.kind.activated.connect(lambda _: self._set("kind", self.kind.currentData()))
        form.addRow(_tr("Forbindelse"), self.kind)
        self.label = QLineEdit()
        self.label.editingFinished.connect(lambda: self._set("label", self.label.text()))
        form.addRow(_tr("Tekst på pilen"), self.label)

    def show_link(self, scene: BoardScene, link: Link) -> None:
        self.scene, self.link = scene, link
        self._loading = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(link.kind)))
        self.label.setText(link.label)
        self._loading = False

    def _set(self, name: str, value) -> None:
        if not self._loading and self.link is not None and getattr(self.link, name) != value:
            self.scene.apply(EditLink(self.scene.board_id, self.link.id, **{name: value}))


class ZonePage(QWidget):
    """A zone's title, colour and lock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self.zone: Zone | None = None
        self._loading = False
        form = _form_page(self)
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._set("title", self.title.text()))
        form.addRow(_tr("Feltets navn"), self.title)
        self.colour = ColourBox()
        self.colour.chosen.connect(self._recolour)
        form.addRow(_tr("Farve"), self.colour)
        self.locked = QCheckBox(_tr("Låst som baggrund"))
        self.locked.toggled.connect(lambda on: self._set("locked", on))
        form.addRow("", self.locked)
        self.stop = QCheckBox(_tr("Stop, når tavlen præsenteres"))
        self.stop.toggled.connect(lambda on: self._set("stop", on))
        form.addRow("", self.stop)

    def show_zone(self, scene: BoardScene, zone: Zone) -> None:
        self.scene, self.zone = scene, zone
        self._loading = True
        self.title.setText(zone.title)
        self.colour.set_color(zone.color)
        self.locked.setChecked(zone.locked)
        self.stop.setChecked(zone.stop)
        self._loading = False

    def _set(self, name: str, value) -> None:
        if not self._loading and self.zone is not None and getattr(self.zone, name) != value:
            self.scene.apply(EditZone(self.scene.board_id, self.zone.id, **{name: value}))

    def _recolour(self, color: str | None) -> None:
        if not self._loading and self.zone is not None and self.zone.color != color:
            self.scene.apply(RecolourItems(self.scene.board_id, {self.zone.id: color}))


class Inspector(QStackedWidget):
    """Shows the page for what is selected: a card, a link, a zone, or a hint."""

    def __init__(self, parent=None):
        super().__init__(parent)
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
            page = self._pages[page_class] = page_class()
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

    def show_item(self, scene: BoardScene | None, item: Item | None) -> None:
        if scene is None or item is None:
            self.setCurrentWidget(self.hint)
        elif isinstance(item, Card):
            self.card_page.show_card(scene, item)
            self.setCurrentWidget(self.card_page)
        elif isinstance(item, Link):
            self.link_page.show_link(scene, item)
            self.setCurrentWidget(self.link_page)
        else:
            self.zone_page.show_zone(scene, item)
            self.setCurrentWidget(self.zone_page)
        self.setEnabled(scene is not None and not scene.document.read_only)
