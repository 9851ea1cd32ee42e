"""The agreements (aftaler) of a workshop as rows, for the Word table and the Excel sheet.

An agreement is a card of the kind `agreement`: what, who, by when, a follow-up date and
a status. The columns follow the kind's own field table (domain.fields), headed by its
labels, so the table grows with the kind; while no such kind exists, the table has only
its first columns and no rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Card
from kerneopgave_desktop.i18n import translate

KIND = "agreement"


def _tr(source: str) -> str:
    return translate("Agreements", source)


def fields() -> tuple[str, ...]:
    """The agreement kind's own fields, in order (none while the kind does not exist)."""
    cls = CARD_TYPES.get(KIND)
    return cls.kind_fields() if cls is not None else ()


def headers() -> list[str]:
    """Column headers: the board, what was agreed, then one per field of the kind."""
    return [_tr("Tavle"), _tr("Aftale"),
            *(found.label() if (found := fields_table.field(KIND, name)) else name
              for name in fields())]


def value_text(value: Any) -> str:
    """A field's value as the text a reader sees: codes by their label, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    cls = CARD_TYPES.get(KIND)
    for vocabulary in (cls.codes.values() if cls is not None else ()):
        if value in vocabulary:
            return vocabulary.label(value)
    return str(value)


def cards(boards: list[Board]) -> list[tuple[Board, Card]]:
    """Every agreement card with its board, board by board in drawing order."""
    return [(board, card) for board in boards for card in board.cards.values()
            if card.kind == KIND]


def rows(boards: list[Board]) -> list[list[str]]:
    """One row per agreement, in the order of `headers()`."""
    return [[board.title, card.text, *(value_text(getattr(card, name)) for name in fields())]
            for board, card in cards(boards)]


def heading() -> str:
    return _tr("Aftaler")
