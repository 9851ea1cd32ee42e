"""Vis udskrift shows exactly the pages that print: each in its own orientation, whole, in the
one-page and the all-pages view, rendered as they come into view."""

import io

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.print_preview import PageView


@pytest.fixture
def preview(qtbot, tmp_path, settings):
    window = MainWindow(create_document(tmp_path / "demo.kerneopgave", demo_workshop()),
                        settings=settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.files.preview()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    yield window, dialog
    dialog.close()


def _report(window, paper="A4"):
    return PdfReader(io.BytesIO(window.files.report_pdf(paper))).pages


@pytest.mark.slow
def test_it_shows_every_page_of_the_report_in_its_own_orientation(preview):
    window, dialog = preview
    pages = _report(window)
    assert len(dialog.views) == len(pages) >= 6
    for view, page in zip(dialog.views, pages, strict=True):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert view.landscape == (width > height)
        assert abs(view.width() / view.height() - width / height) < 0.01  # not cut, not turned
    assert {view.landscape for view in dialog.views} == {True, False}  # boards, then minutes


@pytest.mark.slow
def test_the_first_page_is_shown_at_once_and_the_others_when_they_come_into_view(preview):
    _, dialog = preview
    assert dialog.views[0].renders == 1
    assert all(view.renders == 0 for view in dialog.views[1:])
    dialog.go(3)
    QApplication.processEvents()
    dialog.views[3].repaint()
    assert dialog.views[3].renders == 1 and dialog.views[1].renders == 0


@pytest.mark.slow
def test_one_page_at_a_time_and_all_pages_each_whole_and_apart(preview):
    _, dialog = preview
    room = dialog.scroll.maximumViewportSize()
    assert len(dialog.page_rects()) == 1 and dialog.where.text() == "Side 1 af 8"
    for _ in range(len(dialog.views)):
        shown = next(view for view in dialog.views if view.isVisible())
        assert shown.width() <= room.width() and shown.height() <= room.height()
        dialog.go(1)
    assert dialog.where.text() == "Side 8 af 8" and not dialog.next_button.isEnabled()
    dialog.all_button.click()
    QApplication.processEvents()
    rects = dialog.page_rects()
    assert len(rects) == len(dialog.views)
    for number, rect in enumerate(rects):
        assert rect.width() <= room.width() and rect.height() <= room.height()
        assert QRect(dialog.sheet.rect()).contains(rect)
        assert not any(rect.intersects(other) for other in rects[number + 1:])
    assert [rect.top() for rect in rects] == sorted(rect.top() for rect in rects)


@pytest.mark.slow
def test_a_page_looks_as_it_prints(preview):
    window, dialog = preview
    dialog.go(4)  # the first page of the minutes, portrait after the landscape boards
    QApplication.processEvents()
    view: PageView = dialog.views[4]
    shown = view.grab().toImage()
    document = pypdfium2.PdfDocument(window.files.report_pdf("A4"))
    expected = document[4].render(scale=view.width() / document[4].get_size()[0]).to_pil()
    document.close()
    assert (expected.width, expected.height) == (shown.width(), shown.height())
    differing = 0
    for x in range(2, shown.width() - 2, 7):
        for y in range(2, shown.height() - 2, 7):
            colour = shown.pixelColor(x, y)
            red, green, blue = expected.getpixel((x, y))[:3]
            distance = abs(colour.red() - red) + abs(colour.green() - green) \
                + abs(colour.blue() - blue)
            differing += distance > 60
    assert differing < 20


@pytest.mark.slow
def test_print_and_the_paper_are_there(preview, monkeypatch):
    window, dialog = preview
    printed = []
    monkeypatch.setattr(type(window.files), "print_report",
                        lambda self, paper=None: printed.append(paper))
    dialog.paper.setCurrentText("A3")
    assert window.settings.paper == "A3" and len(dialog.views) == len(_report(window, "A3"))
    next(button for button in dialog.findChildren(type(dialog.next_button))
         if button.text() == "Udskriv…").click()
    assert printed == ["A3"]
