"""A comparison (domain.diff) as JSON, for machines: `kerneopgave compare --json`.
(Told in words: domain.comparison.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from kerneopgave_desktop.domain.diff import CardRef, Diff
from kerneopgave_desktop.domain.records import card_to_dict, link_to_dict


def to_json(diff: Diff) -> dict[str, Any]:
    """Each a list of cards (as in the JSON format) with the board they are on."""
    def card(ref: CardRef, **extra) -> dict[str, Any]:
        return {"board": ref.board_id, **card_to_dict(ref.card), **extra}

    return {
        "added": [card(ref) for ref in diff.added],
        "removed": [card(ref) for ref in diff.removed],
        "moved": [card(after, moved_from={"x": before.card.x, "y": before.card.y})
                  for before, after in diff.moved],
        "reworded": [card(change.after, text_before=change.before.card.text)
                     for change in diff.reworded],
        "changed": [card(change.after, fields_before={name: _plain(old)
                                                      for name, old, _ in change.fields})
                    for change in diff.changed],
        "links_added": [{"board": board, **link_to_dict(link)} for board, link in diff.links_added],
        "links_removed": [{"board": board, **link_to_dict(link)}
                          for board, link in diff.links_removed],
        "boards_added": [{"id": board.id, "title": board.title} for board in diff.boards_added],
        "boards_removed": [{"id": board.id, "title": board.title}
                           for board in diff.boards_removed],
        "agreements": [{"id": (after or before).card.id,
                        "board": (after or before).board_id,
                        "status_before": getattr(before.card, "status", None) if before else None,
                        "status_after": getattr(after.card, "status", None) if after else None}
                       for before, after in diff.agreements],
    }


def _plain(value: Any) -> Any:
    """A field's value as JSON holds it: a day as YYYY-MM-DD."""
    return value.isoformat() if isinstance(value, date) else value
