"""The owner's side of the room: inputs from phones become operations through the one door.

`RoomHost` runs on the thread that owns the document (the GUI thread). The server calls
`wake` from its own thread when inputs wait; the owner's event loop then calls `process`,
which plans each input against the model (room/rules.py), applies it through `apply_group`
(the UI's door, origin "room", so it is one undo step marked "fra telefon", committed at
once), publishes what the phones should see, and answers each phone. Changes made on the
laptop are published too, gathered through `later` so a burst costs one state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.room import rules, state

if TYPE_CHECKING:
    from kerneopgave_desktop.room.server import RoomServer

ApplyGroup = Callable[[str, Callable[[], object]], bool]
"""The door's `group(label, build)`: True when the model took every operation."""

ORIGIN = "room"


class RoomHost:
    def __init__(self, document: Document, server: RoomServer, apply_group: ApplyGroup,
                 later: Callable[[Callable[[], None]], None]):
        """`later(callback)` runs `callback` soon on the owner's thread (a Qt timer)."""
        self.document = document
        self.server = server
        self._apply_group = apply_group
        self._later = later
        self._version = 0
        self._dirty = False
        self.applied = 0
        """Inputs from phones taken so far (for the facilitator's window)."""
        self._unsubscribe = document.subscribe(self._changed)

    def close(self) -> None:
        self._unsubscribe()

    def process(self) -> int:
        """Take every waiting input; return how many the laptop took."""
        answers = []
        for pending in self.server.take():
            if pending.answer.cancelled():
                continue
            try:
                plan = rules.plan(self.document.workshop, pending.proposal,
                                  now=datetime.now().astimezone().isoformat(timespec="seconds"))
            except rules.Refusal as refusal:
                answers.append((pending, refusal))
                continue
            def build(plan: rules.Plan = plan, document: Document = self.document) -> None:
                for operation in plan.operations:
                    document.apply(operation)

            if self._apply_group(plan.label, build):
                self.applied += 1
                answers.append((pending, plan.submission))
            else:
                answers.append((pending, rules.Refusal("bad_request")))
        if answers:
            self.publish()
        for pending, answer in answers:
            if pending.answer.cancelled():
                continue
            if isinstance(answer, rules.Refusal):
                pending.answer.set_exception(answer)
            else:
                pending.answer.set_result(answer)
        return sum(not isinstance(answer, rules.Refusal) for _, answer in answers)

    def publish(self) -> None:
        """Show the phones the workshop as it is now."""
        self._dirty = False
        self._version += 1
        self.server.publish(state.build(self.document.workshop, self._version))

    def _changed(self, changes: Changes) -> None:
        if not self._dirty:
            self._dirty = True
            self._later(self._publish_if_dirty)

    def _publish_if_dirty(self) -> None:
        if self._dirty:
            self.publish()
