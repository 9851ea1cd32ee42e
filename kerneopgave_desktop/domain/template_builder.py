"""How a template builds its board: the Template record, the Builder that lays out locked
zones and prompt cards on the grid, and the »Aftaler« zone every template's board ends with.

The templates themselves are in domain.templates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GAP,
    ZONE_MARGIN,
    ZONE_TITLE_SPACE,
)
from kerneopgave_desktop.domain.model import Agreement, Board, Card, Link, Zone, new_id

_heard: list[tuple[str, str]] | None = None
"""While `prompts` builds a board: every text `t` was asked for, in both languages."""


def t(da: str, en: str) -> str:
    """The text in the current language, from its Danish and its English."""
    if _heard is not None:
        _heard.append((da, en))
    return en if i18n.language() == "en" else da


def prompts(template: Template) -> frozenset[str]:
    """The texts of the cards `template` puts on its board, in Danish and in English: a card
    that still holds one is the template's question, not yet the team's answer. (Zone titles
    and link labels are not among them: a card may well say "Lærere".)"""
    global _heard
    _heard = []
    try:
        cards = {card.text for card in template.board().cards.values()}
        return frozenset(text for pair in _heard if cards.intersection(pair) for text in pair)
    finally:
        _heard = None


@dataclass(frozen=True)
class Template:
    """A ready board to start from: its name (on the command line and in the file), title,
    purpose and guiding questions in both languages, and how it builds its board."""

    name: str
    title_da: str
    title_en: str
    purpose_da: str
    purpose_en: str
    questions_da: tuple[str, ...]
    questions_en: tuple[str, ...]
    build: Callable[[Template], Board]

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da

    def purpose(self, lang: str | None = None) -> str:
        return self.purpose_en if (lang or i18n.language()) == "en" else self.purpose_da

    def questions(self, lang: str | None = None) -> tuple[str, ...]:
        return self.questions_en if (lang or i18n.language()) == "en" else self.questions_da

    def board(self) -> Board:
        """A fresh board, new ids, with the agreements' zone below the template's own."""
        board = self.build(self)
        agreements_zone(board)
        return board


class Builder:
    """Places locked zones and prompt cards on a grid."""

    def __init__(self, template: Template):
        self.board = Board(id=new_id(), title=template.title(), template=template.name)

    def zone(self, title: str, x: float, y: float, columns: int, rows: int,
             kind: str = "area", stop: bool = False) -> Zone:
        zone = Zone(id=new_id(), title=title, x=x, y=y, width=zone_width(columns),
                    height=zone_height(rows), locked=True, kind=kind, stop=stop)
        self.board.zones[zone.id] = zone
        return zone

    def card(self, cls: type[Card], zone: Zone, column: int, row: int, text: str,
             span: int = 1, rows: int = 1, **fields) -> Card:
        """A card in the zone's grid, `span` columns wide and `rows` high, for a longer text."""
        card = cls(id=new_id(), text=text,
                   x=zone.x + ZONE_MARGIN + column * (CARD_WIDTH + GAP),
                   y=zone.y + ZONE_TITLE_SPACE + row * (CARD_HEIGHT + GAP),
                   width=span * CARD_WIDTH + (span - 1) * GAP,
                   height=max(rows * CARD_HEIGHT + (rows - 1) * GAP, default_height(cls)),
                   **fields)
        self.board.cards[card.id] = card
        return card

    def link(self, source: Card, target: Card, kind: str, label: str = "") -> None:
        link = Link(id=new_id(), source=source.id, target=target.id, kind=kind, label=label)
        self.board.links[link.id] = link

    def parking(self, x: float, y: float, columns: int = 4) -> Zone:
        return self.zone(t("Parkeringsplads", "Parking lot"), x, y, columns, 1, kind="parking")


AGREEMENT_COLUMNS = 4
"""How many agreements fit side by side in a template's »Aftaler« zone."""


def agreements_zone(board: Board) -> Zone:
    """The »Aftaler« zone, below everything else on the board, at its left edge: where the
    meeting ends, with what the team will do next. A stop when presenting."""
    left = min((zone.x for zone in board.zones.values()), default=0.0)
    bottom = max((zone.y + zone.height for zone in board.zones.values()), default=0.0)
    height = ZONE_TITLE_SPACE + ZONE_MARGIN + default_height(Agreement)
    zone = Zone(id=new_id(), title=t("Aftaler: hvem gør hvad, og hvornår?",
                                     "Agreements: who does what, and by when?"),
                x=left, y=bottom + 2 * GAP, width=zone_width(AGREEMENT_COLUMNS), height=height,
                locked=True, kind="agreements", stop=True)
    board.zones[zone.id] = zone
    return zone


def place_agreements(board: Board) -> None:
    """Put the »Aftaler« zone (with the cards in it) below everything else on the board again,
    after the other zones have grown (as an example's do when they are filled)."""
    zone = next((z for z in board.zones.values() if z.kind == "agreements"), None)
    others = [z for z in board.zones.values() if z is not zone]
    if zone is None or not others:
        return
    x = min(z.x for z in others)
    y = max(z.y + z.height for z in others) + 2 * GAP
    dx, dy = x - zone.x, y - zone.y
    for card in [c for c in board.cards.values() if zone.contains(c)]:
        board.cards[card.id] = dataclasses.replace(card, x=card.x + dx, y=card.y + dy)
    board.zones[zone.id] = dataclasses.replace(zone, x=x, y=y)


def default_height(cls: type[Card]) -> float:
    """A kind's own height (dilemmas and effects are taller, for their band)."""
    return next(f.default for f in dataclasses.fields(cls) if f.name == "height")


def zone_width(columns: int) -> float:
    """How wide a zone of `columns` cards side by side is, margins included."""
    return 2 * ZONE_MARGIN + columns * CARD_WIDTH + (columns - 1) * GAP


def zone_height(rows: int) -> float:
    """How tall a zone of `rows` cards is, with its title and margin."""
    return ZONE_TITLE_SPACE + ZONE_MARGIN + rows * CARD_HEIGHT + (rows - 1) * GAP
