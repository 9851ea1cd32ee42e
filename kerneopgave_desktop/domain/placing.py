"""Where a card goes when it is placed without a mouse (from the outline): the first free
spot inside a zone, or beside everything on the board."""

from __future__ import annotations

from collections.abc import Iterable

from kerneopgave_desktop.domain.decks import free_spot
from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.look import board_bounds
from kerneopgave_desktop.domain.model import Board, Zone

Box = tuple[float, float, float, float]
"""x, y, width, height."""


def _overlaps(a: Box, b: Box) -> bool:
    return (a[0] < b[0] + b[2] + GAP and b[0] < a[0] + a[2] + GAP
            and a[1] < b[1] + b[3] + GAP and b[1] < a[1] + a[3] + GAP)


def spot_in_zone(board: Board, zone: Zone, width: float, height: float,
                 taken: Iterable[Box] = (), skip: Iterable[str] = ()) -> tuple[float, float]:
    """The first free spot for a card of this size inside the zone's card area, row by row
    on the grid; a zone too full takes the card at its first spot, over the others.

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
    return left, top


def spot_beside(board: Board, width: float, height: float) -> tuple[float, float]:
    """A free spot to the right of everything on the board, clear of every zone."""
    if not board.zones and not board.cards:
        return 0.0, 0.0
    left, top, board_width, _ = board_bounds(board)
    return free_spot(board, left + board_width + 2 * GAP, top, width, height)
