import random
from collections import Counter

import pytest

from kerneopgave_desktop.document import AddItems, Document
from kerneopgave_desktop.domain.decks import (
    builtin_deck,
    draw,
    drawn_size,
    in_sector,
    kind_label,
    undrawn,
)
from kerneopgave_desktop.domain.model import (
    Board,
    Deck,
    DeckCard,
    Dilemma,
    ModelError,
    Note,
    Workshop,
    new_id,
)
from kerneopgave_desktop.domain.placing import free_spot
from kerneopgave_desktop.domain.records import deck_from_dict, deck_to_dict
from kerneopgave_desktop.domain.vocabulary import SECTORS, USES


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_built_in_deck_has_seven_dilemmas_from_every_sector_and_a_few_questions(lang):
    deck = builtin_deck(lang)
    dilemmas = [card for card in deck.cards if card.kind == "dilemma"]
    questions = [card for card in deck.cards if card.kind == "question"]
    assert len(dilemmas) >= 60 and len(questions) == 4
    assert Counter(card.sector for card in dilemmas) == dict.fromkeys(SECTORS.codes, 7)
    assert all(card.sector in SECTORS and card.use in USES for card in deck.cards)
    assert {card.use for card in dilemmas} == set(USES.codes)
    assert all(len({c.use for c in in_sector(deck, sector)}) >= 4 for sector in SECTORS.codes)
    assert all(card.pole_a and card.pole_b and card.pole_a != card.pole_b for card in dilemmas)
    assert all(card.pole_a is None and card.pole_b is None and card.is_question
               for card in questions)
    assert len({card.text for card in deck.cards}) == len(deck.cards)
    assert all(card.text.rstrip().endswith("?") for card in deck.cards)


def test_the_deck_has_the_same_ids_and_tags_in_both_languages_and_is_translated():
    da, en = builtin_deck("da"), builtin_deck("en")
    assert [(c.id, c.sector, c.use, c.kind) for c in da.cards] == \
        [(c.id, c.sector, c.use, c.kind) for c in en.cards]
    assert all(a.text != b.text for a, b in zip(da.cards, en.cards, strict=True))
    assert all(a.pole_a != b.pole_a or a.pole_a is None
               for a, b in zip(da.cards, en.cards, strict=True))


def test_the_ids_drawn_cards_remember_keep_their_meaning():
    # Files remember drawn cards by id: the reworded cards keep theirs, the rest follow on.
    cards = {card.id: card for card in builtin_deck("da").cards}
    assert sorted(cards) == [f"builtin-{n:02d}" for n in range(1, len(cards) + 1)]
    assert "forældrene" in cards["builtin-06"].text and cards["builtin-06"].sector == "daycare"
    assert cards["builtin-22"].is_question and "lærere og pædagoger" in cards["builtin-22"].text
    assert cards["builtin-21"].pole_a == "Specialister"
    assert "Hvis interesser varetager vi?" in cards["builtin-09"].text
    assert "går ud over resten af gruppen" in cards["builtin-26"].text


def test_the_reworded_cards_name_two_goods_and_no_right_answer():
    cards = {card.id: card for card in builtin_deck("da").cards}
    # Before, "Ydelser / Effekt", "Vores faglighed / Deres faglighed" and "Det vigtigste for
    # borgeren / Det, der skal dokumenteres" left one pole as the obvious answer.
    assert (cards["builtin-02"].pole_a, cards["builtin-02"].pole_b) == \
        ("Flere samtaler nu", "Opfølgning på effekten")
    assert (cards["builtin-18"].pole_a, cards["builtin-18"].pole_b) == \
        ("Én fælles standard", "Hver faglighed på sit felt")
    assert (cards["builtin-23"].pole_a, cards["builtin-23"].pole_b) == \
        ("Holde planen", "Lægge dagen om")


@pytest.mark.parametrize("sector", SECTORS.codes)
def test_drawing_from_a_sector_stays_in_it_and_repeats_only_when_it_is_used_up(sector):
    deck = builtin_deck()
    board = Board(id="b")
    document = Document(Workshop(boards=[board]))
    rng = random.Random(sector)
    own = {card.id for card in in_sector(deck, sector)}
    seen = []
    for _ in range(len(own)):
        card, reshuffled = draw(deck, board, rng, sector=sector)
        assert not reshuffled and card.id in own and card.id not in seen
        seen.append(card.id)
        document.apply(AddItems("b", [Dilemma(id=new_id(), text=card.text, origin=card.id,
                                              x=len(seen) * 600)]))
    assert set(seen) == own and undrawn(deck, board, sector) == []
    assert undrawn(deck, board)  # the other sectors are still in the deck
    for _ in range(10):
        card, reshuffled = draw(deck, board, rng, sector=sector)
        assert reshuffled and card.id in own


def test_drawing_from_a_sector_a_deck_lacks_is_refused():
    deck = Deck(id="own", title="Egne", cards=(DeckCard(id="a", text="?", sector="school"),))
    with pytest.raises(ValueError):
        draw(deck, Board(id="b"), sector="culture")
    with pytest.raises(ValueError):
        draw(Deck(id="empty", title=""), Board(id="b"))
    assert draw(deck, Board(id="b"), sector="school")[0].id == "a"


def test_old_user_decks_load_and_new_tags_are_written_only_when_set():
    old = {"id": "d1", "title": "Skolens egne", "cards": [
        {"id": "a", "text": "Lektier eller fritid?", "pole_a": "Lektier", "pole_b": "Fritid",
         "use": "citizens"},
        {"id": "b", "text": "Hvem tager forældremødet?"}]}
    deck = deck_from_dict(old)
    assert [(c.sector, c.kind) for c in deck.cards] == [(None, "dilemma"), (None, "dilemma")]
    assert deck_to_dict(deck)["cards"][0] == old["cards"][0]  # as an earlier version wrote it
    tagged = Deck(id="d2", title="", cards=(
        DeckCard(id="q", text="Hvad nu?", sector="culture", use="change", kind="question"),))
    record = deck_to_dict(tagged)
    assert record["cards"][0]["sector"] == "culture" and record["cards"][0]["kind"] == "question"
    assert deck_from_dict(record) == tagged
    for bad in ({"sector": "moon"}, {"kind": "riddle"}, {"kind": None}, {"colour": "red"}):
        with pytest.raises(ModelError):
            deck_from_dict({"id": "d", "cards": [{"id": "x", "text": "?", **bad}]})


def test_a_drawn_card_is_large_enough_for_its_text_and_a_question_shows_as_one():
    short = DeckCard(id="s", text="Lektier eller fritid?", pole_a="Lektier", pole_b="Fritid")
    assert drawn_size(short) == (240.0, 190.0)
    for card in builtin_deck("da").cards:
        width, height = drawn_size(card)
        assert width <= 500 and height >= 190
    long = DeckCard(id="l", text=" ".join(["ordene"] * 80))
    assert drawn_size(long)[1] > 190
    question = Dilemma(id="q", text="Hvem?", origin="builtin-22")
    assert kind_label(question, "da") == "Spørgsmål" and kind_label(question, "en") == "Question"
    drawn = Dilemma(id="d", text="Hvem?", origin="builtin-21", pole_a="A", pole_b="B")
    assert kind_label(drawn, "da") == "Dilemma"
    assert kind_label(Dilemma(id="own", text="Endnu uden poler"), "da") == "Dilemma"
    assert kind_label(Note(id="n"), "da") == "Note"


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
