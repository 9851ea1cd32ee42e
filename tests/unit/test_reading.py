"""Reading order, what a card says when read out, find, and where a keyboard puts a card."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import reading, search
from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop
from kerneopgave_desktop.domain.layout import ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import (
    Board,
    CoreTask,
    Dilemma,
    Link,
    Note,
    Workshop,
    Zone,
)
from kerneopgave_desktop.domain.placing import spot_beside, spot_in_zone


def grid() -> Board:
    """Two zones side by side, a small zone inside the left one, cards in and out of them."""
    board = Board(id="b", title="Tavle")
    for zone in (Zone(id="left", title="Kommune", x=0, y=0, width=1000, height=800),
                 Zone(id="right", title="", x=1100, y=0, width=600, height=400, kind="cell"),
                 Zone(id="inner", title="Indre", x=500, y=400, width=400, height=300)):
        board.zones[zone.id] = zone
    for card in (Note(id="a2", text="anden i venstre", x=300, y=80),
                 CoreTask(id="a1", text="Alle børn lærer mest muligt og trives i et trygt "
                                        "fællesskab hver eneste dag", x=20, y=100, votes=3,
                          level="municipality"),
                 Note(id="in", text="i det indre", x=560, y=480),
                 Note(id="r1", text="højre", x=1150, y=90),
                 Note(id="out", text="uden for", x=0, y=1000)):
        board.cards[card.id] = card
    board.links["l1"] = Link(id="l1", source="a2", target="a1", kind="concretises",
                             label="konkretiserer")
    board.links["l2"] = Link(id="l2", source="r1", target="a2", label="Se også")
    return board


def test_zones_and_loose_cards_are_read_by_rows_and_each_zone_before_its_cards():
    order = reading.read(grid())
    assert order.top == ("left", "right", "inner", "out")
    assert order.inside == {"left": ("a1", "a2"), "right": ("r1",), "inner": ("in",)}
    assert order.cards() == ["a1", "a2", "r1", "in", "out"]
    assert order.zone == {"a1": "left", "a2": "left", "in": "inner", "r1": "right",
                          "out": None}


def test_a_card_is_read_in_the_innermost_zone_that_holds_its_centre():
    board = grid()
    assert reading.zone_of(board, board.cards["in"]).id == "inner"
    assert reading.zone_of(board, board.cards["out"]) is None


def test_the_announcement_says_kind_text_votes_and_zone_as_a_screen_reader_should():
    board = grid()
    said = reading.announcement(board, "a1")
    assert said == ("Kerneopgave: Alle børn lærer mest muligt og trives i et trygt fællesskab "
                    "hver eneste dag, 3 stemmer, i feltet Kommune, Niveau: Kommune")
    assert reading.announcement(board, "r1") == "Note: højre, i feltet Celle"  # untitled cell
    assert reading.announcement(board, "out") == "Note: uden for"


def test_one_vote_is_one_stemme_and_english_says_votes():
    board = grid()
    board.cards["out"] = Note(id="out", text="uden for", x=0, y=1000, votes=1)
    assert reading.announcement(board, "out") == "Note: uden for, 1 stemme"
    i18n.set_language("en")
    assert reading.announcement(board, "a1").endswith(", 3 votes, in the zone Kommune, "
                                                      "Level: Municipality")
    assert reading.announcement(board, "out") == "Note: uden for, 1 vote"


def test_a_long_text_is_cut_and_the_announcement_is_one_line():
    board = Board(id="b")
    board.cards["n"] = Note(id="n", text="ord\n" * 400)
    said = reading.announcement(board, "n")
    assert "\n" not in said and said.endswith("…")
    assert len(said) <= len("Note: ") + reading.SPOKEN + 1


def test_a_dilemma_says_its_status_and_the_rooms_stance():
    board = Board(id="b")
    board.cards["d"] = Dilemma(id="d", text="Tryghed eller frihed?", status="discussed",
                               stances=(("agree", 3), ("disagree", 1)), votes=2)
    assert reading.announcement(board, "d") == (
        "Dilemma: Tryghed eller frihed?, 2 stemmer, Status: Drøftet, "
        "Rummets holdning: Enig 3, Uenig 1")


def test_links_are_read_from_each_end_with_their_kind_and_label_once():
    board = grid()
    assert reading.link_summary(board, "a2") == (
        "→ Kerneopgave: Alle børn lærer mest muligt og trives i et trygt fællesskab… "
        "(Konkretiserer); ← Note: højre (Se også)")
    assert reading.link_summary(board, "out") == ""


def test_a_missing_link_up_is_said_with_the_card():
    from kerneopgave_desktop.domain.templates import TEMPLATES

    board = TEMPLATES["niveauer"].board()
    link = next(iter(board.links.values()))
    del board.links[link.id]
    assert reading.announcement(board, link.source).endswith(
        "Mangler forbindelse til niveauet over")


@settings(max_examples=60, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.integers(-2000, 2000), st.integers(-2000, 2000)), max_size=25),
       st.lists(st.tuples(st.integers(-2000, 2000), st.integers(-2000, 2000),
                          st.integers(100, 1500), st.integers(100, 1500)), max_size=6))
def test_every_card_is_read_exactly_once(places, zones):
    board = Board(id="b")
    for index, (x, y, width, height) in enumerate(zones):
        board.zones[f"z{index}"] = Zone(id=f"z{index}", x=x, y=y, width=width, height=height)
    for index, (x, y) in enumerate(places):
        board.cards[f"c{index}"] = Note(id=f"c{index}", x=x, y=y)
    order = reading.read(board)
    assert sorted(order.cards()) == sorted(board.cards)
    assert sorted(i for i in order.top if i in board.zones) == sorted(board.zones)


def test_find_looks_in_card_texts_fields_zone_titles_and_link_labels_in_reading_order():
    board = grid()
    workshop = Workshop(boards=[board])
    assert [m.item_id for m in search.find(workshop, "KOMMUNE")] == ["left", "a1"]
    assert [(m.item_id, m.kind) for m in search.find(workshop, "se  også")] == [("l2", "link")]
    assert [m.item_id for m in search.find(workshop, "konkretiserer")] == ["l1"]
    assert search.find(workshop, "   ") == []


def test_find_reaches_every_board_of_the_demo():
    workshop = demo_workshop(DEFAULT_DEMO)
    found = search.find(workshop, "lærer")
    assert len({match.board_id for match in found}) >= 2
    assert all(match.kind in (search.CARD, search.ZONE, search.LINK) for match in found)


def test_a_card_placed_in_a_zone_lands_inside_its_card_area_clear_of_the_others():
    board = grid()
    zone = board.zones["left"]
    x, y = spot_in_zone(board, zone, 240, 150)
    assert zone.x + ZONE_MARGIN <= x and x + 240 <= zone.x + zone.width - ZONE_MARGIN
    assert zone.y + ZONE_TITLE_SPACE <= y
    for card in board.cards.values():
        assert not (x < card.x + card.width and card.x < x + 240
                    and y < card.y + card.height and card.y < y + 150)
    second = spot_in_zone(board, zone, 240, 150, taken=[(x, y, 240, 150)])
    assert second != (x, y)


def test_a_card_placed_beside_the_board_is_right_of_everything():
    board = grid()
    x, _ = spot_beside(board, 240, 150)
    assert x >= max(item.x + item.width for item in (*board.zones.values(),
                                                       *board.cards.values()))
    assert spot_beside(Board(id="empty"), 240, 150) == (0.0, 0.0)
