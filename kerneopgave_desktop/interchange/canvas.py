"""JSON Canvas 1.0 (jsoncanvas.org), the open format of Obsidian and others.

Export: cards become `text` nodes (the kind and its coded fields as a short bold
header, then the card's text with Markdown escaped), zones become `group` nodes,
links become edges. Only fields the spec defines are written. Import takes any
valid canvas: `text` nodes become cards (our own header gives the kind back),
`file` and `link` nodes become notes holding the path or URL, groups become
zones, and edges between two cards become links.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Link,
    ModelError,
    Workshop,
    Zone,
    card_type,
    new_id,
)
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.domain.vocabulary import (
    BENEFICIARIES,
    CARD_KINDS,
    DILEMMA_STATUSES,
    INVOLVEMENT_DEGREES,
    LEVELS,
    PERSPECTIVES,
    PROFESSIONS,
)
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError, parse_json
from kerneopgave_desktop.interchange.markdown import escape

HEADER_FIELDS = (("level", LEVELS), ("perspective", PERSPECTIVES), ("profession", PROFESSIONS),
                 ("status", DILEMMA_STATUSES), ("beneficiary", BENEFICIARIES),
                 ("involvement", INVOLVEMENT_DEGREES))
PRESETS = {"1": "#fb464c", "2": "#e9973f", "3": "#e0de71", "4": "#44cf6e", "5": "#53dfdd",
           "6": "#a882ff"}
"""The spec's six preset colours, as the hex values Obsidian uses for them."""
_HEADER = re.compile(r"^\*\*(?P<kind>[^*]+)\*\*(?P<fields>(?: · [^\n]*)?)\n\n", re.S)
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _tr(source: str, n: int | None = None) -> str:
    return translate("Canvas format", source, n)


def _header(card: Card) -> str:
    parts = [f"**{CARD_KINDS.label(card.kind)}**"]
    for name, vocabulary in HEADER_FIELDS:
        value = getattr(card, name, None)
        if value:
            shown = vocabulary.label(value) if value in vocabulary else value
            parts.append(f"{_field_label(name)}: {shown}")
    return " · ".join(parts)


def _field_label(name: str) -> str:
    return {"level": translate("Minutes", "Niveau"),
            "perspective": translate("Minutes", "Perspektiv"),
            "profession": translate("Minutes", "Faggruppe"),
            "status": translate("Minutes", "Status"),
            "beneficiary": translate("Minutes", "Værdi for"),
            "involvement": translate("Minutes", "Inddragelse")}[name]


def _text(card: Card) -> str:
    body = "\n".join(escape(line) for line in card.text.replace("\r\n", "\n").split("\n"))
    return body if card.kind == "note" else f"{_header(card)}\n\n{body}"


def to_dict(board: Board) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []
    for zone in board.zones.values():
        node = {"id": zone.id, "type": "group", "x": round(zone.x), "y": round(zone.y),
                "width": round(zone.width), "height": round(zone.height)}
        if zone.title:
            node["label"] = zone.title
        if zone.color:
            node["color"] = zone.color
        nodes.append(node)
    for card in board.cards.values():
        nodes.append({"id": card.id, "type": "text", "x": round(card.x), "y": round(card.y),
                      "width": round(card.width), "height": round(card.height),
                      "color": card.color or type(card).default_color, "text": _text(card)})
    edges = []
    for link in board.links.values():
        edge = {"id": link.id, "fromNode": link.source, "toNode": link.target, "toEnd": "arrow"}
        if link.kind == "tension":
            edge["fromEnd"] = "arrow"
        if link.label:
            edge["label"] = link.label
        edges.append(edge)
    return {"nodes": nodes, "edges": edges}


def dumps(board: Board) -> str:
    return json.dumps(to_dict(board), ensure_ascii=False, indent=2) + "\n"


def _unheader(text: str) -> tuple[str, dict[str, Any]]:
    """Our own header back into a kind and fields; any other text is a note's text.

    A header that is almost ours (edited by hand: a field its kind does not have, a value
    no vocabulary knows) is not guessed at: the whole text becomes a note, so nothing is lost.
    """
    match = _HEADER.match(text)
    note = _UNESCAPE.sub(r"\1", text), {"kind": "note"}
    if not match:
        return note
    name = match.group("kind").strip()
    kind = next((t.code for t in CARD_KINDS.terms if name in (t.da, t.en)), None)
    if kind is None:
        return note
    allowed = card_type(kind).field_names()
    fields: dict[str, Any] = {}
    for part in match.group("fields").split(" · ")[1:]:
        label, _, value = part.partition(": ")
        field_name = next((field_name for field_name, _ in HEADER_FIELDS
                           if label in (_field_label(field_name), *_labels(field_name))), None)
        if field_name is None or field_name not in allowed:
            return note
        vocabulary = dict(HEADER_FIELDS)[field_name]
        term = next((t for t in vocabulary.terms if value in (t.da, t.en, t.code)), None)
        if term is None and field_name != "profession":
            return note
        fields[field_name] = term.code if term else value
    return _UNESCAPE.sub(r"\1", text[match.end():]), {"kind": kind, **fields}


def _labels(field_name: str) -> tuple[str, ...]:
    return tuple(translate("Minutes", source, lang=lang) for lang in ("da", "en") for source in
                 {"level": ("Niveau",), "perspective": ("Perspektiv",),
                  "profession": ("Faggruppe",), "status": ("Status",),
                  "beneficiary": ("Værdi for",), "involvement": ("Inddragelse",)}[field_name])


def _color(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in PRESETS:
        return PRESETS[value]
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return value.lower()
    raise ModelError(f"{value!r} is not a canvas colour")


def loads(text: str, title: str = "", notes: list[str] | None = None) -> Workshop:
    """A canvas as a workshop of one board; `notes` gets a line for what was left out."""
    data = parse_json(text)
    try:
        board, dropped = _board(data, title)
    except ModelError as error:
        raise InterchangeError(_tr("Filen er ikke et gyldigt JSON Canvas-lærred: {detail}").format(
            detail=visible(error))) from None
    if dropped and notes is not None:
        notes.append(_tr("%n forbindelse(r) blev ikke importeret: de går ikke mellem to kort.",
                         dropped))
    return Workshop(boards=[board])


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ModelError(f"{what} must be an object")
    return value


def _items(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ModelError(f"'{key}' must be a list")
    return value


def _string(record: dict[str, Any], key: str, what: str, default: str | None = None) -> str:
    value = record.get(key, default)
    if not isinstance(value, str):
        raise ModelError(f"{what} must have {key!r} as text")
    return value


def _board(data: Any, title: str) -> tuple[Board, int]:
    """The board, and how many edges did not join two cards and were left out."""
    data = _object(data, "a canvas")
    board = Board(id=new_id(), title=title or _tr("Importeret lærred"))
    ids: dict[str, str] = {}
    """The canvas's node ids to ours: the same where they can be, so a round trip is exact."""
    taken = {board.id}
    for node in _items(data, "nodes"):
        node = _object(node, "a node")
        own = _string(node, "id", "a node")
        if own in ids:
            raise ModelError(f"the node id {own!r} is used twice")
        ids[own] = own if own and own not in taken else new_id()
        taken.add(ids[own])
        kind = node.get("type")
        geometry = {}
        for name in ("x", "y", "width", "height"):
            value = node.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ModelError(f"node {own!r} must have {name!r} as a number")
            geometry[name] = value  # the model checks the range, then makes it a float
        color = _color(node.get("color"))
        if kind == "group":
            board.zones[ids[own]] = Zone(id=ids[own], title=_string(node, "label", "a group", ""),
                                         color=color, **geometry)
        elif kind in ("text", "file", "link"):
            content = _string(node, {"text": "text", "file": "file", "link": "url"}[kind],
                              f"a {kind} node", "")
            plain, fields = _unheader(content) if kind == "text" else (content, {"kind": "note"})
            cls = card_type(fields.pop("kind"))
            if color == cls.default_color:
                color = None
            card = cls(id=ids[own], text=plain, color=color, **fields, **geometry)
            board.cards[card.id] = card
        else:
            raise ModelError(f"unknown node type {kind!r}")
    dropped = 0
    for edge in _items(data, "edges"):
        edge = _object(edge, "an edge")
        source = ids.get(_string(edge, "fromNode", "an edge"))
        target = ids.get(_string(edge, "toNode", "an edge"))
        label = _string(edge, "label", "an edge", "")
        if not (source in board.cards and target in board.cards and source != target):
            dropped += 1
            continue
        both = edge.get("fromEnd") == "arrow" and edge.get("toEnd", "arrow") == "arrow"
        own = edge.get("id")
        link = Link(id=own if isinstance(own, str) and own and own not in taken else new_id(),
                    source=source, target=target, kind="tension" if both else "plain",
                    label=label)
        taken.add(link.id)
        board.links[link.id] = link
    return board, dropped
