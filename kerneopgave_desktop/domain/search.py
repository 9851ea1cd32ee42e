"""Find: the cards, zones and links of every board whose words hold what was asked for, in
the order the boards are read (domain.reading): board by board, a zone before its cards, a
card before the links it starts."""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain import reading
from kerneopgave_desktop.domain.model import Board, Card, Link, Workshop
from kerneopgave_desktop.domain.vocabulary import LINK_KINDS

CARD, ZONE, LINK = "card", "zone", "link"


@dataclass(frozen=True)
class Match:
    board_id: str
    item_id: str
    kind: str
    """CARD, ZONE or LINK."""


def folded(text: str) -> str:
    """Text as it is compared: case folded, runs of white space as one space."""
    return " ".join(text.casefold().split())


def card_words(card: Card) -> str:
    """What a card is found by: its text and the values of its fields (a dilemma's poles and
    decision, a level by its label, a profession by its name)."""
    words = [card.text]
    for field in fields_table.of_kind(card.kind):
        if field.type in (fields_table.LINE, fields_table.TEXT, fields_table.CODE,
                          fields_table.NAME):
            words.append(field.value_text(getattr(card, field.name, None)))
    if card.author:
        words.append(card.author)
    return "\n".join(word for word in words if word)


def link_words(link: Link) -> str:
    """A link is found by its label, and by its kind unless it is a plain one."""
    return "\n".join([link.label, LINK_KINDS.label(link.kind) if link.kind != "plain" else ""])


def _board_matches(board: Board, wanted: str) -> list[Match]:
    found: list[Match] = []
    order = reading.read(board)

    def card(card_id: str) -> None:
        if wanted in folded(card_words(board.cards[card_id])):
            found.append(Match(board.id, card_id, CARD))
        for link in board.links.values():
            if link.source == card_id and wanted in folded(link_words(link)):
                found.append(Match(board.id, link.id, LINK))

    for item_id in order.top:
        if item_id in board.zones:
            if wanted in folded(board.zones[item_id].title):
                found.append(Match(board.id, item_id, ZONE))
            for card_id in order.inside[item_id]:
                card(card_id)
        else:
            card(item_id)
    return found


def find(workshop: Workshop, text: str) -> list[Match]:
    """Every card, zone and link that holds `text` (case and spacing aside), in reading
    order; nothing for empty text."""
    wanted = folded(text)
    if not wanted:
        return []
    return [match for board in workshop.boards for match in _board_matches(board, wanted)]
