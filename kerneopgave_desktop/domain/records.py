"""Boards and their items as plain dicts of JSON types, and back.

This is the shape of `docs/file-format.md`; the JSON interchange and the
snapshot content in the file both use it. Reading validates every value and
refuses unknown keys, so nothing is silently dropped.
"""

from __future__ import annotations

from typing import Any

from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Deck,
    DeckCard,
    Link,
    ModelError,
    Zone,
    card_type,
)
from kerneopgave_desktop.domain.vocabulary import ROUND_QUESTIONS

_GEOMETRY = ("x", "y", "width", "height")


def card_to_dict(card: Card) -> dict[str, Any]:
    record: dict[str, Any] = {"id": card.id, "kind": card.kind, "text": card.text}
    record.update({name: getattr(card, name) for name in _GEOMETRY})
    record["color"] = card.color
    record["votes"] = card.votes
    for name in card.kind_fields():
        value = getattr(card, name)
        record[name] = dict(value) if name == "answers" else value
    return record


def zone_to_dict(zone: Zone) -> dict[str, Any]:
    return {"id": zone.id, "title": zone.title, "x": zone.x, "y": zone.y, "width": zone.width,
            "height": zone.height, "color": zone.color, "locked": zone.locked, "kind": zone.kind,
            "stop": zone.stop}


def link_to_dict(link: Link) -> dict[str, Any]:
    return {"id": link.id, "from": link.source, "to": link.target, "kind": link.kind,
            "label": link.label}


def board_to_dict(board: Board) -> dict[str, Any]:
    return {
        "id": board.id,
        "title": board.title,
        "template": board.template,
        "zones": [zone_to_dict(z) for z in board.zones.values()],
        "cards": [card_to_dict(c) for c in board.cards.values()],
        "links": [link_to_dict(k) for k in board.links.values()],
    }


def checked_object(value: Any, what: str, allowed: set[str],
                   required: tuple[str, ...] = ()) -> dict[str, Any]:
    """`value` as a dict with only `allowed` keys and every `required` one, or ModelError."""
    if not isinstance(value, dict):
        raise ModelError(f"{what} must be an object")
    unknown = set(value) - allowed
    if unknown:
        raise ModelError(f"{what} has an unknown key {sorted(unknown)[0]!r}")
    missing = [key for key in required if key not in value]
    if missing:
        raise ModelError(f"{what} lacks {missing[0]!r}")
    return value


def _geometry(record: dict[str, Any], what: str) -> dict[str, float]:
    """The record's coordinates and sizes, as given: the model checks their range and makes
    them floats (converting first would overflow on a huge whole number)."""
    out = {}
    for name in _GEOMETRY:
        if name in record:
            value = record[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ModelError(f"{what}.{name} must be a number")
            out[name] = value
    return out


def card_from_dict(value: Any) -> Card:
    what = "a card"
    kind = value.get("kind") if isinstance(value, dict) else None
    cls = card_type(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ModelError(f"{what} lacks a valid 'kind'")
    record = checked_object(value, f"a {kind} card", {"kind", *cls.field_names()}, ("id",))
    fields = {k: v for k, v in record.items() if k != "kind" and k not in _GEOMETRY}
    if "answers" in fields:
        fields["answers"] = answers_from_dict(fields["answers"])
    return cls(**fields, **_geometry(record, what))


def answers_from_dict(value: Any) -> tuple[tuple[str, str], ...]:
    """A dilemma's answers, {question code: text}, as the model's ordered pairs."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise ModelError("a dilemma's answers must be an object")
    unknown = [code for code in value if code not in ROUND_QUESTIONS]
    if unknown:
        raise ModelError(f"{unknown[0]!r} is not a round question "
                         f"({', '.join(ROUND_QUESTIONS.codes)})")
    return tuple((code, value[code]) for code in ROUND_QUESTIONS.codes if code in value)


def zone_from_dict(value: Any) -> Zone:
    record = checked_object(value, "a zone", {"id", "title", "color", "locked", "kind", "stop",
                                          *_GEOMETRY},
                            ("id",))
    fields = {k: v for k, v in record.items() if k not in _GEOMETRY}
    return Zone(**fields, **_geometry(record, "a zone"))


def link_from_dict(value: Any) -> Link:
    record = checked_object(value, "a link", {"id", "from", "to", "kind", "label"},
                            ("id", "from", "to"))
    return Link(id=record["id"], source=record["from"], target=record["to"],
                kind=record.get("kind", "plain"), label=record.get("label", ""))


def _list(record: dict[str, Any], key: str, what: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise ModelError(f"{what}.{key} must be a list")
    return value


def board_from_dict(value: Any) -> Board:
    record = checked_object(value, "a board",
                            {"id", "title", "template", "zones", "cards", "links"}, ("id",))
    board_id, title, template = record["id"], record.get("title", ""), record.get("template")
    if not isinstance(board_id, str) or not board_id:
        raise ModelError("a board's id must be non-empty text")
    if not isinstance(title, str) or not (template is None or isinstance(template, str)):
        raise ModelError("a board's title and template must be text")
    board = Board(id=board_id, title=title, template=template)
    for zone in map(zone_from_dict, _list(record, "zones", "a board")):
        _add_unique(board.zones, zone)
    for card in map(card_from_dict, _list(record, "cards", "a board")):
        _add_unique(board.cards, card)
    for link in map(link_from_dict, _list(record, "links", "a board")):
        if link.source not in board.cards or link.target not in board.cards:
            raise ModelError(f"link {link.id!r} must join two cards on its board")
        _add_unique(board.links, link)
    ids = [*board.zones, *board.cards, *board.links]
    if len(set(ids)) != len(ids):
        raise ModelError(f"board {board_id!r} uses an id twice")
    return board


def _add_unique(items: dict[str, Any], item: Any) -> None:
    if item.id in items:
        raise ModelError(f"the id {item.id!r} is used twice")
    items[item.id] = item


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    return {"id": deck.id, "title": deck.title,
            "cards": [{"id": c.id, "text": c.text, "pole_a": c.pole_a, "pole_b": c.pole_b,
                       "use": c.use} for c in deck.cards]}


def deck_from_dict(value: Any) -> Deck:
    record = checked_object(value, "a deck", {"id", "title", "cards"}, ("id",))
    cards = record.get("cards", [])
    if not isinstance(cards, list):
        raise ModelError("a deck's cards must be a list")
    if not isinstance(record["id"], str) or not record["id"]:
        raise ModelError("a deck's id must be non-empty text")
    return Deck(id=record["id"], title=record.get("title", ""), cards=tuple(
        DeckCard(**checked_object(card, "a deck card", {"id", "text", "pole_a", "pole_b", "use"},
                                  ("id", "text")))
        for card in cards))
