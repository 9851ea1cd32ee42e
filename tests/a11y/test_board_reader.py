"""The board as a screen reader gets it (canvas.accessibility): the view lists its cards in
reading order, Tab to a card makes it the focused child with what it says, and the cards'
interfaces go when the cards do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas import accessibility
from kerneopgave_desktop.document import RemoveItems
from kerneopgave_desktop.domain import reading

Name = QAccessible.Text.Name


def board_of(window):
    return QAccessible.queryAccessibleInterface(window.view)


@pytest.mark.slow
def test_the_board_is_a_list_of_its_cards_in_reading_order(demo):
    board = board_of(demo)
    assert board.role() == QAccessible.Role.List and board.text(Name) == "Tavle"
    model = demo.current_scene().board
    order = reading.read(model).cards()
    assert board.childCount() == len(model.cards)
    for index, card_id in enumerate(order):
        child = board.child(index)
        assert child.role() == QAccessible.Role.ListItem
        assert child.text(Name) == reading.announcement(model, card_id)
        assert board.indexOfChild(child) == index
        assert child.parent().text(Name) == "Tavle"
        on_screen = child.rect()
        assert on_screen.isValid() and board.rect().intersects(on_screen)
        assert board.childAt(on_screen.center().x(), on_screen.center().y()) is child


def test_every_card_text_of_the_demo_is_reachable_on_its_board(demo):
    board = board_of(demo)
    for index, model in enumerate(demo.document.workshop.boards):
        demo.tabs.setCurrentIndex(index)
        names = [board.child(i).text(Name) for i in range(board.childCount())]
        for card in model.cards.values():
            shown = reading.card_title(card)
            assert any(name.startswith(shown) for name in names), shown


def test_tab_to_a_card_makes_it_the_focused_child_with_votes_and_zone(demo):
    demo.tabs.setCurrentIndex(1)  # Faggruppernes bidrag: cards with votes, in zones
    demo.view.setFocus()
    QTest.keyClick(demo.view, Qt.Key.Key_Tab)
    focused = board_of(demo).focusChild()
    model = demo.current_scene().board
    first = reading.read(model).cards()[0]
    assert focused.text(Name) == reading.announcement(model, first)
    assert focused.text(Name) == (
        "Faggruppens bidrag: Tydelige mål, feedback og undervisning, der udfordrer hver elev., "
        "5 stemmer, i feltet Lærere, Faggruppe: Lærer")
    assert focused.state().focused and focused.state().selected
    assert demo.statusBar().currentMessage() == focused.text(Name)
    QTest.keyClick(demo.view, Qt.Key.Key_Tab)
    second = board_of(demo).focusChild()
    assert second.text(Name) == reading.announcement(model, reading.read(model).cards()[1])
    assert not focused.state().focused


def test_a_card_that_goes_takes_its_interface_with_it(demo):
    board = board_of(demo)
    model = demo.current_scene().board
    for index in range(board.childCount()):
        board.child(index)
    handed = len(accessibility._HANDED_OUT)
    gone = reading.read(model).cards()[0]
    demo.door.apply(RemoveItems(model.id, [gone]))
    assert len(accessibility._HANDED_OUT) == handed - 1
    assert board.childCount() == len(model.cards)
    demo.tabs.setCurrentIndex(2)  # another board: the old board's cards are let go
    assert len(accessibility._HANDED_OUT) == handed - 1 - len(model.cards)


def test_tab_walks_every_card_then_leaves_the_board_and_shift_tab_comes_back(demo):
    view = demo.view
    view.setFocus()
    order = view.reader.order()
    walked = []
    for _ in order:
        QTest.keyClick(view, Qt.Key.Key_Tab)
        walked.append(view.focused_card())
    assert walked == order  # every card once, in reading order
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()  # past the last card: no trap, the next field has the keyboard
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert view.hasFocus() and view.focused_card() is order[-1]
