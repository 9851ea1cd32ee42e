"""Presenting boards as slides: each board whole (or, where it is too dense to read whole on
the wall, its regions one by one), then its zones marked as stops.

Readable at 4 m: on a 1080-pixel-high wall a card's text is drawn at least WALL_BODY_PIXELS
and every label at least WALL_LABEL_PIXELS high, so a slide is never shown smaller than
`wall_zoom`. A board that does not fit the wall at that zoom is shown as several slides, by
rows of zones and then by zones, in reading order, rather than shrunk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Workshop

WALL_BODY_PIXELS = 24
WALL_LABEL_PIXELS = 16
WALL_HEIGHT = 1080
"""The wall the sizes are for: a 1080p projector. Other walls scale with their height."""

Rect = look.Rect


def wall_zoom(height: float) -> float:
    """The least zoom for a wall `height` pixels high: card text and every label readable."""
    smallest_label = min(look.LABEL_PIXELS, look.BAND_PIXELS, look.LINK_LABEL_PIXELS,
                         look.ZONE_TITLE_FLOOR)
    return max(WALL_BODY_PIXELS / look.BODY_PIXELS,
               WALL_LABEL_PIXELS / smallest_label) * height / WALL_HEIGHT


@dataclass(frozen=True)
class Slide:
    board_id: str
    zone_id: str | None = None
    """None: the whole board, or a region of it."""
    area: Rect | None = None
    """The part of the board shown (x, y, width, height); None: all of it."""


def _fits(rect: Rect, room: tuple[float, float]) -> bool:
    return rect[2] <= room[0] + 0.5 and rect[3] <= room[1] + 0.5


def _union(rects: list[Rect]) -> Rect:
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    right = max(r[0] + r[2] for r in rects)
    bottom = max(r[1] + r[3] for r in rects)
    return left, top, right - left, bottom - top


def _blocks(board: Board) -> list[Rect]:
    """What a region is made of: each zone with the cards whose centre is in it, and each
    card that lies in no zone."""
    blocks = []
    loose = list(board.cards.values())
    for zone in board.zones.values():
        inside = [card for card in loose if zone.contains(card)]
        loose = [card for card in loose if card not in inside]
        blocks.append(_union([(zone.x, zone.y, zone.width, zone.height),
                              *((c.x, c.y, c.width, c.height) for c in inside)]))
    blocks += [(card.x, card.y, card.width, card.height) for card in loose]
    return blocks


def _bands(blocks: list[Rect], across: bool) -> list[list[Rect]]:
    """Blocks in bands that a straight cut can separate: rows from top to bottom (or, with
    `across`, columns from left to right)."""
    start, size = (0, 2) if across else (1, 3)
    bands: list[list[Rect]] = []
    end = -math.inf
    for block in sorted(blocks, key=lambda r: (r[start], r[1 - start if start else 0])):
        if bands and block[start] < end:
            bands[-1].append(block)
            end = max(end, block[start] + block[size])
        else:
            bands.append([block])
            end = block[start] + block[size]
    return bands


def _tiles(rect: Rect, room: tuple[float, float]) -> list[Rect]:
    """`rect` cut into equal tiles that fit `room`, in reading order."""
    across = max(1, math.ceil(rect[2] / room[0] - 1e-9))
    down = max(1, math.ceil(rect[3] / room[1] - 1e-9))
    width, height = rect[2] / across, rect[3] / down
    return [(rect[0] + column * width, rect[1] + row * height, width, height)
            for row in range(down) for column in range(across)]


def _parts(blocks: list[Rect], room: tuple[float, float], rows_first: bool = True) -> list[Rect]:
    """`blocks` in parts that fit `room`: all together if they fit; else cut into rows (or,
    where no row can be cut, columns), as many of them to a part as fit, a row too large cut
    again the other way; a block that no cut separates, in tiles. Of cutting rows first and
    columns first, the way with fewer parts."""
    whole = _union(blocks)
    if _fits(whole, room):
        return [whole]
    ways = []
    for across in ((False, True) if rows_first else (True, False)):
        bands = _bands(blocks, across)
        if len(bands) < 2:
            continue
        parts: list[Rect] = []
        current: list[Rect] = []
        for band in bands:
            if _fits(_union([*current, *band]), room):
                current += band
                continue
            if current:
                parts.append(_union(current))
            current = []
            if _fits(_union(band), room):
                current = list(band)
            else:
                parts += _parts(band, room, rows_first=across)
        if current:
            parts.append(_union(current))
        ways.append(parts)
    return min(ways, key=len) if ways else _tiles(whole, room)


def regions(board: Board, room: tuple[float, float]) -> list[Rect]:
    """The board in parts that each fit `room` (board units), in reading order: whole if it
    fits; else by rows of zones, as many rows to a part as fit, a row too wide by zones side
    by side; a zone too large in tiles."""
    whole = look.board_bounds(board)
    if _fits(whole, room):
        return [whole]
    least = (room[0] / 2, room[1] / 2)
    return [_grown(part, least, whole) for part in _parts(_blocks(board), room)]


def _grown(part: Rect, least: tuple[float, float], bounds: Rect) -> Rect:
    """`part` at least `least` large, grown around its middle and kept inside `bounds`
    where it can be: a lone small zone is shown with what lies around it, not blown up."""
    x, y, width, height = part
    grow_x, grow_y = max(0.0, least[0] - width), max(0.0, least[1] - height)
    x, width = x - grow_x / 2, width + grow_x
    y, height = y - grow_y / 2, height + grow_y
    left, top, bounds_width, bounds_height = bounds
    x = max(left, min(x, left + bounds_width - width)) if width <= bounds_width else x
    y = max(top, min(y, top + bounds_height - height)) if height <= bounds_height else y
    return x, y, width, height


def slides(workshop: Workshop, room: tuple[float, float] | None = None) -> list[Slide]:
    """Every board's slides in order: the board whole, or its regions where it does not fit
    `room` (the most of the board a slide may show, in board units; None: no limit), then
    its zones marked as stops (a stop too large for the room, in tiles)."""
    result = []
    for board in workshop.boards:
        if room is None:
            result.append(Slide(board.id))
        else:
            parts = regions(board, room)
            result += [Slide(board.id, area=None if len(parts) == 1 else part) for part in parts]
        stops = [zone for zone in board.zones.values() if zone.stop]
        stops.sort(key=lambda zone: (round(zone.y / 100), zone.x))  # reading order
        for zone in stops:
            rect = (zone.x, zone.y, zone.width, zone.height)
            tiles = [rect] if room is None or _fits(rect, room) else _tiles(rect, room)
            result += [Slide(board.id, zone.id, None if tile == rect else tile) for tile in tiles]
    return result


def area(board: Board, slide: Slide) -> Rect:
    """The part of the board a slide shows: x, y, width, height."""
    if slide.area is not None:
        return slide.area
    if slide.zone_id is not None and slide.zone_id in board.zones:
        zone = board.zones[slide.zone_id]
        return zone.x, zone.y, zone.width, zone.height
    return look.board_bounds(board)
