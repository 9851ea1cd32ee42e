"""One look for the board, on screen and on paper: the facts in domain.look."""

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
