"""The inspector: the selected item's fields. Each change is one operation, through the door.

Text fields commit while they are typed in (ui.typed_text): one spell of typing is one undo
step. The pages show the model, and derived state (a card's warning) comes from
domain.checks, never from the canvas. Typed text comes back as changes whose origin is the
inspector's TypedText: the pages then leave their fields as they are (the cursor stays where
the typist is) and refresh only what the edit may have changed elsewhere. What the pages share
is ui.inspector_page; the card's page is ui.card_page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QStackedWidget, QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import EditLink, EditZone
from kerneopgave_desktop.domain.model import Card, Item, Link, Zone
from kerneopgave_desktop.domain.vocabulary import LINK_KINDS
from kerneopgave_desktop.ui.card_page import CardPage
from kerneopgave_desktop.ui.colour_box import ColourBox
from kerneopgave_desktop.ui.inspector_page import _form_page, _Page
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.typed_text import TypedText

WIDTH = 340


def _tr(source: str) -> str:
    return QCoreApplication.translate("Inspector", source)


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
