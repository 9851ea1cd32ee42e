"""Random legal workshops for the input and export fuzzers: hostile text everywhere and
numbers at the edges of the documented limits, reproducible from a seed."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime

from kerneopgave_desktop.domain.model import (
    CARD_TYPES,
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_TEXT,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Card,
    Deck,
    DeckCard,
    Link,
    Workshop,
    WorkshopInfo,
    Zone,
)
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.domain.vocabulary import (
    AGREEMENT_STATUSES,
    BENEFICIARIES,
    DILEMMA_STATUSES,
    INVOLVEMENT_DEGREES,
    LEVELS,
    LINK_KINDS,
    PERSPECTIVES,
    PROFESSIONS,
    ROUND_QUESTIONS,
    SECTORS,
    USES,
    ZONE_KINDS,
)
from tests.factories import HOSTILE_TEXTS

PIECES = (*HOSTILE_TEXTS, "https://x.dk/a?b=1&c=2", "www.kommune.dk", "ali@skolen.dk",
          "mailto:a_b@c.dk", "'=x", "''=x", "=1+1", "+45", "-", "@SUM(A1)", "'", "\r", "\r\n",
          "\n", "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u202e", "\ufeff",
          "\ufffe", "\uffff", "\U0001F600", "\U0010FFFF", "<svg onload=x>", "]]>", "&#1;",
          "&amp;", "**", "# ", "1. ", "- [ ] ", "|", ";", '"', "\t", " ", "  ", "æøå ÆØÅ", "\\",
          "{x}", "%n", "`", "~~", "[a](b)", "<https://x.dk>", "\u0301", "ﷺ", "𒐫")
"""Pieces of text that have broken one renderer or parser or another."""


def text(rng: random.Random, long: float = 0.01) -> str:
    """A hostile text: a few pieces, or now and then a very long one."""
    if rng.random() < long:
        size = rng.choice([5_000, 200_000, MAX_TEXT])
        return (rng.choice(PIECES) * (size // 5 + 1))[:size]
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6)))


def coordinate(rng: random.Random) -> float:
    return rng.choice([0.0, -0.0, MAX_COORDINATE, -MAX_COORDINATE, 5e-324, 0.1,
                       rng.uniform(-MAX_COORDINATE, MAX_COORDINATE), rng.uniform(-3000, 3000),
                       float(rng.randint(-2000, 2000))])


def size(rng: random.Random) -> float:
    return rng.choice([MIN_SIZE, MAX_SIZE, MIN_SIZE + 1e-9, 240.0, 150.0,
                       rng.uniform(MIN_SIZE, MAX_SIZE), rng.uniform(MIN_SIZE, 800)])


def _code(rng: random.Random, vocabulary, optional: bool = True):
    codes = list(vocabulary.codes) + ([None] if optional else [])
    return rng.choice(codes)


def day(rng: random.Random) -> date | None:
    """A day at the edges of what a date holds, or none."""
    return rng.choice([None, date(2026, 3, 3), date(1, 1, 1), date(9999, 12, 31),
                       date(2024, 2, 29)])


def card(rng: random.Random, card_id: str) -> Card:
    cls = rng.choice(list(CARD_TYPES.values()))
    fields = {"id": card_id, "text": text(rng), "x": coordinate(rng), "y": coordinate(rng),
              "width": size(rng), "height": size(rng),
              "color": rng.choice([None, "#000000", "#FFFFFF", "#a1B2c3"]),
              "votes": rng.choice([0, 1, MAX_VOTES, rng.randint(0, MAX_VOTES)])}
    optional_text = lambda: rng.choice([None, text(rng)])  # noqa: E731
    extra = {
        "core_task": lambda: {"level": _code(rng, LEVELS),
                              "perspective": _code(rng, PERSPECTIVES)},
        "contribution": lambda: {"profession": rng.choice([None, _code(rng, PROFESSIONS),
                                                           text(rng)])},
        "dilemma": lambda: {"pole_a": optional_text(), "pole_b": optional_text(),
                            "status": _code(rng, DILEMMA_STATUSES, optional=False),
                            "decision": optional_text(), "origin": optional_text(),
                            "answers": tuple((code, text(rng)) for code in ROUND_QUESTIONS.codes
                                             if rng.random() < 0.5)},
        "effect": lambda: {"output": optional_text(), "beneficiary": _code(rng, BENEFICIARIES),
                           "involvement": _code(rng, INVOLVEMENT_DEGREES)},
        "note": dict,
        "agreement": lambda: {"responsible": optional_text(), "due": day(rng),
                              "follow_up": day(rng),
                              "status": _code(rng, AGREEMENT_STATUSES, optional=False)},
    }[cls.kind]()
    return cls(**fields, **extra)


def board(rng: random.Random, prefix: str) -> Board:
    group = rng.choice([(None, None), (None, None), ("b0", _code(rng, PERSPECTIVES, False)),
                        (text(rng), "formal")])
    result = Board(id=f"{prefix}", title=text(rng), template=rng.choice([None, "tom", text(rng)]),
                   plenary=group[0], perspective=group[1])
    for i in range(rng.choice([0, 1, 2, 4])):
        zone = Zone(id=f"{prefix}z{i}", title=text(rng), x=coordinate(rng), y=coordinate(rng),
                    width=size(rng), height=size(rng), color=rng.choice([None, "#ffeedd"]),
                    locked=rng.random() < 0.5, kind=_code(rng, ZONE_KINDS, optional=False),
                    stop=rng.random() < 0.3)
        result.zones[zone.id] = zone
    count = rng.choice([0, 1, 3, 8, 20, 60]) if rng.random() > 0.02 else 300
    for i in range(count):
        made = card(rng, f"{prefix}c{i}")
        result.cards[made.id] = made
    ids = list(result.cards)
    links = rng.randint(0, 10) if len(ids) > 1 else 0
    for i in range(links):
        source, target = rng.sample(ids, 2)
        link = Link(id=f"{prefix}l{i}", source=source, target=target,
                    kind=_code(rng, LINK_KINDS, optional=False), label=text(rng))
        result.links[link.id] = link
    return result


def workshop(rng: random.Random) -> Workshop:
    """A legal workshop: boards, maybe snapshots and a deck, all of it hostile."""
    result = Workshop(info=WorkshopInfo(
        title=text(rng), workplace=text(rng), facilitator=text(rng),
        date=rng.choice([None, date(2026, 3, 3), date(1, 1, 1), date(9999, 12, 31)]),
        participants=tuple(text(rng) for _ in range(rng.randint(0, 3))),
        professions=tuple(text(rng) for _ in range(rng.randint(0, 2))),
        sector=_code(rng, SECTORS)))
    result.boards = [board(rng, f"b{i}") for i in range(rng.randint(1, 3))]
    for i in range(rng.choice([0, 0, 1, 2])):
        snapshot = take(result, text(rng) or "navn", rng.choice([None, result.boards[0].id]),
                        now=datetime(2026, 3, 3, 14, i, tzinfo=UTC))
        result.snapshots.append(dataclasses.replace(snapshot, id=f"s{i}"))
    if rng.random() < 0.3:
        result.decks = [Deck(id="d", title=text(rng), cards=tuple(
            DeckCard(id=f"d{i}", text=text(rng), pole_a=rng.choice([None, text(rng)]),
                     pole_b=None, use=_code(rng, USES)) for i in range(rng.randint(0, 3))))]
    return result

