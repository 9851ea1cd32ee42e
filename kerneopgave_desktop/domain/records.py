"""Boards and their items as plain dicts of JSON types, and back.

This is the shape of `docs/file-format.md`; the JSON interchange and the
snapshot content in the file both use it. Reading validates every value and
refuses unknown keys, so nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.fields import Field
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
from kerneopgave_desktop.domain.progress import Counter
from kerneopgave_desktop.domain.rounds import Round, Submission
from kerneopgave_desktop.i18n import translate

_GEOMETRY = ("x", "y", "width", "height")
ROOM_CARD_FIELDS = (fields_table.ROUND_ID.name, fields_table.AUTHOR.name)
"""Fields every card has, written only where set: which round and who it came from."""


def _tr(source: str) -> str:
    return translate("Model", source)


def card_to_dict(card: Card) -> dict[str, Any]:
    record: dict[str, Any] = {"id": card.id, "kind": card.kind, "text": card.text}
    record.update({name: getattr(card, name) for name in _GEOMETRY})
    record["color"] = card.color
    record["votes"] = card.votes
    for name in ROOM_CARD_FIELDS:  # only on cards from the room: other cards stay as they were
        if getattr(card, name) is not None:
            record[name] = getattr(card, name)
    for name in card.kind_fields():
        record[name] = kept(card, name)
    return record


def kept(card: Card, name: str) -> Any:
    """The value of the card's field `name` as JSON and the file keep it: pairs as an
    object, a day as YYYY-MM-DD, anything else as it is."""
    value = getattr(card, name)
    if name in card.structured:
        return dict(value)
    if name in card.dates:
        return value.isoformat() if value is not None else None
    return value


def day_from_record(value: Any, what: str) -> date | None:
    """A day from its YYYY-MM-DD text (None stays None); ModelError for anything else."""
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ModelError(_tr("{what} skal være en dato (ÅÅÅÅ-MM-DD) eller null").format(what=what))


def zone_to_dict(zone: Zone) -> dict[str, Any]:
    return {"id": zone.id, "title": zone.title, "x": zone.x, "y": zone.y, "width": zone.width,
            "height": zone.height, "color": zone.color, "locked": zone.locked, "kind": zone.kind,
            "stop": zone.stop}


def link_to_dict(link: Link) -> dict[str, Any]:
    return {"id": link.id, "from": link.source, "to": link.target, "kind": link.kind,
            "label": link.label}


def board_to_dict(board: Board) -> dict[str, Any]:
    """A board as a record; a group board's plenary board and perspective only when set,
    so that other boards are written as they always were."""
    record: dict[str, Any] = {"id": board.id, "title": board.title, "template": board.template}
    if board.group is not None:
        record.update(plenary=board.plenary, perspective=board.perspective)
    record.update(zones=[zone_to_dict(z) for z in board.zones.values()],
                  cards=[card_to_dict(c) for c in board.cards.values()],
                  links=[link_to_dict(k) for k in board.links.values()])
    return record


def _named(what: str | Callable[[], str]) -> str:
    """What a message calls the record: given, or worked out only when a message needs it (a
    card's translated name would cost every card of a large import a lookup)."""
    return what() if callable(what) else what


def checked_object(value: Any, what: str | Callable[[], str], allowed: set[str],
                   required: tuple[str, ...] = ()) -> dict[str, Any]:
    """`value` as a dict with only `allowed` keys and every `required` one, or ModelError."""
    if not isinstance(value, dict):
        raise ModelError(_tr("{what} skal være et objekt").format(what=_named(what)))
    unknown = set(value) - allowed
    if unknown:
        raise ModelError(_tr("{what} har en ukendt nøgle {key}").format(
            what=_named(what), key=f"{sorted(unknown)[0]!r:.60}"))
    missing = [key for key in required if key not in value]
    if missing:
        raise ModelError(_tr("{what} mangler {key}").format(what=_named(what),
                                                           key=repr(missing[0])))
    return value


def _geometry(record: dict[str, Any], what: str | Callable[[], str]) -> dict[str, float]:
    """The record's coordinates and sizes, as given: the model checks their range and makes
    them floats (converting first would overflow on a huge whole number)."""
    out = {}
    for name in _GEOMETRY:
        if name in record:
            value = record[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ModelError(_tr("{field} skal være et tal").format(
                    field=f"{_named(what)}.{name}"))
            out[name] = value
    return out


def card_from_dict(value: Any) -> Card:
    kind = value.get("kind") if isinstance(value, dict) else None
    cls = card_type(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ModelError(_tr("{what} mangler en gyldig 'kind'").format(what=_tr("et kort")))

    def what() -> str:
        return _tr("et {kind}-kort").format(kind=kind)

    record = checked_object(value, what, {"kind", *cls.field_names()}, ("id",))
    fields = {k: v for k, v in record.items() if k != "kind" and k not in _GEOMETRY}
    for name in cls.structured:
        if name in fields:
            fields[name] = pairs_from_dict(fields_table.field(kind, name), fields[name])
    for name in cls.dates:
        if name in fields:
            fields[name] = day_from_record(fields[name], _tr("et korts {field}").format(field=name))
    return cls(**fields, **_geometry(record, what))


def pairs_from_dict(field: Field, value: Any) -> tuple[tuple[str, Any], ...]:
    """A field of (code, value) pairs (a dilemma's answers or stances), kept in JSON as
    {code: value}, as the model's pairs in the order of the field's vocabulary."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise ModelError(_tr("et korts {field} skal være et objekt").format(field=field.name))
    vocabulary = field.vocabulary
    unknown = [code for code in value if code not in vocabulary]
    if unknown:
        raise ModelError(_tr("{field}: {value} er ikke en gyldig værdi ({codes})").format(
            field=field.name, value=f"{unknown[0]!r:.60}", codes=", ".join(vocabulary.codes)))
    return tuple((code, value[code]) for code in vocabulary.codes if code in value)


def zone_from_dict(value: Any) -> Zone:
    record = checked_object(value, _tr("en zone"),
                            {"id", "title", "color", "locked", "kind", "stop", *_GEOMETRY},
                            ("id",))
    fields = {k: v for k, v in record.items() if k not in _GEOMETRY}
    return Zone(**fields, **_geometry(record, _tr("en zone")))


def link_from_dict(value: Any) -> Link:
    record = checked_object(value, _tr("en forbindelse"), {"id", "from", "to", "kind", "label"},
                            ("id", "from", "to"))
    return Link(id=record["id"], source=record["from"], target=record["to"],
                kind=record.get("kind", "plain"), label=record.get("label", ""))


def _list(record: dict[str, Any], key: str, what: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise ModelError(_tr("{field} skal være en liste").format(field=f"{what}.{key}"))
    return value


def board_from_dict(value: Any, counter: Counter | None = None) -> Board:
    """A board from its record; `counter` counts its cards as they are read (an import)."""
    record = checked_object(value, _tr("en tavle"), {"id", "title", "template", "plenary",
                                               "perspective", "zones", "cards", "links"},
                            ("id",))
    board_id, title, template = record["id"], record.get("title", ""), record.get("template")
    if not isinstance(board_id, str) or not board_id:
        raise ModelError(_tr("en tavles id skal være tekst, der ikke er tom"))
    if not isinstance(title, str) or not (template is None or isinstance(template, str)):
        raise ModelError(_tr("en tavles title og template skal være tekst"))
    board = Board(id=board_id, title=title, template=template, plenary=record.get("plenary"),
                  perspective=record.get("perspective"))
    for zone in map(zone_from_dict, _list(record, "zones", _tr("en tavle"))):
        _add_unique(board.zones, zone)
    for card in map(card_from_dict, _list(record, "cards", _tr("en tavle"))):
        _add_unique(board.cards, card)
        if counter is not None:
            counter.add()
    for link in map(link_from_dict, _list(record, "links", _tr("en tavle"))):
        if link.source not in board.cards or link.target not in board.cards:
            raise ModelError(_tr("forbindelsen {link} skal gå mellem to kort på sin tavle").format(
                link=f"{link.id!r:.60}"))
        _add_unique(board.links, link)
    ids = [*board.zones, *board.cards, *board.links]
    if len(set(ids)) != len(ids):
        raise ModelError(_tr("tavlen {board} bruger et id to gange").format(
            board=f"{board_id!r:.60}"))
    return board


def _add_unique(items: dict[str, Any], item: Any) -> None:
    if item.id in items:
        raise ModelError(_tr("id'et {id} er brugt to gange").format(id=f"{item.id!r:.60}"))
    items[item.id] = item


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    """A deck as a record; a card's `sector` and `kind` only when set, as earlier files had."""
    cards = []
    for card in deck.cards:
        record = {"id": card.id, "text": card.text, "pole_a": card.pole_a, "pole_b": card.pole_b,
                  "use": card.use}
        if card.sector is not None:
            record["sector"] = card.sector
        if card.kind != "dilemma":
            record["kind"] = card.kind
        cards.append(record)
    return {"id": deck.id, "title": deck.title, "cards": cards}


_DECK_CARD_KEYS = {"id", "text", "pole_a", "pole_b", "use", "sector", "kind"}


def deck_from_dict(value: Any) -> Deck:
    """A deck from its record; cards from before sectors and questions are plain dilemmas."""
    record = checked_object(value, _tr("en bunke"), {"id", "title", "cards"}, ("id",))
    cards = record.get("cards", [])
    if not isinstance(cards, list):
        raise ModelError(_tr("en bunkes cards skal være en liste"))
    if not isinstance(record["id"], str) or not record["id"]:
        raise ModelError(_tr("en bunkes id skal være tekst, der ikke er tom"))
    return Deck(id=record["id"], title=record.get("title", ""), cards=tuple(
        DeckCard(**checked_object(card, _tr("et kort i en bunke"), _DECK_CARD_KEYS, ("id", "text")))
        for card in cards))


_ROUND_FLAGS = ("hidden", "named", "stances", "live", "open", "shown")


def round_to_dict(round_: Round) -> dict[str, Any]:
    return {"id": round_.id, "board": round_.board, "kind": round_.kind, "prompt": round_.prompt,
            **{name: getattr(round_, name) for name in _ROUND_FLAGS},
            "dots": round_.dots, "zone": round_.zone, "opened_at": round_.opened_at,
            "dots_given": [list(pair) for pair in round_.dots_given],
            "stances_taken": [list(triple) for triple in round_.stances_taken]}


def round_from_dict(value: Any) -> Round:
    names = {"id", "board", "kind", "prompt", "dots", "zone", "opened_at", "dots_given",
             "stances_taken", *_ROUND_FLAGS}
    record = dict(checked_object(value, _tr("en runde"), names, ("id", "board")))
    for key, size in (("dots_given", 2), ("stances_taken", 3)):
        items = record.get(key, [])
        if not isinstance(items, list) or not all(
                isinstance(item, list) and len(item) == size for item in items):
            raise ModelError(_tr("en rundes {key} skal være en liste af lister med {size} dele")
                             .format(key=repr(key), size=size))
        record[key] = tuple(tuple(item) for item in items)
    return Round(**record)


def submission_to_dict(submission: Submission) -> dict[str, Any]:
    return {"id": submission.id, "round": submission.round, "device": submission.device,
            "text": submission.text, "author": submission.author, "card": submission.card,
            "sent_at": submission.sent_at}


def submission_from_dict(value: Any) -> Submission:
    return Submission(**checked_object(value, _tr("et indsendt bidrag"), {
        "id", "round", "device", "text", "author", "card", "sent_at"},
        ("id", "round", "device", "text")))
