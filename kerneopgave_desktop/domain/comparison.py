"""A comparison (domain.diff) told in words: for the command line, the minutes and the list
beside a compared board. (As JSON, for machines: interchange.changes.)"""

from __future__ import annotations

from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.diff import CardRef, Diff
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, LINK_KINDS
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Changes", source)


def field_name(name: str) -> str:
    """What a changed field is called in the list: its label, or 'Slags' for the kind."""
    field = fields_table.named(name)
    return field.label() if field is not None else _tr("Type")


def value_text(name: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if name == "kind":
        return CARD_KINDS.label(value) if value in CARD_KINDS else str(value)
    field = fields_table.named(name)
    return field.value_text(value) if field is not None else str(value)


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
        out.append((_tr("Ændret"), [
            (change.after, card_line(change.after) + ": " + "; ".join(
                f"{field_name(name)} {value_text(name, old)} → {value_text(name, new)}"
                for name, old, new in change.fields))
            for change in diff.changed]))
    if diff.moved:
        out.append((_tr("Flyttet"), [(after, card_line(after)) for _, after in diff.moved]))
    links = [(None, _tr("ny forbindelse: {label}").format(label=_link_name(link)))
             for _, link in diff.links_added]
    links += [(None, _tr("fjernet forbindelse: {label}").format(label=_link_name(link)))
              for _, link in diff.links_removed]
    if links:
        out.append((_tr("Forbindelser"), links))
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
