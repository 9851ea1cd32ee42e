"""The Edit menu: undo and redo, new cards (of any kind), link, delete, duplicate, select all,
the workshop's details."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QKeySequence

from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import AddItems, EditWorkshop
from kerneopgave_desktop.domain.model import CARD_TYPES, Link, new_id
from kerneopgave_desktop.domain.placing import free_spot
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.icons import kind_icon


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


def short_kind(kind: str) -> str:
    """A card kind's name short enough for a toolbar button."""
    short = {"core_task": _tr("Kerneopgave"), "contribution": _tr("Bidrag"),
             "dilemma": _tr("Dilemma"), "effect": _tr("Værdi"), "note": _tr("Note"),
             "agreement": _tr("Aftale")}
    return short.get(kind) or CARD_KINDS.label(kind)


def _step(label: str) -> str:
    """An undo step's name as it reads after "Fortryd: " (first letter small)."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


class EditActions(QObject):
    """The Edit menu's actions on the board shown, through the window's door."""

    def __init__(self, context: WindowContext, view: BoardView, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.view = view
        self.card_kind = "note"
        """The kind a new card gets (the palette's choice)."""
        self.undo_action = new_action(self, _tr("Fortryd"), self.undo,
                                      QKeySequence.StandardKey.Undo, icon="undo-2",
                                      short=_tr("Fortryd"))
        self.redo_action = new_action(self, _tr("Gentag"), self.redo, icon="redo-2",
                                      short=_tr("Gentag"))
        # Both keys on every platform: Windows knows Ctrl+Y, the others Ctrl+Shift+Z.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.new_card_action = new_action(self, _tr("Nyt kort"), self.new_card, "Ins",
                                          icon="square-plus")
        self.kind_actions = []
        """A new card of each kind, for the toolbar."""
        for term in CARD_KINDS.terms:
            action = new_action(self, _tr("Nyt kort: {kind}").format(kind=term.label()),
                                lambda kind=term.code: self.new_card(kind),
                                short=short_kind(term.code))
            action.setIcon(kind_icon(term.code))
            action.setToolTip(f"{action.text()}\n{term.hint()}")
            self.kind_actions.append(action)
        self.link_action = new_action(self, _tr("Forbind de valgte kort"), self.link_selected,
                                      "Ctrl+E", icon="link", short=_tr("Forbind"))
        self.link_action.setToolTip(_tr("Forbind de valgte kort (Ctrl+E), eller træk fra et "
                                        "korts håndtag til et andet kort"))
        self.delete_action = new_action(self, _tr("Slet"), view.delete_selection,
                                        QKeySequence.StandardKey.Delete, icon="trash-2")
        self.duplicate_action = new_action(self, _tr("Duplikér"), self.duplicate, "Ctrl+D",
                                           icon="copy")
        self.select_all_action = new_action(self, _tr("Vælg alle"), self.select_all,
                                            QKeySequence.StandardKey.SelectAll,
                                            icon="square-dashed-mouse-pointer")
        self.workshop_action = new_action(self, _tr("Oplysninger om arbejdsmødet…"),
                                          self.edit_workshop, icon="pencil")
        self.actions = [self.undo_action, self.redo_action, None, self.new_card_action,
                        self.link_action, self.delete_action, self.duplicate_action,
                        self.select_all_action, None, self.workshop_action]
        """In the menu's order; None is a separator."""
        self.edit_actions = [self.undo_action, self.redo_action, self.new_card_action,
                             self.delete_action, self.duplicate_action, self.link_action,
                             *self.kind_actions]

    def refresh(self) -> None:
        """Undo and Redo say what they would do, and are off when there is nothing to do."""
        document = self.context.document
        writable = not document.read_only
        self.undo_action.setEnabled(writable and document.can_undo)
        self.redo_action.setEnabled(writable and document.can_redo)
        # The menu and the tooltip name the step; the toolbar's label stays put (iconText).
        for action, can, label, plain, named in (
                (self.undo_action, document.can_undo, document.undo_label, _tr("Fortryd"),
                 _tr("Fortryd: {what}")),
                (self.redo_action, document.can_redo, document.redo_label, _tr("Gentag"),
                 _tr("Gentag: {what}"))):
            text = named.format(what=_step(label)) if can else plain
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def undo(self) -> None:
        """Take back the last step."""
        self.context.door.undo()  # a text being typed is committed as a step of its own first

    def redo(self) -> None:
        """Do again the last step taken back."""
        self.context.door.redo()

    def new_card(self, kind: str | None = None) -> None:
        """A card (of the palette's kind, or `kind`) beside the focused card, or in the middle
        of the view: at the nearest clean place from there, on no other card and across no
        zone's border (a click places a card where it is; a key or a button cannot aim)."""
        focused = self.view.focused_card()
        if focused is not None:
            center = focused.sceneBoundingRect().center() + QPointF(focused.card.width + 40, 0)
        else:
            center = self.view.mapToScene(self.view.viewport().rect().center())
        scene = self.context.current_scene()
        board = scene.board if scene is not None else None
        if board is not None:
            probe = CARD_TYPES[kind or self.card_kind](id="probe")
            x, y = free_spot(board, center.x() - probe.width / 2, center.y() - probe.height / 2,
                             probe.width, probe.height)
            center = QPointF(x + probe.width / 2, y + probe.height / 2)
        self.new_card_at(center, kind)

    def new_card_at(self, center: QPointF, kind: str | None = None) -> None:
        """A card (of the palette's kind, or `kind`) centred on `center`, selected, with the
        cursor in it."""
        scene = self.context.current_scene()
        if scene is None:
            return
        card_id = scene.new_card(kind or self.card_kind, center)
        if card_id is not None:
            scene.clearSelection()
            scene.cards[card_id].setSelected(True)
            scene.setFocusItem(scene.cards[card_id])
            self.view.setFocus()
            self.view.edit_card(card_id)
            if self.view.editor is not None:
                made = self.context.document.last_step
                self.view.editor.finished.connect(
                    lambda card_id, text: self._left_empty(card_id, text, made))

    def _left_empty(self, card_id: str, text: str, made: object) -> None:
        """A new card left with nothing written is taken back, as if it had not been made:
        Escape in an empty new card leaves no empty card behind (Redo brings it back). Only
        while its making is still the last step: a phone's card that came meanwhile stays."""
        scene = self.context.current_scene()
        board = scene.board if scene is not None else None
        if (board is not None and card_id in board.cards and not text.strip()
                and not board.cards[card_id].text.strip()
                and self.context.document.last_step is made):
            self.context.door.undo()

    def link_selected(self) -> list[str]:
        """Link the selected cards one to the next, in reading order; the new links' ids."""
        scene = self.context.current_scene()
        cards = sorted(scene.selected_cards(), key=lambda item: (round(item.y() / 100),
                                                                 item.x())) if scene else []
        if len(cards) < 2:
            self.context.show_status(_tr("Vælg to kort eller flere (Ctrl-klik), eller træk fra "
                                         "et korts håndtag til et andet kort."), 8000)
            return []
        board = scene.board
        pairs = [(a.id, b.id) for a, b in pairwise(cards)
                 if not any({link.source, link.target} == {a.id, b.id}
                            for link in board.links.values())]
        links = [Link(id=new_id(), source=a, target=b) for a, b in pairs]
        if links and scene.apply(AddItems(scene.board_id, links)):
            return [link.id for link in links]
        return []

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
