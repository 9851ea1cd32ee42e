"""Slides for the wall: a board too dense to read whole comes in parts that each fit."""

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.model import Board, Note, Workshop, Zone
from kerneopgave_desktop.domain.slides import area, regions, slides, wall_zoom
from kerneopgave_desktop.domain.templates import TEMPLATES

ROOM = (1500.0, 775.0)


def _inside(inner, outer) -> bool:
    return (outer[0] - 0.5 <= inner[0] and outer[1] - 0.5 <= inner[1]
            and inner[0] + inner[2] <= outer[0] + outer[2] + 0.5
            and inner[1] + inner[3] <= outer[1] + outer[3] + 0.5)


def _overlap(a, b) -> float:
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0.0, width) * max(0.0, height)


def test_the_wall_zoom_makes_card_text_24_and_labels_16_pixels_on_a_1080p_wall():
    zoom = wall_zoom(1080)
    assert look.BODY_PIXELS * zoom >= 24 and look.LABEL_PIXELS * zoom >= 16
    assert wall_zoom(2160) == 2 * zoom


def test_a_board_that_fits_is_one_slide_and_one_that_does_not_comes_in_parts():
    small = Board(id="s", zones={"z": Zone(id="z", width=600, height=400)})
    assert regions(small, ROOM) == [look.board_bounds(small)]
    for board in [TEMPLATES[name].board() for name in TEMPLATES] + [
            board for name in DEMOS for board in demo_workshop(name).boards]:
        parts = regions(board, ROOM)
        assert all(part[2] <= ROOM[0] + 0.5 and part[3] <= ROOM[1] + 0.5 for part in parts)
        for zone in board.zones.values():  # every zone shown, whole where it fits a slide
            rect = (zone.x, zone.y, zone.width, zone.height)
            if rect[2] <= ROOM[0] and rect[3] <= ROOM[1]:
                assert any(_inside(rect, part) for part in parts), (board.title, zone.title)
            else:  # too large for one slide: in tiles that cover it
                assert sum(_overlap(part, rect) for part in parts) >= rect[2] * rect[3] - 1


def test_rows_of_zones_go_together_as_far_as_they_fit_in_reading_order():
    zones = {f"r{row}": Zone(id=f"r{row}", title=f"Række {row}", x=0, y=row * 300.0,
                             width=1400, height=280) for row in range(5)}
    board = Board(id="b", zones=zones, cards={"n": Note(id="n", x=20, y=1260)})
    parts = regions(board, ROOM)
    assert [round(part[1]) for part in parts[:2]] == [0, 600] and len(parts) == 3
    assert _inside((0, 1200, 1400, 280), parts[2])  # two rows, two rows, the last one
    workshop = Workshop(boards=[board])
    shown = [area(board, slide) for slide in slides(workshop, ROOM)]
    assert shown[:3] == parts and len(slides(workshop)) == 1  # not presenting: the board whole
