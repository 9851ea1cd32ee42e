"""The minutes (referat) of a workshop, as plain blocks that PDF and Markdown both render.

Built from the model only. Every string from the user stays plain text here; each
renderer escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
from kerneopgave_desktop.domain.vocabulary import (
    BENEFICIARIES,
    CARD_KINDS,
    DILEMMA_STATUSES,
    INVOLVEMENT_DEGREES,
    LEVELS,
    PERSPECTIVES,
    PROFESSIONS,
    ROUND_QUESTIONS,
    STANCES,
)
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
    details: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = _cut(self.text)


Block = Heading | Line | Item


def label(line: Line) -> str:
    """'Label:' for a fact; a question keeps its question mark alone."""
    return line.label if line.label.endswith("?") else f"{line.label}:"


def profession_label(code: str | None) -> str:
    if not code:
        return _tr("Uden faggruppe")
    return PROFESSIONS.label(code) if code in PROFESSIONS else code


def _ranked(board: Board) -> list[Card]:
    voted = [card for card in board.cards.values() if card.votes > 0]
    return sorted(voted, key=lambda card: -card.votes)


def _parked(board: Board) -> list[Card]:
    parking = [zone for zone in board.zones.values() if zone.kind == "parking"]
    return [card for card in board.cards.values() if any(z.contains(card) for z in parking)]


def _board_blocks(board: Board) -> list[Block]:
    blocks: list[Block] = [Heading(2, board.title or _tr("Tavle uden titel"))]
    cards = list(board.cards.values())
    from_room = sum(card.round_id is not None for card in cards)
    if from_room:
        blocks.append(Line(_tr("Fra telefonerne"),
                           translate("Minutes", "%n kort fra deltagerne", from_room)))
    core = [c for c in cards if isinstance(c, CoreTask)]
    if core:
        blocks.append(Heading(3, _tr("Kerneopgaver")))
        order = {code: index for index, code in enumerate(LEVELS.codes)}
        for card in sorted(core, key=lambda c: order.get(c.level, len(order))):
            details = []
            if card.level:
                details.append(Line(_tr("Niveau"), LEVELS.label(card.level)))
            if card.perspective:
                details.append(Line(_tr("Perspektiv"), PERSPECTIVES.label(card.perspective)))
            blocks.append(Item(card.text, details))
    contributions = [c for c in cards if isinstance(c, Contribution)]
    if contributions:
        blocks.append(Heading(3, _tr("Faggruppernes bidrag")))
        for card in sorted(contributions, key=lambda c: profession_label(c.profession).lower()):
            blocks.append(Item(card.text, [Line(_tr("Faggruppe"),
                                                profession_label(card.profession))]))
    dilemmas = [c for c in cards if isinstance(c, Dilemma)]
    if dilemmas:
        blocks.append(Heading(3, _tr("Dilemmaer")))
        order = {code: index for index, code in enumerate(DILEMMA_STATUSES.codes)}
        for card in sorted(dilemmas, key=lambda c: -order[c.status]):
            details = [Line(_tr("Status"), DILEMMA_STATUSES.label(card.status))]
            if card.pole_a or card.pole_b:
                details.append(Line(_tr("Poler"), f"{card.pole_a or '?'} ↔ {card.pole_b or '?'}"))
            details += [Line(ROUND_QUESTIONS.label(code), answer) for code, answer in card.answers]
            if card.stances:
                details.append(Line(_tr("Rummets holdning"), " · ".join(
                    f"{STANCES.label(code)} {count}" for code, count in card.stances)))
            if card.decision:
                details.append(Line(_tr("Beslutning"), card.decision))
            blocks.append(Item(card.text, details))
    effects = [c for c in cards if isinstance(c, Effect)]
    if effects:
        blocks.append(Heading(3, _tr("Værdi og effekt")))
        for card in effects:
            details = []
            if card.output:
                details.append(Line(_tr("Ydelse i dag"), card.output))
            if card.beneficiary:
                details.append(Line(_tr("Værdi for"), BENEFICIARIES.label(card.beneficiary)))
            if card.involvement:
                details.append(Line(_tr("Inddragelse"),
                                    INVOLVEMENT_DEGREES.label(card.involvement)))
            blocks.append(Item(card.text, details))
    parked = _parked(board)
    notes = [c for c in cards if isinstance(c, Note) and c not in parked]
    if notes:
        blocks.append(Heading(3, _tr("Noter")))
        blocks += [Item(card.text) for card in notes]
    ranked = _ranked(board)
    if ranked:
        blocks.append(Heading(3, _tr("Stemmer")))
        for card in ranked:
            blocks.append(Item(card.text, [Line(_tr("Stemmer"), str(card.votes)),
                                           Line(_tr("Slags"), CARD_KINDS.label(card.kind))]))
    if parked:
        blocks.append(Heading(3, _tr("Parkeringspladsen")))
        blocks += [Item(card.text) for card in parked]
    return blocks


def changes_since(workshop: Workshop, snapshot: Snapshot,
                  boards: list[Board] | None = None) -> list[Block]:
    """'What has changed since ...': the snapshot against the boards as they are now."""
    from kerneopgave_desktop.domain.diff import compare
    from kerneopgave_desktop.domain.snapshots import label as snapshot_label
    from kerneopgave_desktop.interchange import changes

    shown = {board.id for board in snapshot.content}
    now = [board for board in (workshop.boards if boards is None else boards)
           if snapshot.board is None or board.id in shown]
    diff = compare(list(snapshot.content), now)
    blocks: list[Block] = [Heading(2, _tr("Hvad har ændret sig siden {snapshot}").format(
        snapshot=snapshot_label(snapshot)))]
    if not diff:
        return [*blocks, Item(changes.summary(diff))]
    for heading, lines in changes.sections(diff):
        blocks.append(Heading(3, heading))
        blocks += [Item(line) for line in lines]
    return blocks


def minutes(workshop: Workshop, boards: list[Board] | None = None,
            since: Snapshot | None = None) -> list[Block]:
    info = workshop.info
    blocks: list[Block] = [Heading(1, _tr("Referat: {title}").format(
        title=info.title or _tr("Arbejdsmøde")))]
    facts = [(_tr("Arbejdsplads"), info.workplace),
             (_tr("Dato"), info.date.isoformat() if info.date else ""),
             (_tr("Mødeleder"), info.facilitator),
             (_tr("Deltagere"), ", ".join(info.participants))]
    blocks += [Line(label, value) for label, value in facts if value]
    for board in boards if boards is not None else workshop.boards:
        blocks += _board_blocks(board)
    if since is not None:
        blocks += changes_since(workshop, since, boards)
    return blocks
