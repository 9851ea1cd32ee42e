"""The window around the board (issue 17): toolbar, undo names, redo keys, quitting, closing
secondary windows, zoom in the status bar, the empty board, Hjælp, save-as's folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar, QToolButton

from kerneopgave_desktop.document import AddItems, create_document
from kerneopgave_desktop.domain.model import Board, Link, Note, Workshop
from kerneopgave_desktop.ui import main_window as main_window_module
from kerneopgave_desktop.ui.app import Application
from kerneopgave_desktop.ui.shortcuts import ShortcutsDialog, sheet_html, shortcut_table
from kerneopgave_desktop.ui.window_theme import apply_theme
from tests.gui.helpers import at, shown_window


def _buttons(window) -> list[QToolButton]:
    return [button for button in window.findChild(QToolBar).findChildren(QToolButton)
            if button.defaultAction() is not None and button.isVisible()]


def test_the_toolbar_is_grouped_with_icons_and_its_buttons_never_move(window, qtbot):
    toolbar = window.findChild(QToolBar)
    separators = [action for action in toolbar.actions() if action.isSeparator()]
    assert len(separators) == 4  # undo · new cards · link · draw · the meeting
    texts = [action.iconText() for action in toolbar.actions() if not action.isSeparator()
             and action.iconText()]
    assert texts[:2] == ["Fortryd", "Gentag"] and "Forbind" in texts and "Træk kort" in texts
    assert {"Præsentér", "Nedtælling", "Stem", "Fremhæv"} <= set(texts)
    assert all(not button.icon().isNull() for button in _buttons(window))
    before = {button.text(): button.geometry() for button in _buttons(window)}
    window.document.apply(AddItems("b1", [Link(id="ny", source="c2", target="c3")]))
    QApplication.processEvents()
    after = {button.text(): button.geometry() for button in _buttons(window)}
    assert after == before  # the old toolbar moved "Slet" from x≈155 to ≈225 to ≈282
    undo = window.edits.undo_action
    assert undo.iconText() == "Fortryd" and undo.text() == "Fortryd: tilføj 1 forbindelse"
    assert undo.toolTip().startswith("Fortryd: tilføj 1 forbindelse")
    button = toolbar.widgetForAction(undo)
    assert button.text() == "Fortryd"


def test_ctrl_y_and_ctrl_shift_z_both_redo(window, qtbot):
    scene = window.current_scene()
    window.document.apply(AddItems("b1", [Note(id="ny", text="Ny", x=0, y=300)]))
    for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):
        window.document.undo()
        assert "ny" not in scene.board.cards
        window.view.setFocus()
        sequence = QKeySequence(keys)
        combination = sequence[0]
        qtbot.keyClick(window.view, combination.key(), combination.keyboardModifiers())
        assert "ny" in scene.board.cards, keys


def test_fil_afslut_closes_every_window_and_ends_the_program(qapp, qtbot, settings, tmp_path,
                                                               monkeypatch):
    application = Application(qapp, settings)
    first, second = application.open_demo("skole"), application.open_demo("teknik")
    for window in (first, second):
        qtbot.addWidget(window)
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    quit_action = next(action for action in first.menuBar().actions()[0].menu().actions()
                       if action.text() == "&Afslut")
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    quit_action.trigger()
    assert not first.isVisible() and not second.isVisible() and quits == [True]
    assert application.windows == []


def test_snapshot_and_comparison_windows_close_with_escape_and_ctrl_w(window, qtbot):
    panel = window.snapshots
    panel.take_named("Før")
    panel.list.setCurrentRow(0)
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        opened = panel.open_selected()
        qtbot.addWidget(opened)
        qtbot.waitExposed(opened)
        opened.activateWindow()
        qtbot.waitUntil(opened.isActiveWindow)  # a window's keys work in the active window
        opened.view.setFocus()
        qtbot.keyClick(opened.view, key, modifier)
        assert not opened.isVisible()
        comparison = panel.compare_ids(window.document.workshop.snapshots[0].id, "")
        qtbot.addWidget(comparison)
        comparison.activateWindow()
        qtbot.waitUntil(comparison.isActiveWindow)
        comparison.list.setFocus()
        qtbot.keyClick(comparison.list, key, modifier)
        assert not comparison.isVisible()


def test_the_zoom_shows_in_the_status_bar_and_a_click_goes_back_to_100_and_to_all(window,
                                                                                  qtbot):
    zoom, view = window.zoom, window.view
    assert zoom.isVisible() and zoom.level.text() == f"{round(view.zoom * 100)} %"
    fitted = view.zoom
    qtbot.mouseClick(zoom.level, Qt.MouseButton.LeftButton)
    assert abs(view.zoom - 1.0) < 1e-6 and zoom.level.text() == "100 %"
    qtbot.mouseClick(zoom.zoom_in, Qt.MouseButton.LeftButton)
    assert zoom.level.text() == "125 %"
    qtbot.mouseClick(zoom.fit, Qt.MouseButton.LeftButton)
    assert abs(view.zoom - fitted) < 1e-6
    # A board of thousands of cards fits at a fraction of 1 %: said so, not "0 %".
    for level, shown in ((0.0012, "0,1 %"), (0.0046, "0,5 %"), (0.0001, "0,1 %")):
        zoom.show_zoom(level)
        assert zoom.level.text() == shown
        assert zoom.level.accessibleName() == f"Zoom {shown}"


@pytest.mark.slow
def test_an_empty_board_says_how_to_begin_and_the_hint_fades_with_the_first_card(
        qtbot, tmp_path, settings):
    document = create_document(tmp_path / "tom.kerneopgave",
                               Workshop(boards=[Board(id="b", title="Tom")]))
    window = shown_window(qtbot, document, settings, (1200, 800))
    hint = window.empty_hint
    assert hint.isVisible() and "Dobbeltklik" in hint.text() and "Ctrl+K" in hint.text()
    viewport = window.view.viewport().rect()
    assert window.view.viewport().geometry().contains(hint.geometry())
    window.view.zoom_by(3)  # the board moves under it; the hint stays in the middle
    assert window.view.viewport().geometry().contains(hint.geometry())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=viewport.center())  # the mouse goes through the hint to the board
    assert len(document.workshop.boards[0].cards) == 1
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=3000)
    window.close()


def test_the_snapshot_panel_explains_itself_until_there_is_a_snapshot(window):
    panel = window.snapshots
    assert panel.empty.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)
    assert "Tag et" in panel.empty.text()
    assert not panel.buttons[0].isEnabled()  # nothing to open yet
    panel.take_named("Før mødet")
    assert panel.list.isVisibleTo(panel) and not panel.empty.isVisibleTo(panel)
    panel.list.setCurrentRow(0)
    assert all(button.isEnabled() for button in panel.buttons)


def test_hjaelp_holds_the_guide_the_shortcuts_and_about(window, qtbot):
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [action.text() for action in help_menu.actions() if action.text()]
    assert texts == ["Vejledning", "Tastaturgenveje", "Om Kerneopgave-tavlen"]
    assert window.guide_action.shortcut() == QKeySequence("F1")
    assert all(not action.icon().isNull() for action in help_menu.actions() if action.text())


def test_the_shortcut_sheet_is_made_from_the_menus_and_can_be_printed(window, qtbot):
    table = dict(shortcut_table(window.menuBar()))
    edit = dict(table["Rediger"])
    assert edit["Fortryd"] == QKeySequence("Ctrl+Z").toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Ctrl+Y" in edit["Gentag"] and "Ctrl+Shift+Z" in edit["Gentag"]
    assert dict(table["Fil"])["Afslut"] == "Ctrl+Q"
    assert dict(table["Hjælp"])["Vejledning"] == "F1"
    html = sheet_html([("A & <b>", [("x < y", "Ctrl+&")])])
    assert "A &amp; &lt;b&gt;" in html and "<b>x" not in html  # text is text
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Tastaturgenveje" in dialog.document.toPlainText()
    assert any(button.text() == "Udskriv…" for button in dialog.findChildren(QPushButton))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_gem_som_starts_in_the_workshop_folder_for_a_temporary_file(window, qtbot, tmp_path,
                                                                    monkeypatch):
    # The window's file lies in the temporary folder (as the examples do).
    folder = tmp_path / "Dokumenter" / "Kerneopgave"
    monkeypatch.setattr(main_window_module, "workshop_folder", lambda: folder)
    assert window.save_as_start() == Path.home() / "møde.kerneopgave"  # neither is there yet
    folder.parent.mkdir()
    assert window.save_as_start() == folder.parent / "møde.kerneopgave"
    folder.mkdir()
    assert window.save_as_start() == folder / "møde.kerneopgave"
    monkeypatch.setattr(main_window_module.tempfile, "gettempdir",
                        lambda: str(tmp_path / "elsewhere"))
    assert window.save_as_start() == Path(window.document.store.path).resolve()


def test_the_target_card_lights_up_while_a_link_is_dragged(window, qtbot):
    from PySide6.QtTest import QTest

    scene, viewport = window.current_scene(), window.view.viewport()
    source, target = scene.cards["c2"], scene.cards["c3"]
    start = at(window, source.mapToScene(source.handle_center()))
    end = at(window, target.sceneBoundingRect().center())
    above = at(window, QPointF(source.sceneBoundingRect().right(), -300))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, above)
    assert not target.link_target
    QTest.mouseMove(viewport, end)
    assert target.link_target and not source.link_target
    QTest.mouseMove(viewport, above)
    assert not target.link_target
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert not target.link_target
    assert any({link.source, link.target} == {"c2", "c3"}
               for link in scene.board.links.values())


def test_the_toolbar_makes_a_card_of_each_kind_and_links_the_selected(window, qtbot):
    scene = window.current_scene()
    core = next(action for action in window.edits.kind_actions
                if action.iconText() == "Kerneopgave")
    core.trigger()
    new = [card for card in scene.board.cards.values() if card.kind == "core_task"]
    assert len(new) == 1 and window.view.editor is not None
    window.view.finish_editing()
    scene.clearSelection()
    scene.cards["c0"].setSelected(True)
    scene.cards["c3"].setSelected(True)
    made = window.edits.link_selected()
    assert len(made) == 1 and scene.board.links[made[0]].source == "c0"
    scene.clearSelection()
    scene.cards["c0"].setSelected(True)
    assert window.edits.link_selected() == []
    assert "håndtag" in window.statusBar().currentMessage()


def test_themes_colour_the_whole_window_and_the_icons_follow(window, qtbot):
    try:
        window.looks.set_look(theme="dark")
        QApplication.processEvents()
        palette = QApplication.palette()
        assert palette.window().color().lightness() < 60
        assert window.inspector.palette().window().color() == palette.window().color()
        assert window.view.theme.name == "dark"
        icon = window.edits.undo_action.icon().pixmap(24, 24).toImage()
        inked = [icon.pixelColor(x, y) for x in range(24) for y in range(24)
                 if icon.pixelColor(x, y).alpha() > 200]
        assert inked and all(colour.lightness() > 180 for colour in inked)  # light on dark
        window.looks.set_look(theme="contrast")
        assert QApplication.palette().window().color() == QColor("#ffffff")
        assert QApplication.palette().windowText().color() == QColor("#000000")
        assert window.settings.theme_choice == "contrast"
        window.looks.set_look(theme="")
        assert window.settings.theme_choice is None
    finally:
        apply_theme("light")


def test_tab_from_the_panels_into_the_board_selects_a_card_for_the_inspector(window, qtbot):
    window.palette.setFocus()
    for _ in range(20):  # palette, the tabs and their +, then the board and its cards
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if window.current_scene().selected_ids():
            break
    scene = window.current_scene()
    assert len(scene.selected_ids()) == 1
    assert window.inspector.currentWidget() is window.inspector.card_page
    assert window.inspector.card_page.card.id == scene.selected_ids()[0]
