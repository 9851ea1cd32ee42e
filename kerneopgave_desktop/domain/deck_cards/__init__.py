"""The cards of the built-in deck, written out in both languages, a module for each group of
sectors of the municipality; domain.decks makes the deck from them.

The cards are written from the themes of "Kerneopgaven i hverdagen" (Fremfærd),
one sector of the municipality at a time: each is a tension between two good
concerns with a pole for each, tied to a sector and to one of the five uses; a few
are open questions instead, with no poles. The booklet asks for tensions close to
everyday methods, tools and decisions, so most cards name a concrete situation.
The wording is ours.

A card's number is its id for good: files remember which cards were drawn by id, so
numbers are never reused and a reworded card keeps its number.
"""

from __future__ import annotations

from kerneopgave_desktop.domain.deck_cards import care, children, services
from kerneopgave_desktop.domain.deck_cards.entry import Entry

BY_SECTOR: dict[str, tuple[Entry, ...]] = {
    "school": children.SCHOOL,
    "daycare": children.DAYCARE,
    "elderly_health": care.ELDERLY_HEALTH,
    "social": care.SOCIAL,
    "jobcentre": services.JOBCENTRE,
    "technical": services.TECHNICAL,
    "culture": services.CULTURE,
    "psychiatry": care.PSYCHIATRY,
    "administration": services.ADMINISTRATION,
}
"""Each sector's cards, in the order of the sectors' vocabulary (SECTORS)."""

ENTRIES: tuple[Entry, ...] = tuple(entry for cards in BY_SECTOR.values() for entry in cards)
"""Every built-in card, sector by sector: the deck's order."""
