"""The board's geometry, on screen and on paper alike, no Qt: its extent, and where a link
leaves a card and arrives at the next, clear of the zones' titles.

domain.look holds the rest of the board's look (colours, type, a card's inner layout) and
gives these names too, so the canvas and the PDF ask one module. Lengths are board units.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from kerneopgave_desktop.domain.model import Board

Rect = tuple[float, float, float, float]
"""x, y, width, height; y grows downwards, as on the board."""
Point = tuple[float, float]

CARD_RADIUS = 10.0
"""A card's rounded corner: a link leaves a side clear of it."""
LINK_GAP = 4.0
"""How far from the card's edge a link ends, so its arrowhead stays visible."""
ARROW = 16.0
"""An arrowhead's length."""
TITLE_PLATE = 4.0
"""A title is drawn above the links on a plate of the zone's colour, this much larger."""

# -- extent -------------------------------------------------------------------------------

EMPTY_BOARD = (-400.0, -300.0, 800.0, 600.0)
"""What an empty board shows: left, top, width, height."""


def board_bounds(board: Board) -> tuple[float, float, float, float]:
    """The board's extent: left, top, width, height of its zones and cards together."""
    items = [*board.zones.values(), *board.cards.values()]
    if not items:
        return EMPTY_BOARD
    left = min(i.x for i in items)
    top = min(i.y for i in items)
    right = max(i.x + i.width for i in items)
    bottom = max(i.y + i.height for i in items)
    return left, top, right - left, bottom - top


# -- a link's ends ------------------------------------------------------------------------

def border_point(rect: Rect, toward: Point) -> Point:
    """Where the line from the centre of `rect` (x, y, width, height) toward a point leaves
    it, LINK_GAP outside its edge."""
    x, y, width, height = rect
    x, y, width, height = x - LINK_GAP, y - LINK_GAP, width + 2 * LINK_GAP, height + 2 * LINK_GAP
    cx, cy = x + width / 2, y + height / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    t = min(width / 2 / abs(dx) if dx else math.inf, height / 2 / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


_ACROSS = frozenset({"left", "right"})
_NORMALS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}


def _facing(rect: Rect, other: Rect) -> list[str]:
    """The sides of `rect` that `other` lies wholly beyond."""
    x, y, width, height = rect
    ox, oy, other_width, other_height = other
    sides = []
    if ox >= x + width:
        sides.append("right")
    if ox + other_width <= x:
        sides.append("left")
    if oy >= y + height:
        sides.append("bottom")
    if oy + other_height <= y:
        sides.append("top")
    return sides


def _on_side(rect: Rect, side: str, toward: float) -> Point:
    """The point of `rect`'s side nearest to `toward` (a y for left and right, an x for top
    and bottom), off the rounded corners, LINK_GAP outside the edge."""
    x, y, width, height = rect
    if side in ("left", "right"):
        inset = min(CARD_RADIUS, height / 2)
        along = min(max(toward, y + inset), y + height - inset)
        return (x - LINK_GAP if side == "left" else x + width + LINK_GAP), along
    inset = min(CARD_RADIUS, width / 2)
    along = min(max(toward, x + inset), x + width - inset)
    return along, (y - LINK_GAP if side == "top" else y + height + LINK_GAP)


def _toward(rect: Rect, other: Rect, side: str) -> list[float]:
    """Where along `side` a link to `other` may leave, best first: straight across the middle
    of where the two overlap (or nearer either end of the overlap, to clear a title), else
    toward the other's centre."""
    x, y, width, height = rect
    ox, oy, other_width, other_height = other
    if side in ("left", "right"):
        low, high, centre = max(y, oy), min(y + height, oy + other_height), oy + other_height / 2
    else:
        low, high, centre = max(x, ox), min(x + width, ox + other_width), ox + other_width / 2
    if low > high:
        return [centre]
    inset = min(CARD_RADIUS + ARROW / 2, (high - low) / 2)
    return [(low + high) / 2, high - inset, low + inset]


def crosses(start: Point, end: Point, rect: Rect) -> bool:
    """Whether the segment from `start` to `end` passes through `rect` (Liang–Barsky)."""
    x, y, width, height = rect
    dx, dy = end[0] - start[0], end[1] - start[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, start[0] - x), (dx, x + width - start[0]),
                 (-dy, start[1] - y), (dy, y + height - start[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


class TitleIndex:
    """Zone titles by cell of a coarse grid, so that a link asks only about those near it
    (a board of a hundred zones and thousands of links would otherwise test each link
    against every title)."""

    CELL = 500.0

    def __init__(self, rects: Iterable[Rect] = ()):
        self.rects = list(rects)
        self._cells: dict[tuple[int, int], list[int]] = {}
        for number, rect in enumerate(self.rects):
            for cell in self._cells_of(rect):
                self._cells.setdefault(cell, []).append(number)

    def _cells_of(self, rect: Rect) -> Iterable[tuple[int, int]]:
        x, y, width, height = rect
        for column in range(math.floor(x / self.CELL), math.floor((x + width) / self.CELL) + 1):
            for row in range(math.floor(y / self.CELL), math.floor((y + height) / self.CELL) + 1):
                yield column, row

    def near(self, *boxes: Rect) -> list[Rect]:
        """The titles in the grid cells that the box around `boxes` touches."""
        if not self._cells:
            return []
        left = min(box[0] for box in boxes) - LINK_GAP - TITLE_PLATE
        top = min(box[1] for box in boxes) - LINK_GAP - TITLE_PLATE
        right = max(box[0] + box[2] for box in boxes) + LINK_GAP + TITLE_PLATE
        bottom = max(box[1] + box[3] for box in boxes) + LINK_GAP + TITLE_PLATE
        found = sorted({number for cell in self._cells_of((left, top, right - left, bottom - top))
                        for number in self._cells.get(cell, ())})
        return [self.rects[number] for number in found]

    def touches(self, box: Rect) -> bool:
        """Whether `near(box)` would find any title, without collecting them: asked for each
        link of a moved selection (50,000 of them at a time), which needs only yes or no."""
        cells = self._cells
        if not cells:
            return False
        x, y, width, height = box
        left = x - LINK_GAP - TITLE_PLATE  # as near() has it, to the last bit
        top = y - LINK_GAP - TITLE_PLATE
        right = x + width + LINK_GAP + TITLE_PLATE
        bottom = y + height + LINK_GAP + TITLE_PLATE
        size = self.CELL
        rows = range(math.floor(top / size), math.floor((top + (bottom - top)) / size) + 1)
        for column in range(math.floor(left / size),
                            math.floor((left + (right - left)) / size) + 1):
            for row in rows:
                if (column, row) in cells:
                    return True
        return False


def _grown(rect: Rect, by: float) -> Rect:
    x, y, width, height = rect
    return x - by, y - by, width + 2 * by, height + 2 * by


def link_ends(source: Rect, target: Rect, titles: Sequence[Rect] = ()) -> tuple[Point, Point]:
    """Where a link from the card at `source` to the card at `target` starts and ends: on
    the sides of the two cards that face each other, at the points nearest the other card,
    straight across where they overlap; of the sides that face, the pair that makes the
    shortest, most head-on line that crosses no zone title in `titles`. Cards that overlap
    have no facing sides: then the line between their centres."""
    best: tuple[float, Point, Point] | None = None
    for source_side in _facing(source, target):
        for target_side in _facing(target, source):
            straight = (source_side in _ACROSS) == (target_side in _ACROSS)  # one axis
            ways = zip(_toward(source, target, source_side), _toward(target, source, target_side),
                       strict=False) if straight else [
                (_toward(source, target, source_side)[0], _toward(target, source, target_side)[0])]
            for rank, (leave_at, arrive_at) in enumerate(ways):
                start = _on_side(source, source_side, leave_at)
                end = _on_side(target, target_side, arrive_at)
                dx, dy = end[0] - start[0], end[1] - start[1]
                length = math.hypot(dx, dy)
                if length == 0:
                    return start, end
                normal, other = _NORMALS[source_side], _NORMALS[target_side]
                leaving = (dx * normal[0] + dy * normal[1]) / length
                arriving = -(dx * other[0] + dy * other[1]) / length
                score = length * (1.0 + (1.0 - leaving) + (1.0 - arriving) + 0.1 * rank)
                if best is not None and score >= best[0]:
                    continue
                if any(crosses(start, end, _grown(title, TITLE_PLATE)) for title in titles):
                    score += 1e9  # only when every way crosses a title (drawn above the links)
                if best is None or score < best[0]:
                    best = (score, start, end)
    if best is not None:
        return best[1], best[2]
    a = (source[0] + source[2] / 2, source[1] + source[3] / 2)
    b = (target[0] + target[2] / 2, target[1] + target[3] / 2)
    return border_point(source, b), border_point(target, a)
