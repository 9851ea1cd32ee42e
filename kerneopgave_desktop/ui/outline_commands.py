"""What the outline's keys do (ui.outline): a card of any kind, a zone, editing in place,
the fields in the inspector, moving cards into a zone, a link to a card chosen from a list,
dots and deleting, each through the window's door with the same document operations as the
board, on the rows chosen in the outline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.document import AddItems, MoveItems, RemoveItems, Vote
from kerneopgave_desktop.domain import reading
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Link, Zone, new_id
from kerneopgave_desktop.domain.placing import spot_beside, spot_in_zone
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, LINK_KINDS
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.outline_model import BOARD, CARD, LINK, ZONE, Node, OutlineModel
from kerneopgave_desktop.ui.outline_view import Command, OutlineView


def _tr(source: str, n: int | None = None) -> str:
    return QCoreApplication.translate("Outline", source, None, -1 if n is None else n)


class LinkDialog(QDialog):
    """Choose the card to link to from a list, and the kind of link."""

    def __init__(self, board: Board, source_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Forbind med et andet kort"))
        self.targets = QListWidget()
        self.targets.setAccessibleName(_tr("Kortet, der forbindes til"))
        order = reading.read(board)
        for card_id in order.cards():
            if card_id == source_id:
                continue
            card = board.cards[card_id]
            zone = order.zone.get(card_id)
            text = reading.card_title(card, 100)
            if zone is not None:
                text += " · " + _tr("i feltet {zone}").format(
                    zone=reading.zone_title(board.zones[zone]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card_id)
            self.targets.addItem(item)
        self.targets.setCurrentRow(0)
        self.kind = QComboBox()
        for term in LINK_KINDS.terms:
            self.kind.addItem(term.label(), term.code)
        self.kind.setCurrentIndex(self.kind.findData("plain"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.targets.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        source = QLabel(_tr("Fra: {card}").format(card=reading.card_title(
            board.cards[source_id], 100)))
        source.setTextFormat(Qt.TextFormat.PlainText)
        source.setWordWrap(True)
        layout.addWidget(source)
        heading = QLabel(_tr("&Til:"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setBuddy(self.targets)
        layout.addWidget(heading)
        layout.addWidget(self.targets)
        form = QFormLayout()
        form.addRow(_tr("&Slags forbindelse:"), self.kind)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> tuple[str, str] | None:
        """The card chosen and the kind of link, or None."""
        item = self.targets.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), self.kind.currentData()


class Rows(Protocol):
    """What the commands use of the outline: its rows, the rows chosen and its views."""

    model: OutlineModel | None
    selection: QItemSelectionModel | None

    def current(self) -> Node | None: ...

    def chosen(self) -> list[Node]: ...

    def views(self) -> list[OutlineView]: ...


class OutlineCommands(QObject):
    """The outline's commands (`commands`, in the order of its menu) on the rows chosen."""

    def __init__(self, context: WindowContext, rows: Rows,
                 focus_inspector: Callable[[], None], parent: QObject):
        """`rows` is the outline whose rows the commands act on; `focus_inspector` puts the
        keyboard in the inspector's fields."""
        super().__init__(parent)
        self.context = context
        self.rows = rows
        self.commands = [
            Command(_tr("Nyt kort…"), ("Ins",), self.choose_kind),
            Command(_tr("Nyt felt"), ("Ctrl+Ins",), self.add_zone),
            Command(_tr("Ret tekst"), ("F2",), self.edit_current),
            Command(_tr("Egenskaber"), ("Alt+Return", "Alt+Enter"), focus_inspector,
                    writes=False),
            Command(_tr("Flyt til felt…"), ("Ctrl+M",), self.move_to_zone),
            Command(_tr("Forbind med…"), ("Ctrl+B",), self.link),
            Command(_tr("Giv stemme"), ("+",), lambda: self.vote(1)),
            Command(_tr("Fjern stemme"), ("-",), lambda: self.vote(-1)),
            Command(_tr("Slet"), ("Del",), self.delete),
        ]

    def writable(self) -> bool:
        """The file takes edits (it is not read-only)."""
        return not self.context.document.read_only

    def _board(self) -> Board | None:
        current = self.rows.current()
        if current is None:
            return None
        try:
            return self.context.document.workshop.board(current.board_id)
        except KeyError:
            return None

    def _zone_here(self, board: Board) -> Zone | None:
        """The zone of the current row: itself, or the zone its card is in."""
        current = self.rows.current()
        if current is None:
            return None
        if current.kind == ZONE:
            return board.zones.get(current.id)
        node = current.parent if current.kind == LINK else current
        while node is not None and node.kind not in (ZONE, BOARD):
            node = node.parent
        return board.zones.get(node.id) if node is not None and node.kind == ZONE else None

    def _owner(self) -> QWidget:
        focused = [view for view in self.rows.views() if view.hasFocus()]
        return focused[0] if focused else (self.rows.views()[0] if self.rows.views() else
                                           self.context.dialog_parent)

    def choose_kind(self) -> None:
        """Ask which kind of card (a menu at the current row), then add one of it."""
        if not self.writable() or self._board() is None:
            return
        owner = self._owner()
        menu = QMenu(owner)
        menu.setAccessibleName(_tr("Slags kort"))
        for term in CARD_KINDS.terms:
            action = menu.addAction(term.label())
            action.setToolTip(term.hint())
            action.setData(term.code)
        menu.setActiveAction(menu.actions()[0])  # Enter takes it, the arrows go on from it
        place = owner.visualRect(owner.currentIndex()).bottomLeft() \
            if isinstance(owner, QTreeView) else QPoint(0, 0)
        chosen = menu.exec(owner.viewport().mapToGlobal(place) if isinstance(owner, QTreeView)
                           else owner.mapToGlobal(place))
        if chosen is not None:  # once the menu has gone: the editor keeps the keyboard
            owner.window().activateWindow()
            self.add_card(chosen.data())

    def add_card(self, kind: str) -> str | None:
        """A card of `kind` in the current row's zone (else beside the board), in place for
        its text; its id."""
        board = self._board()
        if board is None:
            return None
        probe = CARD_TYPES[kind](id="probe")
        zone = self._zone_here(board)
        x, y = spot_in_zone(board, zone, probe.width, probe.height) if zone is not None \
            else spot_beside(board, probe.width, probe.height)
        card = CARD_TYPES[kind](id=new_id(), x=x, y=y)
        if not self.context.door.apply(AddItems(board.id, [card]), origin=self):
            return None
        self._choose(card.id)
        self.edit_current()
        return card.id

    def add_zone(self) -> str | None:
        """A zone beside the board, its title in place to be written."""
        board = self._board()
        if board is None or not self.writable():
            return None
        probe = Zone(id="probe")
        x, y = spot_beside(board, probe.width, probe.height)
        zone = Zone(id=new_id(), title=_tr("Nyt felt"), x=x, y=y)
        if not self.context.door.apply(AddItems(board.id, [zone], at={zone.id: len(board.zones)}),
                                       origin=self):
            return None
        self._choose(zone.id)
        self.edit_current()
        return zone.id

    def _choose(self, item_id: str) -> None:
        index = self.rows.model.index_of(item_id)
        if index.isValid():
            self.rows.selection.setCurrentIndex(index,
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def edit_current(self) -> None:
        """Edit the current row's text (a card's text, a title, a link's label) in place."""
        owner = self._owner()
        if self.writable() and isinstance(owner, QTreeView) and owner.currentIndex().isValid():
            owner.edit(owner.currentIndex())

    def move_to_zone(self) -> None:
        """Ask for a zone (from a list), and move the chosen cards into it."""
        board = self._board()
        cards = [node.id for node in self.rows.chosen() if node.kind == CARD]
        if board is None or not cards or not board.zones or not self.writable():
            return
        order = [zone_id for zone_id in reading.read(board).top if zone_id in board.zones]
        names = [reading.zone_title(board.zones[zone_id]) for zone_id in order]
        name, ok = QInputDialog.getItem(self._owner(), _tr("Flyt til felt"),
                                        _tr("Flyt %n kort til feltet:", len(cards)),
                                        names, 0, False)
        if not ok or name not in names:
            return
        zone = board.zones[order[names.index(name)]]
        places: dict[str, tuple[float, float]] = {}
        for card_id in cards:
            card = board.cards[card_id]
            taken = [(x, y, board.cards[i].width, board.cards[i].height)
                     for i, (x, y) in places.items()]
            places[card_id] = spot_in_zone(board, zone, card.width, card.height, taken, cards)
        self.context.door.apply(MoveItems(board.id, places), origin=self)
        self._choose(cards[0])

    def link(self) -> str | None:
        """A link from the current card to one chosen from a list; its id."""
        board = self._board()
        current = self.rows.current()
        if board is None or current is None or current.kind != CARD or len(board.cards) < 2 \
                or not self.writable():
            return None
        dialog = LinkDialog(board, current.id, self._owner())
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return None
        link = Link(id=new_id(), source=current.id, target=chosen[0], kind=chosen[1])
        if self.context.door.apply(AddItems(board.id, [link]), origin=self):
            return link.id
        return None

    def vote(self, delta: int) -> None:
        """A dot more (1) or fewer (−1) on each chosen card."""
        board = self._board()
        cards = [node.id for node in self.rows.chosen() if node.kind == CARD]
        if board is not None and cards and self.writable():
            self.context.door.apply(Vote(board.id, cards, delta), origin=self)

    def delete(self) -> None:
        """Delete the chosen cards, zones and links (a card takes its links with it)."""
        board = self._board()
        ids = [node.id for node in self.rows.chosen() if node.kind != BOARD]
        if board is None or not ids or not self.writable():
            return
        after = self._row_after(ids)
        if self.context.door.apply(RemoveItems(board.id, ids), origin=self) and after:
            self._choose(after)

    def _row_after(self, ids: list[str]) -> str | None:
        """The row that takes the focus once these are gone: the next one, else the one
        above."""
        node = self.rows.model.nodes.get(ids[-1])
        while node is not None and node.parent is not None:
            siblings = node.parent.children
            rest = [n for n in siblings[siblings.index(node) + 1:] if n.id not in ids]
            earlier = [n for n in siblings[:siblings.index(node)] if n.id not in ids]
            if rest or earlier:
                return (rest[0] if rest else earlier[-1]).id
            node = node.parent
        return None
