"""The board on screen, driven by real mouse and key events on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.ui.palette import MIME_KIND
from tests.gui.helpers import at, board_with_cards, card_center, count_commits, drag, saved


def test_double_click_then_typing_creates_a_card_with_that_text(window, qtbot):
    viewport = window.view.viewport()
    empty = at(window, QPointF(450, 400))
    assert window.current_scene().card_item_at(window.view.mapToScene(empty)) is None
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert window.view.editor is not None
    qtbot.keyClicks(window.view.editor, "Æbler, øl & <b>Åen</b>")
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)
    texts = [c.text for c in window.document.workshop.board("b1").cards.values()]
    assert "Æbler, øl & <b>Åen</b>" in texts
    assert "Æbler, øl & <b>Åen</b>" in [c.text for c in saved(window).board("b1").cards.values()]


def test_dragging_a_card_moves_it_saves_once_and_one_undo_puts_it_back(window, qtbot,
                                                                        monkeypatch):
    commits = count_commits(window, monkeypatch)
    before = window.document.workshop.board("b1").cards["c3"]
    start = card_center(window, "c3")
    drag(window.view.viewport(), start, start + QPoint(0, 120))
    after = window.document.workshop.board("b1").cards["c3"]
    assert after.y > before.y and after.x == before.x
    assert len(commits) == 1
    assert saved(window).board("b1").cards["c3"] == after
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.workshop.board("b1").cards["c3"] == before
    assert window.current_scene().cards["c3"].pos() == QPointF(before.x, before.y)
    assert saved(window).board("b1").cards["c3"] == before


def test_rubber_band_then_delete_then_undo_restores_cards_and_links(window, qtbot):
    scene = window.current_scene()
    top_left = at(window, QPointF(-30, -60))
    bottom_right = at(window, QPointF(560, 200))
    drag(window.view.viewport(), top_left, bottom_right)
    selected = set(scene.selected_ids())
    assert {"c0", "c1", "l0"} <= selected and not selected & {"c2", "c3", "far"}
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    board = window.document.workshop.board("b1")
    assert "c0" not in board.cards and "c1" not in board.cards
    assert not board.links
    assert "c0" not in scene.cards and not scene.links
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(board.cards) == ["c0", "c1", "c2", "c3", "far"]
    assert list(board.links) == ["l0", "l1"]
    assert set(scene.links) == {"l0", "l1"}
    assert list(saved(window).board("b1").links) == ["l0", "l1"]


def test_dropping_a_kind_from_the_palette_creates_that_card(window, qtbot):
    viewport = window.view.viewport()
    mime = QMimeData()
    mime.setData(MIME_KIND, b"dilemma")
    pos = at(window, QPointF(450, 400))
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                                Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))
    kinds = [c.kind for c in window.document.workshop.board("b1").cards.values()]
    assert kinds.count("dilemma") == 1
    assert window.view.editor is not None
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)


def test_dragging_from_the_handle_connects_two_cards(window):
    scene = window.current_scene()
    source = scene.cards["c2"]
    handle = at(window, source.mapToScene(source.handle_center()))
    drag(window.view.viewport(), handle, card_center(window, "c3"))
    links = list(window.document.workshop.board("b1").links.values())
    assert [(link.source, link.target) for link in links][-1] == ("c2", "c3")
    assert len(scene.links) == 3
    original = board_with_cards().boards[0].cards["c2"]
    assert window.document.workshop.board("b1").cards["c2"] == original


def test_keyboard_only_creation_focus_and_moving(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focused = view.focused_card()
    assert focused is not None and focused.id == "c0"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_card().id == "c2"
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.focused_card().id == "c1"
    focus = QAccessible.queryAccessibleInterface(view).focusChild()  # what a screen reader gets
    assert focus.text(QAccessible.Text.Name) == "Note: Kort 1"
    assert window.statusBar().currentMessage() == "Note: Kort 1"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.editor is not None
    qtbot.keyClick(view.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor, " ændret")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    board = window.document.workshop.board("b1")
    assert board.cards["c1"].text == "Kort 1 ændret"
    x = board.cards["c1"].x
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert board.cards["c1"].x == x + 3 * 20 + 100
    assert window.document.undo_label == "Flyt 1 kort"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.cards["c1"].x == x  # the nudges were one step
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert view.editor is not None
    qtbot.keyClicks(view.editor, "Fra tastaturet")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert "Fra tastaturet" in [c.text for c in board.cards.values()]
    assert saved(window).board("b1") == board


def test_the_focused_card_has_an_accessible_name_with_kind_and_text(window, qtbot):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.focused_card().accessible_name() == "Note: Kort 0"


def test_the_title_bar_shows_the_file_and_closing_never_asks(window):
    assert window.windowTitle().startswith("møde.kerneopgave")
    window.close()
    assert not window.isVisible()


def test_inspector_edits_are_operations(window, qtbot):
    scene = window.current_scene()
    scene.cards["c0"].setSelected(True)
    inspector = window.inspector.card_page
    assert window.inspector.currentWidget() is inspector
    assert inspector.kind.text() == "Note"
    inspector.votes.setFocus()
    qtbot.keyClick(inspector.votes, Qt.Key.Key_Up)
    assert window.document.workshop.board("b1").cards["c0"].votes == 1
    assert window.document.undo_label == "Rediger stemmer"


def test_cards_made_by_key_land_on_no_other_card_and_across_no_zone_border(window, qtbot):
    """Insert (or the palette's button) cannot aim: each new card takes the nearest clean
    place, so it never hides a card or straddles a zone (they used to pile up in the middle
    of the view)."""
    view = window.view
    view.setFocus()
    board = window.document.workshop.board("b1")
    before = set(board.cards)
    for number in range(4):
        view.scene().clearSelection()
        view.scene().setFocusItem(None)
        qtbot.keyClick(view, Qt.Key.Key_Insert)
        qtbot.keyClicks(view.editor, f"Ny {number}")
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    board = window.document.workshop.board("b1")
    new = [board.cards[i] for i in board.cards if i not in before]
    assert len(new) == 4
    for card in new:
        for other in board.cards.values():
            if other.id != card.id:
                assert (card.x + card.width <= other.x or other.x + other.width <= card.x
                        or card.y + card.height <= other.y
                        or other.y + other.height <= card.y), (card.text, other.text)
        for zone in board.zones.values():
            inside = (zone.x <= card.x and card.x + card.width <= zone.x + zone.width
                      and zone.y <= card.y and card.y + card.height <= zone.y + zone.height)
            apart = (card.x + card.width <= zone.x or zone.x + zone.width <= card.x
                     or card.y + card.height <= zone.y or zone.y + zone.height <= card.y)
            assert inside or apart, (card.text, zone.title)


def test_escape_in_an_empty_new_card_leaves_no_card_behind(window, qtbot):
    view = window.view
    view.setFocus()
    before = set(window.document.workshop.board("b1").cards)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert view.editor is not None
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert set(window.document.workshop.board("b1").cards) == before
    assert set(saved(window).board("b1").cards) == before


def test_an_empty_new_card_stays_when_a_step_came_after_it(window, qtbot):
    """Taking back an empty new card undoes its making only while that is the last step: a
    card a phone sent meanwhile is not what Undo takes."""
    from kerneopgave_desktop.document import AddItems
    from kerneopgave_desktop.domain.model import Note

    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    window.document.apply(AddItems("b1", [Note(id="phone", text="Fra en telefon", y=3000)]))
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert "phone" in window.document.workshop.board("b1").cards
