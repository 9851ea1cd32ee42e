"""The minutes (referat) of a workshop, as plain blocks that the PDF, Word and Markdown all
render: headings, lines of facts and items.

Built from the model only. Every string from the user stays plain text here; each
renderer escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as default

from kerneopgave_desktop.domain import agreements
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Note,
    Snapshot,
    Workshop,
)
from kerneopgave_desktop.domain.templates import prompt_texts
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, DILEMMA_STATUSES, LEVELS
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Minutes", source)


MINUTES_CHARACTERS = 4000
"""The most of one text the minutes print; the file keeps all of it."""


def _cut(text: str) -> str:
    if len(text) <= MINUTES_CHARACTERS:
        return text
    return text[:MINUTES_CHARACTERS].rstrip() + " " + _tr("… (forkortet; hele teksten er i filen)")


@dataclass
class Heading:
    level: int
    text: str

    def __post_init__(self) -> None:
        self.text = _cut(self.text)


@dataclass
class Line:
    """A line of facts: 'label: value'. A very long label or value is cut (see _cut)."""

    label: str
    value: str

    def __post_init__(self) -> None:
        self.label, self.value = _cut(self.label), _cut(self.value)


@dataclass
class Item:
    """A bulleted card, with its details beneath. Very long texts are cut (see _cut)."""

    text: str
    details: list[Line] = default(default_factory=list)

    def __post_init__(self) -> None:
        self.text = _cut(self.text)


@dataclass
class Table:
    """A table with a header row: the agreements at the end of the minutes. Very long cells
    are cut (see _cut)."""

    headers: list[str]
    rows: list[list[str]]

    def __post_init__(self) -> None:
        self.headers = [_cut(text) for text in self.headers]
        self.rows = [[_cut(text) for text in row] for row in self.rows]


Block = Heading | Line | Item | Table


def label(line: Line) -> str:
    """'Label:' for a fact; a question keeps its question mark alone."""
    return line.label if line.label.endswith("?") else f"{line.label}:"


def details(card: Card) -> list[Line]:
    """The card's fields as lines beneath it, in the order of its kind's field table: those
    the table shows in the minutes, empty ones left out (or said, where the table says so)."""
    lines: list[Line] = []
    kind_fields = fields_table.of_kind(card.kind)
    partners = {f.joined_with for f in kind_fields}
    for field in kind_fields:
        if not field.shows(fields_table.MINUTES) or field.name in partners:
            continue
        value = getattr(card, field.name)
        if field.joined_with:  # two fields as one line: 'this ↔ that'
            other = getattr(card, field.joined_with)
            if value or other:
                lines.append(Line(field.joined_label(), f"{value or '?'} ↔ {other or '?'}"))
        elif field.type == fields_table.ANSWERS:
            lines += [Line(field.vocabulary.label(code), answer) for code, answer in value]
        elif field.type == fields_table.COUNTS:
            if value:
                lines.append(Line(field.label(), " · ".join(
                    f"{field.vocabulary.label(code)} {count}" for code, count in value)))
        elif shown := field.value_text(value) or field.empty():
            lines.append(Line(field.label(), shown))
    return lines


def _ranked(cards: list[Card]) -> list[Card]:
    voted = [card for card in cards if card.votes > 0]
    return sorted(voted, key=lambda card: -card.votes)


def _parked(board: Board, cards: list[Card]) -> list[Card]:
    parking = [zone for zone in board.zones.values() if zone.kind == "parking"]
    return [card for card in cards if any(z.contains(card) for z in parking)]


def _board_blocks(board: Board) -> list[Block]:
    blocks: list[Block] = [Heading(2, board.title or _tr("Tavle uden titel"))]
    prompts = prompt_texts(board.template)  # a template's question is not the team's answer
    cards = [card for card in board.cards.values() if card.text not in prompts]
    from_room = sum(card.round_id is not None for card in cards)
    if from_room:
        blocks.append(Line(_tr("Fra telefonerne"),
                           translate("Minutes", "%n kort fra deltagerne", from_room)))
    core = [c for c in cards if isinstance(c, CoreTask)]
    if core:
        blocks.append(Heading(3, _tr("Kerneopgaver")))
        order = {code: index for index, code in enumerate(LEVELS.codes)}
        for card in sorted(core, key=lambda c: order.get(c.level, len(order))):
            blocks.append(Item(card.text, details(card)))
    contributions = [c for c in cards if isinstance(c, Contribution)]
    if contributions:
        blocks.append(Heading(3, _tr("Faggruppernes bidrag")))
        profession = fields_table.field("contribution", "profession")
        for card in sorted(contributions, key=lambda c: (
                profession.value_text(c.profession) or profession.empty()).lower()):
            blocks.append(Item(card.text, details(card)))
    dilemmas = [c for c in cards if isinstance(c, Dilemma)]
    if dilemmas:
        blocks.append(Heading(3, _tr("Dilemmaer")))
        order = {code: index for index, code in enumerate(DILEMMA_STATUSES.codes)}
        for card in sorted(dilemmas, key=lambda c: -order[c.status]):
            blocks.append(Item(card.text, details(card)))
    effects = [c for c in cards if isinstance(c, Effect)]
    if effects:
        blocks.append(Heading(3, _tr("Værdi og effekt")))
        blocks += [Item(card.text, details(card)) for card in effects]
    parked = _parked(board, cards)
    notes = [c for c in cards if isinstance(c, Note) and c not in parked]
    if notes:
        blocks.append(Heading(3, _tr("Noter")))
        blocks += [Item(card.text) for card in notes]
    ranked = _ranked(cards)
    if ranked:
        blocks.append(Heading(3, _tr("Stemmer")))
        for card in ranked:
            blocks.append(Item(card.text, [Line(_tr("Stemmer"), str(card.votes)),
                                           Line(_tr("Type"), CARD_KINDS.label(card.kind))]))
    if parked:
        blocks.append(Heading(3, _tr("Parkeringspladsen")))
        blocks += [Item(card.text) for card in parked]
    return blocks


def changes_since(workshop: Workshop, snapshot: Snapshot,
                  boards: list[Board] | None = None) -> list[Block]:
    """'What has changed since ...': the snapshot against the boards as they are now."""
    from kerneopgave_desktop.domain import comparison
    from kerneopgave_desktop.domain.diff import compare
    from kerneopgave_desktop.domain.snapshots import label as snapshot_label

    shown = {board.id for board in snapshot.content}
    now = [board for board in (workshop.boards if boards is None else boards)
           if snapshot.board is None or board.id in shown]
    diff = compare(list(snapshot.content), now)
    blocks: list[Block] = [Heading(2, _tr("Hvad har ændret sig siden {snapshot}").format(
        snapshot=snapshot_label(snapshot)))]
    if not diff:
        return [*blocks, Item(comparison.summary(diff))]
    for heading, lines in comparison.sections(diff):
        blocks.append(Heading(3, heading))
        blocks += [Item(line) for line in lines]
    return blocks


def agreement_blocks(boards: list[Board]) -> list[Block]:
    """The table of the agreements on `boards`, under its heading (nothing when none)."""
    rows = agreements.rows(boards)
    if not rows:
        return []
    return [Heading(2, agreements.heading()), Table(agreements.headers(), rows)]


def minutes(workshop: Workshop, boards: list[Board] | None = None,
            since: Snapshot | None = None) -> list[Block]:
    """The minutes: the meeting's facts, each board's cards, what changed since `since`, and
    last the table of the agreements."""
    info = workshop.info
    blocks: list[Block] = [Heading(1, _tr("Referat: {title}").format(
        title=info.title or _tr("Arbejdsmøde")))]
    facts = [(_tr("Arbejdsplads"), info.workplace),
             (_tr("Dato"), info.date.isoformat() if info.date else ""),
             (_tr("Mødeleder"), info.facilitator),
             (_tr("Deltagere"), ", ".join(info.participants))]
    blocks += [Line(label, value) for label, value in facts if value]
    boards = workshop.boards if boards is None else boards
    for board in boards:
        blocks += _board_blocks(board)
    if since is not None:
        blocks += changes_since(workshop, since, boards)
    return blocks + agreement_blocks(boards)
