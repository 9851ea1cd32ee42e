"""Where a card goes when no mouse says where: the first free spot inside a zone (the outline,
a drawn dilemma's column), beside everything on the board, or the nearest clean place from a
point (a key or a button in the middle of the view, a drawn card)."""

from __future__ import annotations

from collections.abc import Iterable

from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.look import board_bounds
from kerneopgave_desktop.domain.model import Board, Zone

Box = tuple[float, float, float, float]
"""x, y, width, height."""


def _overlaps(a: Box, b: Box) -> bool:
    return (a[0] < b[0] + b[2] + GAP and b[0] < a[0] + a[2] + GAP
            and a[1] < b[1] + b[3] + GAP and b[1] < a[1] + a[3] + GAP)


def open_spot(board: Board, zone: Zone, width: float, height: float,
              taken: Iterable[Box] = (), skip: Iterable[str] = ()) -> tuple[float, float] | None:
    """The first free spot for a card of this size inside the zone's card area, row by row
    on the grid; None when the zone is full.

    `taken` are spots already given away (several cards placed at once); the cards in `skip`
    are the ones being placed, whose old places do not count."""
    skipped = set(skip)
    boxes = [(c.x, c.y, c.width, c.height) for c in board.cards.values()
             if c.id not in skipped] + list(taken)
    left, top = zone.x + ZONE_MARGIN, zone.y + ZONE_TITLE_SPACE
    right, bottom = zone.x + zone.width - ZONE_MARGIN, zone.y + zone.height - ZONE_MARGIN
    y = top
    while y + height <= bottom:
        x = left
        while x + width <= right:
            if not any(_overlaps((x, y, width, height), box) for box in boxes):
                return x, y
            x += GAP
        y += GAP
    return None


def spot_in_zone(board: Board, zone: Zone, width: float, height: float,
                 taken: Iterable[Box] = (), skip: Iterable[str] = ()) -> tuple[float, float]:
    """`open_spot`, or where a zone too full takes the card: its first spot, over the others."""
    spot = open_spot(board, zone, width, height, taken, skip)
    return spot if spot is not None else (zone.x + ZONE_MARGIN, zone.y + ZONE_TITLE_SPACE)


def spot_beside(board: Board, width: float, height: float) -> tuple[float, float]:
    """A free spot to the right of everything on the board, clear of every zone."""
    if not board.zones and not board.cards:
        return 0.0, 0.0
    left, top, board_width, _ = board_bounds(board)
    return free_spot(board, left + board_width + 2 * GAP, top, width, height)


def free_spot(board: Board, x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """The nearest clean place from (x, y), scanning right and then down, on the grid.

    Clean means: no card under it, and either wholly inside one zone's card area (below
    its title) or clear of every zone, so a new card never straddles a border or a title.
    """
    def clean(px: float, py: float) -> bool:
        if any(px < c.x + c.width + GAP and c.x < px + width + GAP
               and py < c.y + c.height + GAP and c.y < py + height + GAP
               for c in board.cards.values()):
            return False
        for zone in board.zones.values():
            inside = (zone.x + ZONE_MARGIN <= px and px + width <= zone.x + zone.width - ZONE_MARGIN
                      and zone.y + ZONE_TITLE_SPACE <= py
                      and py + height <= zone.y + zone.height - ZONE_MARGIN)
            touches = (px < zone.x + zone.width + GAP and zone.x < px + width + GAP
                       and py < zone.y + zone.height + GAP and zone.y < py + height + GAP)
            if touches and not inside:
                return False
        return True

    x, y = round(x / GAP) * GAP, round(y / GAP) * GAP
    for row in range(60):
        for column in range(60):
            px, py = x + column * GAP * 4, y + row * GAP * 4
            if clean(px, py):
                return px, py
    return x, y
