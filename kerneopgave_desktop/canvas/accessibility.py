"""The board for assistive technology: the view's accessible interface lists the cards of
the board it shows, in reading order (domain.reading), each with what a screen reader says
of it, its place on the screen, and whether it has the focus or is selected; a card that
gets the focus (by Tab, a click, or the outline) moves the screen reader's focus with it.

Graphics items are not QObjects, so Qt gives them no accessible interface; the view's
interface (made by a factory installed with QAccessible.installFactory) answers for them,
one CardAccessible per card. Qt's accessibility cache owns those once they are handed out,
so each is kept here until it is deleted from the cache: when its card leaves the board,
when the view shows another board, when the view goes, and when the program ends.
"""

from __future__ import annotations

import atexit
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.domain import checks, reading

if TYPE_CHECKING:
    from kerneopgave_desktop.canvas.scene import BoardScene
    from kerneopgave_desktop.canvas.view import BoardView

_HANDED_OUT: dict[int, CardAccessible] = {}
"""Every card interface in Qt's cache, by its id there: Python keeps each alive until Qt
has let go of it (deleteAccessibleInterface), or Qt would keep a dangling pointer."""
_installed = False


def _delete(ids: list[int]) -> None:
    """Qt deletes the interfaces first; only then may Python let go of them."""
    for unique_id in ids:
        if unique_id in _HANDED_OUT:
            QAccessible.deleteAccessibleInterface(unique_id)
            del _HANDED_OUT[unique_id]


@atexit.register
def _let_go() -> None:
    """Before Python ends: Qt's cache must not delete objects Python has already freed."""
    _delete(list(_HANDED_OUT))


def _factory(_key: str, widget: QObject) -> QAccessibleInterface | None:
    reader = getattr(widget, "reader", None)
    return BoardAccessible(widget, reader) if isinstance(reader, BoardReader) else None


def install() -> None:
    """Let Qt ask us for the accessible interface of board views (once per program)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


class BoardReader(QObject):
    """What a board view tells assistive technology: its cards in reading order, what each
    says, and the focus moving between them. One per view, made by the view."""

    def __init__(self, view: BoardView):
        super().__init__(view)
        self.view = view
        self._ids: dict[str, int] = {}
        """Card id -> the id of its interface in Qt's cache, for the board shown."""
        self._scene: BoardScene | None = None
        self._order: list[str] | None = None
        ids = self._ids
        view.destroyed.connect(lambda *_: _delete(list(ids.values())))
        view.installEventFilter(self)
        install()

    # -- what is shown ------------------------------------------------------------------

    def scene_changed(self) -> None:
        """The view shows another board: the cards of the old one are gone for good."""
        old = self._scene
        if old is not None:
            old.items_changed.disconnect(self._items_changed)
            old.focusItemChanged.disconnect(self._focus_changed)
        self._forget(list(self._ids))
        self._scene = scene = self.view.board_scene()
        self._order = None
        if scene is not None:
            scene.items_changed.connect(self._items_changed)
            scene.focusItemChanged.connect(self._focus_changed)
        self._notify(QAccessible.Event.ObjectReorder)

    def _forget(self, card_ids: list[str]) -> None:
        _delete([self._ids.pop(card_id) for card_id in card_ids if card_id in self._ids])

    def _items_changed(self, ids: set[str] | None) -> None:
        """The board changed (`ids` touched, or None for all): read it again, let go of
        the interfaces of cards that left, and say which names changed."""
        self._order = None
        scene = self._scene
        present = scene.cards if scene is not None else {}
        self._forget([card_id for card_id in self._ids if card_id not in present])
        if not QAccessible.isActive():
            return
        self._notify(QAccessible.Event.ObjectReorder)
        for card_id in (ids or ()) if ids is not None else list(self._ids):
            unique_id = self._ids.get(card_id)
            if unique_id is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(
                    _HANDED_OUT[unique_id], QAccessible.Event.NameChanged))

    def _notify(self, event: QAccessible.Event) -> None:
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.view, event))

    def order(self) -> list[CardItem]:
        """The cards of the board shown, in reading order."""
        scene = self._scene
        if scene is None or scene.board is None:
            return []
        if self._order is None:
            self._order = reading.read(scene.board).cards()
        return [scene.cards[card_id] for card_id in self._order if card_id in scene.cards]

    def says(self, card_id: str) -> tuple[str, str]:
        """What a screen reader says of a card: (its name, its description)."""
        scene = self._scene
        board = scene.board if scene is not None else None
        if board is None or card_id not in board.cards:
            return "", ""
        return (reading.announcement(board, card_id, warnings=checks.card_warnings(board)),
                reading.link_summary(board, card_id))

    def interface(self, card_id: str) -> CardAccessible | None:
        """The card's interface, handed to Qt's cache when first asked for."""
        scene = self._scene
        if scene is None or card_id not in scene.cards:
            return None
        unique_id = self._ids.get(card_id)
        if unique_id is None:
            card = CardAccessible(self, card_id)
            unique_id = self._ids[card_id] = QAccessible.registerAccessibleInterface(card)
            _HANDED_OUT[unique_id] = card
        return _HANDED_OUT[unique_id]

    def item(self, card_id: str) -> CardItem | None:
        scene = self._scene
        return scene.cards.get(card_id) if scene is not None else None

    # -- focus ------------------------------------------------------------------------------

    def focused(self) -> CardItem | None:
        """The card with the keyboard focus (the view has it, and the card in the view)."""
        scene = self._scene
        item = scene.focusItem() if scene is not None and self.view.hasFocus() else None
        return item if isinstance(item, CardItem) else None

    def _focus_changed(self, new: QGraphicsItem | None, _old, _reason) -> None:
        if isinstance(new, CardItem) and self.view.hasFocus():
            self._announce(new)

    def _announce(self, item: CardItem) -> None:
        if not QAccessible.isActive():
            return
        card = self.interface(item.id)
        if card is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(card, QAccessible.Event.Focus))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the view gets the keyboard focus, the card focused in it is what has it."""
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            scene = self._scene
            item = scene.focusItem() if scene is not None else None
            if isinstance(item, CardItem):
                self._announce(item)
        return False


class BoardAccessible(QAccessibleWidget):
    """The board view as a list of its cards (in reading order)."""

    def __init__(self, view: BoardView, reader: BoardReader):
        super().__init__(view, QAccessible.Role.List)
        self.reader = reader

    def childCount(self) -> int:
        return len(self.reader.order())

    def child(self, index: int) -> QAccessibleInterface | None:
        order = self.reader.order()
        return self.reader.interface(order[index].id) if 0 <= index < len(order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        card_id = getattr(child, "card_id", None)
        ids = [item.id for item in self.reader.order()]
        return ids.index(card_id) if card_id in ids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        view = self.reader.view
        point = view.viewport().mapFromGlobal(QPoint(x, y))
        scene = view.board_scene()
        item = scene.card_item_at(view.mapToScene(point)) if scene is not None else None
        return self.reader.interface(item.id) if item is not None else None

    def focusChild(self) -> QAccessibleInterface | None:
        item = self.reader.focused()
        return self.reader.interface(item.id) if item is not None else super().focusChild()


class CardAccessible(QAccessibleInterface):
    """One card of the board shown, for assistive technology."""

    def __init__(self, reader: BoardReader, card_id: str):
        super().__init__()
        self.reader = reader
        self.card_id = card_id

    def _item(self) -> CardItem | None:
        try:
            return self.reader.item(self.card_id)
        except RuntimeError:  # the view has gone; Qt is letting go of this interface
            return None

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QAccessibleInterface | None:
        return self.parent().window() if self.parent() is not None else None

    def relations(self, _match=None) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        if self._item() is None:
            return None
        return QAccessible.queryAccessibleInterface(self.reader.view)

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        name, description = self.reader.says(self.card_id)
        if kind == QAccessible.Text.Name:
            return name
        if kind == QAccessible.Text.Description:
            return description
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        """A card's text is edited on the board, in the outline or in the inspector."""

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        view = self.reader.view
        local = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        state.focused = self.reader.focused() is item
        state.selected = item.isSelected()
        view = self.reader.view
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        state.offscreen = not view.viewport().rect().intersects(shown)
        return state
