"""What a participant's input becomes: the laptop's rules, checked against the model.

`plan` turns one proposal from a phone into the operations that carry it out, or refuses it
with a `Refusal` whose code the phone shows in its own language. The phone is never trusted:
only the open round takes input; a device edits and withdraws only its own cards, and only
until they are revealed; dots are counted per device against the round's number; stances
go only on the round's board's dilemmas. `reveal` is the facilitator's: it turns face-down
cards into ordinary cards laid out without overlap, and shows results held back until then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from kerneopgave_desktop.document.operations import (
    AddItems,
    EditCard,
    Operation,
    RemoveItems,
    ResizeItems,
)
from kerneopgave_desktop.document.room_operations import (
    AddSubmission,
    CastDot,
    EditRound,
    EditSubmission,
    RemoveSubmission,
    TakeStance,
)
from kerneopgave_desktop.domain.layout import GAP
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Dilemma,
    Workshop,
    Zone,
    card_type,
    new_id,
    stances_with,
)
from kerneopgave_desktop.domain.rounds import MAX_AUTHOR, MAX_CARD_TEXT, Round, Submission
from kerneopgave_desktop.domain.vocabulary import STANCES
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.room.layout import place

MAX_CARDS_PER_DEVICE = 50
"""Cards one device may have in one round."""

ACTIONS = ("write", "edit", "withdraw", "dot", "stance")


def _tr(source: str) -> str:
    return translate("RoomRules", source)


class Refusal(Exception):
    """An input the laptop does not take; `code` names why (see room/texts.py)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Proposal:
    """One input from a phone, as the server read it (sizes already checked)."""

    device: str
    action: str
    text: str = ""
    author: str | None = None
    submission: str = ""
    card: str = ""
    delta: int = 0
    stance: str | None = None


@dataclass
class Plan:
    label: str
    operations: list[Operation] = field(default_factory=list)
    submission: str | None = None
    """The submission the input made or changed, for the phone's answer."""


def plan(workshop: Workshop, proposal: Proposal, now: str = "",
         make_id: Callable[[], str] = new_id) -> Plan:
    """The operations for `proposal`, or Refusal."""
    round_ = workshop.open_round()
    if round_ is None:
        raise Refusal("no_round")
    board = next((b for b in workshop.boards if b.id == round_.board), None)
    if board is None:
        raise Refusal("no_round")
    if proposal.action == "write":
        return _write(workshop, round_, board, proposal, now, make_id)
    if proposal.action in ("edit", "withdraw"):
        return _change(workshop, round_, board, proposal)
    if proposal.action == "dot":
        return _dot(round_, board, proposal)
    if proposal.action == "stance":
        return _stance(round_, board, proposal)
    raise Refusal("bad_request")


def _clean(text: str, limit: int, code: str) -> str:
    text = text.strip()
    if len(text) > limit:
        raise Refusal(code)
    return text


def _write(workshop: Workshop, round_: Round, board: Board, proposal: Proposal, now: str,
           make_id: Callable[[], str]) -> Plan:
    if round_.kind is None:
        raise Refusal("no_cards")
    text = _clean(proposal.text, MAX_CARD_TEXT, "too_long")
    if not text:
        raise Refusal("empty")
    author = _clean(proposal.author or "", MAX_AUTHOR, "too_long") if round_.named else ""
    mine = sum(1 for s in workshop.submissions.values()
               if s.round == round_.id and s.device == proposal.device)
    if mine >= MAX_CARDS_PER_DEVICE:
        raise Refusal("too_many")
    submission = Submission(id=make_id(), round=round_.id, device=proposal.device, text=text,
                            author=author or None, sent_at=now)
    if round_.hidden:
        return Plan(_tr("Kort med bagsiden op (fra telefon)"), [AddSubmission(submission)],
                    submission.id)
    card = _card_for(round_, submission, make_id())
    zone = board.zones.get(round_.zone) if round_.zone else None
    operations = _placed(board, zone, [card])
    operations.append(AddSubmission(dataclasses.replace(submission, card=card.id)))
    return Plan(_tr("Nyt kort (fra telefon)"), operations, submission.id)


def _card_for(round_: Round, submission: Submission, card_id: str) -> Card:
    return card_type(round_.kind or "note")(id=card_id, text=submission.text,
                                            round_id=round_.id, author=submission.author)


def _placed(board: Board, zone: Zone | None, cards: list[Card]) -> list[Operation]:
    """Add `cards` to `board` in free places (in `zone` when given), growing the zone."""
    places, height = place(board, zone, [(c.width, c.height) for c in cards])
    placed = [dataclasses.replace(c, x=x, y=y) for c, (x, y) in zip(cards, places, strict=True)]
    operations: list[Operation] = [AddItems(board.id, placed)]
    if zone is not None and height is not None:
        operations.append(ResizeItems(board.id, {zone.id: (zone.width, height)}))
    return operations


def _own(workshop: Workshop, round_: Round, proposal: Proposal) -> Submission:
    submission = workshop.submissions.get(proposal.submission)
    if submission is None or submission.device != proposal.device:
        raise Refusal("not_yours")
    if submission.round != round_.id or (round_.hidden and not submission.face_down):
        raise Refusal("locked_card")
    return submission


def _change(workshop: Workshop, round_: Round, board: Board, proposal: Proposal) -> Plan:
    submission = _own(workshop, round_, proposal)
    on_board = submission.card is not None and submission.card in board.cards
    if proposal.action == "withdraw":
        operations: list[Operation] = []
        if on_board:
            operations.append(RemoveItems(board.id, [submission.card]))
        operations.append(RemoveSubmission(submission.id))
        return Plan(_tr("Træk kort tilbage (fra telefon)"), operations, submission.id)
    text = _clean(proposal.text, MAX_CARD_TEXT, "too_long")
    if not text:
        raise Refusal("empty")
    operations = [EditSubmission(submission.id, text=text)]
    if on_board:
        operations.append(EditCard(board.id, submission.card, text=text))
    return Plan(_tr("Rediger kort (fra telefon)"), operations, submission.id)


def _dot(round_: Round, board: Board, proposal: Proposal) -> Plan:
    if round_.dots <= 0:
        raise Refusal("no_dots")
    if proposal.card not in board.cards:
        raise Refusal("no_card")
    mine = round_.dots_of(proposal.device)
    if proposal.delta > 0:
        if len(mine) >= round_.dots:
            raise Refusal("dots_used")
        return Plan(_tr("Giv prik (fra telefon)"),
                    [CastDot(round_.id, proposal.device, proposal.card, 1)])
    if proposal.card not in mine:
        raise Refusal("no_dot_here")
    return Plan(_tr("Tag prik tilbage (fra telefon)"),
                [CastDot(round_.id, proposal.device, proposal.card, -1)])


def _stance(round_: Round, board: Board, proposal: Proposal) -> Plan:
    if not round_.stances:
        raise Refusal("no_stances")
    if not isinstance(board.cards.get(proposal.card), Dilemma):
        raise Refusal("no_card")
    if proposal.stance is not None and proposal.stance not in STANCES:
        raise Refusal("bad_request")
    return Plan(_tr("Tag stilling (fra telefon)"),
                [TakeStance(round_.id, proposal.device, proposal.card, proposal.stance)])


PARKING = "parking"
"""The reveal's target for the board's parking lot (made when the board has none)."""


def reveal(workshop: Workshop, round_id: str, submission_ids: list[str] | None,
           target: str | None, parking_title: str = "") -> Plan:
    """Turn face-down submissions (all of the round's when None) into cards in `target` (a
    zone id, PARKING, or None for beside the board), and show results held back until now
    when all are revealed. An empty plan when there is nothing to do."""
    round_ = workshop.round(round_id)
    board = workshop.board(round_.board)
    waiting = [s for s in workshop.submissions.values() if s.round == round_id and s.face_down]
    chosen = waiting if submission_ids is None else [
        s for s in waiting if s.id in set(submission_ids)]
    operations: list[Operation] = []
    zone = board.zones.get(target) if target not in (None, PARKING) else None
    if target == PARKING:
        zone = next((z for z in board.zones.values() if z.kind == "parking"), None)
        if zone is None:
            right = max([i.x + i.width for i in (*board.zones.values(), *board.cards.values())]
                        or [0])
            zone = Zone(id=new_id(), title=parking_title, x=right + 3 * GAP, y=0, width=560,
                        height=400, locked=True, kind="parking")
            operations.append(AddItems(board.id, [zone], at={zone.id: 0}))
    cards = [_card_for(round_, s, new_id()) for s in chosen]
    if cards:
        layout_board = board
        if zone is not None and zone.id not in board.zones:  # the parking lot made just now
            layout_board = Board(id=board.id, zones={**board.zones, zone.id: zone},
                                 cards=board.cards)
        operations += _placed(layout_board, zone, cards)
        operations += [EditSubmission(s.id, card=c.id) for s, c in zip(chosen, cards,
                                                                         strict=True)]
    if submission_ids is None and not round_.counts_now:
        operations += _held_results(round_, board)
    if submission_ids is None and not round_.shown:
        operations.append(EditRound(round_.id, shown=True))
    label = (_tr("Vend kort fra telefonerne") if cards else _tr("Vis resultaterne"))
    return Plan(label, operations if (cards or submission_ids is None) else [])


def _held_results(round_: Round, board: Board) -> list[Operation]:
    """The dots and stances gathered while results were held back, onto their cards."""
    dots, stances = round_.tally()
    operations: list[Operation] = []
    for card_id, count in dots.items():
        card = board.cards.get(card_id)
        if card is not None:
            operations.append(EditCard(board.id, card_id, votes=card.votes + count))
    for card_id, counts in stances.items():
        card = board.cards.get(card_id)
        if isinstance(card, Dilemma):
            operations.append(EditCard(board.id, card_id,
                                       stances=stances_with(card.stances, counts)))
    return operations
