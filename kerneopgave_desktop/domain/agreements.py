"""The agreements (aftaler) of a workshop: the table that ends the minutes, and the ones
whose follow-up day has come.

An agreement is a card of the kind `agreement`: what (its text), who is responsible, by
when, a follow-up day and a status. The table's columns are the kind's own field table
(domain.fields), headed by its labels, so the table grows with the kind.
"""

from __future__ import annotations

from datetime import date

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.dates import day_text
from kerneopgave_desktop.domain.model import Agreement, Board, Workshop
from kerneopgave_desktop.domain.vocabulary import AGREEMENT_OPEN
from kerneopgave_desktop.i18n import translate

KIND = Agreement.kind


def _tr(source: str, n: int | None = None) -> str:
    return translate("Agreements", source, n)


def columns() -> tuple[fields_table.Field, ...]:
    """The kind's fields that the minutes show, in the table's order."""
    return tuple(field for field in fields_table.of_kind(KIND)
                 if field.shows(fields_table.MINUTES))


def headers() -> list[str]:
    """Column headers: the board, what was agreed, then one per field of the kind."""
    return [_tr("Tavle"), _tr("Aftale"), *(field.label() for field in columns())]


def cards(boards: list[Board]) -> list[tuple[Board, Agreement]]:
    """Every agreement with its board, board by board in drawing order."""
    return [(board, card) for board in boards for card in board.cards.values()
            if isinstance(card, Agreement)]


def rows(boards: list[Board]) -> list[list[str]]:
    """One row per agreement, in the order of `headers()`: codes by their labels, days in
    the reader's form."""
    return [[board.title or _tr("Tavle uden titel"), card.text,
             *(field.value_text(getattr(card, field.name)) for field in columns())]
            for board, card in cards(boards)]


def heading() -> str:
    return _tr("Aftaler")


def due_for_follow_up(workshop: Workshop, today: date) -> list[Agreement]:
    """Agreements still open (aftalt or i gang) whose follow-up day is today or has passed."""
    return [card for _, card in cards(workshop.boards)
            if card.status in AGREEMENT_OPEN and card.follow_up is not None
            and card.follow_up <= today]


def follow_up_notice(workshop: Workshop, today: date) -> str:
    """One line for the window when agreements are due for follow-up ("" when none are):
    "2 aftaler fra 3. marts skal følges op", from the meeting's day when it has one."""
    due = due_for_follow_up(workshop, today)
    if not due:
        return ""
    meeting = workshop.info.date
    if meeting is None:
        return _tr("%n aftale(r) skal følges op", len(due))
    return _tr("%n aftale(r) fra {day} skal følges op", len(due)).format(
        day=day_text(meeting, today=today))
