"""The Edit menu: undo and redo, new, delete, duplicate, select all, the workshop's details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QKeySequence

from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import EditWorkshop
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class EditActions(QObject):
    """The Edit menu's actions on the board shown, through the window's door."""

    def __init__(self, context: WindowContext, view: BoardView, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.view = view
        self.card_kind = "note"
        """The kind a new card gets (the palette's choice)."""
        self.undo_action = new_action(self, _tr("Fortryd"), self.undo,
                                      QKeySequence.StandardKey.Undo)
        self.redo_action = new_action(self, _tr("Gentag"), self.redo,
                                      QKeySequence.StandardKey.Redo)
        self.new_card_action = new_action(self, _tr("Nyt kort"), self.new_card, "Ins")
        self.delete_action = new_action(self, _tr("Slet"), view.delete_selection,
                                        QKeySequence.StandardKey.Delete)
        self.duplicate_action = new_action(self, _tr("Dupliker"), self.duplicate, "Ctrl+D")
        self.select_all_action = new_action(self, _tr("Vælg alle"), self.select_all,
                                            QKeySequence.StandardKey.SelectAll)
        self.workshop_action = new_action(self, _tr("Oplysninger om arbejdsmødet…"),
                                          self.edit_workshop)
        self.actions = [self.undo_action, self.redo_action, None, self.new_card_action,
                        self.delete_action, self.duplicate_action, self.select_all_action, None,
                        self.workshop_action]
        """In the menu's order; None is a separator."""
        self.edit_actions = [self.undo_action, self.redo_action, self.new_card_action,
                             self.delete_action, self.duplicate_action]

    def refresh(self) -> None:
        """Undo and Redo say what they would do, and are off when there is nothing to do."""
        document = self.context.document
        writable = not document.read_only
        self.undo_action.setEnabled(writable and document.can_undo)
        self.redo_action.setEnabled(writable and document.can_redo)
        self.undo_action.setText(_tr("Fortryd {what}").format(what=document.undo_label)
                                 if document.can_undo else _tr("Fortryd"))
        self.redo_action.setText(_tr("Gentag {what}").format(what=document.redo_label)
                                 if document.can_redo else _tr("Gentag"))

    def undo(self) -> None:
        """Take back the last step."""
        self.context.door.undo()  # a text being typed is committed as a step of its own first

    def redo(self) -> None:
        """Do again the last step taken back."""
        self.context.door.redo()

    def new_card(self) -> None:
        """A card of the palette's kind beside the focused card, or in the middle of the view."""
        focused = self.view.focused_card()
        if focused is not None:
            center = focused.sceneBoundingRect().center() + QPointF(focused.card.width + 40, 0)
        else:
            center = self.view.mapToScene(self.view.viewport().rect().center())
        self.new_card_at(center)

    def new_card_at(self, center: QPointF) -> None:
        """A card of the palette's kind centred on `center`, selected, with the cursor in it."""
        scene = self.context.current_scene()
        if scene is None:
            return
        card_id = scene.new_card(self.card_kind, center)
        if card_id is not None:
            scene.clearSelection()
            scene.cards[card_id].setSelected(True)
            scene.setFocusItem(scene.cards[card_id])
            self.view.setFocus()
            self.view.edit_card(card_id)

    def duplicate(self) -> None:
        """A copy of the selected cards, with the links between them."""
        scene = self.context.current_scene()
        if scene is not None:
            scene.duplicate_selection()

    def select_all(self) -> None:
        """Select every card and link on the board shown."""
        scene = self.context.current_scene()
        if scene is not None:
            scene.select_all()

    def edit_workshop(self) -> None:
        """The workshop's details in a dialog; what changed is one step."""
        from kerneopgave_desktop.ui.workshop_dialog import WorkshopDialog  # on first use

        info = self.context.document.workshop.info
        dialog = WorkshopDialog(info, self.context.dialog_parent)
        if dialog.exec():
            changes = dialog.changes(info)
            if changes:
                self.context.door.apply(EditWorkshop(**changes), origin=self)
