"""Where cards from the room go on the board: in free grid places, never on top of a card.

Inside a zone the cards fill its card area row by row, skipping places a card already
covers, and the zone grows downwards when it is full; without a zone they go in a block to
the right of everything on the board.
"""

from __future__ import annotations

import math

from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Board, Zone

BESIDE_COLUMNS = 4
"""Columns of the block beside the board when there is no zone."""


def place(board: Board, zone: Zone | None, sizes: list[tuple[float, float]]
          ) -> tuple[list[tuple[float, float]], float | None]:
    """Top-left corners for cards of `sizes`, and the zone's new height (None: it fits)."""
    if not sizes:
        return [], None
    cell_w = max(w for w, _ in sizes) + GAP
    cell_h = max(h for _, h in sizes) + GAP
    if zone is not None:
        x0, y0 = zone.x + ZONE_MARGIN, zone.y + ZONE_TITLE_SPACE
        columns = max(1, int((zone.width - 2 * ZONE_MARGIN + GAP) // cell_w))
    else:
        items = [*board.cards.values(), *board.zones.values()]
        x0 = max((i.x + i.width for i in items), default=0.0) + 3 * GAP
        y0 = min((i.y for i in items), default=0.0)
        columns = BESIDE_COLUMNS
    taken: set[tuple[int, int]] = set()
    for card in board.cards.values():  # the grid places whose card area a card overlaps
        cols = _span(card.x - x0, card.width, cell_w)
        rows = _span(card.y - y0, card.height, cell_h)
        for row in range(max(0, rows[0]), rows[1] + 1):
            for col in range(max(0, cols[0]), min(columns - 1, cols[1]) + 1):
                taken.add((row, col))
    places: list[tuple[float, float]] = []
    index = 0
    bottom = y0
    while len(places) < len(sizes):
        row, col = divmod(index, columns)
        index += 1
        if (row, col) in taken:
            continue
        x, y = x0 + col * cell_w, y0 + row * cell_h
        places.append((x, y))
        bottom = max(bottom, y + sizes[len(places) - 1][1])
    height = None
    if zone is not None and bottom + ZONE_MARGIN > zone.y + zone.height:
        height = bottom + ZONE_MARGIN - zone.y
    return places, height


def _span(start: float, length: float, cell: float) -> tuple[int, int]:
    """The first and last grid place (of `cell`, each holding `cell - GAP`) that the
    interval [start, start + length) overlaps; first > last when it overlaps none."""
    first = math.floor((start - (cell - GAP)) / cell) + 1
    last = math.ceil((start + length) / cell) - 1
    return first, last
