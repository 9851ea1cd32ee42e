"""Every focused element shows that it has the keyboard, in each of the window's themes:
reached by Tab, a widget looks different from how it looked without the focus by at least
a frame's worth of pixels (a caret alone is not enough), and a card on the board gets a ring
in the theme's focus colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from kerneopgave_desktop.canvas.theme import THEMES
from kerneopgave_desktop.ui.window_theme import THEME_NAMES, apply_theme, current_theme
from tests.a11y.keys import press, tab_to

K = Qt.Key


@pytest.fixture
def themed(qapp):
    before = current_theme()
    yield
    apply_theme(before)
    qapp.setStyleSheet("")


def changed(before: QImage, after: QImage) -> int:
    """Pixels that differ between two pictures of the same widget."""
    assert before.size() == after.size()
    return sum(1 for x in range(before.width()) for y in range(before.height())
               if before.pixel(x, y) != after.pixel(x, y))


def frame(widget: QWidget) -> int:
    """Most of a one-pixel line round the widget (Fusion rounds the corners of its frame)."""
    return 3 * (widget.width() + widget.height()) // 2


def focused_by_tab(widget: QWidget, what: str) -> tuple[QImage, QImage]:
    """The widget before the keyboard reaches it, and once Tab has brought it there."""
    before = widget.grab().toImage()
    tab_to(lambda focused: focused is widget, what)
    QApplication.processEvents()
    return before, widget.grab().toImage()


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.slow
def test_a_widget_with_the_keyboard_shows_it(demo, themed, theme, qtbot):
    apply_theme(theme)
    demo.looks.set_look(theme=theme)
    scene = demo.current_scene()
    card = next(item for item in scene.cards.values() if item.card.kind == "core_task")
    card.setSelected(True)  # the inspector shows its fields
    inspector = demo.inspector.card_page
    demo.find.find_action.trigger()
    bar = demo.find_bar
    samples = [(bar.line, "the search field"), (bar.next, "the Next button"),
               (inspector.text, "the card's text box"),
               (inspector.widget("level"), "the level list"),
               (inspector.votes, "the votes box")]
    bar.line.setText("kerne")
    demo.palette.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard starts elsewhere
    weak = {}
    for widget, what in samples:
        before, after = focused_by_tab(widget, what)
        if changed(before, after) < frame(widget):
            weak[what] = (changed(before, after), frame(widget))
    assert weak == {}


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.slow
def test_a_card_with_the_keyboard_has_a_ring_in_the_focus_colour(demo, themed, theme):
    demo.looks.set_look(theme=theme)
    view = demo.view
    view.setFocus(Qt.FocusReason.OtherFocusReason)  # the board, no card yet
    scene = demo.current_scene()
    scene.clearSelection()
    first = view.reader.order()[0]
    area = view.mapFromScene(first.sceneBoundingRect()).boundingRect().adjusted(-8, -8, 8, 8)
    area = area.intersected(QRect(0, 0, view.viewport().width(), view.viewport().height()))
    before = view.viewport().grab(area).toImage()
    press(K.Key_Tab)
    assert view.focused_card() is first
    QApplication.processEvents()
    after = view.viewport().grab(area).toImage()
    focus = THEMES[theme].focus
    ring = sum(1 for x in range(after.width()) for y in range(after.height())
               if QColor(after.pixel(x, y)).rgb() == focus.rgb())
    assert changed(before, after) >= 2 * (area.width() + area.height())
    assert ring >= area.width() + area.height()  # at least half way round, in that colour
