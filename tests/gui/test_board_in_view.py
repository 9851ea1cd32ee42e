"""A board opens in view: all of its content visible and centred, at any window size; Ctrl+0
fits it again, no closer than the fit's cap and without losing the centre."""

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas.view import FIT_ZOOM
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.main_window import MainWindow

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]


def _open(qtbot, tmp_path, settings, workshop: Workshop, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(create_document(tmp_path / f"{len(list(tmp_path.iterdir()))}.kerneopgave",
                                        workshop), settings=settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()
    return window


def _in_view(window: MainWindow) -> tuple[QRectF, QRectF]:
    """The content on the viewport (pixels) and the viewport."""
    scene = window.current_scene()
    content = window.view.mapFromScene(scene.itemsBoundingRect()).boundingRect()
    return QRectF(content), QRectF(window.view.viewport().rect())


def _assert_in_view_and_centred(window: MainWindow, what: str) -> None:
    content, viewport = _in_view(window)
    assert viewport.contains(content), f"{what}: {content} is not inside {viewport}"
    offset = content.center() - viewport.center()
    assert abs(offset.x()) <= 2 and abs(offset.y()) <= 2, f"{what}: off centre by {offset}"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.slow
def test_every_template_opens_with_all_content_visible_and_centred(qtbot, tmp_path, settings,
                                                                    size):
    boards = [TEMPLATES[name].board() for name in TEMPLATES]
    window = _open(qtbot, tmp_path, settings, Workshop(boards=boards), size)
    for index, name in enumerate(TEMPLATES):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        _assert_in_view_and_centred(window, f"{name} at {size}")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("demo", list(DEMOS))
def test_every_example_file_opens_with_its_first_board_in_view(qtbot, tmp_path, settings, size,
                                                                demo):
    window = _open(qtbot, tmp_path, settings, demo_workshop(demo), size)
    _assert_in_view_and_centred(window, f"{demo} at {size}")


def test_ctrl_0_brings_a_small_board_back_centred_and_no_closer_than_the_cap(qtbot, tmp_path,
                                                                              settings):
    window = _open(qtbot, tmp_path, settings, Workshop(boards=[TEMPLATES["tom"].board()]),
                   (3840, 2160))
    assert window.view.zoom == pytest.approx(FIT_ZOOM)  # capped: one zone does not fill a 4K
    _assert_in_view_and_centred(window, "the empty board")
    window.view.setFocus()
    for _ in range(12):  # zoom out and pan far away, as a lost user might
        window.view.zoom_by(0.8, QPointF(5, 5))
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().value() + 4000)
    content, viewport = _in_view(window)
    assert not viewport.contains(content.center())
    window.looks.fit_action.trigger()
    assert window.view.zoom == pytest.approx(FIT_ZOOM)
    _assert_in_view_and_centred(window, "after Ctrl+0")
    assert window.looks.fit_action.shortcut().toString() == "Ctrl+0"


def test_a_vast_board_opens_whole_even_below_the_wheel_s_least_zoom(qtbot, tmp_path, settings):
    from kerneopgave_desktop.canvas.view import MIN_ZOOM
    from kerneopgave_desktop.domain.model import Board, Note
    cards = {f"c{n}": Note(id=f"c{n}", x=n * 20_000.0, y=0) for n in range(6)}
    window = _open(qtbot, tmp_path, settings, Workshop(boards=[Board(id="b", cards=cards)]),
                   (1280, 720))
    assert window.view.zoom < MIN_ZOOM
    _assert_in_view_and_centred(window, "a board 100,000 units wide")
