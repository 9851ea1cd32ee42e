"""Perspectives in groups as operations: "Del i grupper" and "Saml grupperne", each one undo
step when run through `Document.group` (the window does it through its door).

The layout is domain.groups'; here it becomes board, item and round operations.
"""

from __future__ import annotations

from kerneopgave_desktop.document.operations import (
    AddBoard,
    AddItems,
    MoveItems,
    Operation,
    OperationError,
    RemoveBoard,
    ResizeItems,
)
from kerneopgave_desktop.document.room_operations import EditRound
from kerneopgave_desktop.domain import groups
from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Groups", source)


def split_label() -> str:
    return _tr("Del i grupper")


def merge_label() -> str:
    return _tr("Saml grupperne")


def split_operations(workshop: Workshop, board_id: str) -> list[Operation]:
    """A group board for each perspective, right after the plenary board `board_id`."""
    board = workshop.board(board_id)
    if not groups.can_split(workshop, board):
        raise OperationError(_tr("Kun en tavle med tre perspektiver, der ikke allerede er delt "
                                 "i grupper, kan deles i grupper."))
    index = workshop.board_index(board_id) + 1
    return [AddBoard(group, index + offset)
            for offset, group in enumerate(groups.split(board))]


def merge_operations(workshop: Workshop, board_id: str) -> list[Operation]:
    """The groups' cards into the plenary board's cells (for `board_id`, the plenary board
    or one of its groups), the group boards removed, and the rounds that were open on them
    moved to the plenary board."""
    plenary = groups.plenary_of(workshop, workshop.board(board_id))
    if plenary is None:
        raise OperationError(_tr("Der er ingen grupper at samle her."))
    out_boards = groups.group_boards(workshop, plenary.id)
    plan = groups.merge(plenary, out_boards)
    operations: list[Operation] = [RemoveBoard(group_id) for group_id in plan.groups]
    if plan.places:
        operations.append(MoveItems(plenary.id, plan.places))
    if plan.sizes:
        operations.append(ResizeItems(plenary.id, plan.sizes))
    if plan.cards:
        operations.append(AddItems(plenary.id, [*plan.cards, *plan.links]))
    operations += [EditRound(round_.id, board=plenary.id, zone=None)
                   for round_ in workshop.rounds if round_.board in plan.groups]
    return operations
