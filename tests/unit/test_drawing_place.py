"""Where a drawn card goes: the board's "Ny" column, in either language, at a free place."""

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.decks import column_place, new_column
from kerneopgave_desktop.domain.model import Board, Dilemma, Note, Zone
from kerneopgave_desktop.domain.placing import open_spot
from kerneopgave_desktop.domain.templates import TEMPLATES


def test_the_new_column_is_found_by_its_name_in_danish_or_english():
    board = TEMPLATES["dilemmaer"].board()
    assert new_column(board).title == "Ny"
    i18n.set_language("en")
    english = TEMPLATES["dilemmaer"].board()
    assert new_column(english).title == "New"
    assert new_column(Board(id="b")) is None


def test_a_free_spot_in_a_zone_avoids_cards_and_says_when_the_zone_is_full():
    zone = Zone(id="z", title="Ny", x=0, y=0, width=600, height=400)
    board = Board(id="b", zones={"z": zone})
    first = open_spot(board, zone, 240, 190)
    assert first is not None
    board.cards["a"] = Dilemma(id="a", x=first[0], y=first[1], width=240, height=190)
    second = open_spot(board, zone, 240, 190)
    assert second is not None and second != first
    assert second[0] >= first[0] + 240 or second[1] >= first[1] + 190
    board.cards["b"] = Note(id="b", x=second[0], y=second[1], width=240, height=190)
    assert open_spot(board, zone, 240, 190) is None


def test_a_full_column_grows_down_to_hold_the_card():
    zone = Zone(id="z", title="Ny", x=0, y=0, width=600, height=400)
    board = Board(id="b", zones={"z": zone},
                  cards={"a": Dilemma(id="a", x=20, y=80, width=560, height=190)})
    x, y, height = column_place(board, zone, 500, 190)
    assert (x, y) == (20, 80 + 190 + 20) and height == y + 190 + 20 > zone.height
    roomy = Zone(id="r", title="Ny", x=0, y=0, width=600, height=900)
    assert column_place(Board(id="c", zones={"r": roomy}), roomy, 500, 190)[2] == 900
