"""Lossless JSON, as documented in docs/file-format.md.

`dumps(loads(text))` reproduces `text` exactly when `text` came from `dumps`:
ids, order and every character of every text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kerneopgave_desktop.domain.model import ModelError, Snapshot, Workshop, WorkshopInfo
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.records import (
    board_from_dict,
    board_to_dict,
    checked_object,
    deck_from_dict,
    deck_to_dict,
    round_from_dict,
    round_to_dict,
    submission_from_dict,
    submission_to_dict,
)
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError, parse_json

FORMAT = "kerneopgave"
VERSION = 1


def to_dict(workshop: Workshop) -> dict[str, Any]:
    info = workshop.info
    record = {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "title": info.title,
            "workplace": info.workplace,
            "date": info.date.isoformat() if info.date else None,
            "facilitator": info.facilitator,
            "participants": list(info.participants),
            "professions": list(info.professions),
            **({"sector": info.sector} if info.sector is not None else {}),
        },
        "boards": [board_to_dict(board) for board in workshop.boards],
        "snapshots": [{"id": s.id, "board": s.board, "name": s.name, "taken_at": s.taken_at,
                       "content": [board_to_dict(b) for b in s.content]}
                      for s in workshop.snapshots],
        "decks": [deck_to_dict(deck) for deck in workshop.decks],
    }
    record.update(_room_to_dict(workshop))
    return record


def _room_to_dict(workshop: Workshop) -> dict[str, Any]:
    """The room's rounds and submissions, face-down ones included; left out when there are
    none, so a workshop that never opened the room exports as it always did."""
    if not workshop.rounds and not workshop.submissions:
        return {}
    return {"rounds": [round_to_dict(r) for r in workshop.rounds],
            "submissions": [submission_to_dict(s) for s in workshop.submissions.values()]}


def _room_from_dict(data: dict[str, Any], workshop: Workshop) -> None:
    rounds, submissions = data.get("rounds", []), data.get("submissions", [])
    if not isinstance(rounds, list) or not isinstance(submissions, list):
        raise ModelError(_tr("'rounds' og 'submissions' skal være lister"))
    workshop.rounds = [round_from_dict(r) for r in rounds]
    ids = {r.id for r in workshop.rounds}
    if len(ids) != len(workshop.rounds):
        raise ModelError(_tr("en rundes id er brugt to gange"))
    if sum(r.open for r in workshop.rounds) > 1:
        raise ModelError(_tr("kun én runde kan være åben"))
    for value in submissions:
        submission = submission_from_dict(value)
        if submission.round not in ids:
            raise ModelError(_tr("bidraget {id} hører til en runde, der mangler").format(
                id=f"{submission.id!r:.60}"))
        if submission.id in workshop.submissions:
            raise ModelError(_tr("bidragets id {id} er brugt to gange").format(
                id=f"{submission.id!r:.60}"))
        workshop.submissions[submission.id] = submission


def dumps(workshop: Workshop) -> str:
    return json.dumps(to_dict(workshop), ensure_ascii=False, indent=2) + "\n"


def _tr(source: str) -> str:
    return translate("Interchange", source)


def loads(text: str, progress: Progress | None = None) -> Workshop:
    """Read a workshop from JSON; raises InterchangeError with a Danish message. `progress`
    hears how many of its boards' cards are read (and may stop it: Cancelled)."""
    data = parse_json(text)
    try:
        return from_dict(data, progress)
    except ModelError as error:
        raise InterchangeError(_tr("JSON-filen har ugyldige data: {detail}").format(
            detail=visible(error))) from None


def from_dict(data: Any, progress: Progress | None = None) -> Workshop:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InterchangeError(_tr("Filen er ikke en JSON-eksport fra Kerneopgave-tavlen."))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InterchangeError(_tr("JSON-filen mangler et gyldigt versionsnummer."))
    if version > VERSION:
        raise InterchangeError(_tr("JSON-filen er fra en nyere udgave af Kerneopgave-tavlen "
                                   "(version {version}). Opdatér programmet.").format(
                                       version=version))
    checked_object(data, _tr("filen"), {"format", "version", "workshop", "boards", "snapshots",
                                      "decks", "rounds", "submissions"})
    workshop = Workshop(info=_info(data.get("workshop", {})))
    boards = data.get("boards", [])
    if not isinstance(boards, list):
        raise ModelError(_tr("'boards' skal være en liste"))
    counter = Counter(progress, sum(len(b["cards"]) for b in boards if isinstance(b, dict)
                                    and isinstance(b.get("cards"), list)))
    workshop.boards = [board_from_dict(b, counter) for b in boards]
    counter.finish()
    seen: set[str] = set()
    for board in workshop.boards:
        ids = [board.id, *board.zones, *board.cards, *board.links]
        if seen.intersection(ids):
            raise ModelError(_tr("id'et {id} er brugt to gange").format(
                id=f"{sorted(seen.intersection(ids))[0]!r:.60}"))
        seen.update(ids)
    snapshots = data.get("snapshots", [])
    if not isinstance(snapshots, list):
        raise ModelError(_tr("'snapshots' skal være en liste"))
    workshop.snapshots = [_snapshot(s) for s in snapshots]
    if len({snapshot.id for snapshot in workshop.snapshots}) != len(workshop.snapshots):
        raise ModelError(_tr("et øjebliksbilledes id er brugt to gange"))
    decks = data.get("decks", [])
    if not isinstance(decks, list):
        raise ModelError(_tr("'decks' skal være en liste"))
    workshop.decks = [deck_from_dict(deck) for deck in decks]
    if len({deck.id for deck in workshop.decks}) != len(workshop.decks):
        raise ModelError(_tr("en bunkes id er brugt to gange"))
    _room_from_dict(data, workshop)
    return workshop


def _info(value: Any) -> WorkshopInfo:
    checked_object(value, "'workshop'", {"title", "workplace", "date", "facilitator",
                                         "participants", "professions", "sector"})
    day = value.get("date")
    if day is not None:
        try:
            day = date.fromisoformat(day) if isinstance(day, str) and len(day) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise ModelError(_tr("'workshop.date' skal være ÅÅÅÅ-MM-DD eller null"))
    lists = {}
    for name in ("participants", "professions"):
        lists[name] = value.get(name, [])
        if not isinstance(lists[name], list):
            raise ModelError(_tr("{field} skal være en liste af navne").format(
                field=f"'workshop.{name}'"))
    return WorkshopInfo(title=value.get("title", ""), workplace=value.get("workplace", ""),
                        date=day, facilitator=value.get("facilitator", ""),
                        participants=tuple(lists["participants"]),
                        professions=tuple(lists["professions"]), sector=value.get("sector"))


def _snapshot(value: Any) -> Snapshot:
    checked_object(value, _tr("et øjebliksbillede"), {"id", "board", "name", "taken_at", "content"})
    for key in ("id", "name", "taken_at"):
        if not isinstance(value.get(key), str) or not value[key]:
            raise ModelError(_tr("et øjebliksbilledes {key} skal være tekst, der ikke er tom")
                             .format(key=repr(key)))
    board = value.get("board")
    if board is not None and not isinstance(board, str):
        raise ModelError(_tr("et øjebliksbilledes 'board' skal være tekst eller null"))
    content = value.get("content", [])
    if not isinstance(content, list):
        raise ModelError(_tr("et øjebliksbilledes 'content' skal være en liste af tavler"))
    return Snapshot(id=value["id"], board=board, name=value["name"], taken_at=value["taken_at"],
                    content=tuple(board_from_dict(b) for b in content))
