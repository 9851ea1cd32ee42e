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


def _tr(source: str) -> str:
    return translate("Canvas format", source)


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
    """Our own header back into a kind and fields; any other text is a note's text."""
    match = _HEADER.match(text)
    fields: dict[str, Any] = {}
    kind = "note"
    if match:
        name = match.group("kind").strip()
        kind_code = next((t.code for t in CARD_KINDS.terms if name in (t.da, t.en)), None)
        if kind_code:
            kind = kind_code
            for part in match.group("fields").split(" · ")[1:]:
                label, _, value = part.partition(": ")
                for field_name, vocabulary in HEADER_FIELDS:
                    if label in (_field_label(field_name), *_labels(field_name)):
                        term = next((t for t in vocabulary.terms if value in (t.da, t.en, t.code)),
                                    None)
                        fields[field_name] = term.code if term else value
            text = text[match.end():]
    return _UNESCAPE.sub(r"\1", text), {"kind": kind, **fields}


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


def loads(text: str, title: str = "") -> Workshop:
    data = parse_json(text)
    try:
        return Workshop(boards=[_board(data, title)])
    except (ModelError, KeyError, TypeError, ValueError) as error:
        raise InterchangeError(_tr("Filen er ikke et gyldigt JSON Canvas-lærred: {detail}").format(
            detail=error)) from None


def _board(data: Any, title: str) -> Board:
    if not isinstance(data, dict):
        raise ModelError("a canvas is an object with nodes and edges")
    board = Board(id=new_id(), title=title or _tr("Importeret lærred"))
    ids: dict[str, str] = {}
    for node in data.get("nodes", []):
        kind = node["type"]
        geometry = {name: float(node[name]) for name in ("x", "y", "width", "height")}
        color = _color(node.get("color"))
        own = node["id"]  # keep the canvas's ids where they can be ours, so a round trip is exact
        ids[own] = own if isinstance(own, str) and own and own not in ids.values() else new_id()
        if kind == "group":
            board.zones[ids[node["id"]]] = Zone(id=ids[node["id"]],
                                                title=str(node.get("label", "")),
                                                color=color, **geometry)
        elif kind in ("text", "file", "link"):
            content = {"text": node.get("text", ""), "file": node.get("file", ""),
                       "link": node.get("url", "")}[kind]
            if not isinstance(content, str):
                raise ModelError(f"node {node['id']!r} has no text")
            plain, fields = _unheader(content) if kind == "text" else (content, {"kind": "note"})
            cls = card_type(fields.pop("kind"))
            if color == cls.default_color:
                color = None
            card = cls(id=ids[node["id"]], text=plain, color=color, **fields, **geometry)
            board.cards[card.id] = card
        else:
            raise ModelError(f"unknown node type {kind!r}")
    for edge in data.get("edges", []):
        source, target = ids.get(edge["fromNode"]), ids.get(edge["toNode"])
        if source in board.cards and target in board.cards and source != target:
            both = edge.get("fromEnd") == "arrow" and edge.get("toEnd", "arrow") == "arrow"
            own = edge.get("id")
            taken = {*board.cards, *board.zones, *board.links}
            link = Link(id=own if isinstance(own, str) and own and own not in taken else new_id(),
                        source=source, target=target,
                        kind="tension" if both else "plain", label=str(edge.get("label", "")))
            board.links[link.id] = link
    return board


