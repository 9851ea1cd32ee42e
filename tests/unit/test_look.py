"""One look for the board, on screen and on paper: the facts in domain.look."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Dilemma, Effect, Note, Zone


def test_the_board_s_extent_holds_its_zones_and_cards_and_an_empty_board_has_one():
    board = Board(id="b", zones={"z": Zone(id="z", x=-100, y=0, width=300, height=200)},
                  cards={"c": Note(id="c", x=500, y=50)})
    assert look.board_bounds(board) == (-100.0, 0.0, 840.0, 200.0)
    assert look.board_bounds(Board(id="e")) == look.EMPTY_BOARD


def test_the_band_says_today_s_output_or_the_poles():
    effect = Effect(id="e", output="Antal\nsamtaler")
    assert look.band_text(effect) == "Ydelse i dag: Antal samtaler"
    assert look.band_text(Dilemma(id="d", pole_b="Frihed")) == "? ↔ Frihed"
    assert look.band_text(Dilemma(id="d")) == "" and look.band_text(Note(id="n")) == ""


def test_a_link_leaves_each_card_a_little_outside_its_edge_toward_the_other():
    start, end = look.link_ends((0, 0, 100, 50), (300, 0, 100, 50))
    assert start == (100 + look.LINK_GAP, 25.0) and end == (300 - look.LINK_GAP, 25.0)
    assert look.link_ends((0, 0, 10, 10), (0, 0, 10, 10)) == ((5.0, 5.0), (5.0, 5.0))


def test_colours_by_kind_by_theme_and_with_alpha():
    assert look.card_colour(Note(id="n")) == look.KIND_COLOURS["note"]
    assert look.card_colour(Note(id="n", color="#123456")) == "#123456"
    assert look.rgba(look.LIGHT.kind_label) == (0, 0, 0, 170)
    assert look.rgba("#ff8000") == (255, 128, 0, 255)
    assert look.outline_colour("#ffffff") == "#a8a8a8"
    assert look.zone_colour(Zone(id="z", color="#a5d6a7")) == "#a5d6a75a"
    assert set(look.PALETTES) == {"light", "dark", "contrast"}


def mono(text: str) -> float:
    return 10.0 * len(text)


def test_a_contribution_shows_its_profession_or_a_short_kind_label_never_a_cut_one():
    from kerneopgave_desktop.domain.decks import kind_label
    from kerneopgave_desktop.domain.model import Contribution

    def label(card, measure):
        return look.card_label(card, kind_label(card), measure)

    assert label(Contribution(id="c", profession="teacher"), mono) == "LÆRER"
    # the kind's whole name does not fit beside the dots: its short name does
    voted = Contribution(id="c", votes=3)
    assert label(voted, mono) == "BIDRAG"
    assert label(Contribution(id="c"), lambda text: 7.0 * len(text)) == \
        "FAGGRUPPENS BIDRAG"
    narrow = Note(id="n", width=60)
    assert label(narrow, mono).endswith("…")  # cut, and it says so


def test_a_card_s_text_is_its_lines_that_fit_whole_the_last_ending_in_an_ellipsis():
    fitted = look.card_lines(Note(id="n", text="en\nto\n\ntre"), 23.0, mono)
    assert fitted.lines == ["en", "to", "", "tre"] and not fitted.cut
    long = look.card_lines(Note(id="n", text="ord " * 100), 23.0, mono)
    _, _, _, height = look.card_body(Note(id="n"))
    assert len(long.lines) * 23.0 <= height and long.lines[-1].endswith("…")
    beyond = look.card_lines(Note(id="n", text="x" * (look.SHOWN_CHARACTERS + 1)), 23.0,
                             lambda text: 0.01 * len(text))
    assert beyond.cut and beyond.lines[-1].endswith("…")  # more than a card ever shows


def test_the_band_is_whole_or_ends_with_an_ellipsis():
    effect = Effect(id="e", output="Antal samtaler")
    assert look.band_line(effect, lambda text: 7.0 * len(text)) == "Ydelse i dag: Antal samtaler"
    assert look.band_line(effect, mono) == "Ydelse i dag: Antal…"


def test_every_title_on_a_board_has_one_size_wrapped_on_two_lines_or_shrunk_to_a_floor():
    zones = [Zone(id="a", title="Kort", width=280), Zone(id="b", title="Skærpet lydhørhed",
                                                         width=280)]

    def at(pixels: int):
        return lambda text: 0.6 * pixels * len(text)

    pixels = look.title_pixels(zones, at)
    assert look.ZONE_TITLE_FLOOR <= pixels < look.ZONE_TITLE_PIXELS
    shown = look.zone_title(zones[1], pixels, at(pixels))
    assert not shown.cut and " ".join(shown.lines) == "Skærpet lydhørhed"
    assert look.title_pixels([Zone(id="a", title="Kort", width=280)], at) == \
        look.ZONE_TITLE_PIXELS
    assert len(shown.lines) * pixels * look.ZONE_TITLE_LEADING <= look.ZONE_TITLE_ROOM
    hopeless = [Zone(id="c", title="Meget lang overskrift " * 5, width=280)]
    assert look.title_pixels(hopeless, at) == look.ZONE_TITLE_FLOOR
    assert look.zone_title(hopeless[0], look.ZONE_TITLE_FLOOR, at(18)).lines[-1].endswith("…")


def test_a_link_ends_at_the_middle_of_the_facing_sides_and_at_the_nearest_corner_between():
    above, below = (0, 0, 240, 150), (0, 300, 240, 150)
    assert look.link_ends(above, below) == ((120.0, 150 + look.LINK_GAP),
                                            (120.0, 300 - look.LINK_GAP))
    start, end = look.link_ends((0, 0, 240, 150), (400, 400, 240, 150))
    assert start[0] >= 240 or start[1] >= 150  # leaves by the right or the bottom side
    assert end[0] <= 400 or end[1] <= 400  # arrives by the left or the top side


def test_a_link_leaves_its_way_through_a_title_when_another_way_is_clear():
    above, below = (0, 0, 240, 150), (0, 300, 240, 150)
    title = (18.0, 240.0, 150.0, 31.0)  # the lower card's zone title, from its left
    start, end = look.link_ends(above, below, [title])
    assert not look.crosses(start, end, title) and start[0] == end[0] > 150 + look.TITLE_PLATE


def _boards():
    from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
    from kerneopgave_desktop.domain.templates import TEMPLATES
    yield from ((name, TEMPLATES[name].board()) for name in TEMPLATES)
    for name in DEMOS:
        yield from ((name, board) for board in demo_workshop(name).boards)


def test_no_template_link_crosses_a_zone_title_and_every_title_is_whole_on_paper():
    from kerneopgave_desktop.domain.templates import TEMPLATES
    from kerneopgave_desktop.printing.board_page import measure
    from kerneopgave_desktop.printing.fonts import BOLD, register_fonts
    register_fonts()
    for name, board in _boards():
        pixels = look.title_pixels(board.zones.values(), lambda size: measure(BOLD, size))
        titles = []
        for zone in board.zones.values():
            shown = look.zone_title(zone, pixels, measure(BOLD, pixels))
            assert not shown.cut and not shown.broken, (name, zone.title)
            titles.append(look.title_rect(zone, shown.lines, pixels, measure(BOLD, pixels)))
        if name not in TEMPLATES:
            continue  # some example links meet a title head-on: it is drawn above them
        for link in board.links.values():
            source, target = board.cards[link.source], board.cards[link.target]
            start, end = look.link_ends((source.x, source.y, source.width, source.height),
                                        (target.x, target.y, target.width, target.height),
                                        titles)
            assert not any(look.crosses(start, end, title) for title in titles), (name, link)


def test_a_link_asks_only_about_the_titles_near_it():
    index = look.TitleIndex([(0, 0, 100, 30), (5000, 0, 100, 30)])
    assert index.near((0, 100, 240, 150), (0, 400, 240, 150)) == [(0, 0, 100, 30)]
    assert index.near((4900, 100, 240, 150)) == [(5000, 0, 100, 30)]
    assert look.TitleIndex().near((0, 0, 1, 1)) == []


@pytest.mark.slow
@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(*[st.floats(-3000, 3000)] * 2, *[st.floats(1, 1200)] * 2),
                max_size=6),
       st.tuples(*[st.floats(-3000, 3000)] * 2, *[st.floats(0, 1200)] * 2))
def test_whether_a_box_touches_a_title_is_whether_near_finds_one(titles, box):
    index = look.TitleIndex(titles)
    assert index.touches(box) == bool(index.near(box))


def test_a_box_far_from_every_title_touches_none():
    index = look.TitleIndex([(0, 0, 100, 30)])
    assert index.touches((-10, -10, 5, 5)) and index.touches((495, 0, 10, 10))
    assert not index.touches((1100, 1100, 100, 50))
    assert not look.TitleIndex().touches((0, 0, 1, 1))
