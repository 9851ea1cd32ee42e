"""Each gesture with real events: what it does, and Escape cancelling it half way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from kerneopgave_desktop.canvas.gestures import MoveSelection, NewLink, RubberBand, VoteClick
from tests.gui.helpers import at, board_with_cards, card_center, count_commits, saved

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def press_and_move(window, start: QPoint, end: QPoint, modifier=NONE) -> None:
    viewport = window.view.viewport()
    window.view.setFocus()
    QTest.mousePress(viewport, LEFT, modifier, start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * i / 6)


def escape_then_release(window, qtbot, end: QPoint) -> None:
    """Escape while the button is held; the mouse goes on moving, then lets go."""
    viewport = window.view.viewport()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.current_scene().gesture is None
    QTest.mouseMove(viewport, end + QPoint(30, 30))
    QTest.mouseRelease(viewport, LEFT, NONE, end + QPoint(30, 30))


def test_escape_puts_a_dragged_card_back_and_saves_nothing(window, qtbot, monkeypatch):
    commits = count_commits(window, monkeypatch)
    scene = window.current_scene()
    start = card_center(window, "c3")
    press_and_move(window, start, start + QPoint(0, 150))
    assert isinstance(scene.gesture, MoveSelection)
    assert scene.shown_pos(scene.cards["c3"]).y() > 0  # it follows the mouse while held
    assert scene.cards["c3"].pos().y() == 0  # lifted, written at release
    escape_then_release(window, qtbot, start + QPoint(0, 150))
    assert scene.cards["c3"].pos() == QPointF(900, 0)
    assert window.document.workshop.board("b1") == board_with_cards().boards[0]
    assert commits == [] and not window.document.can_undo
    press_and_move(window, start, start + QPoint(0, 150))  # the next drag works as ever
    QTest.mouseRelease(window.view.viewport(), LEFT, NONE, start + QPoint(0, 150))
    assert window.document.workshop.board("b1").cards["c3"].y > 0 and len(commits) == 1


def test_escape_cancels_a_link_being_drawn(window, qtbot):
    scene = window.current_scene()
    source = scene.cards["c2"]
    handle = at(window, source.mapToScene(source.handle_center()))
    target = card_center(window, "c3")
    press_and_move(window, handle, target)
    assert isinstance(scene.gesture, NewLink)
    assert any(isinstance(item, QGraphicsLineItem) for item in scene.items())
    escape_then_release(window, qtbot, target - QPoint(30, 30))
    assert not any(isinstance(item, QGraphicsLineItem) for item in scene.items())
    assert len(window.document.workshop.board("b1").links) == 2 and len(scene.links) == 2


def test_escape_gives_back_the_selection_a_rubber_band_replaced(window, qtbot):
    scene = window.current_scene()
    scene.cards["far"].setSelected(True)
    press_and_move(window, at(window, QPointF(-30, -60)), at(window, QPointF(560, 200)))
    assert isinstance(scene.gesture, RubberBand)
    assert {"c0", "c1"} <= set(scene.selected_ids()) and "far" not in scene.selected_ids()
    assert any(isinstance(item, QGraphicsRectItem) for item in scene.items())
    escape_then_release(window, qtbot, at(window, QPointF(560, 200)))
    assert scene.selected_ids() == ["far"]
    assert not any(isinstance(item, QGraphicsRectItem) for item in scene.items())


def test_ctrl_rubber_band_adds_to_the_selection(window):
    scene = window.current_scene()
    scene.cards["far"].setSelected(True)
    end = at(window, QPointF(560, 200))
    press_and_move(window, at(window, QPointF(-30, -60)), end, Qt.KeyboardModifier.ControlModifier)
    QTest.mouseRelease(window.view.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, end)
    assert {"c0", "c1", "far"} <= set(scene.selected_ids())
    assert scene.gesture is None


def test_a_vote_click_counts_at_release_and_escape_takes_it_back(window, qtbot):
    window.meeting.voting_action.trigger()
    scene = window.current_scene()
    point = card_center(window, "c1")
    press_and_move(window, point, point + QPoint(2, 2))
    assert isinstance(scene.gesture, VoteClick)
    assert window.document.workshop.board("b1").cards["c1"].votes == 0  # not yet
    escape_then_release(window, qtbot, point)
    assert window.document.workshop.board("b1").cards["c1"].votes == 0
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=point)
    assert window.document.workshop.board("b1").cards["c1"].votes == 1
    assert saved(window).board("b1").cards["c1"].votes == 1


def test_escape_without_a_gesture_lets_go_of_the_selection(window, qtbot):
    scene = window.current_scene()
    scene.cards["c0"].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert scene.selected_ids() == []


def test_the_board_s_keys_are_actions_with_their_shortcuts_in_the_menus(window):
    def entries(menu):
        for action in menu.actions():
            if action.menu():
                yield from entries(action.menu())
            elif action.text():
                yield action.text(), action.shortcuts()

    shown = {text: [key.toString() for key in keys]
             for bar in window.menuBar().actions() for text, keys in entries(bar.menu())}
    native = QKeySequence.SequenceFormat.PortableText
    assert shown["Rediger kortets tekst eller feltets navn"] == ["Return", "Enter", "F2"]
    assert shown["Flyt til venstre"] == ["Left"] and shown["Flyt langt ned"] == ["Shift+Down"]
    assert shown["Afbryd, eller fravælg alt"] == ["Esc"]
    assert shown["Giv stemme"] == ["+"] and shown["Fjern stemme"] == ["-"]
    assert shown["Næste"] == ["PgDown"] and shown["Forrige"] == ["PgUp"]
    commands = window.view.commands
    assert all(action in window.view.actions() for action in commands.nudge_actions)
    assert commands.edit_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert QKeySequence("+").toString(native) == "+"
