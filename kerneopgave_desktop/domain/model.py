"""The workshop model: a workshop holds boards; a board holds zones, cards and links.

Cards, links, zones and the workshop's metadata are frozen values: a change
replaces them. Boards are the containers, and their dicts keep order (the
drawing order, back to front). Only `document` operations change a model.

The model is one name to import from, in three parts: domain/values.py (the limits and
the checks every value goes through), domain/cards.py (cards of each kind, links, zones,
boards) and domain/workshop.py (the workshop, its metadata, snapshots and decks).
"""

from __future__ import annotations

from kerneopgave_desktop.domain.cards import (
    CARD_TYPES,
    KIND_FIELDS,
    Agreement,
    Board,
    Card,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Item,
    Link,
    Note,
    Zone,
    card_type,
    check_stances,
    moved_to,
    stances_with,
)
from kerneopgave_desktop.domain.values import (
    MAX_COORDINATE,
    MAX_COUNT,
    MAX_SIZE,
    MAX_TEXT,
    MAX_VOTES,
    MIN_SIZE,
    ModelError,
    check_code,
    check_color,
    check_day,
    check_geometry,
    check_number,
    check_text,
    clamped,
    new_id,
)
from kerneopgave_desktop.domain.workshop import (
    Deck,
    DeckCard,
    Snapshot,
    Workshop,
    WorkshopInfo,
)

__all__ = [
    "CARD_TYPES",
    "KIND_FIELDS",
    "MAX_COORDINATE",
    "MAX_COUNT",
    "MAX_SIZE",
    "MAX_TEXT",
    "MAX_VOTES",
    "MIN_SIZE",
    "Agreement",
    "Board",
    "Card",
    "Contribution",
    "CoreTask",
    "Deck",
    "DeckCard",
    "Dilemma",
    "Effect",
    "Item",
    "Link",
    "ModelError",
    "Note",
    "Snapshot",
    "Workshop",
    "WorkshopInfo",
    "Zone",
    "card_type",
    "check_code",
    "check_color",
    "check_day",
    "check_geometry",
    "check_number",
    "check_stances",
    "check_text",
    "clamped",
    "moved_to",
    "new_id",
    "stances_with",
]
