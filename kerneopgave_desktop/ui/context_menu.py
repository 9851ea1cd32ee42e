"""The board's right-click menu: what can be done with the thing under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.canvas.zone_item import ZoneItem
from kerneopgave_desktop.document import AddItems, EditLink, EditZone, RemoveItems
from kerneopgave_desktop.domain.model import Zone, new_id
from kerneopgave_desktop.domain.vocabulary import LINK_KINDS
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.edit_actions import EditActions


def _tr(source: str) -> str:
    return QCoreApplication.translate("ContextMenu", source)


def _item_at(scene: BoardScene, scene_pos: QPointF):
    """The card, else the link, else the zone under the point (locked zones included)."""
    items = scene.items(scene_pos)
    for kind in (CardItem, LinkItem, ZoneItem):
        for item in items:
            if isinstance(item, kind):
                return item
    return None


def board_menu(context: WindowContext, view: BoardView, edits: EditActions,
               view_pos: QPoint) -> QMenu | None:
    """The menu for what is at `view_pos` on the board shown, or None on a read-only board."""
    scene = context.current_scene()
    if scene is None or context.document.read_only:
        return None
    scene_pos = view.mapToScene(view_pos)
    item = _item_at(scene, scene_pos)
    menu = QMenu(context.dialog_parent)
    board = scene.board_id
    if isinstance(item, CardItem):
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        menu.addAction(_tr("Rediger tekst"), lambda: view.edit_card(item.id))
        menu.addAction(_tr("Duplikér"), edits.duplicate)
        menu.addAction(_tr("Slet"), view.delete_selection)
        return menu
    if isinstance(item, LinkItem):
        kinds = QActionGroup(menu)
        for term in LINK_KINDS.terms:
            action = QAction(term.label(), menu, checkable=True,
                             checked=item.link.kind == term.code)
            action.triggered.connect(
                lambda _=False, code=term.code: scene.apply(EditLink(board, item.id, kind=code)))
            kinds.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(_tr("Slet forbindelse"), lambda: scene.apply(RemoveItems(board, [item.id])))
        return menu
    menu.addAction(_tr("Nyt kort her"), lambda: edits.new_card_at(scene_pos))
    menu.addAction(_tr("Nyt felt her"), lambda: _new_zone(scene, scene_pos))
    if isinstance(item, ZoneItem):
        zone = item.zone
        menu.addSeparator()
        menu.addAction(_tr("Omdøb felt…"), lambda: _rename_zone(context, scene, zone))
        menu.addAction(_tr("Lås felt op") if zone.locked else _tr("Lås felt"),
                       lambda: scene.apply(EditZone(board, zone.id, locked=not zone.locked)))
        menu.addAction(_tr("Slet felt"), lambda: scene.apply(RemoveItems(board, [zone.id])))
    return menu


def _new_zone(scene: BoardScene, scene_pos: QPointF) -> None:
    probe = Zone(id="probe")
    corner = scene.snapped(QPointF(scene_pos.x() - probe.width / 2,
                                   scene_pos.y() - probe.height / 2))
    zone = Zone(id=new_id(), title=_tr("Nyt felt"), x=corner.x(), y=corner.y())
    if scene.apply(AddItems(scene.board_id, [zone], at={zone.id: len(scene.board.zones)})):
        scene.clearSelection()
        scene.zones[zone.id].setSelected(True)


def _rename_zone(context: WindowContext, scene: BoardScene, zone: Zone) -> None:
    title, ok = QInputDialog.getText(context.dialog_parent, _tr("Omdøb felt"),
                                     _tr("Feltets navn:"), text=zone.title)
    if ok and title != zone.title:
        scene.apply(EditZone(scene.board_id, zone.id, title=title))
