"""The workshop: its metadata, its boards, snapshots, decks and the room's rounds.

The metadata, snapshots and deck cards are frozen values: a change replaces them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kerneopgave_desktop.domain.cards import Board
from kerneopgave_desktop.domain.values import ModelError, check_code, check_text
from kerneopgave_desktop.domain.vocabulary import DECK_CARD_KINDS, SECTORS, USES
from kerneopgave_desktop.i18n import translate

if TYPE_CHECKING:
    from kerneopgave_desktop.domain.rounds import Round, Submission


def _tr(source: str) -> str:
    return translate("Model", source)


@dataclass(frozen=True)
class WorkshopInfo:
    """The workshop's metadata, shown on the report's first page."""

    title: str = ""
    workplace: str = ""
    date: date | None = None
    facilitator: str = ""
    participants: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    """Professions the team added to the catalogue, by name."""
    sector: str | None = None
    """The part of the municipality the workshop is about (a SECTORS code), if one: where
    "Træk et kort" draws from unless told otherwise."""

    def __post_init__(self) -> None:
        for name in ("title", "workplace", "facilitator"):
            check_text("Workshop", name, getattr(self, name))
        check_code("Workshop", "sector", self.sector, SECTORS)
        if self.date is not None and type(self.date) is not date:  # a datetime is not a day
            raise ModelError(_tr("{field} skal være en dato").format(field="Workshop.date"))
        for field_name in ("participants", "professions"):
            names = getattr(self, field_name)
            if not isinstance(names, tuple):
                raise ModelError(_tr("{field} skal være en liste af navne").format(
                    field=f"Workshop.{field_name}"))
            for name in names:
                check_text("Workshop", field_name, name)


@dataclass(frozen=True)
class DeckCard:
    """A dilemma, or an open question, waiting in a deck to be drawn onto a board."""

    id: str
    text: str
    pole_a: str | None = None
    pole_b: str | None = None
    use: str | None = None
    """The use (of the five) that the card serves."""
    sector: str | None = None
    """The part of the municipality the card comes from, if it is tied to one."""
    kind: str = "dilemma"
    """A dilemma (two poles) or a question (an open question, no poles)."""

    def __post_init__(self) -> None:
        check_text("DeckCard", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="DeckCard.id"))
        check_text("DeckCard", "text", self.text)
        for name in ("pole_a", "pole_b"):
            check_text("DeckCard", name, getattr(self, name), optional=True)
        check_code("DeckCard", "use", self.use, USES)
        check_code("DeckCard", "sector", self.sector, SECTORS)
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="DeckCard.kind"))
        check_code("DeckCard", "kind", self.kind, DECK_CARD_KINDS)

    @property
    def is_question(self) -> bool:
        return self.kind == "question"


@dataclass(frozen=True)
class Deck:
    """A set of dilemma and question cards to draw from."""

    id: str
    title: str
    cards: tuple[DeckCard, ...] = ()

    def __post_init__(self) -> None:
        check_text("Deck", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="Deck.id"))
        check_text("Deck", "title", self.title)
        if not isinstance(self.cards, tuple):
            raise ModelError(_tr("{field} skal være en liste").format(field="Deck.cards"))
        ids = [card.id for card in self.cards]
        if len(set(ids)) != len(ids):
            raise ModelError(_tr("bunken {deck} bruger et korts id to gange").format(
                deck=f"{self.id!r:.60}"))


@dataclass(frozen=True)
class Snapshot:
    """A named, frozen copy of a board (or of every board when `board` is None)."""

    id: str
    board: str | None
    name: str
    taken_at: str
    """ISO 8601 time with offset, e.g. 2026-03-03T14:05:00+01:00."""
    content: tuple[Board, ...] = ()

    def __post_init__(self) -> None:
        for name in ("id", "name", "taken_at"):
            check_text("Snapshot", name, getattr(self, name))
            if not getattr(self, name):
                raise ModelError(_tr("{field} må ikke være tom").format(field=f"Snapshot.{name}"))
        check_text("Snapshot", "board", self.board, optional=True)
        try:
            datetime.fromisoformat(self.taken_at)
        except ValueError:
            raise ModelError(_tr("{field} skal være et tidspunkt i ISO 8601").format(
                field="Snapshot.taken_at")) from None
        if not (isinstance(self.content, tuple)
                and all(isinstance(board, Board) for board in self.content)):
            raise ModelError(_tr("{field} skal være en liste af tavler").format(
                field="Snapshot.content"))
        ids = [i for board in self.content
               for i in (board.id, *board.zones, *board.cards, *board.links)]
        if len(set(ids)) != len(ids):
            raise ModelError(_tr("øjebliksbilledet {name} bruger et id to gange").format(
                name=f"{self.name!r:.60}"))


@dataclass(eq=False)
class Workshop:
    info: WorkshopInfo = field(default_factory=WorkshopInfo)
    boards: list[Board] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    decks: list[Deck] = field(default_factory=list)
    """The workshop's own decks (the built-in deck is not stored)."""
    rounds: list[Round] = field(default_factory=list)
    """The room's rounds, in the order they were opened (domain/rounds.py)."""
    submissions: dict[str, Submission] = field(default_factory=dict)
    """What participants sent in the rounds, in the order it came; face-down ones included."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Workshop):
            return NotImplemented
        return ((self.info, self.boards, self.snapshots, self.decks, self.rounds,
                 list(self.submissions.items()))
                == (other.info, other.boards, other.snapshots, other.decks, other.rounds,
                    list(other.submissions.items())))

    def round(self, round_id: str) -> Round:
        for round_ in self.rounds:
            if round_.id == round_id:
                return round_
        raise KeyError(f"no round {round_id!r}")

    def open_round(self) -> Round | None:
        """The round that takes participants' input now, if any (at most one is open)."""
        return next((round_ for round_ in self.rounds if round_.open), None)

    def deck(self, deck_id: str) -> Deck:
        for deck in self.decks:
            if deck.id == deck_id:
                return deck
        raise KeyError(f"no deck {deck_id!r}")

    def board(self, board_id: str) -> Board:
        for board in self.boards:
            if board.id == board_id:
                return board
        raise KeyError(f"no board {board_id!r}")

    def board_index(self, board_id: str) -> int:
        return self.boards.index(self.board(board_id))
