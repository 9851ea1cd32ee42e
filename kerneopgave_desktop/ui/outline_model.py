"""The outline's model: every board, then its zones and the cards outside them in reading
order, each zone's cards under it, each card's links under the card (domain.reading).

It follows the document's change stream: a change touches a few items of a board, and the
model works out that board's order again (plain Python, no Qt) and tells its views only
which rows went, came or changed. Nothing is rebuilt, so the views keep their selection,
their current row and what is expanded. Edits made in place (a card's text, a zone's or a
board's title, a link's label) go through the window's door like every other edit.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon

from kerneopgave_desktop.document import Document, EditCard, EditLink, EditZone, RenameBoard
from kerneopgave_desktop.domain import checks, reading
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Board, Card, Link, Zone
from kerneopgave_desktop.ui.operations import Door

BOARD, ZONE, CARD, LINK = "board", "zone", "card", "link"
SHOWN = 160
"""How much of a card's text a row shows (the tooltip and the inspector have all of it)."""
MATCH_BACKGROUND, MATCH_TEXT = QColor("#ffe082"), QColor("#000000")
"""A row that matches the search: dark text on amber, whatever the theme (7:1 or more)."""
TOP = QModelIndex()
"""The invisible root's index: the parent of the boards' rows."""
EDITED = {BOARD: "title", ZONE: "title", CARD: "text", LINK: "label"}
"""What is edited in place on each kind of row."""
NodeRole = Qt.ItemDataRole.UserRole + 1
"""The row's (kind, item id, board id)."""


def _tr(source: str, n: int | None = None) -> str:
    return QCoreApplication.translate("Outline", source, None, -1 if n is None else n)


class Node:
    """One row: a board, a zone, a card or a link, with the rows under it."""

    __slots__ = ("board_id", "children", "id", "kind", "parent")

    def __init__(self, kind: str, item_id: str, board_id: str, parent: Node | None):
        self.kind, self.id, self.board_id, self.parent = kind, item_id, board_id, parent
        self.children: list[Node] = []

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


def _kept(old: list[str], new: list[str]) -> set[str]:
    """The ids of `old` that can stay where they are: the longest run of them that `new`
    keeps in the same order (a longest increasing subsequence, by patience sorting)."""
    place = {item_id: index for index, item_id in enumerate(new)}
    both = [item_id for item_id in old if item_id in place]
    tails: list[int] = []
    """The smallest last place of a run of each length so far."""
    ends: list[int] = []
    """Where in `both` that run ends."""
    before = [-1] * len(both)
    for position, item_id in enumerate(both):
        length = bisect.bisect_left(tails, place[item_id])
        if length == len(tails):
            tails.append(place[item_id])
            ends.append(position)
        else:
            tails[length] = place[item_id]
            ends[length] = position
        before[position] = ends[length - 1] if length > 0 else -1
    kept: set[str] = set()
    position = ends[-1] if ends else -1
    while position >= 0:
        kept.add(both[position])
        position = before[position]
    return kept


class OutlineModel(QAbstractItemModel):
    """Boards, zones, cards and links as a tree (see the module's docstring)."""

    updated = Signal()
    """The rows follow the latest change: the views may select again what the board has."""

    def __init__(self, document: Document, door: Door, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.door = door
        self.root = Node("root", "", "", None)
        self.nodes: dict[str, Node] = {}
        """Item id -> its row (ids are unique across a workshop)."""
        self._readings: dict[str, reading.Reading] = {}
        self._warnings: dict[str, dict[str, str]] = {}
        self._icons: dict[str, QIcon] = {}
        self.matches: set[str] = set()
        self.current_match: str | None = None
        self.busy = False
        """True while the rows are being changed to follow the document."""
        for board in document.workshop.boards:
            self.root.children.append(self._build(board))
        self._unsubscribe = document.subscribe(self._on_changes)

    def detach(self) -> None:
        """Stop following the document (its window is closing)."""
        self._unsubscribe()

    # -- the tree -----------------------------------------------------------------------

    def _board(self, board_id: str) -> Board | None:
        try:
            return self.document.workshop.board(board_id)
        except KeyError:
            return None

    def _wanted(self, board: Board, node: Node) -> list[str]:
        """The ids that should be under `node`, in order."""
        if node.kind == BOARD:
            return list(self._readings[board.id].top)
        if node.kind == ZONE:
            return list(self._readings[board.id].inside.get(node.id, ()))
        if node.kind == CARD:
            return [link.id for link in board.links.values() if link.source == node.id]
        return []

    def _kind(self, board: Board, item_id: str) -> str:
        return ZONE if item_id in board.zones else CARD if item_id in board.cards else LINK

    def _read(self, board: Board) -> None:
        self._readings[board.id] = reading.read(board)
        self._warnings[board.id] = checks.card_warnings(board)

    def _build(self, board: Board) -> Node:
        self._read(board)
        node = self.nodes[board.id] = Node(BOARD, board.id, board.id, self.root)
        self._fill(board, node)
        return node

    def _fill(self, board: Board, node: Node) -> None:
        for item_id in self._wanted(board, node):
            child = self.nodes[item_id] = Node(self._kind(board, item_id), item_id, board.id,
                                               node)
            node.children.append(child)
            self._fill(board, child)

    def _forget(self, node: Node) -> None:
        if self.nodes.get(node.id) is node:
            del self.nodes[node.id]
        for child in node.children:
            self._forget(child)

    def _sync(self, board: Board, node: Node) -> None:
        """Make the rows under `node` what the board wants, then the rows under those."""
        wanted = self._wanted(board, node)
        old = [child.id for child in node.children]
        if old != wanted:
            kept = _kept(old, wanted)
            parent = self._index_of(node)
            for row in range(len(node.children) - 1, -1, -1):
                if node.children[row].id not in kept:
                    self.beginRemoveRows(parent, row, row)
                    self._forget(node.children.pop(row))
                    self.endRemoveRows()
            for row, item_id in enumerate(wanted):
                if row < len(node.children) and node.children[row].id == item_id:
                    continue
                child = Node(self._kind(board, item_id), item_id, board.id, node)
                self._fill(board, child)
                self.beginInsertRows(parent, row, row)
                node.children.insert(row, child)
                self._claim(child)
                self.endInsertRows()
        for child in node.children:
            if child.kind in (ZONE, CARD):
                self._sync(board, child)

    def _claim(self, node: Node) -> None:
        self.nodes[node.id] = node
        for child in node.children:
            self._claim(child)

    def _on_changes(self, changes: Changes) -> None:
        self.busy = True
        try:
            self._follow(changes)
        finally:
            self.busy = False
        self.updated.emit()

    def _follow(self, changes: Changes) -> None:
        boards = self.document.workshop.boards
        touched = set(changes.items)
        if changes.boards:
            wanted = [board.id for board in boards]
            for row in range(len(self.root.children) - 1, -1, -1):
                if self.root.children[row].id not in wanted:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    gone = self.root.children.pop(row)
                    self._forget(gone)
                    self._readings.pop(gone.id, None)
                    self._warnings.pop(gone.id, None)
                    self.endRemoveRows()
            for row, board in enumerate(boards):
                present = [child.id for child in self.root.children]
                if row < len(present) and present[row] == board.id:
                    continue
                if board.id in present:  # moved in the board order
                    old = present.index(board.id)
                    self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), row)
                    self.root.children.insert(row, self.root.children.pop(old))
                    self.endMoveRows()
                else:
                    node = self._build(board)
                    self.beginInsertRows(QModelIndex(), row, row)
                    self.root.children.insert(row, node)
                    self.endInsertRows()
                    touched.discard(board.id)
            for board_id in changes.boards:
                self._changed(self.nodes.get(board_id))
        for board_id in touched:
            board = self._board(board_id)
            node = self.nodes.get(board_id)
            if board is None or node is None:
                continue
            warned, before = self._warnings.get(board_id, {}), self._readings.get(board_id)
            self._read(board)
            self._sync(board, node)
            self._refresh(board, changes.items[board_id], warned, before)

    def _refresh(self, board: Board, ids: set[str], warned: dict[str, str],
                 before: reading.Reading | None) -> None:
        """Say which rows read differently: the items touched, the zones a card left or
        joined, the cards whose links or zone title changed, the cards whose warning came or
        went, and the board's own row."""
        again = set(ids) | (warned.keys() ^ self._warnings[board.id].keys())
        now = self._readings[board.id]
        for item_id in ids:
            again |= {before.zone.get(item_id) if before is not None else None,
                      now.zone.get(item_id)} - {None}
            link = board.links.get(item_id)
            if link is not None:
                again |= {link.source, link.target}
            elif item_id in board.zones:
                again |= set(self._readings[board.id].inside.get(item_id, ()))
        for item_id in again:
            self._changed(self.nodes.get(item_id))
        self._changed(self.nodes.get(board.id))

    def _changed(self, node: Node | None) -> None:
        if node is not None and node.parent is not None:
            index = self._index_of(node)
            self.dataChanged.emit(index, index)

    # -- Qt's model interface ---------------------------------------------------------------

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def index_of(self, item_id: str) -> QModelIndex:
        """The row of a board, zone, card or link by its id (invalid if it has none)."""
        node = self.nodes.get(item_id)
        return self._index_of(node) if node is not None else QModelIndex()

    def node(self, index: QModelIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: QModelIndex = TOP) -> QModelIndex:
        node = self.node(parent) or self.root
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        """The row above `index`; without one, the model's QObject parent (as Qt's)."""
        if index is None:
            return QObject.parent(self)
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: QModelIndex = TOP) -> int:
        if parent.column() > 0:
            return 0
        return len((self.node(parent) or self.root).children)

    def columnCount(self, parent: QModelIndex = TOP) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr("Oversigt")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def item(self, node: Node) -> Board | Zone | Card | Link | None:
        """The model's object for a row."""
        board = self._board(node.board_id)
        if board is None or node.kind == BOARD:
            return board
        container = board.container(node.id)
        return container.get(node.id) if container is not None else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        item = self.item(node) if node is not None else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(node, item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node, item)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._described(node, item)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, EDITED[node.kind])
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == CARD:
            return item.text
        if role == Qt.ItemDataRole.DecorationRole and node.kind == CARD:
            return self._icon(item.kind)
        if role == Qt.ItemDataRole.FontRole and (node.kind == BOARD or node.id in self.matches):
            font = QFont()
            font.setBold(True)
            return font
        if node.id in self.matches:
            if role == Qt.ItemDataRole.BackgroundRole:
                return MATCH_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return MATCH_TEXT
        if role == NodeRole:
            return node.kind, node.id, node.board_id
        return None

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            from kerneopgave_desktop.ui.palette import kind_icon

            icon = self._icons[kind] = kind_icon(kind)
        return icon

    def _shown(self, node: Node, item) -> str:
        board = self._board(node.board_id)
        if node.kind == BOARD:
            return _tr("{title} (%n kort)", len(item.cards)).format(
                title=item.title or _tr("Uden titel"))
        if node.kind == ZONE:
            count = len(self._readings[node.board_id].inside.get(node.id, ()))
            return _tr("Felt: {title} (%n kort)", count).format(title=reading.zone_title(item))
        if node.kind == LINK:
            return reading.link_line(board, item, item.source)
        return " · ".join([reading.card_title(item, SHOWN), *reading.card_details(item)])

    def _spoken(self, node: Node, item) -> str:
        board = self._board(node.board_id)
        if node.kind == CARD:
            return reading.announcement(board, node.id, self._readings[node.board_id],
                                        self._warnings[node.board_id])
        if node.kind == ZONE:
            return _tr("Felt: {title}").format(title=reading.zone_title(item))
        if node.kind == BOARD:
            return _tr("Tavle: {title}").format(title=item.title or _tr("Uden titel"))
        return self._shown(node, item)

    def _described(self, node: Node, item) -> str:
        board = self._board(node.board_id)
        if node.kind == CARD:
            return reading.link_summary(board, node.id)
        if node.kind in (BOARD, ZONE):
            return self._shown(node, item)
        return ""

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A text typed in place: the card's, the zone's or board's title, a link's label."""
        node = self.node(index)
        item = self.item(node) if node is not None else None
        if role != Qt.ItemDataRole.EditRole or item is None or not isinstance(value, str):
            return False
        if getattr(item, EDITED[node.kind]) == value:
            return False
        operation = {BOARD: lambda: RenameBoard(node.id, value),
                     ZONE: lambda: EditZone(node.board_id, node.id, title=value),
                     CARD: lambda: EditCard(node.board_id, node.id, text=value),
                     LINK: lambda: EditLink(node.board_id, node.id, label=value)}[node.kind]()
        return self.door.apply(operation, origin=self)

    # -- find -----------------------------------------------------------------------------

    def set_matches(self, ids: set[str], current: str | None) -> None:
        """Mark the rows that match the search (and which one is found now)."""
        changed = ids ^ self.matches
        self.matches, self.current_match = set(ids), current
        for item_id in changed:
            self._changed(self.nodes.get(item_id))
