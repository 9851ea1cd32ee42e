"""Cards of each kind, links, zones and boards: a board holds zones, cards and links.

Cards, links and zones are frozen values: a change replaces them. Boards are the
containers, and their dicts keep order (the drawing order, back to front).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.values import (
    MAX_COORDINATE,
    MAX_COUNT,
    MAX_VOTES,
    ModelError,
    check_code,
    check_day,
    check_geometry,
    check_number,
    check_text,
)
from kerneopgave_desktop.domain.vocabulary import (
    LINK_KINDS,
    PERSPECTIVES,
    ROUND_QUESTIONS,
    STANCES,
    ZONE_KINDS,
    Vocabulary,
)
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Model", source)


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
        check_geometry(self)
        check_text(owner, "text", self.text)
        if (isinstance(self.votes, bool) or not isinstance(self.votes, int)
                or not 0 <= self.votes <= MAX_VOTES):
            raise ModelError(_tr("{field} skal være et helt tal fra 0 til {most}").format(
                field=f"{owner}.votes", most=MAX_VOTES))
        check_text(owner, "round_id", self.round_id, optional=True)
        check_text(owner, "author", self.author, optional=True)
        for name in self.kind_fields():
            value = getattr(self, name)
            if value is None:
                continue  # every check below lets an unset field be (most are, on a card)
            if name in self.codes:
                check_code(owner, name, value, self.codes[name])
            elif name in self.dates:
                check_day(owner, name, value)
            elif name not in self.structured:
                check_text(owner, name, value, optional=True)

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
            check_code("Dilemma", "answers", pair[0], ROUND_QUESTIONS)
            check_text("Dilemma", "answers", pair[1])
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
        check_code("Dilemma", "stances", pair[0], STANCES)
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
            check_text("Link", name, getattr(self, name))
        check_code("Link", "kind", self.kind, LINK_KINDS)
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Link.kind"))
        check_text("Link", "label", self.label)
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
        check_geometry(self)
        check_text("Zone", "title", self.title)
        if not isinstance(self.locked, bool) or not isinstance(self.stop, bool):
            raise ModelError(_tr("Zone.locked og Zone.stop skal være true eller false"))
        if self.kind is None:
            raise ModelError(_tr("{field} skal være sat").format(field="Zone.kind"))
        check_code("Zone", "kind", self.kind, ZONE_KINDS)

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
        check_number(owner, "x", x, -MAX_COORDINATE, MAX_COORDINATE)
        check_number(owner, "y", y, -MAX_COORDINATE, MAX_COORDINATE)
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
        check_text("Board", "id", self.id)
        if not self.id:
            raise ModelError(_tr("{field} må ikke være tom").format(field="Board.id"))
        check_text("Board", "title", self.title)
        check_text("Board", "template", self.template, optional=True)
        check_text("Board", "plenary", self.plenary, optional=True)
        check_code("Board", "perspective", self.perspective, PERSPECTIVES)
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

    def absent(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that nothing on this board has: a set difference in one pass each,
        where asking `container` for each of 50,000 moved cards costs 25 ms."""
        return set(ids) - self.cards.keys() - self.links.keys() - self.zones.keys()

    def links_of(self, card_ids: set[str] | frozenset[str]) -> list[Link]:
        return [link for link in self.links.values()
                if link.source in card_ids or link.target in card_ids]

