"""What the phones see: built from the model on the owner's (GUI) thread, read by the server.

`build` makes one `RoomState` per change of the workshop: a part every phone gets (the round,
the board as a list, counts) and, per device, what only that device may see (its own cards,
face-down ones included, its dots and stances). Face-down text never enters the shared part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kerneopgave_desktop.domain.model import Dilemma, Workshop
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.i18n import LANGUAGES


@dataclass(frozen=True)
class RoomState:
    version: int
    shared: dict[str, Any]
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)

    def own(self, device: str) -> dict[str, Any]:
        return self.devices.get(device) or _nothing_yet(self.shared)


def _labels(code: str) -> dict[str, str]:
    return {lang: CARD_KINDS.label(code, lang) for lang in LANGUAGES}


def _nothing_yet(shared: dict[str, Any]) -> dict[str, Any]:
    round_ = shared.get("round")
    return {"cards": [], "dots_left": round_["dots"] if round_ else 0, "dots": {},
            "stances": {}}


def build(workshop: Workshop, version: int) -> RoomState:
    """The room as the phones should see it now."""
    round_ = workshop.open_round()
    shown = workshop.rounds[-1] if round_ is None and workshop.rounds else round_
    board = None
    if shown is not None:
        board = next((b for b in workshop.boards if b.id == shown.board), None)
    if board is None and workshop.boards:
        board = workshop.boards[0]
    cards = []
    if board is not None:
        for card in board.cards.values():
            entry: dict[str, Any] = {"id": card.id, "kind": card.kind,
                                     "kind_label": _labels(card.kind), "text": card.text,
                                     "votes": card.votes}
            if isinstance(card, Dilemma):
                entry["stances"] = dict(card.stances)
                entry["poles"] = [card.pole_a or "", card.pole_b or ""]
            cards.append(entry)
    shared: dict[str, Any] = {
        "board": {"id": board.id, "title": board.title, "cards": cards} if board else None,
        "round": None,
    }
    devices: dict[str, dict[str, Any]] = {}
    if round_ is not None:
        waiting = 0
        for submission in workshop.submissions.values():
            if submission.round != round_.id:
                continue
            waiting += submission.face_down
            own = devices.setdefault(submission.device, {"cards": [], "dots": {},
                                                         "stances": {}})
            own["cards"].append({
                "id": submission.id, "text": submission.text, "author": submission.author,
                "face_down": submission.face_down,
                "locked": round_.hidden and not submission.face_down})
        for device, card in round_.dots_given:
            own = devices.setdefault(device, {"cards": [], "dots": {}, "stances": {}})
            own["dots"][card] = own["dots"].get(card, 0) + 1
        for device, card, stance in round_.stances_taken:
            own = devices.setdefault(device, {"cards": [], "dots": {}, "stances": {}})
            own["stances"][card] = stance
        for own in devices.values():
            own["dots_left"] = max(0, round_.dots - sum(own["dots"].values()))
        shared["round"] = {
            "id": round_.id, "kind": round_.kind,
            "kind_label": _labels(round_.kind) if round_.kind else None,
            "prompt": round_.prompt, "hidden": round_.hidden, "named": round_.named,
            "dots": round_.dots, "stances": round_.stances,
            "results": round_.counts_now, "face_down": waiting}
    return RoomState(version, shared, devices)
