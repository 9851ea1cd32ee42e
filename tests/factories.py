"""Small builders for test workshops."""

from __future__ import annotations

from kerneopgave_desktop.domain.model import (
    Board,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Link,
    Note,
    Workshop,
    WorkshopInfo,
    Zone,
)

HOSTILE_TEXTS = (
    "Æbler, øl og Åen: æøå ÆØÅ",
    "<b>fed</b> &amp; <img src=\"http://example.invalid/x.png\"> 0.1 <A <0.9 S&P",
    "emoji 🧑‍🤝‍🧑👩🏽‍⚕️ and flags 🇩🇰",
    "tabs\tand\nnewlines\r\nand \u200f RTL mark \u202e reversed \u202c",
    "",
    "NUL\x00inside",
    "'; DROP TABLE cards; --",
    "{name} %n %1 \\ \" '",
)


def sample_board(board_id: str = "b1", cards: int = 6) -> Board:
    board = Board(id=board_id, title="Tavle", template="tom")
    board.zones[f"{board_id}z1"] = Zone(id=f"{board_id}z1", title="Parkering", x=-50, y=-50,
                                        width=900, height=600, locked=True, kind="parking")
    kinds = [
        lambda i: CoreTask(id=f"{board_id}c{i}", text="Kerneopgave", level="team",
                           perspective="experienced", x=i * 260.0),
        lambda i: Contribution(id=f"{board_id}c{i}", text="Bidrag", profession="pedagogue",
                               x=i * 260.0),
        lambda i: Dilemma(id=f"{board_id}c{i}", text="Dilemma", pole_a="Tryghed",
                          pole_b="Mangfoldighed", status="discussed", decision="Vi prøver",
                          answers=(("at_stake", "Trygheden i parken"), ("action", "Vi prøver")),
                          origin="builtin-07", x=i * 260.0),
        lambda i: Effect(id=f"{board_id}c{i}", text="Værdi", output="Antal samtaler",
                         beneficiary="both", involvement="co_creation", x=i * 260.0),
        lambda i: Note(id=f"{board_id}c{i}", text="Note", color="#ffeeaa", votes=3, x=i * 260.0),
    ]
    for i in range(cards):
        card = kinds[i % len(kinds)](i)
        board.cards[card.id] = card
    ids = list(board.cards)
    for i in range(len(ids) - 1):
        board.links[f"{board_id}l{i}"] = Link(id=f"{board_id}l{i}", source=ids[i],
                                              target=ids[i + 1], kind="contributes_to",
                                              label=f"forbindelse {i}")
    return board


def sample_workshop() -> Workshop:
    from datetime import date

    from kerneopgave_desktop.domain.model import Deck, DeckCard
    return Workshop(
        info=WorkshopInfo(title="Personalemøde", workplace="Skolen ved Åen",
                          date=date(2026, 3, 3), facilitator="Lene",
                          participants=("Ali", "Birgit", "Søren"),
                          professions=("Skolebibliotekar",)),
        boards=[sample_board("b1"), sample_board("b2", cards=3)],
        decks=[Deck(id="d1", title="Vores egne", cards=(
            DeckCard(id="d1a", text="Lektier eller fritid?", pole_a="Lektier", pole_b="Fritid",
                     use="citizens"),
            DeckCard(id="d1b", text="Hvem tager forældremødet?")))],
    )
