"""The workshop model: a workshop holds boards; a board holds zones, cards and links.

Cards, links, zones and the workshop's metadata are frozen values: a change
replaces them. Boards are the containers, and their dicts keep order (the
drawing order, back to front). Only `document` operations change a model.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.vocabulary import (
    DECK_CARD_KINDS,
    LINK_KINDS,
    PERSPECTIVES,
    ROUND_QUESTIONS,
    SECTORS,
    STANCES,
    USES,
    ZONE_KINDS,
    Vocabulary,
)
from kerneopgave_desktop.i18n import translate

if TYPE_CHECKING:
    from kerneopgave_desktop.domain.rounds import Round, Submission

MAX_TEXT = 1_000_000
"""The longest text a card, zone or field may hold, in characters."""
MAX_COUNT = 1_000_000
"""The highest count of a stance."""
MAX_COORDINATE = 1_000_000.0
"""The farthest from the origin an item may lie, in scene units, on either axis (4,000 card
widths): a board stays far inside what floats, Qt's painter and the PDF scale exactly."""
MIN_SIZE = 10.0
MAX_SIZE = 100_000.0
"""The smallest and largest width or height of a card or zone, in scene units."""
MAX_VOTES = 999
"""The most dots one card may hold: the inspector's spin box and every import stop here."""

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def clamped(value: float, low: float, high: float) -> float:
    """`value` held within `low` to `high`: where a drag, a nudge or a resize past a limit
    stops, so that an edit never fails on a limit the user cannot see."""
    return min(high, max(low, float(value)))


def new_id() -> str:
    """A fresh, random identifier (64 bits, hex)."""
    return os.urandom(8).hex()  # as secrets.token_hex(8), without its imports


def _tr(source: str) -> str:
    return translate("Model", source)


class ModelError(ValueError):
    """A value the model does not accept; the message says which and why."""


def _check_text(owner: str, name: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise ModelError(_tr("{field} skal være tekst").format(field=f"{owner}.{name}"))
    if len(value) > MAX_TEXT:
        raise ModelError(_tr("{field} er længere end {most} tegn").format(
            field=f"{owner}.{name}", most=MAX_TEXT))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ModelError(_tr("{field} indeholder et ugyldigt tegn (en enlig surrogat)").format(
            field=f"{owner}.{name}")) from None


def _check_number(owner: str, name: str, value: Any, low: float, high: float) -> None:
    """A finite number from `low` to `high`; an int of any size is compared exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(_tr("{field} skal være et tal").format(field=f"{owner}.{name}"))
    if isinstance(value, float) and not math.isfinite(value):
        raise ModelError(_tr("{field} skal være et endeligt tal").format(field=f"{owner}.{name}"))
    if not low <= value <= high:
        raise ModelError(_tr("{field} skal være fra {low} til {high}").format(
            field=f"{owner}.{name}", low=f"{low:.0f}", high=f"{high:.0f}"))


def _check_code(owner: str, name: str, value: Any, vocabulary: Vocabulary) -> None:
    if value is not None and value not in vocabulary:
        raise ModelError(_tr("{field}: {value} er ikke en gyldig værdi ({codes})").format(
            field=f"{owner}.{name}", value=f"{value!r:.60}", codes=", ".join(vocabulary.codes)))


def _check_day(owner: str, name: str, value: Any) -> None:
    if value is not None and type(value) is not date:  # a datetime is not a day
        raise ModelError(_tr("{field} skal være en dato eller tom").format(field=f"{owner}.{name}"))


def _check_color(owner: str, value: Any) -> None:
    if value is not None and not (isinstance(value, str) and _COLOR.fullmatch(value)):
        raise ModelError(_tr("{field} skal være en farve som #rrggbb eller tom").format(
            field=f"{owner}.color"))


def _check_geometry(item: Any) -> None:
    owner = type(item).__name__
    _check_text(owner, "id", item.id)
    if not item.id:
        raise ModelError(_tr("{field} må ikke være tom").format(field=f"{owner}.id"))
    x, y, width, height = item.x, item.y, item.width, item.height
    if (type(x) is float and type(y) is float and type(width) is float
            and type(height) is float and x and y  # floats, and no -0.0 to make 0.0
            and -MAX_COORDINATE <= x <= MAX_COORDINATE and -MAX_COORDINATE <= y <= MAX_COORDINATE
            and MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        _check_color(owner, item.color)  # as a file's cards all are: checked at a glance
        return
    for name in ("x", "y", "width", "height"):
        value = getattr(item, name)
        if name in ("x", "y"):
            _check_number(owner, name, value, -MAX_COORDINATE, MAX_COORDINATE)
        else:
            _check_number(owner, name, value, MIN_SIZE, MAX_SIZE)
        if type(value) is not float or value == 0:
            # One type, however it was given; and -0.0 as 0.0, which is what the file keeps.
            object.__setattr__(item, name, float(value) + 0.0)
    _check_color(owner, item.color)


@dataclass(frozen=True)
class Card:
    """What every card has; the kinds below add their own fields."""

    kind: ClassVar[str] = ""
    codes: ClassVar[dict[str, Vocabulary]] = {}
    """The kind's coded fields and their vocabularies (from its field table, domain.fields)."""
    structured: ClassVar[tuple[str, ...]] = ()
    """Kind fields that are not plain text or a code; the kind checks them itself (from its
    field table)."""
    dates: ClassVar[tuple[str, ...]] = ()
    """Kind fields that hold a day (from its field table)."""

    id: str
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 240.0
    height: float = 150.0
    color: str | None = None
    """An explicit colour, or None for the kind's colour in the current theme."""
    votes: int = 0
    round_id: str | None = None
    """The room's round this card came from (a participant's phone), or None."""
    author: str | None = None
    """The name or profession a participant gave in a named round, or None."""

    def __post_init__(self) -> None:
        owner = type(self).__name__
        _check_geometry(self)
        _check_text(owner, "text", self.text)
        if (isinstance(self.votes, bool) or not isinstance(self.votes, int)
                or not 0 <= self.votes <= MAX_VOTES):
            raise ModelError(_tr("{field} skal være et helt tal fra 0 til {most}").format(
                field=f"{owner}.votes", most=MAX_VOTES))
        _check_text(owner, "round_id", self.round_id, optional=True)
        _check_text(owner, "author", self.author, optional=True)
        for name in self.kind_fields():
            value = getattr(self, name)
            if name in self.codes:
                _check_code(owner, name, value, self.codes[name])
            elif name in self.dates:
                _check_day(owner, name, value)
            elif name not in self.structured:
                _check_text(owner, name, value, optional=True)

    @classmethod
    def kind_fields(cls) -> tuple[str, ...]:
        """The fields this kind adds to the common ones, in order."""
        names = _KIND_FIELDS.get(cls)
        if names is None:  # once per kind: every card made asks (50,000 on opening a file)
            common = {f.name for f in fields(Card)}
            names = _KIND_FIELDS[cls] = tuple(f.name for f in fields(cls)
                                              if f.name not in common)
        return names

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
        return names


_KIND_FIELDS: dict[type[Card], tuple[str, ...]] = {}
_FIELD_NAMES: dict[type[Card], tuple[str, ...]] = {}


@dataclass(frozen=True)
class CoreTask(Card):
    kind: ClassVar[str] = "core_task"

    level: str | None = None
    perspective: str | None = None


@dataclass(frozen=True)
class Contribution(Card):
    kind: ClassVar[str] = "contribution"

    profession: str | None = None
    """A code from the professions catalogue, or the name of one the team added."""


@dataclass(frozen=True)
class Dilemma(Card):
    kind: ClassVar[str] = "dilemma"

    height: float = 190.0
    """Taller than other cards: the dilemma above, its two poles in a band below."""
    pole_a: str | None = None
    pole_b: str | None = None
    status: str = "new"
    decision: str | None = None
    answers: tuple[tuple[str, str], ...] = ()
    """The team's answers in a dilemma round: (question code, answer), in question order."""
    origin: str | None = None
    """The id of the deck card this dilemma was drawn from, if any."""
    stances: tuple[tuple[str, int], ...] = ()
    """The room's stance: (stance code, count) in the order of STANCES, each at most once.
    Counted hands and the phones' answers both add up here."""

    def __post_init__(self) -> None:
        if self.status is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Dilemma.status"))
        check_stances(self.stances)
        if not isinstance(self.answers, tuple):
            raise ModelError(_tr("{field} skal være par af spørgsmål og svar").format(
                field="Dilemma.answers"))
        order = ROUND_QUESTIONS.codes
        for pair in self.answers:
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise ModelError(_tr("{field} skal være par af spørgsmål og svar").format(
                    field="Dilemma.answers"))
            _check_code("Dilemma", "answers", pair[0], ROUND_QUESTIONS)
            _check_text("Dilemma", "answers", pair[1])
        codes = [code for code, _ in self.answers]
        if codes != sorted(set(codes), key=order.index):
            raise ModelError(_tr(
                "{field} skal have hvert spørgsmål én gang og i rækkefølge").format(
                field="Dilemma.answers"))
        super().__post_init__()

    def answer(self, question: str) -> str:
        return dict(self.answers).get(question, "")

    def stance_count(self, stance: str) -> int:
        return dict(self.stances).get(stance, 0)


def check_stances(stances: Any) -> None:
    """A dilemma's stance counts: (code, whole number >= 0) pairs in vocabulary order."""
    if not isinstance(stances, tuple):
        raise ModelError(_tr("{field} skal være par af holdning og antal").format(
            field="Dilemma.stances"))
    for pair in stances:
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise ModelError(_tr("{field} skal være par af holdning og antal").format(
                field="Dilemma.stances"))
        _check_code("Dilemma", "stances", pair[0], STANCES)
        count = pair[1]
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise ModelError(_tr("{field}: et antal skal være et helt tal fra 0 til {most}").format(
                field="Dilemma.stances", most=MAX_COUNT))
    codes = [code for code, _ in stances]
    if codes != sorted(set(codes), key=STANCES.codes.index):
        raise ModelError(_tr("{field} skal have hver holdning én gang og i rækkefølge").format(
            field="Dilemma.stances"))


def stances_with(stances: tuple[tuple[str, int], ...], changes: dict[str, int]
                 ) -> tuple[tuple[str, int], ...]:
    """`stances` with each count moved by `changes` (never below zero), zeros left out."""
    counts = dict(stances)
    for code, delta in changes.items():
        counts[code] = max(0, counts.get(code, 0) + delta)
    return tuple((code, counts[code]) for code in STANCES.codes if counts.get(code))


@dataclass(frozen=True)
class Effect(Card):
    kind: ClassVar[str] = "effect"

    height: float = 190.0
    """Taller than other cards: the value above, today's output in a band below."""
    output: str | None = None
    """The output counted today (ydelse), set beside the value on the card (effekt)."""
    beneficiary: str | None = None
    involvement: str | None = None


@dataclass(frozen=True)
class Note(Card):
    kind: ClassVar[str] = "note"


@dataclass(frozen=True)
class Agreement(Card):
    """What the team agreed to do next: the text says what; who, by when, when to follow up
    and how far it has come."""

    kind: ClassVar[str] = "agreement"

    height: float = 190.0
    """Taller than other cards: what was agreed above, who and by when in a band below."""
    responsible: str | None = None
    due: date | None = None
    follow_up: date | None = None
    """The day the team looks at the agreement again."""
    status: str = "agreed"

    def __post_init__(self) -> None:
        if self.status is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Agreement.status"))
        super().__post_init__()


CARD_TYPES: dict[str, type[Card]] = {
    cls.kind: cls for cls in (CoreTask, Contribution, Dilemma, Effect, Note, Agreement)}

for _kind, _cls in CARD_TYPES.items():  # what each kind checks, from its field table
    _cls.codes = fields_table.vocabularies(_kind)
    _cls.structured = fields_table.structured(_kind)
    _cls.dates = fields_table.dates(_kind)

KIND_FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(name for cls in CARD_TYPES.values() for name in cls.kind_fields()))
"""Every kind-specific field of every kind, each once, in a stable order."""


def card_type(kind: str) -> type[Card]:
    try:
        return CARD_TYPES[kind]
    except KeyError:
        raise ModelError(_tr("{kind} er ikke en korttype ({kinds})").format(
            kind=f"{kind!r:.60}", kinds=", ".join(CARD_TYPES))) from None


@dataclass(frozen=True)
class Link:
    """An arrow from one card to another on the same board."""

    id: str
    source: str
    target: str
    kind: str = "plain"
    label: str = ""

    def __post_init__(self) -> None:
        for name in ("id", "source", "target"):
            _check_text("Link", name, getattr(self, name))
        _check_code("Link", "kind", self.kind, LINK_KINDS)
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Link.kind"))
        _check_text("Link", "label", self.label)
        if self.source == self.target:
            raise ModelError(_tr("en forbindelse skal gå mellem to forskellige kort"))


@dataclass(frozen=True)
class Zone:
    """A labelled area behind the cards: a lane, a column, a parking lot."""

    id: str
    title: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 600.0
    height: float = 400.0
    color: str | None = None
    locked: bool = False
    kind: str = "area"
    """What the zone is for: a plain area, a cell that expects cards, or the parking lot."""
    stop: bool = False
    """Presenting steps through the zones marked as stops, after the whole board."""

    def __post_init__(self) -> None:
        _check_geometry(self)
        _check_text("Zone", "title", self.title)
        if not isinstance(self.locked, bool) or not isinstance(self.stop, bool):
            raise ModelError(_tr("Zone.locked og Zone.stop skal være true eller false"))
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Zone.kind"))
        _check_code("Zone", "kind", self.kind, ZONE_KINDS)

    def contains(self, card: Card) -> bool:
        """Whether the card's centre lies inside the zone."""
        cx, cy = card.x + card.width / 2, card.y + card.height / 2
        return self.x <= cx <= self.x + self.width and self.y <= cy <= self.y + self.height


Item = Card | Link | Zone


def moved_to(item: Card | Zone, x: float, y: float) -> Card | Zone:
    """`item` at (x, y): a copy that differs only in where it is.

    Only the position is checked (as the item's own checks would): the rest was checked
    when `item` was made, and building a card through its checks costs some 30 µs, which a
    move of 50,000 cards would pay 50,000 times.
    """
    if not (type(x) is float and type(y) is float and -MAX_COORDINATE <= x <= MAX_COORDINATE
            and -MAX_COORDINATE <= y <= MAX_COORDINATE):  # NaN fails too; then say why
        owner = type(item).__name__
        _check_number(owner, "x", x, -MAX_COORDINATE, MAX_COORDINATE)
        _check_number(owner, "y", y, -MAX_COORDINATE, MAX_COORDINATE)
    copy = object.__new__(type(item))
    values = copy.__dict__
    values.update(item.__dict__)
    values["x"], values["y"] = float(x) + 0.0, float(y) + 0.0  # -0.0 as 0.0, as checked
    return copy


@dataclass(eq=False)
class Board:
    """One canvas. Equality compares content and order."""

    id: str
    title: str = ""
    template: str | None = None
    zones: dict[str, Zone] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    plenary: str | None = None
    """On a group board: the id of the plenary board it was split from (domain.groups)."""
    perspective: str | None = None
    """On a group board: the perspective its group works on (a PERSPECTIVES code)."""

    def __post_init__(self) -> None:
        _check_text("Board", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="Board.id"))
        _check_text("Board", "title", self.title)
        _check_text("Board", "template", self.template, optional=True)
        _check_text("Board", "plenary", self.plenary, optional=True)
        _check_code("Board", "perspective", self.perspective, PERSPECTIVES)
        if (self.plenary is None) != (self.perspective is None):
            raise ModelError(_tr("en gruppetavle har både en fælles tavle og et perspektiv"))

    @property
    def group(self) -> tuple[str, str] | None:
        """(plenary board id, perspective) on a group board, else None."""
        if self.plenary is None or self.perspective is None:
            return None
        return self.plenary, self.perspective

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Board):
            return NotImplemented
        return ((self.id, self.title, self.template, self.plenary, self.perspective)
                == (other.id, other.title, other.template, other.plenary, other.perspective)
                and all(list(getattr(self, name).items()) == list(getattr(other, name).items())
                        for name in ("zones", "cards", "links")))

    def container(self, item_id: str) -> dict[str, Any] | None:
        """The dict (zones, cards or links) that holds `item_id`, if any."""
        for items in (self.cards, self.links, self.zones):
            if item_id in items:
                return items
        return None

    def links_of(self, card_ids: set[str] | frozenset[str]) -> list[Link]:
        return [link for link in self.links.values()
                if link.source in card_ids or link.target in card_ids]


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
            _check_text("Workshop", name, getattr(self, name))
        _check_code("Workshop", "sector", self.sector, SECTORS)
        if self.date is not None and type(self.date) is not date:  # a datetime is not a day
            raise ModelError(_tr("{field} skal være en dato").format(field="Workshop.date"))
        for field_name in ("participants", "professions"):
            names = getattr(self, field_name)
            if not isinstance(names, tuple):
                raise ModelError(_tr("{field} skal være en liste af navne").format(
                    field=f"Workshop.{field_name}"))
            for name in names:
                _check_text("Workshop", field_name, name)


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
        _check_text("DeckCard", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="DeckCard.id"))
        _check_text("DeckCard", "text", self.text)
        for name in ("pole_a", "pole_b"):
            _check_text("DeckCard", name, getattr(self, name), optional=True)
        _check_code("DeckCard", "use", self.use, USES)
        _check_code("DeckCard", "sector", self.sector, SECTORS)
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="DeckCard.kind"))
        _check_code("DeckCard", "kind", self.kind, DECK_CARD_KINDS)

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
        _check_text("Deck", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="Deck.id"))
        _check_text("Deck", "title", self.title)
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
            _check_text("Snapshot", name, getattr(self, name))
            if not getattr(self, name):
                raise ModelError(_tr("{field} må ikke være tom").format(field=f"Snapshot.{name}"))
        _check_text("Snapshot", "board", self.board, optional=True)
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
