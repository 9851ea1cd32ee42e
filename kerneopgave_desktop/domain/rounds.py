"""The room's rounds and what participants send in them.

A `Round` is what the facilitator opens for the phones: a card kind to write with a prompt,
hidden (face down until the reveal) or open, named or anonymous, a number of dots per
participant, and stances on the board's dilemmas. A `Submission` is one card a participant
sent; in a hidden round it stays face down, in the model and the file, until the facilitator
reveals it as an ordinary card. Both are frozen values: operations replace them.

Devices appear here only by their public id (random, not the cookie that proves it), so a
file says which cards came from the same phone, never how to impersonate it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kerneopgave_desktop.domain.values import ModelError, check_code, check_text
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, STANCES
from kerneopgave_desktop.i18n import translate

MAX_DOTS = 20
"""The most dots a round may give each participant."""
MAX_CARD_TEXT = 500
"""The longest card a participant may send, in characters."""
MAX_AUTHOR = 80
"""The longest name or profession a participant may give."""


def _tr(source: str) -> str:
    return translate("Model", source)


def _check_flag(owner: str, name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ModelError(_tr("{field} skal være true eller false").format(field=f"{owner}.{name}"))


def _check_id(owner: str, name: str, value: Any) -> None:
    check_text(owner, name, value)
    if not value:
        raise ModelError(_tr("{field} må ikke være tom").format(field=f"{owner}.{name}"))


@dataclass(frozen=True)
class Round:
    """One round of participants' input on one board."""

    id: str
    board: str
    """The board the round writes to, votes on and shows to the phones."""
    kind: str | None = "note"
    """The kind of card participants write, or None when the round takes no cards."""
    prompt: str = ""
    """The question the facilitator asks ("Hvad bidrager jeres faggruppe med?")."""
    hidden: bool = False
    """Cards arrive face down and stay so until the reveal."""
    named: bool = False
    """Participants may give a name or profession with their cards."""
    dots: int = 0
    """Dots each participant may give in this round (0: no dot voting)."""
    stances: bool = False
    """Participants take a stance on each dilemma on the board."""
    live: bool = True
    """Dots and stances count on the board as they come; otherwise at the reveal."""
    open: bool = True
    """The round takes input now; a closed round keeps what it got."""
    shown: bool = False
    """The reveal has happened: results count on the board from then on."""
    zone: str | None = None
    """Where cards of an open (not hidden) round are laid out: a zone's id, or None for
    beside the board's content."""
    opened_at: str = ""
    """ISO 8601 time with offset."""
    dots_given: tuple[tuple[str, str], ...] = ()
    """(device, card id), one pair per dot, in the order given."""
    stances_taken: tuple[tuple[str, str, str], ...] = ()
    """(device, dilemma id, stance): each device's current stance on each dilemma."""

    def __post_init__(self) -> None:
        _check_id("Round", "id", self.id)
        _check_id("Round", "board", self.board)
        check_code("Round", "kind", self.kind, CARD_KINDS)
        for name in ("prompt", "opened_at"):
            check_text("Round", name, getattr(self, name))
        check_text("Round", "zone", self.zone, optional=True)
        for name in ("hidden", "named", "stances", "live", "open", "shown"):
            _check_flag("Round", name, getattr(self, name))
        if isinstance(self.dots, bool) or not isinstance(self.dots, int) \
                or not 0 <= self.dots <= MAX_DOTS:
            raise ModelError(_tr("{field} skal være et helt tal fra 0 til {most}").format(
                field="Round.dots", most=MAX_DOTS))
        if not isinstance(self.dots_given, tuple) or not all(
                isinstance(pair, tuple) and len(pair) == 2
                and all(isinstance(part, str) and part for part in pair)
                for pair in self.dots_given):
            raise ModelError(_tr("{field} skal være par af enhed og kort").format(
                field="Round.dots_given"))
        if not isinstance(self.stances_taken, tuple):
            raise ModelError(_tr("{field} skal være tripler af enhed, dilemma og holdning").format(
                field="Round.stances_taken"))
        seen = set()
        for triple in self.stances_taken:
            if not (isinstance(triple, tuple) and len(triple) == 3
                    and all(isinstance(part, str) and part for part in triple)):
                raise ModelError(_tr("{field} skal være tripler af enhed, dilemma og holdning")
                                 .format(field="Round.stances_taken"))
            check_code("Round", "stances_taken", triple[2], STANCES)
            if triple[:2] in seen:
                raise ModelError(_tr("{field} har én holdning pr. enhed og dilemma").format(
                    field="Round.stances_taken"))
            seen.add(triple[:2])

    def dots_of(self, device: str) -> list[str]:
        """The cards a device has given its dots to, one entry per dot."""
        return [card for who, card in self.dots_given if who == device]

    def stance_of(self, device: str, dilemma: str) -> str | None:
        return next((stance for who, card, stance in self.stances_taken
                     if who == device and card == dilemma), None)

    def tally(self) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
        """Dots per card, and stance counts per dilemma, that this round gathered."""
        dots: dict[str, int] = {}
        for _, card in self.dots_given:
            dots[card] = dots.get(card, 0) + 1
        stances: dict[str, dict[str, int]] = {}
        for _, card, stance in self.stances_taken:
            counts = stances.setdefault(card, {})
            counts[stance] = counts.get(stance, 0) + 1
        return dots, stances

    @property
    def counts_now(self) -> bool:
        """Whether dots and stances go onto the board's cards as they are given."""
        return self.live or self.shown


@dataclass(frozen=True)
class Submission:
    """A card a participant sent in a round; `card` is set once it is on the board."""

    id: str
    round: str
    device: str
    text: str
    author: str | None = None
    card: str | None = None
    """The id of the board card it became (at once in an open round, at the reveal in a
    hidden one), or None while it lies face down."""
    sent_at: str = ""

    def __post_init__(self) -> None:
        for name in ("id", "round", "device"):
            _check_id("Submission", name, getattr(self, name))
        check_text("Submission", "text", self.text)
        check_text("Submission", "sent_at", self.sent_at)
        for name in ("author", "card"):
            check_text("Submission", name, getattr(self, name), optional=True)

    @property
    def face_down(self) -> bool:
        return self.card is None
