"""The projector is readable at 4 m: at 1080p card text of 24 px or more and every label of
16 px or more, a board too dense for that shown as several slides, each filling the wall; the
timer and the room's code beside the board, never over it; none of the laptop's marks on the
wall; Escape ends presenting with one screen and with two; the single-screen toolbar legible
in every state."""

import os
import subprocess
import sys
import textwrap
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.slides import WALL_BODY_PIXELS, WALL_LABEL_PIXELS, wall_zoom
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.presenter import BAND_HEIGHT

WALL = QRect(0, 0, 1920, 1080)


@pytest.fixture
def laptop(qtbot, tmp_path, settings):
    made = []

    def open_demo(name: str = "skole") -> MainWindow:
        window = MainWindow(create_document(tmp_path / f"{name}.kerneopgave",
                                            demo_workshop(name)), settings=settings)
        window.view.animation_ms = 0
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window
    yield open_demo
    for window in made:
        if window.meeting.presentation is not None:
            window.meeting.presentation.close()


def _on_the_wall(window: MainWindow):
    """Present, on a 1080p wall (the test platform's screen is smaller)."""
    wall = window.meeting.start_presenting()
    wall.view.animation_ms = 0
    wall.showNormal()
    wall.setGeometry(WALL)
    QApplication.processEvents()
    window.meeting.slide = 0
    window.meeting.go(0)  # plan the slides for this wall, from the first
    QApplication.processEvents()
    return wall


def _visible(wall) -> QRectF:
    return wall.view.mapToScene(wall.view.viewport().rect()).boundingRect()


@pytest.mark.parametrize("demo", list(DEMOS))
@pytest.mark.slow
def test_every_slide_is_readable_at_4_m_and_fills_the_wall(laptop, demo):
    window = laptop(demo)
    wall = _on_the_wall(window)
    meeting = window.meeting
    count = len(meeting._slides())
    assert count > len(window.document.workshop.boards)  # dense boards come in parts
    for number in range(count):
        meeting.slide = number
        meeting.go(0)
        QApplication.processEvents()
        zoom = wall.view.zoom
        assert zoom >= wall_zoom(WALL.height()) - 1e-6, (number, zoom)
        theme = wall.view.theme
        scene = wall.view.board_scene()
        shown = _visible(wall)
        for item in scene.items(shown):
            if isinstance(item, CardItem):
                assert item.text_pixels(theme) * zoom >= WALL_BODY_PIXELS - 0.01
                assert look.LABEL_PIXELS * zoom >= WALL_LABEL_PIXELS  # kind, dots
                if item.detail.band:
                    assert look.BAND_PIXELS * zoom >= WALL_LABEL_PIXELS
            elif isinstance(item, LinkItem) and item.link.label:
                assert look.LINK_LABEL_PIXELS * zoom >= WALL_LABEL_PIXELS
        for zone in scene.zones.values():
            assert zone.title_item.font.pixelSize() * zoom >= WALL_LABEL_PIXELS
        # the slide fills the wall (but for its margins) across or down
        area = wall.view.mapFromScene(wall.area).boundingRect()
        assert area.width() >= 0.9 * WALL.width() or area.height() >= 0.9 * WALL.height(), \
            (number, area)


def test_the_timer_has_a_band_of_its_own_below_the_board(laptop):
    window = laptop()
    wall = _on_the_wall(window)
    window.meeting.timer.start()
    QApplication.processEvents()
    timer = wall.timer_label
    view = QRect(wall.view.mapTo(wall, QPoint(0, 0)), wall.view.size())
    shown = QRect(timer.mapTo(wall, QPoint(0, 0)), timer.size())
    assert timer.isVisible() and not view.intersects(shown)
    assert wall.height() - view.bottom() - 1 == BAND_HEIGHT
    area = wall.view.mapFromScene(wall.area).boundingRect()
    assert wall.view.viewport().rect().contains(area)  # the slide still whole, above the band
    window.meeting.timer.reset()


def test_the_room_s_code_stands_beside_the_board_never_over_a_card(laptop):
    window = laptop()
    url = window.room.open("127.0.0.1", 0)
    assert url is not None
    try:
        wall = _on_the_wall(window)
        window.room.place_overlay()
        QApplication.processEvents()
        panel = window.room.overlay
        view = QRect(wall.view.mapTo(wall, QPoint(0, 0)), wall.view.size())
        code = QRect(panel.mapTo(wall, QPoint(0, 0)), panel.size())
        assert panel.isVisible() and code.width() > 300 and not view.intersects(code)
        area = wall.view.mapFromScene(wall.area).boundingRect()
        assert wall.view.viewport().rect().contains(area)  # planned again for the room left
        assert wall.view.zoom >= wall_zoom(WALL.height()) - 1e-6
    finally:
        window.room.close()
    QApplication.processEvents()
    assert not wall.aside.isVisible()


def _grab(wall) -> QImage:
    QApplication.processEvents()
    return wall.view.viewport().grab().toImage()


def test_selection_focus_handles_and_the_rubber_band_never_reach_the_wall(laptop):
    window = laptop()
    wall = _on_the_wall(window)
    scene = window.current_scene()
    scene.clearSelection()
    before = _grab(wall)
    card = next(item for item in scene.cards.values()
                if _visible(wall).contains(item.sceneBoundingRect()))
    card.setSelected(True)
    scene.setFocusItem(card)
    card._hovered = True
    link = next(iter(scene.links.values()))
    link.setSelected(True)
    assert _grab(wall) == before
    window.view.viewport().update()
    # on the laptop they show
    laptop_view = window.view
    start = laptop_view.mapFromScene(QPointF(-100, -100))
    QTest.mousePress(laptop_view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(laptop_view.viewport(), start + QPoint(300, 300))
    assert scene.gesture is not None  # a rubber band is being drawn on the laptop
    scene.clearSelection()
    assert _grab(wall) == before
    QTest.mouseRelease(laptop_view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, start + QPoint(300, 300))


def test_escape_ends_presenting_on_the_wall_and_on_the_laptop(laptop, qtbot):
    window = laptop()
    wall = window.meeting.start_presenting()  # one screen here: the wall takes the keys
    QApplication.processEvents()
    assert QApplication.focusWidget() is wall.view
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.meeting.presentation is None and not window.meeting.present_action.isChecked()
    window.meeting.start_presenting()
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # as with a second screen: the laptop's key
    assert window.meeting.presentation is None
    scene = window.current_scene()
    card = next(iter(scene.cards.values()))
    card.setSelected(True)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # not presenting: Escape lets go
    assert not card.isSelected()


TWO_SCREENS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.domain.demo import demo_workshop
    from kerneopgave_desktop.ui.main_window import MainWindow
    from kerneopgave_desktop.ui.settings import Settings
    window = MainWindow(create_document(sys.argv[1], demo_workshop()),
                        settings=Settings.in_file(sys.argv[2]))
    window.show()
    app.processEvents()
    wall = window.meeting.start_presenting()
    app.processEvents()
    on = wall.screen().name()
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    print(on, window.meeting.presentation is None, wall.isVisible())
    window.close()
""")


@pytest.mark.slow
def test_escape_on_the_laptop_ends_presenting_on_a_second_screen(tmp_path, child_env):
    config = tmp_path / "screens.json"
    config.write_text('{"screens": ['
                      '{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080},'
                      '{"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080}'
                      ']}')
    env = {**child_env, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(tmp_path / "m.kerneopgave"),
                             str(tmp_path / "s.ini")], capture_output=True, text=True,
                            timeout=120, env=env, cwd=os.getcwd())
    assert result.stdout.split() == ["projector", "True", "False"], result.stderr[-2000:]


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) \
        + 0.0722 * channel(colour.blue())


def contrast(button: QToolButton) -> float:
    """The contrast of the button's text on its background, as drawn: the background is the
    commonest colour, the text the colour farthest from it."""
    image = button.grab().toImage()
    colours = Counter(image.pixel(x, y) for x in range(image.width())
                      for y in range(image.height()))
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    light = _luminance(background)
    ratios = []
    for value in colours:
        other = _luminance(QColor.fromRgb(value))
        ratios.append((max(light, other) + 0.05) / (min(light, other) + 0.05))
    return max(ratios)


def test_the_single_screen_toolbar_passes_wcag_aa_in_every_state(laptop):
    window = laptop()
    wall = window.meeting.start_presenting()
    QApplication.processEvents()
    buttons = {action.text(): wall.toolbar.widgetForAction(action)
               for action in wall.toolbar.actions()}
    checked = buttons[window.meeting.present_action.text()]
    assert checked.isChecked()
    states = {"checked": checked}
    normal = buttons[window.meeting.next_action.text()]
    states["normal"] = normal
    window.meeting.spotlight_action.setEnabled(False)
    states["disabled"] = buttons[window.meeting.spotlight_action.text()]
    for name, button in states.items():
        assert contrast(button) >= 4.5, name
    plain = normal.grab().toImage()
    QTest.mouseMove(normal, normal.rect().center())
    normal.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    normal.update()
    QApplication.processEvents()
    assert normal.grab().toImage() != plain  # drawn as hovered
    assert contrast(normal) >= 4.5, "hover"
    window.meeting.spotlight_action.setEnabled(True)
    wall.close()
