"""Agreements in the window: made from the palette, edited in the inspector (days with a date
editor, status as a choice), and a line across the window when their follow-up is due."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from kerneopgave_desktop.document import AddItems, EditCard, create_document
from kerneopgave_desktop.domain.dates import day_text
from kerneopgave_desktop.domain.model import Agreement, WorkshopInfo
from tests.gui.helpers import at, board_with_cards, saved, shown_window


def _select(window, card_id: str) -> None:
    scene = window.current_scene()
    scene.clearSelection()
    scene.cards[card_id].setSelected(True)


def test_the_palette_makes_an_agreement(window, qtbot):
    palette = window.palette
    row = next(i for i in range(palette.count()) if palette.item(i).text() == "Aftale")
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton,
                     pos=palette.visualItemRect(palette.item(row)).center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=at(window, QPointF(450, 400)))
    qtbot.keyClicks(window.view.editor, "Vi laver en ny mødeplan")
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)
    card = list(saved(window).board("b1").cards.values())[-1]
    assert isinstance(card, Agreement) and card.status == "agreed"
    assert palette.height() >= sum(palette.sizeHintForRow(r) for r in range(palette.count()))


def test_the_inspector_sets_days_with_a_date_editor_and_status_as_a_choice(window, qtbot):
    window.document.apply(AddItems("b1", [Agreement(id="a", text="Ny plan", x=0, y=300)]))
    _select(window, "a")
    page = window.inspector.card_page
    due = page.widget("due")
    assert due.isVisibleTo(page) and not due.has_day.isChecked() and not due.editor.isEnabled()
    assert page.widget("pole_a") is None  # a dilemma's fields are not an agreement's
    qtbot.mouseClick(due.has_day, Qt.MouseButton.LeftButton)
    assert window.document.workshop.board("b1").cards["a"].due == date.today()
    assert window.edits.undo_action.text() == "Fortryd: rediger frist"
    due.editor.setFocus()
    due.editor.setDate(date(2026, 3, 20))
    due.editor.clearFocus()
    due.editor.editingFinished.emit()
    assert saved(window).board("b1").cards["a"].due == date(2026, 3, 20)
    assert due.editor.text() == "20. marts 2026"
    status = page.widget("status")
    assert isinstance(status, QComboBox)
    assert [status.itemText(i) for i in range(status.count())] == [
        "Aftalt", "I gang", "Gjort", "Droppet"]
    status.setCurrentIndex(2)
    status.activated.emit(2)
    assert saved(window).board("b1").cards["a"].status == "done"
    qtbot.mouseClick(due.has_day, Qt.MouseButton.LeftButton)  # untick: no day
    assert saved(window).board("b1").cards["a"].due is None
    window.edits.undo_action.trigger()
    assert window.document.workshop.board("b1").cards["a"].due == date(2026, 3, 20)
    assert due.has_day.isChecked() and due.editor.date().toPython() == date(2026, 3, 20)


def test_an_undone_day_shows_again_in_the_inspector(window, qtbot):
    window.document.apply(AddItems("b1", [Agreement(id="a", x=0, y=300,
                                                    follow_up=date(2026, 4, 1))]))
    _select(window, "a")
    box = window.inspector.card_page.widget("follow_up")
    assert box.has_day.isChecked() and box.day() == date(2026, 4, 1)
    window.document.apply(EditCard("b1", "a", follow_up=None))
    assert not box.has_day.isChecked() and box.day() is None


def _window_with(qtbot, tmp_path, settings, follow_up: date, status: str = "agreed"):
    workshop = board_with_cards()
    workshop.info = WorkshopInfo(title="Møde", date=date(2026, 3, 3))
    workshop.boards[0].cards["a"] = Agreement(id="a", text="Ring til forældrene", x=0, y=300,
                                              follow_up=follow_up, status=status)
    workshop.boards[0].cards["b"] = Agreement(id="b", text="Ny plan", x=300, y=300,
                                              follow_up=follow_up)
    document = create_document(tmp_path / "w.kerneopgave", workshop)
    return shown_window(qtbot, document, settings, size=None)


def test_opening_a_workshop_with_due_agreements_says_so_in_the_window(qtbot, tmp_path,
                                                                      settings):
    window = _window_with(qtbot, tmp_path, settings, date.today() - timedelta(days=1))
    bar = window.follow_up
    meeting = day_text(date(2026, 3, 3), today=date.today())  # the year only if not this year
    assert bar.isVisible() and bar.text.text() == f"2 aftaler fra {meeting} skal følges op"
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # no box to click away
    qtbot.mouseClick(bar.show_button, Qt.MouseButton.LeftButton)
    assert sorted(window.current_scene().selected_ids()) == ["a", "b"]
    window.door.apply(EditCard("b1", "a", status="done"))
    assert bar.text.text() == f"1 aftale fra {meeting} skal følges op"
    window.door.apply(EditCard("b1", "b", follow_up=date.today() + timedelta(days=7)))
    assert not bar.isVisible()
    window.edits.undo_action.trigger()
    assert bar.isVisible()
    qtbot.mouseClick(bar.hide_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.door.apply(EditCard("b1", "a", status="agreed"))
    assert not bar.isVisible()  # hidden until the file is opened again


def test_no_line_when_follow_up_is_ahead_or_done(qtbot, tmp_path, settings):
    window = _window_with(qtbot, tmp_path, settings, date.today() + timedelta(days=1))
    assert not window.follow_up.isVisible()
    window.door.apply(EditCard("b1", "a", follow_up=date.today()))
    assert window.follow_up.isVisible()
    assert window.follow_up.text.text().startswith("1 aftale fra 3. marts")


def test_an_agreement_is_read_by_its_kind_and_status(qtbot, tmp_path, settings):
    window = _window_with(qtbot, tmp_path, settings, date(2030, 1, 1), status="in_progress")
    item = window.current_scene().cards["a"]
    assert item.accessible_name() == "Aftale · I gang: Ring til forældrene"
