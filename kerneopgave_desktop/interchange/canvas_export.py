"""JSON Canvas export: a board's zones as `group` nodes, its cards as `text` nodes with
their Markdown (a bold header with the kind and its coded fields, the card's text with
Markdown escaped, then a list of its other fields), its links as edges; our own records in
the extra `kerneopgave` fields (see interchange.canvas)."""

from __future__ import annotations

import json
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Card
from kerneopgave_desktop.domain.records import card_to_dict, zone_to_dict
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.interchange.canvas_format import OURS, header_fields
from kerneopgave_desktop.interchange.markdown import escape


def _header(card: Card) -> str:
    parts = [f"**{CARD_KINDS.label(card.kind) if card.kind in CARD_KINDS else card.kind}**"]
    for field in header_fields(card.kind):
        value = getattr(card, field.name, None)
        if value:
            parts.append(f"{field.label()}: {escape(field.value_text(value))}")
    return " · ".join(parts)


def _lines(text: str) -> str:
    return "\n".join(escape(line) for line in text.replace("\r\n", "\n").split("\n"))


def _details(card: Card) -> list[str]:
    """The card's other fields as a Markdown list: `- **Label:** value`; a day as
    YYYY-MM-DD, which reads the same in every language and comes back exactly."""
    coded = {field.name for field in header_fields(card.kind)}
    out = []
    for field in (*fields_table.of_kind(card.kind), fields_table.VOTES):
        value = getattr(card, field.name)
        if not field.shows(fields_table.CANVAS) or field.name in coded \
                or value in (None, "", 0, ()):
            continue
        if field.type == fields_table.ANSWERS:
            out += [f"- **{escape(field.vocabulary.label(code))}** {_lines(answer)}"
                    for code, answer in value]
            continue
        if field.type == fields_table.COUNTS:
            shown = " · ".join(f"{field.vocabulary.label(code)} {count}" for code, count in value)
        elif field.type == fields_table.DATE:
            shown = value.isoformat()
        else:
            shown = field.value_text(value)
        out.append(f"- **{escape(field.label())}:** {_lines(shown)}")
    return out


def _text(card: Card) -> str:
    body = _lines(card.text)
    if card.kind == "note" and not card.votes:
        return body
    details = _details(card)
    return "\n\n".join(part for part in (_header(card), body, "\n".join(details)) if part)


def _extra(record: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in drop}


def to_dict(board: Board) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []
    for zone in board.zones.values():
        node = {"id": zone.id, "type": "group", "x": round(zone.x), "y": round(zone.y),
                "width": round(zone.width), "height": round(zone.height)}
        if zone.title:
            node["label"] = zone.title
        if zone.color:
            node["color"] = zone.color
        node[OURS] = _extra(zone_to_dict(zone), "id")
        nodes.append(node)
    for card in board.cards.values():
        nodes.append({"id": card.id, "type": "text", "x": round(card.x), "y": round(card.y),
                      "width": round(card.width), "height": round(card.height),
                      "color": look.card_colour(card), "text": _text(card),
                      OURS: _extra(card_to_dict(card), "id")})
    edges = []
    for link in board.links.values():
        edge = {"id": link.id, "fromNode": link.source, "toNode": link.target, "toEnd": "arrow"}
        if link.kind == "tension":
            edge["fromEnd"] = "arrow"
        if link.label:
            edge["label"] = link.label
        edge[OURS] = {"kind": link.kind}
        edges.append(edge)
    return {"nodes": nodes, "edges": edges,
            OURS: {"id": board.id, "title": board.title, "template": board.template}}


def dumps(board: Board) -> str:
    return json.dumps(to_dict(board), ensure_ascii=False, indent=2) + "\n"
