"""JSON Canvas import: any valid canvas as a workshop of one board, with a line for each
element dropped or changed on the way in (`read`); our own export comes back exactly, and
a card whose text was edited elsewhere is read from its Markdown (see interchange.canvas)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.dates import parse_day
from kerneopgave_desktop.domain.layout import ZONE_TITLE_SPACE
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
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.records import card_from_dict, link_from_dict, zone_from_dict
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, ROUND_QUESTIONS
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError, parse_json
from kerneopgave_desktop.interchange.canvas_export import _text
from kerneopgave_desktop.interchange.canvas_format import (
    _DETAIL,
    _HEADER,
    _UNESCAPE,
    NODE_TYPES,
    OURS,
    PRESETS,
    _detail_fields,
    header_fields,
)

MAX_NOTES = 30
"""The summary names this many problems one by one, then counts the rest."""


def _tr(source: str, n: int | None = None) -> str:
    return translate("Canvas format", source, n)


def _unheader(text: str) -> tuple[str, dict[str, Any]]:
    """Our own Markdown back into a kind, fields and text; other text is a note's text.

    A header that is almost ours (edited by hand: a field its kind does not have, a value
    no vocabulary knows) is not guessed at: the whole text becomes a note, so nothing is lost.
    """
    match = _HEADER.match(text)
    note = _UNESCAPE.sub(r"\1", text), {"kind": "note"}
    if not match:
        return note
    name = _UNESCAPE.sub(r"\1", match.group("kind").strip())
    kind = next((t.code for t in CARD_KINDS.terms if name in (t.da, t.en)), None)
    if kind is None:
        return note
    fields: dict[str, Any] = {}
    for part in match.group("fields").split(" · ")[1:]:
        label, _, value = part.partition(": ")
        field = next((field for field in header_fields(kind)
                      if label in (field.label(), field.label("da"), field.label("en"))), None)
        if field is None:
            return note
        value = _UNESCAPE.sub(r"\1", value)
        term = next((t for t in field.vocabulary.terms if value in (t.da, t.en, t.code)), None)
        if term is None and field.type != fields_table.NAME:  # a profession may be the team's
            return note
        fields[field.name] = term.code if term else value
    body, details = _split_details(text[match.end():], kind)
    fields.update(details)
    return _UNESCAPE.sub(r"\1", body), {"kind": kind, **fields}


def _split_details(text: str, kind: str) -> tuple[str, dict[str, Any]]:
    """Our list of fields at the end of a card's Markdown, read back by its labels."""
    head, _, tail = text.rpartition("\n\n")
    lines = tail.split("\n")
    if not head or not all(_DETAIL.match(line) for line in lines):
        return text, {}
    by_label = _detail_fields(kind)
    questions = {t.label(lang): t.code for t in ROUND_QUESTIONS.terms for lang in ("da", "en")}
    fields: dict[str, Any] = {}
    answers = []
    for line in lines:
        match = _DETAIL.match(line)
        label = _UNESCAPE.sub(r"\1", match.group("label")).rstrip(":")
        value = _UNESCAPE.sub(r"\1", match.group("value"))
        field = by_label.get(label)
        if label in questions:
            answers.append((questions[label], value))
        elif field is None:
            continue
        elif field.type == fields_table.COUNT:
            if value.isdigit():
                fields[field.name] = int(value)
        elif field.type == fields_table.DATE:
            with contextlib.suppress(ValueError):
                fields[field.name] = parse_day(value)
        else:
            fields[field.name] = value
    if answers:
        order = ROUND_QUESTIONS.codes
        fields["answers"] = tuple(sorted(dict(answers).items(), key=lambda a: order.index(a[0])))
    return head, fields


_MARKDOWN = [(re.compile(r"!\[([^\]]*)\]\(([^)]*)\)"), r"\1 (\2)"),  # image
             (re.compile(r"\[\[([^\]|]*)\|([^\]]*)\]\]"), r"\2"),  # wiki link with a name
             (re.compile(r"\[\[([^\]]*)\]\]"), r"\1"),  # wiki link
             (re.compile(r"\[([^\]]*)\]\(([^)]*)\)"), r"\1 (\2)"),  # link
             (re.compile(r"^#{1,6}\s+", re.M), ""),  # heading
             (re.compile(r"^>\s?", re.M), ""),  # quote
             (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
             (re.compile(r"(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s*_])[*_](?![\w*])"), r"\1"),
             (re.compile(r"~~(.+?)~~"), r"\1"),
             (re.compile(r"`([^`]*)`"), r"\1")]


def plain_text(markdown: str) -> str:
    """Another tool's Markdown as the plain text a reader sees: no markers, links as
    'text (address)', escaped characters as themselves. Text is text here, so nothing
    stays to be interpreted."""
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:  # an escaped character is no marker
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _UNESCAPE.sub(hide, markdown)
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)


def _color(value: Any) -> str | None:
    """A canvas colour as ours; ModelError if it is none the spec knows."""
    if value is None:
        return None
    if isinstance(value, str) and value in PRESETS:
        return PRESETS[value]
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return value.lower()
    raise ModelError(value)


def loads(text: str, title: str = "", notes: list[str] | None = None,
          progress: Progress | None = None) -> Workshop:
    """A workshop of one board from a canvas; `notes` gets a line for each element that
    was dropped or changed (see `read`); `progress` hears how many nodes are read."""
    workshop, changed = read(text, title, progress)
    if notes is not None:
        notes.extend(changed)
    return workshop


def read(text: str, title: str = "",
         progress: Progress | None = None) -> tuple[Workshop, list[str]]:
    """The board, and one line per element that was dropped or changed on the way in."""
    data = parse_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("nodes", []), list) \
            or not isinstance(data.get("edges", []), list):
        raise InterchangeError(_tr("Filen er ikke et JSON Canvas-lærred: den skal være et "
                                   "objekt med listerne »nodes« og »edges«."))
    notes: list[str] = []
    board = _board(data, title, notes, Counter(progress, len(data.get("nodes", []))))
    if notes and not (board.cards or board.zones):  # every node was skipped: nothing to add
        raise InterchangeError(_tr("JSON Canvas-lærredet har intet, der kan importeres: "
                                   "{reason}").format(
            reason=notes[0]))
    if len(notes) > MAX_NOTES:
        rest = len(notes) - MAX_NOTES
        notes = [*notes[:MAX_NOTES], _tr("… og {n} mere.").format(n=rest)]
    return Workshop(boards=[board]), notes


def _name(value: Any) -> str:
    return visible(value if isinstance(value, str) else json.dumps(value), 60)


def _own_board(data: dict[str, Any], title: str, notes: list[str]) -> Board:
    """The empty board, with the id, title and template our own export kept for it."""
    own = data.get(OURS) if isinstance(data.get(OURS), dict) else {}
    fallback = title or _tr("Importeret lærred")
    try:
        return Board(id=own.get("id") if isinstance(own.get("id"), str) and own.get("id")
                     else new_id(),
                     title=own.get("title") if isinstance(own.get("title"), str)
                     and own.get("title") else fallback,
                     template=own.get("template") if isinstance(own.get("template"), str)
                     else None)
    except ModelError:
        notes.append(_tr("Lærredets oplysninger om tavlen (id, titel, skabelon) kunne ikke "
                         "bruges; tavlen fik nye."))
        return Board(id=new_id(), title=fallback)


def _board(data: dict[str, Any], title: str, notes: list[str], counter: Counter) -> Board:
    board = _own_board(data, title, notes)
    ids: dict[str, str] = {}
    taken: set[str] = set()
    """Every item id given so far, so that each node and edge is checked once (linear time)."""
    counts = {"markdown": 0, "link": 0, "file": 0}
    foreign: set[str] = set()
    for node in data.get("nodes", []):
        _node(board, node, ids, taken, counts, notes, foreign)
        counter.add()
    counter.finish()
    if counts["markdown"]:
        notes.append(_tr("%n tekstknude(r) med Markdown blev til almindelig tekst.",
                         counts["markdown"]))
    if counts["link"]:
        notes.append(_tr("%n link-knude(r) blev til noter med adressen som tekst.", counts["link"]))
    if counts["file"]:
        notes.append(_tr("%n fil-knude(r) blev til noter med stien som tekst.", counts["file"]))
    for edge in data.get("edges", []):
        _edge(board, edge, ids, taken, notes)
    _uncover_labels(board, foreign, notes)
    return board


def _node(board: Board, node: Any, ids: dict[str, str], taken: set[str],
          counts: dict[str, int], notes: list[str], foreign: set[str]) -> None:
    """One node as a zone or a card; `foreign` collects the zones another tool made."""
    if not isinstance(node, dict):
        notes.append(_tr("Sprang et element i »nodes« over: det er ikke en knude."))
        return
    name, kind = _name(node.get("id")), node.get("type")
    own_id = node.get("id")
    if not isinstance(own_id, str) or not own_id:
        notes.append(_tr("Sprang knuden »{id}« over: dens id skal være tekst.").format(id=name))
        return
    if own_id in ids:
        notes.append(_tr("Knuden »{id}« findes to gange; den anden fik et nyt id, og "
                         "forbindelser går til den første.").format(id=name))
    if kind not in NODE_TYPES:
        notes.append(_tr("Sprang knuden »{id}« over: ukendt type »{type}«.").format(
            id=name, type=_name(kind)))
        return
    geometry = {key: node.get(key) for key in ("x", "y", "width", "height")}
    if any(isinstance(value, bool) or not isinstance(value, (int, float))
           for value in geometry.values()):
        notes.append(_tr("Sprang knuden »{id}« over: den mangler placering eller størrelse.")
                     .format(id=name))
        return  # the model checks the range before it makes a number a float
    try:
        color = _color(node.get("color"))
    except ModelError:
        notes.append(_tr("Knuden »{id}« har en ukendt farve »{color}«; den fik sin "
                         "standardfarve.").format(id=name, color=_name(node.get("color"))))
        color = None
    item_id = own_id if own_id not in taken else new_id()
    taken.add(item_id)
    extra = node.get(OURS) if isinstance(node.get(OURS), dict) else None
    try:
        if kind == "group":
            item = _zone(node, item_id, color, geometry, extra, notes)
            board.zones[item.id] = item
            if extra is None:
                foreign.add(item.id)
        else:
            item = _card(node, kind, item_id, color, geometry, extra, counts)
            board.cards[item.id] = item
    except (ModelError, TypeError, ValueError, KeyError, OverflowError):
        notes.append(_tr("Sprang knuden »{id}« over: den har ugyldige værdier.").format(id=name))
        return
    ids.setdefault(own_id, item.id)


def _placed(extra: dict[str, Any], geometry: dict[str, float]) -> dict[str, float]:
    """Our exact geometry where the canvas's rounded one still matches it (not moved
    elsewhere), else the canvas's."""
    try:
        exact = {key: float(extra[key]) for key in geometry}
        same = all(round(exact[key]) == geometry[key] for key in geometry)
    except (KeyError, TypeError, ValueError, OverflowError):  # nan, inf, 1e400, "x"
        return geometry
    return exact if same else geometry


def _zone(node: dict[str, Any], item_id: str, color: str | None, geometry: dict[str, float],
          extra: dict[str, Any] | None, notes: list[str]) -> Zone:
    label = node.get("label", "")
    if not isinstance(label, str):
        notes.append(_tr("Gruppen »{id}« havde et navn, der ikke er tekst; det blev udeladt.")
                     .format(id=visible(item_id, 60)))
        label = ""
    if node.get("background") or node.get("backgroundStyle"):
        notes.append(_tr("Gruppen »{label}« mistede sit baggrundsbillede.").format(
            label=visible(label or item_id, 60)))
    if extra is not None:
        record = {"id": item_id, **{k: v for k, v in extra.items()
                                    if k in ("kind", "locked", "stop")}}
        return zone_from_dict({**record, "title": label, "color": color,
                               **_placed(extra, geometry)})
    return Zone(id=item_id, title=label, color=color, **geometry)


def _card(node: dict[str, Any], kind: str, item_id: str, color: str | None,
          geometry: dict[str, float], extra: dict[str, Any] | None,
          counts: dict[str, int]) -> Card:
    if kind == "text":
        content = node.get("text", "")
        if not isinstance(content, str):
            raise ModelError("text")
        if extra is not None and "kind" in extra:
            card = card_from_dict({**extra, "id": item_id, **_placed(extra, geometry)})
            if _text(card) == content:  # unchanged since we wrote it: exactly ours
                return card
        plain, fields = _unheader(content)
        if _HEADER.match(content) is None:  # another tool's Markdown
            flattened = plain_text(content)
            if flattened != _UNESCAPE.sub(r"\1", content):
                counts["markdown"] += 1
            plain = flattened
        cls = card_type(fields.pop("kind"))
        if color == look.kind_colour(cls.kind):
            color = None
        known = set(cls.field_names())
        return cls(id=item_id, text=plain, color=color,
                   **{k: v for k, v in fields.items() if k in known}, **geometry)
    if kind == "link":
        counts["link"] += 1
        url = node.get("url", "")
        return card_type("note")(id=item_id, text=url if isinstance(url, str) else "",
                                 color=color, **geometry)
    counts["file"] += 1
    path, subpath = node.get("file", ""), node.get("subpath", "")
    text = (path if isinstance(path, str) else "") + (subpath if isinstance(subpath, str) else "")
    return card_type("note")(id=item_id, text=text, color=color, **geometry)


def _edge(board: Board, edge: Any, ids: dict[str, str], taken: set[str],
          notes: list[str]) -> None:
    if not isinstance(edge, dict):
        notes.append(_tr("Sprang et element i »edges« over: det er ikke en forbindelse."))
        return
    name = _name(edge.get("id"))
    raw_source, raw_target = edge.get("fromNode"), edge.get("toNode")
    source = ids.get(raw_source) if isinstance(raw_source, str) else None
    target = ids.get(raw_target) if isinstance(raw_target, str) else None
    if source in board.zones or target in board.zones:
        notes.append(_tr("Sprang forbindelsen »{id}« over: den går til en gruppe, og "
                         "forbindelser går kun mellem kort.").format(id=name))
        return
    if source not in board.cards or target not in board.cards:
        notes.append(_tr("Sprang forbindelsen »{id}« over: den går til en knude, der ikke "
                         "findes.").format(id=name))
        return
    if source == target:
        notes.append(_tr("Sprang forbindelsen »{id}« over: den går fra et kort til sig "
                         "selv.").format(id=name))
        return
    if edge.get("color") is not None:
        notes.append(_tr("Forbindelsen »{id}« mistede sin farve; forbindelser har ingen "
                         "farve her.").format(id=name))
    extra = edge.get(OURS) if isinstance(edge.get(OURS), dict) else {}
    both = edge.get("fromEnd") == "arrow" and edge.get("toEnd", "arrow") == "arrow"
    own = edge.get("id")
    label = edge.get("label", "")
    record = {"id": own if isinstance(own, str) and own and own not in taken else new_id(),
              "from": source, "to": target, "label": label if isinstance(label, str) else "",
              "kind": extra.get("kind") if isinstance(extra.get("kind"), str)
              else "tension" if both else "plain"}
    try:
        link = link_from_dict(record)
    except ModelError:  # our kind, id or label does not fit: keep what the spec says
        try:
            link = Link(id=new_id(), source=source, target=target, label=record["label"],
                        kind="tension" if both else "plain")
        except ModelError:
            notes.append(_tr("Sprang forbindelsen »{id}« over: den har ugyldige værdier.")
                         .format(id=name))
            return
    taken.add(link.id)
    board.links[link.id] = link


def _uncover_labels(board: Board, foreign: set[str], notes: list[str]) -> None:
    """Grow another tool's titled group upwards where a card lies over the strip its title
    is drawn in (our own zones come back as they were)."""
    for zone in list(board.zones.values()):
        if not zone.title or zone.id not in foreign:
            continue
        strip = (zone.x, zone.y, zone.x + zone.width, zone.y + ZONE_TITLE_SPACE)
        covered = any(card.x < strip[2] and card.x + card.width > strip[0]
                      and card.y < strip[3] and card.y + card.height > strip[1]
                      for card in board.cards.values())
        if covered:
            board.zones[zone.id] = dataclasses.replace(zone, y=zone.y - ZONE_TITLE_SPACE,
                                                       height=zone.height + ZONE_TITLE_SPACE)
            notes.append(_tr("Gruppen »{label}« blev gjort højere opad, så et kort ikke "
                             "dækker dens navn.").format(label=visible(zone.title, 60)))

