"""The built-in deck, and drawing from a deck onto a board.

The built-in deck's cards are written out in domain.deck_cards; here they become a Deck in
the language asked for, and a deck's cards are drawn and placed.
"""

from __future__ import annotations

import math
import random

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.deck_cards import ENTRIES
from kerneopgave_desktop.domain.layout import CARD_WIDTH, GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Board, Card, Deck, DeckCard, Dilemma, Zone
from kerneopgave_desktop.domain.placing import open_spot
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, DECK_CARD_KINDS, DILEMMA_STATUSES

BUILTIN_ID = "builtin"


def builtin_deck(lang: str | None = None) -> Deck:
    """The built-in deck in the given (or current) language; ids are stable across languages."""
    english = (lang or i18n.language()) == "en"
    cards = []
    for entry in ENTRIES:
        poles = entry.poles_en if english else entry.poles_da
        cards.append(DeckCard(id=f"{BUILTIN_ID}-{entry.number:02d}",
                              text=entry.en if english else entry.da,
                              pole_a=poles[0] if poles else None,
                              pole_b=poles[1] if poles else None, use=entry.use,
                              sector=entry.sector,
                              kind="question" if entry.question else "dilemma"))
    title = "Built-in deck" if english else "Den indbyggede kortbunke"
    return Deck(id=BUILTIN_ID, title=title, cards=tuple(cards))


def in_sector(deck: Deck, sector: str | None) -> list[DeckCard]:
    """The deck's cards from one sector, or all of them when `sector` is None."""
    return [card for card in deck.cards if sector is None or card.sector == sector]


_CHAR_WIDTH = 10.0
"""Average width of a character in the board's body font (19 px), with room for wider fonts."""
_LINE_HEIGHT = 23.0
_FRAME = 2 * 12 + 22 + 36
"""A dilemma card's padding, its kind label and the band with its poles, in scene units."""
_LINES = 4
"""Lines of text a dilemma card of the usual height shows above its poles."""


def _lines(text: str, per_line: int) -> int:
    """How many lines `text` wraps to at `per_line` characters, breaking between words."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def drawn_size(card: DeckCard) -> tuple[float, float]:
    """The size of the dilemma a card becomes on the board.

    One card wide, or two for a long text, and taller when even that is not enough, so the
    whole text shows when the board is projected.
    """
    height = Dilemma(id="size").height
    for columns in (1, 2):
        width = columns * CARD_WIDTH + (columns - 1) * GAP
        lines = _lines(card.text, int((width - 24) // _CHAR_WIDTH))
        if lines <= _LINES:
            return width, height
    return width, max(height, math.ceil((_FRAME + lines * _LINE_HEIGHT + 8) / GAP) * GAP)


def kind_label(card: Card, lang: str | None = None) -> str:
    """The kind a card shows on the board: its own, except that a card drawn from a deck
    without poles (an open question) shows as a question; then what its field table shows
    beside the kind (an agreement's status)."""
    if isinstance(card, Dilemma) and card.origin and not (card.pole_a or card.pole_b):
        return DECK_CARD_KINDS.label("question", lang)
    return look.label_text(card, CARD_KINDS.label(card.kind, lang), lang)


def undrawn(deck: Deck, board: Board, sector: str | None = None) -> list[DeckCard]:
    """The cards (of `sector`, if given) not yet drawn onto the board.

    A drawn card is a dilemma on the board with the card's id as its origin.
    """
    drawn = {card.origin for card in board.cards.values() if isinstance(card, Dilemma)}
    return [card for card in in_sector(deck, sector) if card.id not in drawn]


def draw(deck: Deck, board: Board, rng: random.Random | None = None,
         sector: str | None = None) -> tuple[DeckCard, bool]:
    """A random card (of `sector`, if given) not yet on the board.

    When all of them are on the board, any of them again, and True: reshuffled.
    ValueError when the deck holds no card (of that sector) at all.
    """
    pool = in_sector(deck, sector)
    if not pool:
        raise ValueError(f"the deck has no card from {sector!r}" if sector else
                         "the deck is empty")
    choices = undrawn(deck, board, sector)
    reshuffled = not choices
    return (rng or random).choice(choices or pool), reshuffled


def new_column(board: Board) -> Zone | None:
    """The board's "Ny" column (a zone named for a new dilemma's status, in either language),
    where a drawn card belongs; None when the board has none."""
    names = {DILEMMA_STATUSES.label("new", lang).casefold() for lang in i18n.LANGUAGES}
    return next((zone for zone in board.zones.values()
                 if zone.title.strip().casefold() in names), None)


def column_place(board: Board, zone: Zone, width: float,
                 height: float) -> tuple[float, float, float]:
    """Where a card goes in the column `zone`: (x, y, the zone's height then). A free place
    inside it if there is one; else at its left below the cards in it, the column growing
    down to hold it (as a column of sticky notes on a wall does)."""
    spot = open_spot(board, zone, width, height)
    if spot is not None:
        return spot[0], spot[1], zone.height
    inside = [card for card in board.cards.values() if zone.contains(card)]
    y = max([card.y + card.height + GAP for card in inside] or [zone.y + ZONE_TITLE_SPACE])
    x = zone.x + ZONE_MARGIN
    return x, y, max(zone.height, y + height + ZONE_MARGIN - zone.y)
