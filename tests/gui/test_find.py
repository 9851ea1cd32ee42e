"""Find (Ctrl+F): every board searched, Enter/F3 forward and Shift+F3 back, the matches
marked on the laptop's board and in the outline, the wall following while presenting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kerneopgave_desktop.canvas.find_marks import MATCH, FindMark
from kerneopgave_desktop.document import EditCard, create_document
from kerneopgave_desktop.ui.outline_model import MATCH_BACKGROUND
from tests.gui.helpers import shown_window
from tests.gui.test_outline import two_boards


@pytest.fixture
def window(qtbot, tmp_path, settings):
    document = create_document(tmp_path / "find.kerneopgave", two_boards())
    win = shown_window(qtbot, document, settings, active=True)
    win.view.setFocus()
    return win


def marks(window) -> list[FindMark]:
    return [item for item in window.current_scene().items() if isinstance(item, FindMark)]


def find(window, text: str) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.line.hasFocus()
    QTest.keyClicks(window.find_bar.line, text)


def test_ctrl_f_finds_on_every_board_and_f3_and_enter_walk_the_matches(window):
    find(window, "tryghed")  # only on the second board
    assert window.find_bar.count.text() == "1 af 1"
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_Return)
    scene = window.current_scene()
    assert scene.board_id == "b2" and scene.selected_ids() == ["d1"]
    assert window.statusBar().currentMessage().startswith(
        "1 af 1: Dilemma: Tryghed eller frihed?")
    window.find_bar.line.clear()
    QTest.keyClicks(window.find_bar.line, "vi")  # "Byrådets vision", "Vi ses hver dag"
    assert window.find_bar.count.text() == "1 af 2"
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_F3)
    scene = window.current_scene()
    assert scene.board_id == "b1" and scene.selected_ids() == ["team1"]
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == ["note"] and window.find_bar.count.text() == "1 af 2"
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == ["team1"]  # round from the first to the last
    assert window.inspector.card_page.text.toPlainText() == "Vi ses hver dag"


def test_zones_and_links_are_found_too(window):
    find(window, "konkretiserer")
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_Return)
    assert window.current_scene().selected_ids() == ["up"]
    window.find_bar.line.clear()
    QTest.keyClicks(window.find_bar.line, "team")
    assert [m.item_id for m in window.finder.matches] == ["team"]


@pytest.mark.slow
def test_the_matches_are_marked_on_the_laptop_and_in_the_outline_until_closed(window, qtbot):
    QTest.keyClick(window.view, Qt.Key.Key_F6)  # the outline shown
    find(window, "vi")
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_F3)
    assert sorted(mark.current for mark in marks(window)) == [False, True]
    model = window.outline.model
    for card_id in ("note", "team1"):
        assert model.index_of(card_id).data(Qt.ItemDataRole.BackgroundRole) == MATCH_BACKGROUND
    assert model.index_of("core").data(Qt.ItemDataRole.BackgroundRole) is None
    shot = window.view.viewport().grab().toImage()
    amber = sum(1 for x in range(0, shot.width(), 3) for y in range(0, shot.height(), 3)
                if QColor(shot.pixel(x, y)) == MATCH)
    assert amber > 100  # the frames are drawn on the laptop's board
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and marks(window) == []
    assert model.index_of("note").data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.view.hasFocus()


def test_the_search_follows_edits(window):
    find(window, "frihed")
    assert window.find_bar.count.text() == "1 af 1"
    window.door.apply(EditCard("b1", "note", text="Frihed under ansvar"))
    assert window.find_bar.count.text() == "2 af 2"  # the one found stays found: now second
    assert {m.item_id for m in window.finder.matches} == {"note", "d1"}


@pytest.mark.slow
def test_the_wall_follows_the_found_card_without_the_marks(window, qtbot):
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    wall = window.meeting.presentation
    qtbot.waitUntil(lambda: wall is not None and wall.isVisible())
    wall.view.animation_ms = 0
    window.activateWindow()  # the laptop keeps the controls
    find(window, "uden for")
    QTest.keyClick(window.find_bar.line, Qt.Key.Key_Return)
    card = window.current_scene().cards["loose"]
    shown = wall.view.mapToScene(wall.view.viewport().rect()).boundingRect()
    assert shown.contains(card.sceneBoundingRect())
    assert shown.width() < 2000  # close enough to read, not the whole board
    image = wall.view.viewport().grab().toImage()
    assert not any(QColor(image.pixel(x, y)) == MATCH for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2))
    window.find_bar.line.clear()
    QTest.keyClicks(window.find_bar.line, "vi")  # "Byrådets vision", "Vi ses hver dag"
    for key, modifiers, card_id in ((Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier, "team1"),
                                    (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier, "note")):
        QTest.keyClick(window.find_bar.line, key, modifiers)  # on the laptop, while presenting
        card = window.current_scene().cards[card_id]
        shown = wall.view.mapToScene(wall.view.viewport().rect()).boundingRect()
        assert window.current_scene().selected_ids() == [card_id]
        assert shown.contains(card.sceneBoundingRect()) and shown.width() < 2000
    wall.close()
