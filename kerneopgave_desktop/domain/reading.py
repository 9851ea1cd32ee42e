"""How a board is read: its reading order, and what a card says when it is read out.

One place for both, so that Tab on the board, the outline ("Oversigt") and a screen reader
agree: zones and the cards outside every zone in reading order (rows from the top, left to
right in a row), each zone followed by the cards in it in the same order. A card is in the
innermost zone that holds its centre. What a card says (its kind, text, votes, the zone it
is in, its coded fields and the room's stance) comes from the field tables, so a new field
is read out without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop.domain import checks
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.model import Board, Card, Link, Zone
from kerneopgave_desktop.domain.vocabulary import LINK_KINDS, ZONE_KINDS
from kerneopgave_desktop.i18n import translate

ROW = 100.0
"""Items whose tops lie within the same band of this height are read as one row."""
SPOKEN = 200
"""How much of a card's text is read out when it gets the focus (the outline and the
inspector have all of it)."""
QUOTED = 60
"""How much of the other card's text a link quotes."""


def _tr(source: str, n: int | None = None) -> str:
    return translate("Reading", source, n)


def reading_key(x: float, y: float) -> tuple[int, float, float]:
    """Sorts places in reading order: by row from the top, then from the left."""
    return round(y / ROW), x, y


def zone_of(board: Board, card: Card) -> Zone | None:
    """The innermost zone that holds the card's centre (the front one of equals), or None."""
    found: Zone | None = None
    for zone in board.zones.values():
        if zone.contains(card) and (found is None
                                    or zone.width * zone.height <= found.width * found.height):
            found = zone
    return found


@dataclass(frozen=True)
class Reading:
    """One board in reading order."""

    top: tuple[str, ...]
    """The zones and the cards outside every zone, in reading order."""
    inside: dict[str, tuple[str, ...]]
    """Zone id -> the cards in it, in reading order (every zone has an entry)."""
    zone: dict[str, str | None]
    """Card id -> the zone it is read in, or None."""

    def cards(self) -> list[str]:
        """Every card in the order it is read (and Tab walks the board)."""
        order: list[str] = []
        for item_id in self.top:
            order.extend(self.inside.get(item_id, (item_id,)))
        return order


def read(board: Board) -> Reading:
    """The board's reading order (see the module's docstring)."""
    zone: dict[str, str | None] = {}
    inside: dict[str, list[Card]] = {zone_id: [] for zone_id in board.zones}
    loose: list[Card] = []
    for card in board.cards.values():
        home = zone_of(board, card)
        zone[card.id] = home.id if home is not None else None
        (inside[home.id] if home is not None else loose).append(card)

    def key(item: Card | Zone) -> tuple[int, float, float]:
        return reading_key(item.x, item.y)

    top = sorted([*board.zones.values(), *loose], key=key)
    return Reading(tuple(item.id for item in top),
                   {zone_id: tuple(card.id for card in sorted(cards, key=key))
                    for zone_id, cards in inside.items()}, zone)


def _cut(text: str, limit: int) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rstrip() + "…"


def card_title(card: Card, limit: int = SPOKEN) -> str:
    """The card's kind and text: "Kerneopgave: Alle børn lærer mest muligt…"."""
    return f"{kind_label(card)}: {_cut(card.text, limit)}"


def zone_title(zone: Zone) -> str:
    """A zone by its title, or by its kind when it has none."""
    return zone.title.strip() or ZONE_KINDS.label(zone.kind)


def card_details(card: Card) -> list[str]:
    """Votes, then the kind's coded fields and counts that have a value ("Status: Drøftet",
    "Rummets holdning: Enig 3, Uenig 1"), from the kind's field table."""
    details = [_tr("%n stemmer", card.votes)] if card.votes else []
    for field in fields_table.of_kind(card.kind):
        if not field.shows(fields_table.MINUTES):
            continue
        value = getattr(card, field.name, None)
        if field.type in (fields_table.CODE, fields_table.NAME) and value:
            details.append(f"{field.label()}: {field.value_text(value)}")
        elif field.type == fields_table.COUNTS and value and field.vocabulary is not None:
            counts = ", ".join(f"{field.vocabulary.label(code)} {count}"
                               for code, count in value if code in field.vocabulary)
            details.append(f"{field.label()}: {counts}")
    return details


def link_line(board: Board, link: Link, from_card: str) -> str:
    """A link as seen from one of its cards: "→ Kerneopgave: Alle børn… (Konkretiserer)"."""
    outgoing = link.source == from_card
    other = board.cards.get(link.target if outgoing else link.source)
    arrow = "→" if outgoing else "←"
    text = f"{arrow} {card_title(other, QUOTED)}" if other is not None else arrow
    extras = [LINK_KINDS.label(link.kind)] if link.kind != "plain" else []
    label = _cut(link.label, QUOTED)
    if label and label.casefold() not in (extra.casefold() for extra in extras):
        extras.append(label)
    return f"{text} ({', '.join(extras)})" if extras else text


def links_of(board: Board, card_id: str) -> list[Link]:
    """The card's links, those it starts first, each in the board's order."""
    links = board.links_of({card_id})
    return [link for link in links if link.source == card_id] + \
        [link for link in links if link.source != card_id]


def announcement(board: Board, card_id: str, reading: Reading | None = None,
                 warnings: dict[str, str] | None = None) -> str:
    """What a screen reader says when the card gets the focus: its kind and text, votes,
    the zone it is in, its coded fields, and why the board points at it, if it does:
    "Kerneopgave: Alle børn lærer mest muligt…, 3 stemmer, i feltet Kommune".

    `reading` and `warnings` (checks.card_warnings), when given, save working them out
    again for each card of a board."""
    card = board.cards[card_id]
    parts = [card_title(card)]
    details = card_details(card)
    parts += details[:1] if card.votes else []
    zone_id = (reading.zone.get(card_id) if reading is not None
               else getattr(zone_of(board, card), "id", None))
    if zone_id is not None and zone_id in board.zones:
        parts.append(_tr("i feltet {zone}").format(zone=zone_title(board.zones[zone_id])))
    parts += details[1:] if card.votes else details
    warning = (warnings if warnings is not None else checks.card_warnings(board)).get(card_id)
    if warning:
        parts.append(warning)
    return ", ".join(parts)


def link_summary(board: Board, card_id: str) -> str:
    """The card's links in one line, for a screen reader's description ("" for none)."""
    return "; ".join(link_line(board, link, card_id) for link in links_of(board, card_id))
