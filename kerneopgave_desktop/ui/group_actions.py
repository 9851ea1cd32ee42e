"""The Board menu's "Del i grupper" and "Saml grupperne": the perspectives grid worked in
three groups at once, and merged back. Each is one step through the door."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from kerneopgave_desktop.document import OperationError
from kerneopgave_desktop.document.groups import (
    merge_label,
    merge_operations,
    split_label,
    split_operations,
)
from kerneopgave_desktop.domain import groups
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext


def _tr(source: str) -> str:
    return QCoreApplication.translate("GroupActions", source)


class GroupActions(QObject):
    """Split the board shown into group boards, or merge its groups back."""

    def __init__(self, context: WindowContext, select_board: Callable[[int], None],
                 parent: QObject):
        super().__init__(parent)
        self.context = context
        self._select_board = select_board
        self.split_action = new_action(self, _tr("Del i grupper"), self.split)
        self.split_action.setToolTip(_tr("En tavle til hver gruppe: den formelle, den udførte "
                                         "og den oplevede kerneopgave, med alle niveauer"))
        self.merge_action = new_action(self, _tr("Saml grupperne"), self.merge)
        self.merge_action.setToolTip(_tr("Gruppernes kort ind i fællestavlens felter, hvert i "
                                         "sit niveau og perspektiv"))
        self.actions = [self.split_action, self.merge_action]
        """In the menu's order; both change the document."""

    def _board(self):
        scene = self.context.current_scene()
        return scene.board if scene is not None else None

    def refresh(self) -> None:
        """Offer each where it can be done: a split on a plenary board without groups, a
        merge on a plenary board with groups out or on one of the groups."""
        board = self._board()
        workshop = self.context.document.workshop
        writable = not self.context.document.read_only
        self.split_action.setEnabled(writable and board is not None
                                     and groups.can_split(workshop, board))
        self.merge_action.setEnabled(writable and board is not None
                                     and groups.plenary_of(workshop, board) is not None)

    def split(self) -> bool:
        """Three group boards after the one shown; the first group's board is shown."""
        board = self._board()
        document = self.context.document
        if board is None:
            return False
        try:
            operations = split_operations(document.workshop, board.id)
        except OperationError as error:
            self.context.show_status(str(error), 8000)
            return False
        if not self._run(split_label(), operations):
            return False
        self._select_board(document.workshop.board_index(board.id) + 1)
        self.context.show_status(_tr("Tre gruppetavler er lagt efter »{board}«. Saml dem "
                                     "igen med Tavle › Saml grupperne.").format(
                                         board=board.title), 8000)
        return True

    def merge(self) -> bool:
        """The groups' cards into the plenary board, which is shown."""
        board = self._board()
        document = self.context.document
        if board is None:
            return False
        plenary = groups.plenary_of(document.workshop, board)
        try:
            operations = merge_operations(document.workshop, board.id)
        except OperationError as error:
            self.context.show_status(str(error), 8000)
            return False
        if not self._run(merge_label(), operations):
            return False
        self._select_board(document.workshop.board_index(plenary.id))
        self.context.show_status(_tr("Gruppernes kort er samlet på »{board}«, hvert i sit "
                                     "felt.").format(board=plenary.title), 8000)
        return True

    def _run(self, label: str, operations) -> bool:
        document = self.context.document

        def apply() -> None:
            for operation in operations:
                document.apply(operation)
        return self.context.door.group(label, apply, origin=self)
