"""Text typed in the inspector is saved as it is typed: one undo step per spell of typing,
kept through Undo, Redo, a board switch, closing and quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QToolBar

from kerneopgave_desktop.document import AddBoard, AddItems
from kerneopgave_desktop.domain.model import Board, Dilemma, Effect, Zone
from kerneopgave_desktop.ui.app import Application
from tests.gui.helpers import at, saved

FIELDS = {  # name -> (item id, the widget on the inspector, the model's attribute)
    "card text": ("c0", lambda inspector: inspector.card_page.text, "text"),
    "decision": ("dl", lambda inspector: inspector.card_page.widget("decision"), "decision"),
    "pole a": ("dl", lambda inspector: inspector.card_page.widget("pole_a"), "pole_a"),
    "pole b": ("dl", lambda inspector: inspector.card_page.widget("pole_b"), "pole_b"),
    "output": ("ef", lambda inspector: inspector.card_page.widget("output"), "output"),
    "link label": ("l0", lambda inspector: inspector.link_page.label, "label"),
    "zone title": ("z1", lambda inspector: inspector.zone_page.title, "title"),
}


@pytest.fixture
def board(window):
    window.document.apply(AddItems("b1", [
        Dilemma(id="dl", text="Tryghed eller frihed?", x=0, y=900, pole_a="Tryghed"),
        Effect(id="ef", text="Værdi", x=300, y=900),
        Zone(id="z1", title="Felt", x=-900, y=-900)]))
    window.view.fit_all()
    return window


def select(window, item_id: str) -> None:
    scene = window.current_scene()
    scene.clearSelection()
    for items in (scene.cards, scene.links, scene.zones):
        if item_id in items:
            items[item_id].setSelected(True)


def value(workshop, item_id: str, name: str):
    board = workshop.board("b1")
    return getattr(board.container(item_id)[item_id], name)


def text_of(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def click_tool(window, qtbot, action) -> None:
    button = window.findChild(QToolBar).widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(window, qtbot, field: str, text: str):
    """Select the field's item, put the cursor in its widget and type; the widget."""
    item_id, widget_of, _ = FIELDS[field]
    select(window, item_id)
    widget = widget_of(window.inspector)
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    return widget


@pytest.mark.parametrize("field", list(FIELDS))
def test_typed_text_is_one_step_that_undo_takes_back_and_redo_brings_back(board, qtbot, field):
    item_id, _, name = FIELDS[field]
    before = value(board.document.workshop, item_id, name)
    widget = type_into(board, qtbot, field, "Nyt ord")
    typed = text_of(widget)
    assert "Nyt ord" in typed
    board.inspector.typed.commit()  # as the pause after the last key does
    assert value(saved(board), item_id, name) == typed  # in the file while typing
    qtbot.keyClicks(widget, " mere")  # the same spell: merged into the same step
    final = text_of(widget)
    click_tool(board, qtbot, board.edits.undo_action)  # at once, before the pause has passed
    assert value(board.document.workshop, item_id, name) == before
    assert text_of(widget) == (before or "")
    click_tool(board, qtbot, board.edits.redo_action)
    assert value(board.document.workshop, item_id, name) == final
    assert text_of(widget) == final
    assert value(saved(board), item_id, name) == final


@pytest.mark.slow
def test_a_pause_in_the_typing_writes_what_is_typed(board, qtbot):
    widget = type_into(board, qtbot, "card text", "Skrevet ")
    assert value(board.document.workshop, "c0", "text") == "Kort 0"  # not at every key
    qtbot.waitUntil(lambda: value(saved(board), "c0", "text") == text_of(widget), timeout=2000)
    assert board.document.undo_label == "Rediger tekst"


def test_each_spell_of_typing_is_its_own_step_and_ctrl_z_on_the_board_undoes_one(board, qtbot):
    widget = type_into(board, qtbot, "pole b", "Frihed")
    board.view.setFocus()  # focus leaves the field: the spell ends and is saved
    assert value(board.document.workshop, "dl", "pole_b") == "Frihed"
    widget.setFocus()
    widget.end(False)
    qtbot.keyClicks(widget, " for alle")
    board.view.setFocus()
    assert board.document.undo_label == "Rediger dilemmaets poler"
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value(board.document.workshop, "dl", "pole_b") == "Frihed"
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value(board.document.workshop, "dl", "pole_b") is None
    qtbot.keyClick(board.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert value(board.document.workshop, "dl", "pole_b") == "Frihed"


def test_typing_in_the_middle_of_a_line_keeps_the_cursor_there(board, qtbot):
    widget = type_into(board, qtbot, "pole a", "")
    widget.setCursorPosition(3)
    for letter in "xyz":
        qtbot.keyClicks(widget, letter)
        board.inspector.typed.commit()  # each key written at once: its echo comes back
    assert widget.text() == "Tryxyzghed" and widget.cursorPosition() == 6
    assert value(board.document.workshop, "dl", "pole_a") == "Tryxyzghed"


def test_typed_text_survives_a_switch_to_another_board(board, qtbot):
    board.document.apply(AddBoard(Board(id="b2", title="Anden")))
    board.tabs.setCurrentIndex(0)
    widget = type_into(board, qtbot, "card text", "Skrevet før skiftet ")
    typed = text_of(widget)
    qtbot.mouseClick(board.tabs, Qt.MouseButton.LeftButton, pos=board.tabs.tabRect(1).center())
    assert board.current_scene().board_id == "b2"
    qtbot.waitUntil(lambda: value(board.document.workshop, "c0", "text") == typed)
    board.tabs.setCurrentIndex(0)
    select(board, "c0")
    assert board.inspector.card_page.text.toPlainText() == typed
    assert board.document.undo_label == "Rediger tekst"


def test_closing_the_window_saves_what_is_typed_and_shows_no_message(board, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    widget = type_into(board, qtbot, "zone title", " til sidst")
    typed = text_of(widget)
    path = board.document.store.path
    board.close()
    assert not board.isVisible() and shown == []
    from kerneopgave_desktop.document import open_document
    again = open_document(path, read_only=True)
    again.close()
    assert value(again.workshop, "z1", "title") == typed


def test_quitting_saves_what_is_typed(qapp, qtbot, tmp_path, settings):
    from kerneopgave_desktop.storage import Store
    from tests.factories import sample_workshop
    path = tmp_path / "afslut.kerneopgave"
    Store.create(path, sample_workshop()).close()
    application = Application(qapp, settings)
    window = application.open_file(str(path))
    qtbot.addWidget(window)
    window.current_scene().cards["b1c0"].setSelected(True)
    field = window.inspector.card_page.text
    field.setFocus()
    qtbot.keyClicks(field, "Sidste ord ")
    application.about_to_quit()  # as QApplication.aboutToQuit calls it
    assert value(saved(window), "b1c0", "text").startswith("Sidste ord ")
    window.close()


def test_a_click_on_the_board_ends_the_spell_and_saves(board, qtbot):
    widget = type_into(board, qtbot, "decision", "Vi prøver")
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=at(board, QPointF(450, 450)))
    assert value(board.document.workshop, "dl", "decision") == text_of(widget)
