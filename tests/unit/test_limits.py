"""The documented limits (docs/file-format.md) hold in the model, where every path passes."""

import dataclasses
from datetime import datetime

import pytest

from kerneopgave_desktop.document import Document, MoveItems, ResizeItems, Vote
from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Deck,
    ModelError,
    Note,
    Snapshot,
    Workshop,
    WorkshopInfo,
    Zone,
)
from kerneopgave_desktop.domain.records import board_from_dict, card_from_dict

HUGE = 10 ** 400
"""A whole number that no float holds: converting it first would overflow."""


@pytest.mark.parametrize("field, value", [
    ("x", MAX_COORDINATE + 1), ("y", -MAX_COORDINATE - 1), ("x", 1e300), ("y", HUGE),
    ("x", -HUGE), ("x", float("inf")), ("width", MIN_SIZE - 1), ("height", MAX_SIZE + 1),
    ("width", HUGE), ("height", 1e-300), ("x", "1"), ("width", None),
])
def test_coordinates_and_sizes_out_of_range_are_refused(field, value):
    with pytest.raises(ModelError):
        Note(id="n", **{field: value})
    with pytest.raises(ModelError):
        Zone(id="z", **{field: value})


def test_the_limits_themselves_are_allowed_and_made_floats():
    card = Note(id="n", x=-int(MAX_COORDINATE), y=MAX_COORDINATE, width=int(MIN_SIZE),
                height=MAX_SIZE)
    assert (card.x, card.y, card.width, card.height) == (-MAX_COORDINATE, MAX_COORDINATE,
                                                          MIN_SIZE, MAX_SIZE)
    assert all(type(getattr(card, name)) is float for name in ("x", "y", "width", "height"))


@pytest.mark.parametrize("votes", [-1, MAX_VOTES + 1, HUGE, 1.0, True, "3"])
def test_votes_are_a_whole_number_up_to_the_maximum(votes):
    with pytest.raises(ModelError):
        Note(id="n", votes=votes)
    assert Note(id="n", votes=MAX_VOTES).votes == MAX_VOTES


def test_a_huge_number_in_a_record_is_refused_not_overflowed():
    for name in ("x", "width"):
        with pytest.raises(ModelError):
            card_from_dict({"id": "n", "kind": "note", name: HUGE})
    with pytest.raises(ModelError):
        card_from_dict({"id": "n", "kind": "note", "votes": 2 ** 70})


@pytest.mark.parametrize("make", [
    lambda: Board(id=""), lambda: Board(id=b"b"), lambda: Board(id="b", title=b"blob"),
    lambda: Board(id="b", title=None), lambda: Board(id="b", template=3),
    lambda: Deck(id="", title="t"), lambda: Deck(id=7, title="t"),
    lambda: WorkshopInfo(date=datetime(2026, 3, 3, 12, 0)),
])
def test_boards_decks_and_metadata_refuse_wrong_types(make):
    with pytest.raises(ModelError):
        make()


def _snapshot(**changes):
    values = {"id": "s", "board": None, "name": "Før", "taken_at": "2026-03-03T14:05:00+01:00",
              "content": (Board(id="b"),)}
    return Snapshot(**{**values, **changes})


@pytest.mark.parametrize("changes", [
    {"id": ""}, {"name": b"x"}, {"name": ""}, {"taken_at": "i går"}, {"taken_at": None},
    {"board": 5}, {"content": [Board(id="b")]}, {"content": ("b",)},
    {"content": (Board(id="b"), Board(id="b"))},
    {"content": (Board(id="b", cards={"x": Note(id="x")}), Board(id="x"))},
])
def test_snapshots_refuse_wrong_types_and_ids_used_twice(changes):
    with pytest.raises(ModelError):
        _snapshot(**changes)
    assert _snapshot().name == "Før"


def test_a_record_with_an_id_used_twice_on_a_board_is_refused():
    with pytest.raises(ModelError):
        board_from_dict({"id": "b", "zones": [{"id": "x"}], "cards": [{"id": "x", "kind": "note"}]})


def _document(card):
    board = Board(id="b", cards={card.id: card})
    return Document(Workshop(boards=[board])), board


def test_a_drag_or_resize_past_a_limit_stops_at_it():
    document, board = _document(Note(id="n"))
    document.apply(MoveItems("b", {"n": (MAX_COORDINATE * 5, -1e300)}))
    assert (board.cards["n"].x, board.cards["n"].y) == (MAX_COORDINATE, -MAX_COORDINATE)
    document.apply(ResizeItems("b", {"n": (1.0, 1e9)}))
    assert (board.cards["n"].width, board.cards["n"].height) == (MIN_SIZE, MAX_SIZE)


def test_a_vote_stops_at_the_maximum():
    document, board = _document(dataclasses.replace(Note(id="n"), votes=MAX_VOTES))
    document.apply(Vote("b", ["n"]))
    assert board.cards["n"].votes == MAX_VOTES



def test_minus_zero_is_zero_as_the_file_keeps_it(tmp_path):
    """Found by the input fuzzer: SQLite reads -0.0 back as 0.0, so a JSON export of a
    card at x = -0.0 came back from the file as a different text."""
    import math

    from kerneopgave_desktop.interchange.json import dumps, loads
    from kerneopgave_desktop.storage import Store

    card = Note(id="n", x=-0.0, y=-0)
    assert math.copysign(1, card.x) == 1 and math.copysign(1, card.y) == 1
    workshop = Workshop(boards=[Board(id="b", cards={"n": card})])
    text = dumps(loads(dumps(workshop).replace('"x": 0.0', '"x": -0.0')))
    Store.create(tmp_path / "w.kerneopgave", loads(text)).close()
    store, again = Store.open(tmp_path / "w.kerneopgave", read_only=True)
    store.close()
    assert dumps(again) == text
