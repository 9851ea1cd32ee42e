"""Operations on the room's rounds and submissions, each with its inverse.

Like every operation they only change the model; the Document commits them and the room
(room/rules.py) decides which a participant's input becomes. A dot or a stance from a phone
is one operation that changes the round's record and, when results count now, the card.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kerneopgave_desktop.document.operations import Operation, OperationError
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Dilemma, ModelError, Workshop, stances_with
from kerneopgave_desktop.domain.rounds import Round, Submission
from kerneopgave_desktop.domain.vocabulary import STANCES
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("RoomOperations", source)


def _round(workshop: Workshop, round_id: str) -> Round:
    try:
        return workshop.round(round_id)
    except KeyError:
        raise OperationError(f"no round {round_id!r}") from None


def _replace(value: Any, fields: dict[str, Any]) -> Any:
    try:
        return dataclasses.replace(value, **fields)
    except (ModelError, TypeError) as error:
        raise OperationError(str(error)) from error


class AddRound(Operation):
    """Add a round (with the submissions it had, when an undo brings it back)."""

    def __init__(self, round_: Round, index: int | None = None,
                 submissions: tuple[tuple[int, Submission], ...] = ()):
        self.round = round_
        self.index = index
        self.submissions = submissions
        """(place in the workshop's order, submission) to restore with it."""

    @property
    def label(self) -> str:
        return _tr("Åbn runde")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if any(r.id == self.round.id for r in workshop.rounds):
            raise OperationError(f"round id {self.round.id!r} is already in use")
        if self.round.open and workshop.open_round() is not None:
            raise OperationError("another round is open")
        index = len(workshop.rounds) if self.index is None else self.index
        workshop.rounds.insert(index, self.round)
        for place, submission in sorted(self.submissions, key=lambda pair: pair[0]):
            _insert_submission(workshop, submission, place)
        changes = Changes(rounds={self.round.id},
                          submissions={s.id for _, s in self.submissions})
        return RemoveRound(self.round.id), changes


class RemoveRound(Operation):
    """Remove a round and every submission in it."""

    def __init__(self, round_id: str):
        self.round_id = round_id

    @property
    def label(self) -> str:
        return _tr("Slet runde")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        round_ = _round(workshop, self.round_id)
        index = workshop.rounds.index(round_)
        places = {key: place for place, key in enumerate(workshop.submissions)}
        removed = tuple((places[s.id], s) for s in workshop.submissions.values()
                        if s.round == round_.id)
        for _, submission in removed:
            del workshop.submissions[submission.id]
        del workshop.rounds[index]
        changes = Changes(rounds={round_.id}, submissions={s.id for _, s in removed})
        return AddRound(round_, index, removed), changes


class EditRound(Operation):
    """Change a round's settings or state (open, shown, ...)."""

    def __init__(self, round_id: str, **fields: Any):
        self.round_id = round_id
        self.fields = fields

    @property
    def label(self) -> str:
        if set(self.fields) == {"open"}:
            return _tr("Luk runde") if not self.fields["open"] else _tr("Genåbn runde")
        return _tr("Rediger runde")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        round_ = _round(workshop, self.round_id)
        if "id" in self.fields:
            raise OperationError("an id cannot be changed")
        if self.fields.get("open") and not round_.open and workshop.open_round() is not None:
            raise OperationError("another round is open")
        new = _replace(round_, self.fields)
        workshop.rounds[workshop.rounds.index(round_)] = new
        old = {name: getattr(round_, name) for name in self.fields}
        return EditRound(self.round_id, **old), Changes(rounds={round_.id})


def _insert_submission(workshop: Workshop, submission: Submission, index: int | None) -> None:
    items = workshop.submissions
    if index is None or index >= len(items):
        items[submission.id] = submission
        return
    entries = list(items.items())
    entries.insert(index, (submission.id, submission))
    items.clear()
    items.update(entries)


class AddSubmission(Operation):
    def __init__(self, submission: Submission, index: int | None = None):
        self.submission = submission
        self.index = index

    @property
    def label(self) -> str:
        return _tr("Modtag kort")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        _round(workshop, self.submission.round)
        if self.submission.id in workshop.submissions:
            raise OperationError(f"submission id {self.submission.id!r} is already in use")
        _insert_submission(workshop, self.submission, self.index)
        return RemoveSubmission(self.submission.id), Changes(submissions={self.submission.id})


class RemoveSubmission(Operation):
    def __init__(self, submission_id: str):
        self.submission_id = submission_id

    @property
    def label(self) -> str:
        return _tr("Træk kort tilbage")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        submission = workshop.submissions.get(self.submission_id)
        if submission is None:
            raise OperationError(f"no submission {self.submission_id!r}")
        index = list(workshop.submissions).index(submission.id)
        del workshop.submissions[submission.id]
        return AddSubmission(submission, index), Changes(submissions={submission.id})


class EditSubmission(Operation):
    """Change a submission's text or author, or note the card it became."""

    def __init__(self, submission_id: str, **fields: Any):
        self.submission_id = submission_id
        self.fields = fields

    @property
    def label(self) -> str:
        return _tr("Rediger kort")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        submission = workshop.submissions.get(self.submission_id)
        if submission is None:
            raise OperationError(f"no submission {self.submission_id!r}")
        if {"id", "round", "device"} & set(self.fields):
            raise OperationError("a submission's id, round and device cannot be changed")
        workshop.submissions[submission.id] = _replace(submission, self.fields)
        old = {name: getattr(submission, name) for name in self.fields}
        return EditSubmission(submission.id, **old), Changes(submissions={submission.id})


class SetRoomRecord(Operation):
    """Put a round's record of dots and stances, and the card fields they count on, as
    given: the exact inverse of a dot or a stance, whatever the counts were clamped to."""

    def __init__(self, round_id: str, record: dict[str, Any],
                 cards: dict[str, dict[str, Any]]):
        self.round_id = round_id
        self.record = record
        self.cards = cards

    @property
    def label(self) -> str:
        return _tr("Rediger runde")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        round_ = _round(workshop, self.round_id)
        try:
            board = workshop.board(round_.board)
        except KeyError:
            raise OperationError(f"no board {round_.board!r}") from None
        new_cards = {}
        old_cards: dict[str, dict[str, Any]] = {}
        for card_id, fields in self.cards.items():
            card = board.cards.get(card_id)
            if card is None:
                raise OperationError(f"no card {card_id!r} on the round's board")
            new_cards[card_id] = _replace(card, fields)
            old_cards[card_id] = {name: getattr(card, name) for name in fields}
        new_round = _replace(round_, self.record)
        old_record = {name: getattr(round_, name) for name in self.record}
        workshop.rounds[workshop.rounds.index(round_)] = new_round
        board.cards.update(new_cards)
        changes = Changes(rounds={round_.id}).touch(board.id, list(new_cards))
        return SetRoomRecord(self.round_id, old_record, old_cards), changes


class CastDot(SetRoomRecord):
    """A participant gives (delta 1) or takes back (delta -1) a dot on a card."""

    def __init__(self, round_id: str, device: str, card_id: str, delta: int):
        super().__init__(round_id, {}, {})
        self.device, self.card_id, self.delta = device, card_id, delta

    @property
    def label(self) -> str:
        return _tr("Giv prik") if self.delta > 0 else _tr("Tag prik tilbage")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        round_ = _round(workshop, self.round_id)
        given = list(round_.dots_given)
        pair = (self.device, self.card_id)
        if self.delta > 0:
            given.append(pair)
        elif pair in given:
            del given[len(given) - 1 - given[::-1].index(pair)]  # the latest of that card
        else:
            raise OperationError("this device has no dot on that card")
        self.record = {"dots_given": tuple(given)}
        self.cards = {}
        if round_.counts_now:
            board = next((b for b in workshop.boards if b.id == round_.board), None)
            card = board.cards.get(self.card_id) if board is not None else None
            if card is None:
                raise OperationError(f"no card {self.card_id!r} on the round's board")
            self.cards = {self.card_id: {"votes": max(0, card.votes + self.delta)}}
        return super().apply(workshop)


class TakeStance(SetRoomRecord):
    """A participant takes a stance on a dilemma, changes it, or takes it back (None)."""

    def __init__(self, round_id: str, device: str, card_id: str, stance: str | None):
        super().__init__(round_id, {}, {})
        self.device, self.card_id, self.stance = device, card_id, stance

    @property
    def label(self) -> str:
        return _tr("Tag stilling")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if self.stance is not None and self.stance not in STANCES:
            raise OperationError(f"{self.stance!r} is not a stance")
        round_ = _round(workshop, self.round_id)
        before = round_.stance_of(self.device, self.card_id)
        taken = [t for t in round_.stances_taken if t[:2] != (self.device, self.card_id)]
        if self.stance is not None:
            taken.append((self.device, self.card_id, self.stance))
        self.record = {"stances_taken": tuple(taken)}
        self.cards = {}
        if round_.counts_now:
            board = next((b for b in workshop.boards if b.id == round_.board), None)
            card = board.cards.get(self.card_id) if board is not None else None
            if not isinstance(card, Dilemma):
                raise OperationError(f"no dilemma {self.card_id!r} on the round's board")
            moves = {}
            if before is not None:
                moves[before] = -1
            if self.stance is not None:
                moves[self.stance] = moves.get(self.stance, 0) + 1
            self.cards = {self.card_id: {"stances": stances_with(card.stances, moves)}}
        return super().apply(workshop)
