"""Del i grupper and Saml grupperne from the Board menu: offered where they can be done, one
undo step each, and the board they lead to shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kerneopgave_desktop.document import AddBoard, AddItems
from kerneopgave_desktop.domain import groups
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.domain.templates import TEMPLATES
from tests.gui.helpers import saved


def _board_menu(window):
    return next(action.menu() for action in window.menuBar().actions()
                if action.text() == "&Tavle")


def test_the_board_menu_splits_the_perspectives_grid_and_gathers_it_again(window, qtbot):
    split, gather = window.groups.split_action, window.groups.merge_action
    texts = [action.text() for action in _board_menu(window).actions()]
    assert texts[-2:] == ["Del i grupper", "Saml grupperne"]
    assert not split.isEnabled() and not gather.isEnabled()  # a plain board
    window.door.apply(AddBoard(TEMPLATES["perspektiver"].board()))
    window.boards.select(1)
    assert split.isEnabled() and not gather.isEnabled()
    plenary = window.current_scene().board
    split.trigger()
    assert window.tabs.count() == 5 and window.tabs.tabText(2) == "Gruppe: Den formelle"
    assert window.tabs.currentIndex() == 2
    assert window.edits.undo_action.text() == "Fortryd: del i grupper"
    assert not split.isEnabled() and gather.isEnabled()
    group = window.current_scene().board
    row = groups._rows(group)["team"]
    window.door.apply(AddItems(group.id, [Note(id="g", text="Teamets regler",
                                               x=row.x + 20, y=row.y + 60)]))
    window.boards.select(4)  # another group's board: it can gather them all too
    assert gather.isEnabled()
    gather.trigger()
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1
    assert window.current_scene().board.id == plenary.id
    assert window.edits.undo_action.text() == "Fortryd: saml grupperne"
    assert window.statusBar().currentMessage() == (
        "Gruppernes kort er samlet på »Tre perspektiver«, hvert i sit felt.")
    board = saved(window).board(plenary.id)
    assert groups.grid(board).cell_of(board.cards["g"]) == ("team", "formal")
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 5 and "g" in window.document.workshop.boards[2].cards
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the card
    assert window.edits.undo_action.text() == "Fortryd: del i grupper"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 2 and len(saved(window).boards) == 2
    assert split.isEnabled()


def test_nothing_to_split_or_gather_says_so_and_changes_nothing(window):
    before = len(window.document.workshop.boards)
    assert window.groups.split() is False and window.groups.merge() is False
    assert len(window.document.workshop.boards) == before
    assert "ingen grupper" in window.statusBar().currentMessage()
