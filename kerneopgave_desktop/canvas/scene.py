"""BoardScene: the adapter between one board of the document and its graphics items.

It keeps a map from model id to item, listens to the document, and updates
only the items a change touched. Items never write to the model: gestures end
in operations applied through the document. The mouse and its gestures are
canvas.scene_mouse's; who paints which item (the lift, the overview) is
canvas.scene_painting's: both are mixed into BoardScene.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.gestures import Gesture
from kerneopgave_desktop.canvas.lift import Lift
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.overview import Overview
from kerneopgave_desktop.canvas.scene_mouse import SceneMouse
from kerneopgave_desktop.canvas.scene_painting import NO_CONTENTS, ScenePainting
from kerneopgave_desktop.canvas.stepwise import StepwiseBuild
from kerneopgave_desktop.canvas.zone_item import ZoneItem
from kerneopgave_desktop.document import AddItems, Document, Operation
from kerneopgave_desktop.domain import checks, look
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Card, new_id


def _moved_box(rect: QRectF, shift: tuple[float, float]) -> tuple[look.Rect, look.Rect]:
    """`rect` where it was and where it is after `shift`, as boxes for look.TitleIndex."""
    box = (rect.x(), rect.y(), rect.width(), rect.height())
    return box, (box[0] + shift[0], box[1] + shift[1], box[2], box[3])


def _meets(bounds: tuple[float, float, float, float], one: Card, other: Card) -> bool:
    """Whether the box round two cards (or one, given twice) meets `bounds` (left, top,
    right, bottom): a link between them may pass through it."""
    left, top, right, bottom = _box_of(one, other)
    return left < bounds[2] and right > bounds[0] and top < bounds[3] and bottom > bounds[1]


def _cells(bounds: tuple[float, float, float, float]) -> list[tuple[int, int]]:
    """The cells of _Grid that `bounds` (left, top, right, bottom) meets."""
    left, top, right, bottom = (math.floor(value / _Grid.CELL) for value in bounds)
    return [(column, row) for column in range(left, right + 1) for row in range(top, bottom + 1)]


class _Grid:
    """The cards and links of a board being built stepwise, by where they are: which of them
    a readable view may show, without a walk over all of them at each frame."""

    CELL = 1000.0
    """Board units a side."""
    LONG = 16
    """A link whose box meets more cells than this is asked about at every frame."""

    def __init__(self, board: Board, card_ids: list[str], link_ids: list[str]):
        self.cards: dict[tuple[int, int], list[int]] = {}
        self.links: dict[tuple[int, int], list[int]] = {}
        self.long: list[int] = []
        cards = board.cards
        for index, card_id in enumerate(card_ids):
            card = cards.get(card_id)
            if card is not None:
                for cell in _cells(_box_of(card, card)):
                    self.cards.setdefault(cell, []).append(index)
        for index, link_id in enumerate(link_ids):
            link = board.links.get(link_id)
            if link is None:
                continue
            cells = _cells(_box_of(cards[link.source], cards[link.target]))
            if len(cells) > self.LONG:
                self.long.append(index)
            for cell in cells if len(cells) <= self.LONG else ():
                self.links.setdefault(cell, []).append(index)

    def near(self, bounds: tuple[float, float, float, float]) -> tuple[set[int], set[int]]:
        """The places (in the build's order) of the cards and links in the cells `bounds`
        meets, and of the long links."""
        cards, links = set(), set(self.long)
        for cell in _cells(bounds):
            cards.update(self.cards.get(cell, ()))
            links.update(self.links.get(cell, ()))
        return cards, links


def _box_of(one: Card, other: Card) -> tuple[float, float, float, float]:
    """The box round two cards (or one, given twice): left, top, right, bottom."""
    return (min(one.x, other.x), min(one.y, other.y), max(one.x + one.width,
                                                          other.x + other.width),
            max(one.y + one.height, other.y + other.height))


class EditDoor(Protocol):
    """Where the scene's gestures send their operations: the UI's one door (ui.operations),
    which applies them and shows any failure."""

    def apply(self, operation: Operation, origin: object = None) -> bool: ...


BUILT_AT_ONCE = 4000
"""A board of more cards and links than this, shown in a window, has its first frame before
their items are built; they are built after it, a step at a time (canvas.stepwise)."""
VIEW_MARGIN = 200.0
"""Board units round a readable view within which a stepwise build builds items at once."""
REINDEX_AFTER = 2000
"""A move of at least this many cards builds Qt's index of the items afresh (_reindex)."""
_SET_POS = QGraphicsItem.setPos
"""Called unbound with a QPointF: half the cost of `item.setPos(x, y)`, which a move of
50,000 cards pays 50,000 times (PySide resolves the overload in every call)."""
SPOTLIGHT_DIM = 0.15
SPOTLIGHT_DIM_ZONES = 0.35


class BoardScene(SceneMouse, ScenePainting, QGraphicsScene):
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
        self._grid: _Grid | None = None
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

    @property
    def loading(self) -> bool:
        """Whether some of the board's cards and links have no item yet (canvas.stepwise)."""
        return self._stepwise is not None

    def start_loading(self) -> None:
        """The board's first frame is painted: its items may be built from now on."""
        if self._stepwise is not None:
            self._stepwise.start()

    def finish_loading(self) -> None:
        """Build every item still to come now: before whatever needs them all."""
        if self._stepwise is not None:
            self._stepwise.finish()

    def _stop_loading(self) -> None:
        build, self._stepwise, self._pending, self._grid = self._stepwise, None, ([], [], {}), \
            None
        if build is not None:
            build.stop()
            build.deleteLater()

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

    def _start_loading(self, board: Board) -> None:
        """Build the zones, let the overview draw the cards and links from the model (at fit,
        all a large board's first frame shows of them), and build their items from a timer
        (canvas.stepwise): the first frame does not wait for 75,000 items.

        Until its item is built, a link is drawn along the line between its cards' centres,
        from edge to edge (look.border_point): the line its item draws wherever its cards
        face each other squarely and no zone title is near (all the benchmark board's
        links), and otherwise a line between the same cards; finding each link's way
        (look.link_ends, round the titles) costs 25,000 links a third of a second. The
        overview takes each link's line from its item as it is built, and draws them all
        again once all are built (not after each step: that repainted the view each time,
        and the board answered a pan every 60 to 100 ms instead of every 35)."""
        with heap.building():
            self._sync(board, list(board.zones), restack=False)
            self._stack_zones(board)
            cards, edge = board.cards, look.border_point
            lines = []
            for link in board.links.values():
                source, target = cards[link.source], cards[link.target]
                start = (source.x, source.y, source.width, source.height)
                end = (target.x, target.y, target.width, target.height)
                lines.append((link, QLineF(
                    *edge(start, (end[0] + end[2] / 2, end[1] + end[3] / 2)),
                    *edge(end, (start[0] + start[2] / 2, start[1] + start[3] / 2)))))
            self.overview_item.preview(cards.values(), lines)
        self.refresh_markers(board)
        self._pending = list(cards), list(board.links), {card_id: index for index, card_id
                                                          in enumerate(cards)}
        self._stepwise = StepwiseBuild(self, len(cards) + len(board.links), self._build_range,
                                       self._loaded, self.build_progress.emit, self._pans)
        self.items_changed.emit(None)

    def _build_range(self, start: int, stop: int) -> None:
        """Build the items from `start` up to `stop` in the order of a stepwise build (the
        cards in the board's order, then the links), but those built already."""
        board = self.board
        if board is None:
            return
        card_ids, link_ids, _ = self._pending
        cards, links = self.cards, self.links
        for index in range(start, min(stop, len(card_ids))):
            card = board.cards.get(card_ids[index])
            if card is not None and card.id not in cards:
                self._put_new_card(card)
        for index in range(max(start - len(card_ids), 0), max(stop - len(card_ids), 0)):
            link_id = link_ids[index]
            if link_id in board.links and link_id not in links:
                self._put_new_link(board, link_id)

    def _put_new_card(self, card: Card) -> None:
        """A card's item, made while a large board is built stepwise, stacked as a board
        built at once stacks it."""
        self._put_card(card)
        _, _, order = self._pending
        self.cards[card.id].setZValue(1 + order[card.id] / (len(order) + 1))

    def _put_new_link(self, board: Board, link_id: str) -> None:
        """A link's item, made while a large board is built stepwise; the overview takes
        its line from it, shown with the next frame."""
        self._put_link(board, link_id)
        self.overview_item.boxes.put_link(self.links[link_id])

    def build_in_view(self) -> None:
        """While a large board is built stepwise, build now what the views that show it
        readable show (and the cards at the ends of the links they show): zoomed in, the
        overview draws nothing, and a card or link shows once it has its item. The rest
        follows step by step as before."""
        build, board = self._stepwise, self.board
        if build is None or board is None:
            return
        areas = [view.mapToScene(view.viewport().rect()).boundingRect()
                 for view in self.views() if getattr(view, "readable", False)]
        if not areas:
            return
        card_ids, link_ids, _ = self._pending
        if self._grid is None:
            self._grid = _Grid(board, card_ids, link_ids)
        cards, links = board.cards, board.links
        with heap.building():
            for area in areas:
                bounds = (area.left() - VIEW_MARGIN, area.top() - VIEW_MARGIN,
                          area.right() + VIEW_MARGIN, area.bottom() + VIEW_MARGIN)
                near_cards, near_links = self._grid.near(bounds)
                for index in near_cards:
                    card = cards.get(card_ids[index])
                    if card is not None and card.id not in self.cards \
                            and _meets(bounds, card, card):
                        self._put_new_card(card)
                for index in near_links:
                    link = links.get(link_ids[index])
                    if link is None or link.id in self.links:
                        continue
                    source, target = cards[link.source], cards[link.target]
                    if _meets(bounds, source, target):
                        for card in (source, target):
                            if card.id not in self.cards:
                                self._put_new_card(card)
                        self._put_new_link(board, link.id)

    def _pans(self, watched: QObject, event: QMouseEvent) -> bool:
        """Whether `event`, sent to `watched`, is a press that pans one of the board's
        views."""
        return any(watched is view.viewport() and view.pans(event) for view in self.views())

    def _loaded(self) -> None:
        """Every item is built: what only items show (warnings, the spotlight) is shown."""
        self._stepwise, self._pending, self._grid = None, ([], [], {}), None
        board = self.board
        if board is not None:
            self._warned = set()  # told to the cards built so far only
            self.refresh_markers(board)
        if self.spotlight:
            self._apply_spotlight()
        self.overview_item.update()  # the links' lines as their items have them
        self.build_progress.emit(len(self.cards) + len(self.links),
                                 len(self.cards) + len(self.links))
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
        """Bring the items of `ids` in line with the model; those in `moved` only moved."""
        ids = list(ids)
        shifts = self._move_cards(board, [i for i in ids if i in moved]) if moved else {}
        if len(shifts) >= REINDEX_AFTER:
            self._reindex()
        touched = ids
        ids = [i for i in ids if i not in shifts]
        for item_id in ids:  # links first, so no link outlives its card
            if item_id in self.links and item_id not in board.links:
                self._remove_link(item_id)
        cards = []
        for item_id in ids:
            card = board.cards.get(item_id)
            if card is not None:
                self._put_card(card)
                cards.append(item_id)
            elif item_id in board.zones:
                self._put_zone(board.zones[item_id])
            elif item_id in self.cards:
                self.removeItem(self.cards.pop(item_id))
            elif item_id in self.zones:
                self.removeItem(self.zones.pop(item_id))
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
                    and not any(titles.near(box)  # each place alone: not all between them
                                for box in _moved_box(item.sceneBoundingRect(), shift)):
                item.moveBy(*shift)
            else:  # its way may now go round a zone's title
                item.update_geometry()
        self._marks = None  # the selected cards' boxes may have moved
        self.overview_item.touch(touched, [*touched, *follow])
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
        items, cards = self.cards, board.cards
        for item_id in ids:
            item, card = items.get(item_id), cards.get(item_id)
            if item is not None and card is not None:
                old = item.card
                shifts[item_id] = (card.x - old.x, card.y - old.y)
                item.card = card
                _SET_POS(item, QPointF(card.x, card.y))
        return shifts

    def _reindex(self) -> None:
        """Build Qt's index of the items (its BSP tree) afresh. Once thousands of items
        have moved at once, the index Qt keeps up to date answers each frame's question
        (which items are in view, in what order) two to three times slower: a select-all
        drag of 50,000 cards went from 85 to 170 ms a frame after moving them all once.
        Building it again costs about 2 µs an item."""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
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

    def _remove_link(self, link_id: str) -> None:
        item = self.links.pop(link_id)
        for end in (item.link.source, item.link.target):
            self._links_by_card.get(end, set()).discard(link_id)
        self.removeItem(item)

    def set_spotlight(self, on: bool) -> None:
        if on:
            self.finish_loading()  # every item dimmed but the selection's
        self.spotlight = on
        self._apply_spotlight()

    def _selection_changed(self) -> None:
        self.settle_lift()  # a nudge belongs to the selection it moved
        self._marks = None
        if self.overview:
            self.overview_item.update()
        self._apply_spotlight()

    def _apply_spotlight(self) -> None:
        if not self.spotlight and not self._dimmed:
            return  # nothing is dimmed, nothing to light
        lit = {item.id for item in self.selected_cards()} if self.spotlight else None
        for items, dim in ((self.cards, SPOTLIGHT_DIM), (self.links, SPOTLIGHT_DIM),
                           (self.zones, SPOTLIGHT_DIM_ZONES)):
            for item_id, item in items.items():
                item.setOpacity(1.0 if lit is None or item_id in lit else dim)
        self._dimmed = lit is not None

    def select_all(self) -> None:
        """Select every card and link, telling the selection's listeners once (not once per
        item: each of them reads the whole selection)."""
        self.finish_loading()
        self.blockSignals(True)
        try:
            for item in [*self.cards.values(), *self.links.values()]:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

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

    def selected_movable_items(self) -> list[CardItem | ZoneItem]:
        return [item for item in self.selectedItems() if isinstance(item, (CardItem, ZoneItem))
                and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable]

    def selected_ids(self) -> list[str]:
        return [item.id for item in self.selectedItems() if hasattr(item, "id")]

    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def new_card(self, kind: str, center: QPointF, text: str = "") -> str | None:
        """Add a card of `kind` centred on `center`; its id, or None if that failed."""
        cls = CARD_TYPES[kind]
        probe = cls(id="probe")
        corner = self.snapped(QPointF(center.x() - probe.width / 2, center.y() - probe.height / 2))
        card = cls(id=new_id(), text=text, x=corner.x(), y=corner.y())
        return card.id if self.apply(AddItems(self.board_id, [card])) else None

    def duplicate_selection(self) -> list[str]:
        board = self.board
        chosen = [item.id for item in self.selected_cards()]
        if board is None or not chosen:
            return []
        copies = {card_id: new_id() for card_id in chosen}
        cards = [dataclasses.replace(board.cards[i], id=copies[i], x=board.cards[i].x + 40,
                                     y=board.cards[i].y + 40) for i in chosen]
        links = [dataclasses.replace(link, id=new_id(), source=copies[link.source],
                                     target=copies[link.target])
                 for link in board.links.values()
                 if link.source in copies and link.target in copies]
        if not self.apply(AddItems(self.board_id, [*cards, *links])):
            return []
        self.clearSelection()
        for card_id in copies.values():
            self.cards[card_id].setSelected(True)
        return list(copies.values())
