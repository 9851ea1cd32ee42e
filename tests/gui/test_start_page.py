"""The start page (issue 17): a gallery of the templates drawn from their boards, all eight in
view at 1280x720 and up, recent files with title, last opened, boards and a picture."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.model import Board, Workshop, WorkshopInfo
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.app import install_translators
from kerneopgave_desktop.ui.start_page import SUBTITLE, StartPage


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_all_eight_templates_are_in_view_without_scrolling(qtbot, size):
    page = StartPage([])
    qtbot.addWidget(page)
    page.setGeometry(0, 0, *size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    gallery = page.templates
    view = gallery.viewport().rect()
    rects = [gallery.visualItemRect(gallery.item(row)) for row in range(gallery.count())]
    assert len(rects) == 8 and all(view.contains(rect) for rect in rects), (size, rects)
    assert len({rect.top() for rect in rects}) == 2  # two rows of four
    assert gallery.verticalScrollBar().maximum() == 0
    if size[0] == 1920:  # the tiles grow with the window: the space is used
        assert rects[0].width() > 260


def test_each_template_shows_its_own_board_and_purpose(qtbot):
    page = StartPage([])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    pictures = []
    for row, template in enumerate(TEMPLATES.values()):
        item = page.templates.item(row)
        assert item.data(SUBTITLE) == template.purpose()
        picture = item.data(Qt.ItemDataRole.DecorationRole)
        assert picture is not None and not picture.isNull()
        pictures.append(picture.toImage())
    assert len({image.cacheKey() for image in pictures}) == 8
    assert pictures[1] != pictures[2]  # each drawn from its own board


def test_a_click_on_a_template_starts_a_new_workshop_and_there_is_one_primary_action(qtbot):
    page = StartPage([])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    gallery = page.templates
    with qtbot.waitSignal(page.new_requested) as new:
        qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton,
                         pos=gallery.visualItemRect(gallery.item(4)).center())
    assert new.args == [list(TEMPLATES)[4]]
    defaults = [button for button in page.findChildren(QPushButton) if button.isDefault()]
    assert defaults == [page.new_button] and page.new_button.text() == "Nyt arbejdsmøde…"


def test_recent_files_show_title_when_last_opened_boards_and_a_picture(qapp, qtbot, tmp_path):
    install_translators(qapp, "da")  # the Danish plural forms
    path = tmp_path / "marts.kerneopgave"
    workshop = Workshop(info=WorkshopInfo(title="Personalemøde i marts"),
                        boards=[TEMPLATES["niveauer"].board(), Board(id="b2", title="To")])
    create_document(path, workshop).close()
    opened = datetime.now().replace(hour=9, minute=5)
    page = StartPage([str(path)], last_opened=lambda p: opened if p == str(path) else None)
    qtbot.addWidget(page)
    item = page.recent.item(0)
    assert item.text() == "Personalemøde i marts"
    assert item.data(SUBTITLE).splitlines() == ["Åbnet i dag kl. 09.05",
                                                "2 tavler · marts.kerneopgave"]
    assert not item.data(Qt.ItemDataRole.DecorationRole).isNull()
    with qtbot.waitSignal(page.open_requested) as chosen:
        page.recent.setCurrentRow(0)
        qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert chosen.args == [str(path)]


def test_without_recent_files_the_page_says_what_will_be_there(qtbot):
    page = StartPage([])
    qtbot.addWidget(page)
    assert page.recent_hint.isVisibleTo(page) and not page.recent.isVisibleTo(page)
    assert "Ingen filer endnu" in page.recent_hint.text()


def test_the_settings_remember_when_each_recent_file_was_opened(tmp_path, settings):
    path = tmp_path / "a.kerneopgave"
    path.touch()
    when = datetime(2026, 3, 3, 14, 30)
    settings.remember_file(path, when)
    assert settings.last_opened(str(path.resolve())) == when
    assert settings.last_opened(str(tmp_path / "other.kerneopgave")) is None
