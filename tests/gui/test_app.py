"""Start page, recent files, opening files, the workshop dialog, gestures not covered elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from kerneopgave_desktop.domain.demo import DEMOS
from kerneopgave_desktop.domain.model import WorkshopInfo
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui.app import Application, workshop_folder
from kerneopgave_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from kerneopgave_desktop.ui.start_page import StartPage
from kerneopgave_desktop.ui.workshop_dialog import WorkshopDialog
from tests.gui.helpers import at, board_with_cards, card_center


@pytest.fixture
def application(qapp, tmp_path, monkeypatch, qtbot, settings):
    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path / "Kerneopgave")
    monkeypatch.setattr(NewWorkshopDialog, "exec", lambda dialog: 1)  # OK, no sector
    application = Application(qapp, settings)
    yield application
    for window in application.windows:
        window.close()
    if application.start is not None:
        application.start.close()


def test_new_files_default_to_a_kerneopgave_folder_in_documents():
    assert workshop_folder().name == "Kerneopgave"


def test_the_start_page_offers_templates_and_recent_files(qtbot, tmp_path):
    page = StartPage([str(tmp_path / "møde.kerneopgave")])
    qtbot.addWidget(page)
    assert page.templates.count() == 8
    assert page.templates.item(1).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Kerneopgaven på alle niveauer: ")
    with qtbot.waitSignal(page.new_requested) as new:
        page.templates.setFocus()
        qtbot.keyClick(page.templates, Qt.Key.Key_Return)
    assert new.args == ["tom"]
    page.recent.setCurrentRow(0)
    with qtbot.waitSignal(page.open_requested) as opened:
        page.recent.setFocus()
        qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert opened.args == [str(tmp_path / "møde.kerneopgave")]
    demo = next(b for b in page.findChildren(QPushButton) if b.text() == "Se et eksempel")
    assert [a.text() for a in demo.menu().actions()] == [d.title() for d in DEMOS.values()]
    with qtbot.waitSignal(page.demo_requested) as chosen:
        demo.menu().actions()[1].trigger()
    assert chosen.args == ["hjemmepleje"]


def test_a_new_workshop_is_created_opened_and_remembered(application, tmp_path, monkeypatch):
    target = tmp_path / "Kerneopgave" / "Personalemøde.kerneopgave"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = application.new_workshop("tom")
    assert window is not None and target.exists()
    assert window.windowTitle().startswith("Personalemøde.kerneopgave")
    assert application.recent() == [str(target.resolve())]
    store, workshop = Store.open(target, read_only=True)
    store.close()
    assert workshop.info.title == "Personalemøde" and workshop.info.date == date.today()


def test_opening_a_bad_file_says_so_and_opens_nothing(application, tmp_path, monkeypatch):
    junk = tmp_path / "junk.kerneopgave"
    junk.write_bytes(b"this is not a workshop" * 10)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert application.open_file(str(junk)) is None
    assert shown and "junk.kerneopgave" in shown[0] and "ikke en kerneopgave-fil" in shown[0]
    assert application.windows == [] and application.recent() == []
    assert junk.read_bytes() == b"this is not a workshop" * 10


def test_the_workshop_dialog_returns_only_what_changed(qtbot):
    info = WorkshopInfo(title="Møde", participants=("Ali",))
    dialog = WorkshopDialog(info)
    qtbot.addWidget(dialog)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Personalemøde <3")
    dialog.participants.setPlainText("Ali\n\nBirgit  \n")
    dialog.has_date.setChecked(True)
    changes = dialog.changes(info)
    assert changes == {"title": "Personalemøde <3", "participants": ("Ali", "Birgit"),
                       "date": date.today()}


def test_the_palette_kind_is_used_for_double_click(window, qtbot):
    palette = window.palette
    row = next(i for i in range(palette.count()) if palette.item(i).text() == "Kerneopgave")
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton,
                     pos=palette.visualItemRect(palette.item(row)).center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=at(window, QPointF(450, 400)))
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)
    kinds = [c.kind for c in window.document.workshop.board("b1").cards.values()]
    assert kinds[-1] == "core_task"


def test_ctrl_click_adds_to_the_selection_and_ctrl_d_duplicates_with_links(window, qtbot):
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=card_center(window, "c0"))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     card_center(window, "c1"))
    assert sorted(window.current_scene().selected_ids()) == ["c0", "c1"]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    board = window.document.workshop.board("b1")
    assert len(board.cards) == 7 and len(board.links) == 3
    copies = window.current_scene().selected_ids()
    assert len(copies) == 2 and not {"c0", "c1"} & set(copies)
    assert window.edits.undo_action.text() == "Fortryd: tilføj 2 kort"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(board.cards) == 5 and window.edits.redo_action.text() == "Gentag: tilføj 2 kort"


@pytest.mark.parametrize("how", ["middle", "space"])
def test_middle_drag_and_space_drag_pan_the_board(window, qtbot, how):
    view, viewport = window.view, window.view.viewport()
    start = at(window, QPointF(450, 400))
    before = view.mapToScene(start)
    button = Qt.MouseButton.MiddleButton if how == "middle" else Qt.MouseButton.LeftButton
    view.setFocus()
    if how == "space":
        QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(30 * step, 20 * step))
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, start + QPoint(150, 100))
    if how == "space":
        QTest.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(start)
    assert after.x() < before.x() - 100 / view.zoom and after.y() < before.y() - 60 / view.zoom
    assert window.document.workshop.board("b1") == board_with_cards().boards[0]  # nothing moved


def test_pinch_zooms_around_the_fingers(window):
    view = window.view
    point = card_center(window, "c1")
    before, zoom = view.mapToScene(point), view.zoom
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, QPointF(point),
                                QPointF(point), QPointF(view.viewport().mapToGlobal(point)), 0.5,
                                QPointF(), 1)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(zoom * 1.5)
    after = view.mapToScene(point)
    assert abs(after.x() - before.x()) < 3 / view.zoom


def test_opening_a_file_twice_shows_the_window_already_open(application, tmp_path):
    from kerneopgave_desktop.storage import Store
    from tests.factories import sample_workshop
    path = tmp_path / "én gang.kerneopgave"
    Store.create(path, sample_workshop()).close()
    first = application.open_file(str(path))
    assert application.open_file(str(path)) is first and len(application.windows) == 1
    assert not first.document.read_only

