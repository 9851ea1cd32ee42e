import random

from kerneopgave_desktop.document import AddItems, Document
from kerneopgave_desktop.domain.decks import builtin_deck, draw, free_spot, undrawn
from kerneopgave_desktop.domain.model import Board, Dilemma, Note, Workshop, new_id
from kerneopgave_desktop.domain.vocabulary import USES


def test_the_built_in_deck_has_at_least_24_dilemmas_each_serving_a_use():
    deck = builtin_deck("da")
    assert len(deck.cards) >= 24
    assert {card.use for card in deck.cards} == set(USES.codes)
    assert sum(1 for card in deck.cards if card.pole_a and card.pole_b) >= 12
    assert len({card.text for card in deck.cards}) == len(deck.cards)


def test_the_deck_has_the_same_ids_in_both_languages_and_is_translated():
    da, en = builtin_deck("da"), builtin_deck("en")
    assert [c.id for c in da.cards] == [c.id for c in en.cards]
    assert all(a.text != b.text for a, b in zip(da.cards, en.cards, strict=True))


def test_drawing_never_repeats_a_card_until_the_deck_is_exhausted():
    deck = builtin_deck()
    board = Board(id="b")
    document = Document(Workshop(boards=[board]))
    rng = random.Random(7)
    seen = []
    for _ in range(len(deck.cards)):
        card, reshuffled = draw(deck, board, rng)
        assert not reshuffled and card.id not in seen
        seen.append(card.id)
        document.apply(AddItems("b", [Dilemma(id=new_id(), text=card.text, origin=card.id,
                                              x=len(seen) * 300)]))
    assert undrawn(deck, board) == []
    card, reshuffled = draw(deck, board, rng)
    assert reshuffled and card.id in seen
    document.undo()  # take the last drawn dilemma off the board: it can be drawn again
    assert [c.id for c in undrawn(deck, board)] == [seen[-1]]


def test_a_drawn_card_lands_where_no_card_is():
    board = Board(id="b", cards={"n": Note(id="n", x=0, y=0)})
    x, y = free_spot(board, 0, 0, 240, 150)
    assert (x, y) != (0, 0) and x >= 240


def test_a_drawn_card_never_straddles_a_zone_or_covers_its_title():
    from kerneopgave_desktop.domain.layout import ZONE_TITLE_SPACE
    from kerneopgave_desktop.domain.templates import TEMPLATES
    board = TEMPLATES["dilemmaer"].board()
    for zone in list(board.zones.values()):
        for dx, dy in ((0, 0), (zone.width / 2, 10), (zone.width - 100, zone.height - 40)):
            x, y = free_spot(board, zone.x + dx, zone.y + dy, 240, 150)
            assert not any(x < c.x + c.width and c.x < x + 240 and y < c.y + c.height
                           and c.y < y + 150 for c in board.cards.values())
            for other in board.zones.values():
                touches = (x < other.x + other.width and other.x < x + 240
                           and y < other.y + other.height and other.y < y + 150)
                inside = (other.x <= x and x + 240 <= other.x + other.width
                          and other.y + ZONE_TITLE_SPACE <= y
                          and y + 150 <= other.y + other.height)
                assert inside or not touches, (zone.title, other.title, x, y)
