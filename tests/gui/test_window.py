"""Boards, the inspector's pages, the context menu, snapping, zoom, save-as, read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel

from kerneopgave_desktop.document import EditCard, open_document
from kerneopgave_desktop.domain.model import MAX_TEXT, Zone
from tests.gui.helpers import at, card_center, drag, saved


def test_boards_are_added_renamed_moved_and_deleted_undoably(window, qtbot, monkeypatch):
    assert window.add_board_button.defaultAction() is window.boards.add_action
    qtbot.mouseClick(window.add_board_button, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1
    new_id = window.document.workshop.boards[1].id
    assert window.current_scene().board_id == new_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dilemmaer", True))
    qtbot.mouseDClick(window.tabs, Qt.MouseButton.LeftButton,
                      pos=window.tabs.tabRect(1).center())
    assert window.tabs.tabText(1) == "Dilemmaer"
    window.tabs.moveTab(1, 0)
    assert next(b.id for b in window.document.workshop.boards) == new_id
    assert [window.tabs.tabText(i) for i in range(2)] == ["Dilemmaer", "Tavle"]
    window.tabs.setCurrentIndex(1)
    assert window.current_scene().board_id == "b1"
    window.boards.remove_action.trigger()
    assert [b.id for b in window.document.workshop.boards] == [new_id]
    for _ in range(4):
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.id for b in window.document.workshop.boards] == ["b1"]
    assert window.tabs.count() == 1 and len(window.current_scene().cards) == 5
    assert [b.id for b in saved(window).boards] == ["b1"]


def test_selecting_a_link_or_a_zone_shows_its_page_and_edits_it(window, qtbot):
    scene = window.current_scene()
    scene.links["l0"].setSelected(True)
    page = window.inspector.link_page
    assert window.inspector.currentWidget() is page
    page.kind.setCurrentIndex(page.kind.findData("tension"))
    page.kind.activated.emit(page.kind.currentIndex())
    assert window.document.workshop.board("b1").links["l0"].kind == "tension"
    scene.clearSelection()
    window.document.apply(__import__("kerneopgave_desktop.document", fromlist=["AddItems"])
                          .AddItems("b1", [Zone(id="z1", title="Felt", x=-100, y=300)]))
    scene.zones["z1"].setSelected(True)
    zone_page = window.inspector.zone_page
    assert window.inspector.currentWidget() is zone_page
    qtbot.mouseClick(zone_page.locked, Qt.MouseButton.LeftButton)
    assert window.document.workshop.board("b1").zones["z1"].locked
    assert window.document.undo_label == "Lås felt"


def test_the_card_colour_is_chosen_in_the_inspector(window):
    window.current_scene().cards["c0"].setSelected(True)
    colour = window.inspector.card_page.colour
    index = colour.findData("#ce93d8")
    colour.setCurrentIndex(index)
    colour.activated.emit(index)
    assert window.document.workshop.board("b1").cards["c0"].color == "#ce93d8"
    colour.activated.emit(0)
    assert window.document.workshop.board("b1").cards["c0"].color is None


@pytest.mark.slow
def test_the_inspector_holds_all_of_a_long_text_and_the_card_its_beginning(window):
    text = "æ" * (MAX_TEXT - 1) + "Ø"
    window.document.apply(EditCard("b1", "c0", text=text))
    window.current_scene().cards["c0"].setSelected(True)
    assert window.inspector.card_page.text.toPlainText() == text
    assert len("".join(window.current_scene().cards["c0"].shown_lines())) < 2000


def test_the_context_menu_creates_and_unlocks_zones(window):
    empty = at(window, QPointF(450, 400))
    menu = window.board_menu(empty)
    actions = {action.text(): action for action in menu.actions()}
    actions["Nyt felt her"].trigger()
    zones = window.document.workshop.board("b1").zones
    assert len(zones) == 1
    zone = next(iter(zones.values()))
    menu = window.board_menu(at(window, QPointF(zone.x + 10, zone.y + 10)))
    assert "Lås felt" in [a.text() for a in menu.actions()]
    next(a for a in menu.actions() if a.text() == "Lås felt").trigger()
    assert window.document.workshop.board("b1").zones[zone.id].locked
    assert not window.current_scene().zones[zone.id].flags() & \
        window.current_scene().zones[zone.id].GraphicsItemFlag.ItemIsMovable
    menu = window.board_menu(at(window, QPointF(zone.x + 10, zone.y + 10)))
    next(a for a in menu.actions() if a.text() == "Lås felt op").trigger()
    assert not window.document.workshop.board("b1").zones[zone.id].locked


def test_a_card_dragged_near_a_zone_edge_lines_up_with_it(window):
    from kerneopgave_desktop.canvas import style
    from kerneopgave_desktop.document import AddItems
    window.document.apply(AddItems("b1", [Zone(id="z1", x=-1000, y=-1000, width=800,
                                               height=600)], at={"z1": 0}))
    window.view.fit_all()
    QApplication.processEvents()
    card = window.document.workshop.board("b1").cards["c0"]
    start = card_center(window, "c0")
    target = QPointF(-1000 + style.ZONE_MARGIN + 7 + card.width / 2 - 6,
                     -1000 + style.ZONE_TITLE_SPACE + 5 + card.height / 2)
    drag(window.view.viewport(), start, at(window, target), steps=12)
    moved = window.document.workshop.board("b1").cards["c0"]
    assert moved.x == -1000 + style.ZONE_MARGIN
    assert moved.y == -1000 + style.ZONE_TITLE_SPACE


def test_wheel_zooms_around_the_cursor(window):
    view = window.view
    view.mark_fitted()
    point = card_center(window, "c1")
    before = view.mapToScene(point)
    zoom = view.zoom
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)), QPoint(),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > zoom * 1.3
    after = view.mapToScene(point)
    assert abs(after.x() - before.x()) < 3 / view.zoom
    assert abs(after.y() - before.y()) < 3 / view.zoom


def test_ctrl_0_fits_the_whole_board(window, qtbot):
    window.view.set_zoom(3.0)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.current_scene().itemsBoundingRect())


def test_a_click_elsewhere_ends_editing_and_saves(window, qtbot):
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=card_center(window, "c2"))
    qtbot.keyClicks(window.view.editor, " og mere")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=at(window, QPointF(450, 450)))
    window.inspector.setFocus()  # focus leaves the editor, as a click elsewhere does
    QApplication.processEvents()
    assert window.view.editor is None
    assert window.document.workshop.board("b1").cards["c2"].text == "Kort 2 og mere"


def test_save_as_continues_in_the_copy_and_shows_its_name(window, tmp_path, monkeypatch, qtbot):
    copy = tmp_path / "kopi.kerneopgave"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.windowTitle().startswith("kopi.kerneopgave")
    window.document.apply(EditCard("b1", "c0", text="i kopien"))
    again = open_document(copy, read_only=True)
    assert again.workshop.board("b1").cards["c0"].text == "i kopien"
    again.close()


def test_a_read_only_file_cannot_be_changed_on_the_board(qtbot, tmp_path):
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.ui.main_window import MainWindow
    from tests.gui.helpers import board_with_cards
    path = tmp_path / "låst.kerneopgave"
    create_document(path, board_with_cards()).close()
    win = MainWindow(open_document(path, read_only=True))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit_all()
    before = path.read_bytes()
    assert "(skrivebeskyttet)" in win.windowTitle()
    assert not win.edits.undo_action.isEnabled() and not win.edits.new_card_action.isEnabled()
    assert not win.palette.isEnabled()
    hints = [label.text() for label in win.palette.parentWidget().findChildren(QLabel)]
    assert any("Gem som" in hint for hint in hints)
    assert not any("dobbeltklik" in hint for hint in hints)
    start = card_center(win, "c0")
    drag(win.view.viewport(), start, start + QPoint(80, 80))
    qtbot.mouseDClick(win.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=at(win, QPointF(450, 400)))
    assert win.view.editor is None
    assert win.current_scene().cards["c0"].pos() == QPointF(0, 0)
    assert win.board_menu(start) is None
    win.close()
    assert path.read_bytes() == before


def test_a_new_profession_joins_the_workshop_list_in_one_step(window, qtbot):
    from kerneopgave_desktop.domain.model import Contribution
    window.document.apply(__import__("kerneopgave_desktop.document", fromlist=["AddItems"])
                          .AddItems("b1", [Contribution(id="k", x=0, y=900)]))
    window.current_scene().cards["k"].setSelected(True)
    combo = window.inspector.card_page.widget("profession")
    assert combo.findText("Pædagog") >= 0 and combo.count() >= 19
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Skolebibliotekar")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.document.workshop.info.professions == ("Skolebibliotekar",)
    assert window.document.workshop.board("b1").cards["k"].profession == "Skolebibliotekar"
    assert window.document.undo_label == "Tilføj faggruppe"
    assert combo.findText("Skolebibliotekar") >= 0
    combo.setCurrentIndex(combo.findText("Pædagog"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.workshop.board("b1").cards["k"].profession == "pedagogue"
    assert window.document.workshop.info.professions == ("Skolebibliotekar",)
    window.document.undo()
    window.document.undo()
    assert window.document.workshop.info.professions == ()


def test_a_board_from_a_template_is_one_undoable_step(window):
    window.boards.add_template("perspektiver")
    boards = window.document.workshop.boards
    assert [b.template for b in boards] == [None, "perspektiver"]
    assert window.tabs.currentIndex() == 1
    assert boards[1].zones and saved(window).boards[1] == boards[1]
    window.edits.undo()
    assert len(window.document.workshop.boards) == 1 and window.tabs.count() == 1
