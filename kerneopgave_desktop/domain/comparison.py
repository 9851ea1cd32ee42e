"""A comparison (domain.diff) told in words: for the command line, the minutes and the list
beside a compared board. (As JSON, for machines: interchange.changes.)"""

from __future__ import annotations

from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.diff import AGREEMENT, CardRef, Diff, FieldChange
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, LINK_KINDS
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Changes", source)


def field_name(name: str, kind: str) -> str:
    """What a changed field of a card of `kind` is called in the list: its label, or 'Type'
    for the kind."""
    field = fields_table.field(kind, name)
    return field.label() if field is not None else _tr("Type")


def value_text(name: str, value: Any, kind: str) -> str:
    """A value of field `name` as a card of `kind` shows it (a code by its kind's label)."""
    if value is None or value == "":
        return "–"
    if name == "kind":
        return CARD_KINDS.label(value) if value in CARD_KINDS else str(value)
    field = fields_table.field(kind, name)
    return field.value_text(value) if field is not None else str(value)


def _field_changes(change: FieldChange) -> str:
    """'Status Aftalt → Gjort; ...': each field by the label and values of its card's kind
    before and after (a field's kind, when the kind itself changed)."""
    parts = []
    for name, old, new in change.fields:
        before, after = change.before.card.kind, change.after.card.kind
        parts.append(f"{field_name(name, after)} {value_text(name, old, before)} → "
                     f"{value_text(name, new, after)}")
    return "; ".join(parts)


def _status(ref: CardRef) -> str:
    field = fields_table.field(AGREEMENT, "status")
    return field.value_text(getattr(ref.card, "status", None)).lower()


def agreement_line(before: CardRef | None, after: CardRef | None) -> str:
    """What happened to one agreement between two states: new, removed, its status moved
    on, or the same status as before."""
    if before is None:
        return _tr("{card}: ny ({status})").format(card=card_line(after), status=_status(after))
    if after is None:
        return _tr("{card}: fjernet (var {status})").format(card=card_line(before),
                                                            status=_status(before))
    if before.card.kind != AGREEMENT or after.card.kind != AGREEMENT:
        return _tr("{card}: er ikke længere en aftale").format(card=card_line(after))
    if _status(before) != _status(after):
        return f"{card_line(after)}: {_status(before)} → {_status(after)}"
    return _tr("{card}: {status} (uændret)").format(card=card_line(after), status=_status(after))


def short(text: str, length: int = 70) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= length else one_line[:length - 1] + "…"


def card_line(ref: CardRef) -> str:
    return f"[{ref.board_title}] {CARD_KINDS.label(ref.card.kind)}: »{short(ref.card.text)}«"


def _link_name(link) -> str:
    return link.label or LINK_KINDS.label(link.kind)


def sections_with_cards(diff: Diff) -> list[tuple[str, list[tuple[CardRef | None, str]]]]:
    """(heading, [(the card a line is about, or None for a link; the line)]) per kind of change."""
    out: list[tuple[str, list[tuple[CardRef | None, str]]]] = []
    if diff.added:
        out.append((_tr("Tilføjet"), [(ref, card_line(ref)) for ref in diff.added]))
    if diff.removed:
        out.append((_tr("Fjernet"), [(ref, card_line(ref)) for ref in diff.removed]))
    if diff.reworded:
        out.append((_tr("Omformuleret"), [
            (change.after, f"{card_line(change.after)} ← »{short(change.before.card.text)}«")
            for change in diff.reworded]))
    if diff.changed:
        out.append((_tr("Ændret"), [(change.after, f"{card_line(change.after)}: "
                                                    f"{_field_changes(change)}")
                                   for change in diff.changed]))
    if diff.moved:
        out.append((_tr("Flyttet"), [(after, card_line(after)) for _, after in diff.moved]))
    links = [(None, _tr("ny forbindelse: {label}").format(label=_link_name(link)))
             for _, link in diff.links_added]
    links += [(None, _tr("fjernet forbindelse: {label}").format(label=_link_name(link)))
              for _, link in diff.links_removed]
    if links:
        out.append((_tr("Forbindelser"), links))
    boards = [(None, _tr("ny tavle: {title}").format(title=board.title or _tr("uden titel")))
              for board in diff.boards_added]
    boards += [(None, _tr("fjernet tavle: {title}").format(
        title=board.title or _tr("uden titel"))) for board in diff.boards_removed]
    if boards:
        out.append((_tr("Tavler"), boards))
    if diff.agreements:
        out.append((_tr("Aftaler"), [(after or before, agreement_line(before, after))
                                     for before, after in diff.agreements]))
    return out


def sections(diff: Diff) -> list[tuple[str, list[str]]]:
    """(heading, lines) for each kind of change that happened."""
    return [(heading, [line for _, line in lines])
            for heading, lines in sections_with_cards(diff)]


def summary(diff: Diff) -> str:
    if not diff:
        return _tr("Ingen ændringer")
    lines = []
    for heading, items in sections(diff):
        lines.append(f"{heading} ({len(items)}):")
        lines += [f"  {item}" for item in items]
    return "\n".join(lines)
