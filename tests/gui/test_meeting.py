"""Meeting mode, driven as the facilitator would."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas.theme import CONTRAST
from kerneopgave_desktop.document import AddItems, EditCard, create_document, open_document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.domain.slides import slides
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.round_timer import RoundTimer, TimerLabel, format_time


@pytest.fixture
def meeting(qtbot, tmp_path, settings):
    window = MainWindow(create_document(tmp_path / "møde.kerneopgave", demo_workshop()),
                        settings=settings)
    window.view.animation_ms = 0
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.meeting.presentation is not None:
        window.meeting.presentation.close()


def test_the_presentation_opens_on_the_chosen_screen_and_follows_edits(meeting, qtbot):
    screen = QGuiApplication.screens()[-1]
    meeting.settings.presenter_screen = screen.name()
    qtbot.keyClick(meeting.view, Qt.Key.Key_F5)
    wall = meeting.meeting.presentation
    assert wall is not None and wall.isVisible() and wall.screen() is screen
    assert wall.isFullScreen() and wall.view.scene() is meeting.current_scene()
    assert wall.view.theme.name == CONTRAST.name and wall.view.theme.text_scale > 1
    card_id = next(iter(meeting.current_scene().board.cards))
    board_id = meeting.current_scene().board_id
    meeting.document.apply(EditCard(board_id, card_id, text="Nyt på væggen"))
    assert wall.view.scene().cards[card_id].card.text == "Nyt på væggen"
    meeting.tabs.setCurrentIndex(2)
    assert wall.view.scene() is meeting.current_scene()
    meeting.meeting.timer.start()
    assert wall.timer_label.isVisible() and wall.timer_label.text() == "5:00"
    meeting.meeting.timer.reset()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert meeting.meeting.presentation is None and not meeting.meeting.present_action.isChecked()


def test_one_screen_means_full_screen_with_an_overlay_toolbar(meeting, qtbot):
    meeting.settings.presenter_screen = meeting.screen().name()
    wall = meeting.meeting.start_presenting()
    assert wall.toolbar is not None and wall.view.isInteractive()
    assert next(a.text() for a in wall.toolbar.actions()).startswith("Forrige")
    assert wall.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly


def test_page_down_steps_through_boards_and_their_stops(meeting, qtbot):
    workshop = meeting.document.workshop
    expected = slides(workshop)
    assert len(expected) > len(workshop.boards)  # the templates mark stops
    meeting.view.setFocus()
    seen = []
    for _ in range(len(expected) + 2):
        seen.append((meeting.current_scene().board_id, meeting.meeting.slide))
        qtbot.keyClick(meeting.view, Qt.Key.Key_PageDown)
    assert meeting.meeting.slide == len(expected) - 1  # it stops at the last slide
    assert [board for board, _ in seen[:1]] == [workshop.boards[0].id]
    assert {board for board, _ in seen} == {board.id for board in workshop.boards}
    first_stop = next(i for i, s in enumerate(expected) if s.zone_id)
    meeting.meeting.slide = first_stop - 1
    meeting.meeting.go(1)
    zone = workshop.board(expected[first_stop].board_id).zones[expected[first_stop].zone_id]
    visible = meeting.view.mapToScene(meeting.view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(zone.x + zone.width / 2, zone.y + zone.height / 2))
    assert visible.width() < 2.5 * zone.width + 200  # zoomed in on the stop
    qtbot.keyClick(meeting.view, Qt.Key.Key_PageUp)
    assert meeting.meeting.slide == first_stop - 1


def test_the_timer_counts_down_on_an_injected_clock_and_signals_zero(qtbot):
    now = [100.0]
    timer = RoundTimer(clock=lambda: now[0])
    label = TimerLabel(timer, 40)
    qtbot.addWidget(label)
    timer.set_minutes(2)
    assert label.text() == "2:00"
    timer.start()
    now[0] += 30.5
    timer.tick()
    assert label.text() == "1:30"
    timer.pause()
    now[0] += 1000
    timer.tick()
    assert label.text() == "1:30" and not timer.running
    timer.start()
    with qtbot.waitSignal(timer.finished):
        now[0] += 90
        timer.tick()
    assert label.text() == "0:00" and label.alarming
    timer.reset()
    assert label.text() == "2:00" and not label.alarming
    assert format_time(4.2) == "0:05" and format_time(0) == "0:00"


@pytest.mark.slow
def test_votes_by_key_and_by_click_are_undoable_and_saved(meeting, qtbot):
    scene = meeting.current_scene()
    card_id = next(iter(scene.board.cards))
    before = scene.board.cards[card_id].votes
    scene.clearSelection()
    scene.cards[card_id].setSelected(True)
    meeting.view.setFocus()
    qtbot.keyClick(meeting.view, Qt.Key.Key_Plus)
    qtbot.keyClick(meeting.view, Qt.Key.Key_Plus)
    assert scene.board.cards[card_id].votes == before + 2
    meeting.meeting.voting_action.trigger()
    point = meeting.view.mapFromScene(scene.cards[card_id].sceneBoundingRect().center())
    qtbot.mouseClick(meeting.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseClick(meeting.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, pos=point)
    qtbot.mouseClick(meeting.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.board.cards[card_id].votes == before + 3
    assert meeting.document.undo_label == "Giv stemme"
    meeting.document.undo()
    assert scene.board.cards[card_id].votes == before + 2
    again = open_document(meeting.document.store.path, read_only=True)
    again.close()
    assert again.workshop.board(scene.board_id).cards[card_id].votes == before + 2
    meeting.meeting.reset_votes()
    assert not any(card.votes for card in scene.board.cards.values())
    meeting.document.undo()
    assert scene.board.cards[card_id].votes == before + 2


def test_spotlight_dims_all_but_the_selection_and_turns_off(meeting, qtbot):
    scene = meeting.current_scene()
    chosen = next(iter(scene.cards))
    scene.clearSelection()
    scene.cards[chosen].setSelected(True)
    qtbot.keyClick(meeting.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert scene.cards[chosen].opacity() == 1.0
    assert all(item.opacity() < 0.5 for cid, item in scene.cards.items() if cid != chosen)
    assert all(item.opacity() < 0.5 for item in scene.links.values())
    other = list(scene.cards)[1]
    scene.cards[other].setSelected(True)
    assert scene.cards[other].opacity() == 1.0
    qtbot.keyClick(meeting.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert all(item.opacity() == 1.0 for item in scene.cards.values())


def test_park_moves_the_selection_into_the_parking_lot_in_one_step(meeting, qtbot):
    scene = meeting.current_scene()
    board = scene.board
    parking = next(z for z in board.zones.values() if z.kind == "parking")
    chosen = list(board.cards)[:3]
    scene.clearSelection()
    for card_id in chosen:
        scene.cards[card_id].setSelected(True)
    meeting.view.setFocus()
    qtbot.keyClick(meeting.view, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    parking = board.zones[parking.id]
    assert all(parking.contains(board.cards[card_id]) for card_id in chosen)
    assert meeting.document.undo_label == "Parkér 3 kort"
    meeting.document.undo()
    assert not any(board.zones[parking.id].contains(board.cards[c]) for c in chosen)


@pytest.mark.slow
def test_park_makes_a_parking_lot_when_the_board_has_none(meeting):
    from kerneopgave_desktop.document import RemoveItems
    scene = meeting.current_scene()
    parking = next(z for z in scene.board.zones.values() if z.kind == "parking")
    meeting.document.apply(RemoveItems(scene.board_id, [parking.id]))
    meeting.document.apply(AddItems(scene.board_id, [Note(id="løs", x=-900, y=-900)]))
    scene.clearSelection()
    scene.cards["løs"].setSelected(True)
    meeting.meeting.park()
    lots = [z for z in scene.board.zones.values() if z.kind == "parking"]
    assert len(lots) == 1 and lots[0].contains(scene.board.cards["løs"])


def test_the_look_and_text_size_are_settings_of_the_view(meeting):
    meeting.looks.set_look(theme="dark", text_size=1.5)
    assert meeting.view.theme.name == "dark" and meeting.view.theme.text_scale == 1.5
    card = next(iter(meeting.current_scene().cards.values()))
    meeting.view.viewport().repaint()
    assert (round(19 * 1.5), False) in card._layouts
    meeting.looks.set_look(theme="light", text_size=1.0)
    assert meeting.settings.theme == "light"
    QApplication.processEvents()


def test_larger_text_is_used_where_it_fits_and_steps_down_where_it_does_not(qapp):
    from kerneopgave_desktop.canvas.card_item import CardItem
    from kerneopgave_desktop.canvas.theme import scaled
    short = CardItem(Note(id="s", text="Kort"))
    layout = short._layout(scaled(CONTRAST, 1.25))
    assert layout.font.pixelSize() == round(19 * 1.25) and layout.font.bold() and not layout.cut
    long = CardItem(Note(id="l",
                         text="Ledelse, lærere, pædagoger og skolebestyrelse i fællesskab."))
    layout = long._layout(scaled(CONTRAST, 1.25))
    assert 19 <= layout.font.pixelSize() < round(19 * 1.25) and not layout.cut
    word = CardItem(Note(id="w", text="Årgangsteamet, med elevrådet."))
    assert not word._layout(scaled(CONTRAST, 1.25)).fitted.broken
