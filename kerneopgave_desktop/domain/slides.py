"""Presenting boards as slides: each board whole, then its zones marked as stops."""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop.domain.look import board_bounds
from kerneopgave_desktop.domain.model import Board, Workshop


@dataclass(frozen=True)
class Slide:
    board_id: str
    zone_id: str | None = None
    """None: the whole board."""


def slides(workshop: Workshop) -> list[Slide]:
    result = []
    for board in workshop.boards:
        result.append(Slide(board.id))
        stops = [zone for zone in board.zones.values() if zone.stop]
        stops.sort(key=lambda zone: (round(zone.y / 100), zone.x))  # reading order
        result += [Slide(board.id, zone.id) for zone in stops]
    return result


def area(board: Board, slide: Slide) -> tuple[float, float, float, float]:
    """The part of the board a slide shows: x, y, width, height."""
    if slide.zone_id is not None and slide.zone_id in board.zones:
        zone = board.zones[slide.zone_id]
        return zone.x, zone.y, zone.width, zone.height
    return board_bounds(board)
