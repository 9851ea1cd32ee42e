"""One card of the built-in deck as it is written: both languages, its sector and its use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One built-in card in both languages; `number` makes its id, stable across versions."""

    number: int
    sector: str
    use: str
    da: str
    en: str
    poles_da: tuple[str, str] | None = None
    poles_en: tuple[str, str] | None = None
    question: bool = False


def ask(number: int, sector: str, use: str, da: str, en: str) -> Entry:
    """An open question: a card with no poles."""
    return Entry(number, sector, use, da, en, question=True)
