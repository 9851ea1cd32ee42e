"""Renaming a zone in place (issue 17): double-click its title, or select it and press F2."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.model import Zone
from tests.gui.helpers import at


def _with_zones(window) -> None:
    window.document.apply(AddItems("b1", [
        Zone(id="z", title="Ny", x=0, y=900, width=600, height=400, locked=True),
        Zone(id="løs", title="Løs", x=700, y=900, width=600, height=400)]))
    window.view.fit_all()


def test_a_double_click_on_a_locked_zone_s_title_renames_it_in_place(window, qtbot):
    _with_zones(window)
    scene, viewport = window.current_scene(), window.view.viewport()
    title = at(window, scene.zones["z"].mapToScene(scene.zones["z"].title_rect().center()))
    cards = len(scene.board.cards)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=title)
    editor = window.view.editor
    assert editor is not None and editor.text() == "Ny" and len(scene.board.cards) == cards
    editor.selectAll()
    qtbot.keyClicks(editor, "Til drøftelse")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert scene.board.zones["z"].title == "Til drøftelse"
    assert window.document.undo_label == "Rediger felt"
    body = at(window, QPointF(300, 1200))  # below the title: a new card, as before
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=body)
    assert len(scene.board.cards) == cards + 1


def test_f2_on_a_selected_zone_renames_it_and_escape_keeps_the_old_name(window, qtbot):
    _with_zones(window)
    scene = window.current_scene()
    scene.clearSelection()
    scene.zones["løs"].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor is not None and editor.text() == "Løs"
    qtbot.keyClicks(editor, "Andet")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert scene.board.zones["løs"].title == "Løs" and window.view.editor is None
