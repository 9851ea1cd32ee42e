"""Perspectives in groups: the »Tre perspektiver« board worked in three groups at once.

"Del i grupper" adds a group board for each perspective (formal, performed, experienced)
beside the plenary board, each with a row for every level, so that three tables (or three
groups on their phones, through a room round on their board) work in parallel. What is on
the plenary board already stays there. "Saml grupperne" brings every card of the groups
into the plenary board's cell for its level and its group's perspective, lays each cell out
without overlap (growing a column or a row where the cards need it, and moving what lies
right of or below the grid along), puts what a group left outside its rows in the parking
lot, and removes the group boards. A core task takes the level and perspective of the cell
it lands in.

The layout is here, without Qt; `document.groups` turns it into operations, one undo step
for a split and one for a merge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GAP,
    ZONE_MARGIN,
    ZONE_TITLE_SPACE,
)
from kerneopgave_desktop.domain.model import Board, Card, CoreTask, Link, Workshop, Zone, new_id
from kerneopgave_desktop.domain.templates import PERSPECTIVE_HEADINGS, PERSPECTIVE_PROMPTS
from kerneopgave_desktop.domain.vocabulary import LEVELS, PERSPECTIVES

GROUP_COLUMNS = 4
"""Cards side by side in a group board's row for a level."""
GROUP_ROWS = 2
"""Rows of cards a group board's level row has room for before it grows."""

Cell = tuple[str, str]
"""(level code, perspective code)."""


def _t(da: str, en: str) -> str:
    return en if i18n.language() == "en" else da


@dataclass(frozen=True)
class Grid:
    """A board's level × perspective cells, and the zones that name its rows and columns."""

    cells: dict[Cell, Zone]
    row_labels: dict[str, Zone] = field(default_factory=dict)
    """Level -> the zone left of the grid that names the row."""
    column_heads: dict[str, Zone] = field(default_factory=dict)
    """Perspective -> the zone above the grid that names the column."""

    def cell_of(self, card: Card) -> Cell | None:
        """The cell whose area holds the card's centre, if any."""
        return next((key for key, zone in self.cells.items() if zone.contains(card)), None)


def grid(board: Board) -> Grid | None:
    """The board's cells as a grid of four levels (rows, top down) by three perspectives
    (columns, left to right), as the »Tre perspektiver« template lays them out; None when
    its cell zones are not such a grid."""
    cells = [zone for zone in board.zones.values() if zone.kind == "cell"]
    xs = sorted({round(zone.x) for zone in cells})
    ys = sorted({round(zone.y) for zone in cells})
    placed = {(round(zone.y), round(zone.x)): zone for zone in cells}
    if len(cells) != 12 or len(xs) != 3 or len(ys) != 4 or len(placed) != 12:
        return None
    found = {(level, perspective): placed[(y, x)]
             for level, y in zip(LEVELS.codes, ys, strict=True)
             for perspective, x in zip(PERSPECTIVES.codes, xs, strict=True)}
    left, top = min(zone.x for zone in cells), min(zone.y for zone in cells)
    others = [zone for zone in board.zones.values() if zone.kind != "cell"]
    rows = {level: zone for zone in others for level, y in zip(LEVELS.codes, ys, strict=True)
            if round(zone.y) == y and zone.x + zone.width <= left + 1}
    columns = {perspective: zone for zone in others
               for perspective, x in zip(PERSPECTIVES.codes, xs, strict=True)
               if round(zone.x) == x and zone.y + zone.height <= top + 1}
    return Grid(found, rows, columns)


def group_boards(workshop: Workshop, plenary_id: str) -> list[Board]:
    """The group boards split from the plenary board `plenary_id`, by perspective."""
    order = PERSPECTIVES.codes
    found = [board for board in workshop.boards if board.plenary == plenary_id]
    return sorted(found, key=lambda board: order.index(board.perspective))


def can_split(workshop: Workshop, board: Board) -> bool:
    """A plenary board with the perspectives grid and no groups out yet."""
    return (board.group is None and grid(board) is not None
            and not group_boards(workshop, board.id))


def plenary_of(workshop: Workshop, board: Board) -> Board | None:
    """The plenary board that `board` is (with groups out) or was split from, if any."""
    plenary_id = board.plenary if board.group is not None else board.id
    plenary = next((b for b in workshop.boards if b.id == plenary_id), None)
    if plenary is None or not group_boards(workshop, plenary.id) or grid(plenary) is None:
        return None
    return plenary


# -- the split --------------------------------------------------------------------------------

def group_title(perspective: str) -> str:
    return _t("Gruppe: {name}", "Group: {name}").format(
        name=_t(*PERSPECTIVE_HEADINGS[perspective]))


def group_board(plenary: Board, perspective: str) -> Board:
    """A group's board for `perspective`: its question across the top, then a row for
    each level, with room for GROUP_COLUMNS × GROUP_ROWS cards before it grows."""
    board = Board(id=new_id(), title=group_title(perspective), template=plenary.template,
                  plenary=plenary.id, perspective=perspective)
    width = 2 * ZONE_MARGIN + GROUP_COLUMNS * CARD_WIDTH + (GROUP_COLUMNS - 1) * GAP
    head_height = ZONE_TITLE_SPACE + GAP
    head = Zone(id=new_id(), title=_t(*PERSPECTIVE_PROMPTS[perspective]), x=0, y=0,
                width=width, height=head_height, locked=True)
    board.zones[head.id] = head
    height = ZONE_TITLE_SPACE + ZONE_MARGIN + GROUP_ROWS * CARD_HEIGHT + (GROUP_ROWS - 1) * GAP
    y = head_height + GAP
    for level in LEVELS.terms:
        row = Zone(id=new_id(), title=level.label(), x=0, y=y, width=width, height=height,
                   locked=True, kind="cell", stop=True)
        board.zones[row.id] = row
        y += height + GAP
    return board


def split(plenary: Board) -> list[Board]:
    """The three group boards for the plenary board, by perspective."""
    return [group_board(plenary, perspective) for perspective in PERSPECTIVES.codes]


# -- the merge --------------------------------------------------------------------------------

@dataclass
class Merge:
    """What a merge does to the plenary board, for document.groups to apply."""

    places: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Zones and cards of the plenary board that move: id -> (x, y)."""
    sizes: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Zones of the plenary board that grow: id -> (width, height)."""
    cards: list[Card] = field(default_factory=list)
    """The groups' cards, at their places on the plenary board."""
    links: list[Link] = field(default_factory=list)
    """The groups' links (between cards of one group)."""
    groups: list[str] = field(default_factory=list)
    """The group boards, to remove."""


def _rows(board: Board) -> dict[str, Zone]:
    """A group board's level rows, top down (empty when they are not four)."""
    rows = sorted((zone for zone in board.zones.values() if zone.kind == "cell"),
                  key=lambda zone: zone.y)
    return dict(zip(LEVELS.codes, rows, strict=True)) if len(rows) == len(LEVELS.codes) else {}


def _reading_order(cards: list[Card]) -> list[Card]:
    return sorted(cards, key=lambda card: (card.y, card.x))


def _shelves(sizes: list[tuple[float, float]], inner: float
             ) -> tuple[list[tuple[float, float]], float]:
    """Offsets for cards of `sizes` in rows `inner` wide (left to right, then the next row
    below the tallest), and the height they take."""
    offsets: list[tuple[float, float]] = []
    x = y = shelf = 0.0
    for width, height in sizes:
        if x > 0 and x + width > inner:
            x, y, shelf = 0.0, y + shelf + GAP, 0.0
        offsets.append((x, y))
        x += width + GAP
        shelf = max(shelf, height)
    return offsets, (y + shelf if sizes else 0.0)


def _spans(starts: list[float], sizes_now: list[float], sizes_new: list[float]) -> list[float]:
    """New starts of a run of columns (or rows) that keep their gaps as they grow."""
    out = [starts[0]]
    for index in range(1, len(starts)):
        gap = starts[index] - (starts[index - 1] + sizes_now[index - 1])
        out.append(out[-1] + sizes_new[index - 1] + gap)
    return out


def merge(plenary: Board, groups: list[Board]) -> Merge:
    """Every card of the groups in the plenary board's cell for its level and its group's
    perspective, each cell laid out without overlap; ValueError when the plenary board has
    no perspectives grid."""
    found = grid(plenary)
    if found is None:
        raise ValueError("the plenary board has no level × perspective grid")
    plan = Merge(groups=[board.id for board in groups])
    in_cell: dict[Cell, list[Card]] = {key: [] for key in found.cells}
    others: list[Card] = []
    for card in plenary.cards.values():
        key = found.cell_of(card)
        (in_cell[key] if key else others).append(card)
    in_cell = {key: _reading_order(cards) for key, cards in in_cell.items()}
    incoming: dict[str, Card] = {}
    leftovers: list[Card] = []
    for board in groups:
        rows = _rows(board)
        for card in _reading_order(list(board.cards.values())):
            level = next((lv for lv, zone in rows.items() if zone.contains(card)), None)
            if level is None:
                leftovers.append(card)
                continue
            if isinstance(card, CoreTask):
                card = dataclasses.replace(card, level=level, perspective=board.perspective)
            incoming[card.id] = card
            in_cell[(level, board.perspective)].append(card)
        plan.links += list(board.links.values())
    columns, rows = PERSPECTIVES.codes, LEVELS.codes
    widths_now = [found.cells[(rows[0], p)].width for p in columns]
    widths = [max(max(found.cells[(lv, p)].width for lv in rows),
                  max((c.width + 2 * ZONE_MARGIN for lv in rows for c in in_cell[(lv, p)]),
                      default=0.0)) for p in columns]
    packed: dict[Cell, tuple[list[tuple[float, float]], float]] = {}
    for (level, perspective), cards in in_cell.items():
        inner = widths[columns.index(perspective)] - 2 * ZONE_MARGIN
        packed[(level, perspective)] = _shelves([(c.width, c.height) for c in cards], inner)
    heights_now = [found.cells[(lv, columns[0])].height for lv in rows]
    heights = [max(max(found.cells[(lv, p)].height for p in columns),
                   max((ZONE_TITLE_SPACE + packed[(lv, p)][1] + ZONE_MARGIN
                        for p in columns if in_cell[(lv, p)]), default=0.0)) for lv in rows]
    xs = _spans([found.cells[(rows[0], p)].x for p in columns], widths_now, widths)
    ys = _spans([found.cells[(lv, columns[0])].y for lv in rows], heights_now, heights)
    cells = list(found.cells.values())
    right = max(zone.x + zone.width for zone in cells)
    bottom = max(zone.y + zone.height for zone in cells)
    grow_x = xs[-1] + widths[-1] - right
    grow_y = ys[-1] + heights[-1] - bottom
    named = {zone.id for zone in (*cells, *found.row_labels.values(),
                                  *found.column_heads.values())}

    def along(item: Zone | Card) -> tuple[float, float]:
        """Where an item beside the grid goes: right of it moves right, below it moves down."""
        return (item.x + (grow_x if item.x >= right - 1 else 0.0),
                item.y + (grow_y if item.y >= bottom - 1 else 0.0))

    for index, level in enumerate(rows):
        for column, perspective in enumerate(columns):
            zone = found.cells[(level, perspective)]
            _place_zone(plan, zone, xs[column], ys[index], widths[column], heights[index])
            offsets, _ = packed[(level, perspective)]
            for card, (dx, dy) in zip(in_cell[(level, perspective)], offsets, strict=True):
                spot = (xs[column] + ZONE_MARGIN + dx, ys[index] + ZONE_TITLE_SPACE + dy)
                _place_card(plan, card, spot, incoming)
    for level, zone in found.row_labels.items():
        _place_zone(plan, zone, zone.x, ys[rows.index(level)], zone.width,
                    heights[rows.index(level)])
    for perspective, zone in found.column_heads.items():
        _place_zone(plan, zone, xs[columns.index(perspective)], zone.y,
                    widths[columns.index(perspective)], zone.height)
    for zone in plenary.zones.values():
        if zone.id not in named:
            _place_zone(plan, zone, *along(zone), zone.width, zone.height)
    for card in others:
        _place_card(plan, card, along(card), incoming)
    if leftovers:
        parking = next((zone for zone in plenary.zones.values() if zone.kind == "parking"),
                       None)
        if parking is not None:
            _park(plan, parking, along(parking), others, leftovers, along)
        else:
            items = [*plenary.cards.values(), *plenary.zones.values()]
            _beside(plan, max(i.x + i.width for i in items) + grow_x,
                    min(i.y for i in items), leftovers)
    return plan


def _place_zone(plan: Merge, zone: Zone, x: float, y: float, width: float,
                height: float) -> None:
    if (x, y) != (zone.x, zone.y):
        plan.places[zone.id] = (x, y)
    if (width, height) != (zone.width, zone.height):
        plan.sizes[zone.id] = (width, height)


def _place_card(plan: Merge, card: Card, spot: tuple[float, float],
                incoming: dict[str, Card]) -> None:
    if card.id in incoming:
        plan.cards.append(dataclasses.replace(card, x=spot[0], y=spot[1]))
    elif spot != (card.x, card.y):
        plan.places[card.id] = spot


def _park(plan: Merge, parking: Zone, spot: tuple[float, float], others: list[Card],
          leftovers: list[Card], along: Callable[[Card], tuple[float, float]]) -> None:
    """What the groups left outside their rows goes into the parking lot (now at `spot`),
    below the cards in it, and the parking lot grows to hold it."""
    x, y = spot
    bottom = max((along(card)[1] + card.height for card in others if parking.contains(card)),
                 default=y + ZONE_TITLE_SPACE - GAP)
    top = bottom + GAP
    width = max(parking.width, max(c.width for c in leftovers) + 2 * ZONE_MARGIN)
    offsets, height = _shelves([(c.width, c.height) for c in leftovers],
                               width - 2 * ZONE_MARGIN)
    for card, (dx, dy) in zip(leftovers, offsets, strict=True):
        plan.cards.append(dataclasses.replace(card, x=x + ZONE_MARGIN + dx, y=top + dy))
    size = (width, max(parking.height, top + height + ZONE_MARGIN - y))
    if size != (parking.width, parking.height):
        plan.sizes[parking.id] = size


def _beside(plan: Merge, right: float, top: float, leftovers: list[Card]) -> None:
    """Without a parking lot, what the groups left outside their rows goes in a block to
    the right of the board."""
    offsets, _ = _shelves([(c.width, c.height) for c in leftovers],
                          GROUP_COLUMNS * (CARD_WIDTH + GAP))
    for card, (dx, dy) in zip(leftovers, offsets, strict=True):
        plan.cards.append(dataclasses.replace(card, x=right + 3 * GAP + dx, y=top + dy))
