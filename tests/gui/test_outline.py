"""The outline ("Oversigt"): the board read as a tree, and every board operation by keyboard,
through the door, with the selection shared with the board."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QPlainTextEdit

from kerneopgave_desktop.document import EditCard, MoveItems, create_document
from kerneopgave_desktop.domain.fields import TEXT_FIELD
from kerneopgave_desktop.domain.model import (
    Board,
    CoreTask,
    Dilemma,
    Link,
    Note,
    Workshop,
    Zone,
)
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.outline_model import OutlineModel
from tests.gui.helpers import at, card_center, drag, saved, shown_window


def two_boards() -> Workshop:
    first = Board(id="b1", title="Niveauer")
    first.zones["kommune"] = Zone(id="kommune", title="Kommune", x=0, y=0, width=700, height=400)
    first.zones["team"] = Zone(id="team", title="Team", x=0, y=500, width=700, height=400)
    first.cards["core"] = CoreTask(id="core", text="Alle børn lærer mest muligt", x=20, y=80,
                                   votes=3, level="municipality")
    first.cards["note"] = Note(id="note", text="Byrådets vision", x=300, y=80)
    first.cards["team1"] = Note(id="team1", text="Vi ses hver dag", x=20, y=580)
    first.cards["loose"] = Note(id="loose", text="Uden for", x=900, y=0)
    first.links["up"] = Link(id="up", source="team1", target="core", kind="concretises")
    second = Board(id="b2", title="Dilemmaer")
    second.cards["d1"] = Dilemma(id="d1", text="Tryghed eller frihed?", x=0, y=0)
    return Workshop(boards=[first, second])


@pytest.fixture
def outlined(qtbot, tmp_path, settings):
    document = create_document(tmp_path / "oversigt.kerneopgave", two_boards())
    window = shown_window(qtbot, document, settings, active=True)
    QTest.keyClick(window.view, Qt.Key.Key_F6)  # the outline's dock, with the keyboard in it
    view = window.outline.view
    qtbot.waitUntil(view.hasFocus)
    return window, view


def rows(model, parent=None, depth=0) -> list[str]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append("  " * depth + index.data())
        found += rows(model, index, depth + 1)
    return found


def press(view, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(view, key, modifier)


def answer_next_dialog(keys: list) -> None:
    """Answer the next modal dialog or menu with keys, as a person would."""
    def answer() -> None:
        target = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if target is None or not target.isActiveWindow():  # not yet shown, or not yet active
            QTimer.singleShot(20, answer)
            return
        for key in keys:
            focus = QApplication.focusWidget() if isinstance(target, QDialog) else target
            if isinstance(key, str):
                QTest.keyClicks(focus, key)
            else:
                QTest.keyClick(focus, key)
    QTimer.singleShot(0, answer)


def go_to(view, text: str) -> None:
    """Arrow down from the top until the current row starts with `text`."""
    press(view, Qt.Key.Key_Home)
    for _ in range(40):
        if (view.currentIndex().data() or "").startswith(text):
            return
        press(view, Qt.Key.Key_Down)
    raise AssertionError(f"no row {text!r}: {rows(view.model())}")


def test_the_outline_reads_boards_zones_cards_and_links_in_reading_order(outlined):
    window, view = outlined
    assert rows(view.model()) == [
        "Niveauer (4 kort)",
        "  Felt: Kommune (2 kort)",
        "    Kerneopgave: Alle børn lærer mest muligt · 3 stemmer · Niveau: Kommune",
        "    Note: Byrådets vision",
        "  Note: Uden for",  # in the first row, right of Kommune
        "  Felt: Team (1 kort)",
        "    Note: Vi ses hver dag",
        "      → Kerneopgave: Alle børn lærer mest muligt (Konkretiserer)",
        "Dilemmaer (1 kort)",
        "  Dilemma: Tryghed eller frihed? · Status: Ny",
    ]
    core = window.outline.model.index_of("core")
    assert core.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Kerneopgave: Alle børn lærer mest muligt, 3 stemmer, i feltet Kommune, "
        "Niveau: Kommune")
    assert core.data(Qt.ItemDataRole.AccessibleDescriptionRole) == \
        "← Note: Vi ses hver dag (Konkretiserer)"
    tree = QAccessible.queryAccessibleInterface(view)
    names = {tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())}
    assert any(name.startswith("Kerneopgave: Alle børn lærer mest muligt, 3 stemmer")
               for name in names)


@pytest.mark.slow
def test_a_card_of_each_kind_is_added_written_and_kept_by_keyboard(outlined, qtbot):
    window, view = outlined
    go_to(view, "Felt: Team")
    for kind_row, text in ((0, "Ny kerneopgave"), (2, "Et dilemma"), (4, "En note")):
        answer_next_dialog([Qt.Key.Key_Down] * kind_row + [Qt.Key.Key_Return])
        press(view, Qt.Key.Key_Insert)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
        QTest.keyClicks(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert view.state() != view.State.EditingState and view.hasFocus()
        board = window.document.workshop.board("b1")
        made = next(card for card in board.cards.values() if card.text == text)
        team = board.zones["team"]
        assert team.contains(made)
        go_to(view, "Felt: Team")
    kinds = {card.text: card.kind for card in saved(window).board("b1").cards.values()}
    assert (kinds["Ny kerneopgave"], kinds["Et dilemma"], kinds["En note"]) == \
        ("core_task", "dilemma", "note")
    assert window.document.undo_label == TEXT_FIELD.edit_label()  # one step: the text typed


def test_moving_into_a_zone_linking_voting_and_deleting_by_keyboard(outlined, qtbot):
    window, view = outlined
    go_to(view, "Note: Uden for")
    answer_next_dialog([Qt.Key.Key_End, Qt.Key.Key_Return])  # the last zone in reading order
    press(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    board = window.document.workshop.board("b1")
    assert board.zones["team"].contains(board.cards["loose"])
    assert view.currentIndex().data() == "Note: Uden for"  # the moved card is still current
    answer_next_dialog(["Kerneopgave", Qt.Key.Key_Return])  # type-ahead in the list
    press(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    links = [link for link in board.links.values() if link.source == "loose"]
    assert [link.target for link in links] == ["core"]
    press(view, Qt.Key.Key_Plus)
    press(view, Qt.Key.Key_Plus)
    press(view, Qt.Key.Key_Minus)
    assert board.cards["loose"].votes == 1
    press(view, Qt.Key.Key_Delete)
    assert "loose" not in board.cards and not any(link.source == "loose"
                                                    for link in board.links.values())
    assert view.currentIndex().isValid()  # the keyboard stays in the outline, on a row
    assert saved(window).board("b1") == board


@pytest.mark.slow
def test_a_title_is_renamed_in_place_and_the_fields_are_one_key_away(outlined, qtbot):
    window, view = outlined
    go_to(view, "Felt: Kommune")
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Kommune"
    QTest.keyClicks(editor, "Hele kommunen")  # the old title is chosen: typing replaces it
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # Qt commits a moment later
    assert window.document.workshop.board("b1").zones["kommune"].title == "Hele kommunen"
    go_to(view, "Kerneopgave: Alle")
    press(view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.card_page.isAncestorOf(QApplication.focusWidget())


@pytest.mark.slow
def test_the_selection_is_shared_with_the_board_both_ways(outlined, qtbot):
    window, view = outlined
    go_to(view, "Dilemma: Tryghed")
    scene = window.current_scene()
    assert scene.board_id == "b2" and scene.selected_ids() == ["d1"]
    assert window.inspector.currentWidget() is window.inspector.card_page
    press(view, Qt.Key.Key_Up)  # the first board again
    press(view, Qt.Key.Key_Up)
    go_to(view, "Note: Byrådets vision")
    scene = window.current_scene()
    assert scene.board_id == "b1" and scene.selected_ids() == ["note"]
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, card_center(window, "team1"))
    assert scene.selected_ids() == ["team1"]
    assert view.currentIndex().data() == "Note: Vi ses hver dag"
    selected = [index.data() for index in view.selectionModel().selectedRows()]
    assert selected == ["Note: Vi ses hver dag"]


@pytest.mark.slow
def test_a_dilemma_round_runs_on_the_dilemmas_chosen_in_the_outline(outlined, qtbot):
    window, view = outlined
    go_to(view, "Dilemma: Tryghed")
    answer_next_dialog(["Trygheden", Qt.Key.Key_Escape])
    press(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.document.workshop.board("b2").cards["d1"].answer("at_stake") == "Trygheden"


@pytest.mark.slow
def test_the_context_menu_lists_every_command_with_its_key(outlined, qtbot):
    _window, view = outlined
    go_to(view, "Note: Byrådets vision")
    shown = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_menu)
            return
        shown.extend(f"{a.text()}\t{a.shortcut().toString()}" for a in menu.actions()
                     if a.text())
        QTest.keyClick(menu, Qt.Key.Key_Escape)
    QTimer.singleShot(0, read_menu)
    press(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Flyt til felt…\tCtrl+M" in shown and "Forbind med…\tCtrl+B" in shown
    assert "Slet\tDel" in shown and "Dilemmarunde…\tCtrl+R" in shown


@pytest.mark.slow
def test_the_outline_window_shows_large_type_and_its_own_inspector(outlined, qtbot):
    window, view = outlined
    go_to(view, "Kerneopgave: Alle")
    QTest.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    own = window.outline.window
    qtbot.waitExposed(own)
    assert own.view.font().pointSizeF() >= 1.7 * view.font().pointSizeF()
    assert own.view.currentIndex().data().startswith("Kerneopgave: Alle")
    assert window.outline._inspector.card_page.text.toPlainText() == \
        "Alle børn lærer mest muligt"
    QTest.keyClick(own.view, Qt.Key.Key_Down)
    assert window.current_scene().selected_ids() == ["note"]
    QTest.keyClick(own.view, Qt.Key.Key_Escape)
    assert not own.isVisible() and not window.outline.window_action.isChecked()


def test_the_model_follows_changes_without_a_reset_and_keeps_the_rows_it_can(doc, qtbot):
    model = OutlineModel(doc, Door(doc, pytest.fail))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    signals = {"reset": 0, "removed": 0, "inserted": 0}
    model.modelReset.connect(lambda: signals.__setitem__("reset", signals["reset"] + 1))
    model.rowsRemoved.connect(lambda *_: signals.__setitem__("removed", signals["removed"] + 1))
    model.rowsInserted.connect(lambda *_: signals.__setitem__("inserted",
                                                             signals["inserted"] + 1))
    board = doc.workshop.boards[0]
    card, last = next(iter(board.cards.values())), list(board.cards.values())[-1]
    kept = QPersistentModelIndex(model.index_of(last.id))
    doc.apply(MoveItems(board.id, {card.id: (card.x + 2000, card.y)}))  # out of the zone
    assert signals["reset"] == 0
    assert signals["removed"] == 1 and signals["inserted"] == 1  # one row moved, no more
    assert kept.isValid()
    doc.undo()
    assert model.index_of(card.id).isValid() and signals["reset"] == 0
    model.detach()


def test_a_drag_on_the_board_moves_the_cards_row_into_its_new_zone(outlined, qtbot):
    window, _ = outlined
    drag(window.view.viewport(), card_center(window, "note"), at(window, QPointF(400, 700)))
    note = window.outline.model.index_of("note")
    assert note.parent().data() == "Felt: Team (2 kort)"
    assert window.outline.model.index_of("kommune").data() == "Felt: Kommune (1 kort)"


def test_a_long_row_is_wrapped_whole_not_cut_in_the_dock_and_the_window(outlined, qtbot):
    window, view = outlined
    long_text = "Alle børn lærer mest muligt og trives i et trygt fællesskab, " * 3
    window.door.apply(EditCard("b1", "core", text=long_text.strip()))
    QTest.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    own = window.outline.window
    qtbot.waitExposed(own)
    for tree in (view, own.view):
        tree.resize(420, tree.height())  # narrower: the rows wrap anew
        QApplication.processEvents()
        tree.executeDelayedItemsLayout()
        index = window.outline.model.index_of("core")
        rect = tree.visualRect(index)
        one_line = tree.fontMetrics().horizontalAdvance(index.data())
        lines = one_line // rect.width() + 1  # at the least, wrapped to the row's width
        assert lines >= 3 and rect.height() >= lines * tree.fontMetrics().lineSpacing()
    own.close()


def test_the_shortcut_sheet_lists_the_outline_s_keys(outlined, qtbot):
    window, _view = outlined
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.document.toPlainText())
        dialog.reject()

    QTimer.singleShot(0, look)
    window.shortcuts_action.trigger()  # Hjælp › Tastaturgenveje
    text = seen[0]
    assert "I oversigten" in text
    for what, key in (("Flyt til felt", "Ctrl+M"), ("Forbind med", "Ctrl+B"),
                      ("Nyt kort", "Ins"), ("Oversigtens menu", "Shift+F10")):
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert what in text and shown in text.split(what, 1)[1].split("\n", 2)[1], what
