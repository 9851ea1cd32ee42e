"""What the board can point out to the team: gaps in the method, and layout faults."""

from __future__ import annotations

from kerneopgave_desktop.domain.model import Board, Card, CoreTask
from kerneopgave_desktop.domain.vocabulary import LEVELS
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Checks", source)


def level_above(level: str) -> str | None:
    codes = LEVELS.codes
    index = codes.index(level)
    return codes[index - 1] if index > 0 else None


def missing_parent_links(board: Board) -> set[str]:
    """Core tasks below the top level with no `concretises` link to a core task one level up.

    The levels ladder asks that each level's core task make the one above concrete.
    """
    core = {card.id: card for card in board.cards.values()
            if isinstance(card, CoreTask) and card.level is not None}
    linked = set()
    for link in board.links.values():
        source, target = core.get(link.source), core.get(link.target)
        if link.kind == "concretises" and source and target \
                and level_above(source.level) == target.level:
            linked.add(source.id)
    return {card_id for card_id, card in core.items()
            if level_above(card.level) is not None and card_id not in linked}


def empty_cells(board: Board) -> set[str]:
    """Zones of kind `cell` with no card in them: where the team has not looked yet."""
    cells = [zone for zone in board.zones.values() if zone.kind == "cell"]
    if not cells:
        return set()
    cards = list(board.cards.values())
    return {zone.id for zone in cells if not any(zone.contains(card) for card in cards)}


def _inside(card: Card, zone) -> bool:
    return (zone.x <= card.x and card.x + card.width <= zone.x + zone.width
            and zone.y <= card.y and card.y + card.height <= zone.y + zone.height)


def layout_problems(board: Board) -> list[str]:
    """Cards outside every zone, and cards that overlap: what a ready template must not have."""
    problems = []
    cards = list(board.cards.values())
    for card in cards:
        if board.zones and not any(_inside(card, zone) for zone in board.zones.values()):
            problems.append(f"card {card.id} ({card.text[:30]!r}) is outside every zone")
    for index, a in enumerate(cards):
        for b in cards[index + 1:]:
            if (a.x < b.x + b.width and b.x < a.x + a.width
                    and a.y < b.y + b.height and b.y < a.y + a.height):
                problems.append(f"cards {a.id} and {b.id} overlap")
    return problems


LADDER_TEMPLATES = frozenset({"niveauer"})
"""Boards where every core task should make the one above it concrete."""


def markers(board: Board) -> tuple[set[str], set[str]]:
    """What to mark on a board: (core tasks missing their link up, empty cells)."""
    missing = missing_parent_links(board) if board.template in LADDER_TEMPLATES else set()
    return missing, empty_cells(board)


def card_warnings(board: Board) -> dict[str, str]:
    """Card id -> why the board points at the card, for every card it points at.

    The one source for the card on the board, its accessible name and the inspector, so
    that all of them say the same after any change, whoever hears of it first."""
    missing, _ = markers(board)
    if not missing:
        return {}
    return dict.fromkeys(missing, _tr("Mangler forbindelse til niveauet over"))


def card_warning(board: Board, card_id: str) -> str:
    """Why the board points at this card, or "" when it does not."""
    return card_warnings(board).get(card_id, "")


def zone_hints(board: Board) -> dict[str, str]:
    """Zone id -> the hint shown across it, for every empty cell."""
    _, empty = markers(board)
    if not empty:
        return {}
    return dict.fromkeys(empty, _tr("Tom celle: hvad ser I herfra?"))
