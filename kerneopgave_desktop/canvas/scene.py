"""BoardScene: the adapter between one board of the document and its graphics items.

It keeps a map from model id to item, listens to the document, and updates
only the items a change touched. Items never write to the model: gestures end
in operations applied through the document. The mouse and its gestures are
canvas.scene_mouse's; who paints which item (the lift, the overview) is
canvas.scene_painting's; a large board's items built after its first frame,
canvas.scene_loading's; choosing what is selected, canvas.scene_selection's: all four are
mixed into BoardScene.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.gestures import Gesture
from kerneopgave_desktop.canvas.lift import Lift
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.overview import Overview
from kerneopgave_desktop.canvas.scene_loading import SceneLoading
from kerneopgave_desktop.canvas.scene_mouse import SceneMouse
from kerneopgave_desktop.canvas.scene_painting import NO_CONTENTS, ScenePainting
from kerneopgave_desktop.canvas.scene_selection import SceneSelection
from kerneopgave_desktop.canvas.stepwise import Grid, StepwiseBuild
from kerneopgave_desktop.canvas.zone_item import ZoneItem
from kerneopgave_desktop.document import AddItems, Document, Operation
from kerneopgave_desktop.domain import checks, look
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Card, new_id


def _clear_of_titles(titles: look.TitleIndex, rect: QRectF, shift: tuple[float, float]) -> bool:
    """Whether no zone title is near `rect` where it was nor where it is after `shift`
    (each place alone, not all the way between them): a link there only moves."""
    x, y, width, height = rect.x(), rect.y(), rect.width(), rect.height()
    return not (titles.touches((x, y, width, height))
                or titles.touches((x + shift[0], y + shift[1], width, height)))


class EditDoor(Protocol):
    """Where the scene's gestures send their operations: the UI's one door (ui.operations),
    which applies them and shows any failure."""

    def apply(self, operation: Operation, origin: object = None) -> bool: ...


BUILT_AT_ONCE = 4000
"""A board of more cards and links than this, shown in a window, has its first frame before
their items are built; they are built after it, a step at a time (canvas.stepwise)."""
REINDEX_AFTER = 2000
"""A move of at least this many cards is made without Qt's index of the items, which is
built afresh afterwards (_unindexed)."""
_SET_POS = QGraphicsItem.setPos
"""Called unbound with a QPointF: half the cost of `item.setPos(x, y)`, which a move of
50,000 cards pays 50,000 times (PySide resolves the overload in every call)."""


class BoardScene(SceneMouse, ScenePainting, SceneLoading, SceneSelection, QGraphicsScene):
    edit_requested = Signal(str)
    """A card's text should be edited (its id)."""
    rename_requested = Signal(str)
    """A zone's title should be edited in place (its id)."""
    items_changed = Signal(object)
    """The items shown changed: the ids a change touched, or None when all were made again."""
    build_progress = Signal(int, int)
    """How many of a large board's cards and links have items (canvas.stepwise), of how
    many; told after each step, and once more when all are built."""

    def __init__(self, document: Document, board_id: str, door: EditDoor | None = None,
                 parent=None, stepwise: bool = False):
        """`door` applies the scene's edits; without one the scene only shows the board.
        `stepwise`: a large board's items are built after its first frame (a window's
        board; see `rebuild`)."""
        super().__init__(parent)
        self.document = document
        self.board_id = board_id
        self.door = door
        self.current_kind = "note"
        self.snap_to_grid = True
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        self._links_by_card: dict[str, set[str]] = {}
        self.title_rects: list[look.Rect] = []
        """Where the zones' titles are: links keep off them (domain.look.link_ends)."""
        self.titles = look.TitleIndex()
        """The same, by where they are: what a link asks."""
        self.spotlight = False
        """Dim everything but the selected cards (on every view of this board)."""
        self._dimmed = False
        """Whether any item is dimmed now (by the spotlight)."""
        self.voting = False
        """A click on a card gives it a dot (Shift-click takes one back)."""
        self.lifted: Lift | None = None
        """Items lifted off the board while they are dragged or nudged (canvas.lift)."""
        self.overview = False
        """Every view shows the board zoomed out: cards and links paint nothing, and
        `overview_item` draws them in one pass (canvas.overview)."""
        self.overview_item = Overview()
        self.addItem(self.overview_item)
        self._marks: tuple[list[QRectF], list[QLineF]] | None = None
        """The selected cards' boxes, and the selected links' lines, for the overview."""
        self._settle: Callable[[], object] | None = None
        """Puts the lifted items down, when whoever lifted them wants to be told first."""
        self.selectionChanged.connect(self._selection_changed)
        self.ghosts: list[CardItem] = []
        """Cards no longer on the board, shown faded where they stood (a comparison)."""
        self._warned: set[str] = set()
        self._empty: set[str] = set()
        self.gesture: Gesture | None = None
        """The gesture in progress (canvas.gestures), from a press to its release."""
        self._cancelled = False
        """A gesture was cancelled while the button is still down: ignore until release."""
        self._zone_ids: set[str] = set()
        self._stepwise: StepwiseBuild | None = None
        """Building the items of a large board after its first frame, until it is done."""
        self._pending: tuple[list[str], list[str], dict[str, int]] = ([], [], {})
        """While it does: the ids of the cards and links in the order they are built, and
        each card's place in the board's order (its stacking)."""
        self._grid: Grid | None = None
        """Where they are, made when a view first shows the board readable meanwhile."""
        self._unsubscribe = document.subscribe(self.on_changes)
        self.rebuild(stepwise=stepwise)

    # -- model -> items -----------------------------------------------------------

    @property
    def board(self) -> Board | None:
        try:
            return self.document.workshop.board(self.board_id)
        except KeyError:
            return None

    def detach(self) -> None:
        self._unsubscribe()
        self._stop_loading()

    def rebuild(self, stepwise: bool = False) -> None:
        """Make every item again from the model. With `stepwise`, a board of more than
        BUILT_AT_ONCE cards and links gets its zones at once and its cards and links drawn
        by the overview from their models; their items are built after the first frame
        (`_start_loading`)."""
        self.end_lift()
        self._stop_loading()
        for items in (self.links, self.cards, self.zones):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._links_by_card.clear()
        self.title_rects, self.titles = [], look.TitleIndex()
        self._warned, self._empty = set(), set()
        self.overview_item.reset()
        board = self.board
        if board is not None and stepwise and len(board.cards) + len(board.links) > \
                BUILT_AT_ONCE:
            self._start_loading(board)
            return
        if board is not None:
            with heap.building():  # the items live as long as the scene (kerneopgave.heap)
                self._sync(board, [*board.zones, *board.cards, *board.links], restack=True)
            self.refresh_markers(board)
        self.items_changed.emit(None)

    def on_changes(self, changes: Changes) -> None:
        board = self.board
        if board is None:
            self.rebuild()
            return
        if self._stepwise is not None and changes.items.get(self.board_id):
            self._stepwise.finish()  # an edit of the board meets all its items
        ids = changes.items.get(self.board_id)
        if ids:
            self._sync(board, ids, restack=bool(ids & changes.placed), moved=changes.moved)
            self.refresh_markers(board)
            self.items_changed.emit(ids)

    def refresh_markers(self, board: Board) -> None:
        """Point at core tasks missing their link up, and at empty cells (domain.checks)."""
        warnings, hints = checks.card_warnings(board), checks.zone_hints(board)
        if warnings.keys() != self._warned:
            self.overview_item.update()
        for card_id in warnings.keys() | self._warned:  # only the items whose mark may change
            if card_id in self.cards:
                self.cards[card_id].set_warning(warnings.get(card_id, ""))
        for zone_id in hints.keys() | self._empty:
            if zone_id in self.zones:
                self.zones[zone_id].set_empty_hint(hints.get(zone_id, ""))
        self._warned, self._empty = set(warnings), set(hints)

    def _sync(self, board: Board, ids: Iterable[str], restack: bool,
              moved: set[str] | frozenset[str] = frozenset()) -> None:
        """Bring the items of `ids` in line with the model; those in `moved` only moved.
        Many moved at once are moved with Qt's index put away and built afresh (_unindexed)."""
        ids = list(ids)
        moving = [i for i in ids if i in moved] if moved else []
        if len(moving) < REINDEX_AFTER:
            self._sync_items(board, ids, moving, restack)
            return
        with self._unindexed():
            self._sync_items(board, ids, moving, restack)

    def _sync_items(self, board: Board, ids: list[str], moving: list[str],
                    restack: bool) -> None:
        """_sync's work: the cards of `moving` only moved; the rest of `ids` are put anew."""
        shifts = self._move_cards(board, moving) if moving else {}
        ids = [i for i in ids if i not in shifts]
        gone: list[QGraphicsItem] = [  # links first, so no link outlives its card
            self._take_link(item_id) for item_id in ids
            if item_id in self.links and item_id not in board.links]
        cards = []
        for item_id in ids:
            card = board.cards.get(item_id)
            if card is not None:
                self._put_card(card)
                cards.append(item_id)
            elif item_id in board.zones:
                self._put_zone(board.zones[item_id])
            elif item_id in self.cards:
                gone.append(self.cards.pop(item_id))
            elif item_id in self.zones:
                gone.append(self.zones.pop(item_id))
        self._remove_items(gone)
        if any(item_id in board.zones or item_id in self._zone_ids for item_id in ids):
            self._fit_titles(board)
        self._zone_ids = set(board.zones)
        put = set()
        for item_id in ids:
            if item_id in board.links:
                self._put_link(board, item_id)
                put.add(item_id)
        links = self._links_by_card
        follow = {i for card_id in (*cards, *shifts) for i in links.get(card_id, ())} - put
        titles = self.titles
        for link_id in follow:  # a link follows its cards; moved alike, it only moves
            item = self.links[link_id]
            shift = shifts.get(item.link.source)
            if shift is not None and shift == shifts.get(item.link.target) \
                    and _clear_of_titles(titles, item.scene_box(), shift):
                item.moveBy(*shift)
            else:  # its way may now go round a zone's title
                item.update_geometry()
        self._marks = None  # the selected cards' boxes may have moved
        self.overview_item.touch(ids, [*ids, *follow], moved=shifts)
        if self.spotlight:
            self._apply_spotlight()
        if restack:
            count = len(board.cards) + 1
            for index, card_id in enumerate(board.cards):
                self.cards[card_id].setZValue(1 + index / count)
            self._stack_zones(board)

    def _stack_zones(self, board: Board) -> None:
        """The zones one above the other in the board's order, all below the cards."""
        for index, zone_id in enumerate(board.zones):
            self.zones[zone_id].setZValue(-1 + index / (len(board.zones) + 1))

    def _move_cards(self, board: Board, ids: list[str]) -> dict[str, tuple[float, float]]:
        """Move the items of cards that only moved (all of them, for a select-all drag);
        how far each has moved, by id. Zones, and cards without an item, are left to
        `_sync`."""
        shifts = {}
        item_of, card_of, point, set_pos = self.cards.get, board.cards.get, QPointF, _SET_POS
        for item_id in ids:  # 50,000 times for a select-all: no lookup twice
            item, card = item_of(item_id), card_of(item_id)
            if item is not None and card is not None:
                old = item.card
                x, y = card.x, card.y
                shifts[item_id] = (x - old.x, y - old.y)
                item.card = card
                set_pos(item, point(x, y))
        return shifts

    @contextlib.contextmanager
    def _unindexed(self) -> Iterator[None]:
        """Move many items with Qt's index of them (its BSP tree) put away, then build it
        afresh. Qt takes each item moved out of its index and puts it back elsewhere, about
        30 µs an item once the index has been built by a paint (1.5 s for the 50,000 cards
        of a select-all drag put down), and the index it keeps up to date so answers each
        frame's question (which items are in view) two to three times slower afterwards (a
        select-all drag of 50,000 cards, 170 against 85 ms a frame). Without an index a
        move costs Qt next to nothing, and building the index again at the next paint
        about 2 µs an item."""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            yield
        finally:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def _fit_titles(self, board: Board) -> None:
        """One size for every zone title on the board; links re-routed if a title moved."""
        pixels = look.title_pixels(board.zones.values(), style.zone_measure)
        for item in self.zones.values():
            item.set_title_pixels(pixels)
        rects = [item.title_box for item in self.zones.values() if item.title_item.lines]
        if rects != self.title_rects:
            self.title_rects, self.titles = rects, look.TitleIndex(rects)
            for link in self.links.values():
                link.update_geometry()
            self._marks = None  # a selected link's line may have moved
            self.overview_item.touch(links=self.links)

    def _put_card(self, card: Card) -> None:
        item = self.cards.get(card.id)
        if item is None:
            item = self.cards[card.id] = CardItem(card)
            if self.document.read_only:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
            if self.overview:
                item.setFlag(NO_CONTENTS)
            self.addItem(item)
        else:
            item.set_card(card)

    def _put_zone(self, zone) -> None:
        item = self.zones.get(zone.id)
        if item is None:
            item = self.zones[zone.id] = ZoneItem(zone, editable=not self.document.read_only)
            self.addItem(item)
        else:
            item.set_zone(zone)

    def _put_link(self, board: Board, link_id: str) -> None:
        link = board.links[link_id]
        source, target = self.cards[link.source], self.cards[link.target]
        item = self.links.get(link_id)
        if item is None:
            item = self.links[link_id] = LinkItem(link, source, target, self)
            if self.overview:
                item.setFlag(NO_CONTENTS)
        else:
            for end in (item.link.source, item.link.target):
                self._links_by_card.get(end, set()).discard(link_id)
            item.set_link(link, source, target)
        for end in (link.source, link.target):
            self._links_by_card.setdefault(end, set()).add(link_id)

    def _take_link(self, link_id: str) -> LinkItem:
        """A link's item, no longer the scene's link (`_remove_items` takes it off)."""
        item = self.links.pop(link_id)
        for end in (item.link.source, item.link.target):
            self._links_by_card.get(end, set()).discard(link_id)
        return item

    def _remove_items(self, items: list[QGraphicsItem]) -> None:
        """Take `items` off the scene, telling the selection's listeners once, and the
        focus's, not once per selected item: each listener reads the whole selection, and
        deleting a select-all of 50,000 cards took Qt's signal per card into minutes."""
        if not items:
            return
        selected = any(item.isSelected() for item in items)
        focus = self.focusItem()
        blocked = self.blockSignals(True)
        try:
            for item in items:
                self.removeItem(item)
        finally:
            self.blockSignals(blocked)
        if blocked:
            return
        if selected:
            self.selectionChanged.emit()
        if self.focusItem() is not focus:
            self.focusItemChanged.emit(self.focusItem(), focus,
                                       Qt.FocusReason.OtherFocusReason)

    def add_ghost(self, card: Card) -> CardItem:
        """Show `card`, which is not on this board, faded where it stood; never selectable."""
        ghost = CardItem(card)
        ghost.setFlags(ghost.flags() & ~CardItem.GraphicsItemFlag.ItemIsMovable
                       & ~CardItem.GraphicsItemFlag.ItemIsSelectable)
        ghost.set_diff_mark("removed")
        self.addItem(ghost)
        self.ghosts.append(ghost)
        return ghost

    # Asked once per item (a lift, a change of zoom, each card a comparison marks), so they
    # stand on BoardScene itself, not on ScenePainting with the rest of who paints what:
    # PySide finds a method of the object's own class at once, a base class's more slowly.
    def _own_contents(self, item: QGraphicsItem) -> bool:
        """Whether `item` paints itself (and is not lifted): everything but, in overview, the
        cards and links the overview draws (a marked card paints itself there too)."""
        if not self.overview:
            return True
        if isinstance(item, CardItem):
            return bool(item.diff_mark or item.link_target) and item.id in self.cards
        return not isinstance(item, LinkItem)

    def show_contents(self, item: CardItem) -> None:
        """A card's mark came or went (CardItem._marked): in overview, a marked card
        paints itself."""
        lifted = self.lifted
        if item.id in self.cards and (lifted is None or item not in lifted.held):
            item.setFlag(NO_CONTENTS, not self._own_contents(item))

    # -- items -> operations ----------------------------------------------------

    def apply(self, operation: Operation) -> bool:
        """Apply through the door; when the model did not take it, show the model again
        (a gesture may have moved items the model never moved)."""
        if self.door is None:
            return False
        if self.door.apply(operation, origin=self):
            return True
        self.rebuild()
        return False

    def new_card(self, kind: str, center: QPointF, text: str = "") -> str | None:
        """Add a card of `kind` centred on `center`; its id, or None if that failed."""
        cls = CARD_TYPES[kind]
        probe = cls(id="probe")
        corner = self.snapped(QPointF(center.x() - probe.width / 2, center.y() - probe.height / 2))
        card = cls(id=new_id(), text=text, x=corner.x(), y=corner.y())
        return card.id if self.apply(AddItems(self.board_id, [card])) else None
