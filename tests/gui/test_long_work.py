"""Long work shows a progress bar whose Cancel leaves nothing behind: opening a large file,
importing many cards, the PDF report, Vis udskrift and printing."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)

from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.domain.progress import SCALE
from kerneopgave_desktop.interchange import csv as csv_format
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui import progress
from kerneopgave_desktop.ui.app import Application
from tests.gui.helpers import saved


@pytest.fixture
def application(qapp, tmp_path, monkeypatch, settings):
    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path / "Kerneopgave")
    application = Application(qapp, settings)
    yield application
    for window in application.windows:
        window.close()


def many_cards(count: int) -> Workshop:
    return Workshop(boards=[Board(id="stor", title="Stor", cards={
        f"c{i}": Note(id=f"c{i}", text=f"Kort {i}", x=i % 70 * 260.0, y=i // 70 * 170.0)
        for i in range(count)})])


def cancel_when(monkeypatch, qtbot, ready) -> list[str]:
    """Press the progress bar's Cancel (with the mouse) at the first call where `ready(done,
    total)` holds; the label of the bar it was pressed on is noted in the list returned."""
    monkeypatch.setattr(progress, "SHOWN_AFTER", 0.0)  # shown at once, as slow work is
    pressed: list[str] = []
    real = progress.ProgressDialog.__call__

    def call(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and not pressed and ready(done, total):
            button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annuller")
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pressed.append(dialog.labelText())
        real(self, done, total)

    monkeypatch.setattr(progress.ProgressDialog, "__call__", call)
    return pressed


def progress_seen(monkeypatch) -> list[int]:
    """The values a progress bar shows, shown at once, in the order shown (the list fills as
    the work goes)."""
    monkeypatch.setattr(progress, "SHOWN_AFTER", 0.0)
    seen: list[int] = []
    real = progress.ProgressDialog.__call__

    def call(self, done: int, total: int) -> None:
        real(self, done, total)
        if self.dialog is not None and self.dialog.isVisible():
            seen.append(self.dialog.value())

    monkeypatch.setattr(progress.ProgressDialog, "__call__", call)
    return seen


def no_progress_left() -> bool:
    return not any(isinstance(widget, QProgressDialog) and widget.isVisible()
                   for widget in QApplication.topLevelWidgets())


@pytest.mark.slow
def test_cancel_while_a_large_file_opens_leaves_it_unopened(application, tmp_path, qtbot,
                                                            monkeypatch):
    path = tmp_path / "stor.kerneopgave"
    Store.create(path, many_cards(6000)).close()
    on_disk = path.read_bytes()
    pressed = cancel_when(monkeypatch, qtbot, lambda done, total: done > 0)
    assert application.open_file(str(path)) is None
    assert pressed == ["Åbner stor.kerneopgave …"]
    assert application.windows == [] and path.read_bytes() == on_disk and no_progress_left()
    store, _ = Store.open(path)
    assert not store.read_only  # the file was let go
    store.close()


@pytest.mark.parametrize("phase", ["reading", "writing"])
@pytest.mark.slow
def test_cancel_while_many_cards_are_imported_changes_nothing(window, tmp_path, qtbot,
                                                             monkeypatch, phase):
    source = tmp_path / "mange.csv"
    source.write_text(csv_format.dumps(many_cards(8000)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    before = saved(window)
    halfway = SCALE // 2
    pressed = cancel_when(monkeypatch, qtbot, (lambda done, total: 0 < done < halfway)
                          if phase == "reading" else (lambda done, total: done > halfway))
    window.files.import_action.trigger()
    assert pressed == ["Importerer mange.csv …"]
    assert window.document.workshop == before and saved(window) == before
    assert not window.document.can_undo and window.tabs.count() == 1
    assert "afbrudt" in window.statusBar().currentMessage() and no_progress_left()


@pytest.mark.slow
def test_an_import_of_many_cards_lands_whole(window, tmp_path, monkeypatch):
    source = tmp_path / "mange.csv"
    source.write_text(csv_format.dumps(many_cards(8000)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.files.import_action.trigger()
    boards = window.document.workshop.boards
    assert [board.title for board in boards][-1] == "Stor" and len(boards[-1].cards) == 8000
    assert saved(window) == window.document.workshop and no_progress_left()


@pytest.fixture
def large(qtbot, tmp_path, settings):
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.ui.main_window import MainWindow

    window = MainWindow(create_document(tmp_path / "stor.kerneopgave", many_cards(3000)),
                        settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def export_pdf_to(window, monkeypatch, target) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A4", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.export_pdf()


@pytest.mark.slow
def test_cancel_while_the_pdf_is_made_writes_nothing(large, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "rapport.pdf"
    pressed = cancel_when(monkeypatch, qtbot, lambda done, total: done > SCALE // 2)
    export_pdf_to(large, monkeypatch, target)
    assert pressed == ["Laver PDF-rapporten …"]
    assert not target.exists() and list(tmp_path.glob("*.pdf*")) == []
    assert "afbrudt" in large.statusBar().currentMessage() and no_progress_left()


@pytest.mark.slow
def test_the_pdf_of_many_cards_shows_its_progress_and_is_written_whole(large, tmp_path, qtbot,
                                                                       monkeypatch):
    seen = progress_seen(monkeypatch)
    target = tmp_path / "rapport.pdf"
    export_pdf_to(large, monkeypatch, target)
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(
        b"%%EOF")
    assert seen == sorted(seen) and seen[-1] == SCALE and len(set(seen)) > 10
    assert no_progress_left()


def demo_window(qtbot, tmp_path, settings):
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.domain.demo import demo_workshop
    from tests.gui.helpers import shown_window

    return shown_window(qtbot, create_document(tmp_path / "demo.kerneopgave", demo_workshop()),
                        settings)


def shown_previews() -> list:
    from kerneopgave_desktop.ui.print_preview import PrintPreview

    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PrintPreview) and widget.isVisible()]


def test_vis_udskrift_cancelled_while_the_report_is_made_opens_nothing(qtbot, tmp_path,
                                                                      settings, monkeypatch):
    window = demo_window(qtbot, tmp_path, settings)
    pressed = cancel_when(monkeypatch, qtbot, lambda done, total: True)
    assert window.files.preview() is None
    assert pressed == ["Laver udskriften …"]
    assert shown_previews() == [] and no_progress_left()


def test_a_new_paper_cancelled_while_its_report_is_made_keeps_the_pages_shown(
        qtbot, tmp_path, settings, monkeypatch):
    window = demo_window(qtbot, tmp_path, settings)
    dialog = window.files.preview()
    qtbot.waitExposed(dialog)
    pages = dialog.pages
    a4 = [dialog.pages.sizes[i] for i in range(len(dialog.pages))]
    pressed = cancel_when(monkeypatch, qtbot, lambda done, total: True)
    dialog.paper.setCurrentText("A3")
    assert pressed == ["Laver udskriften …"] and no_progress_left()
    assert dialog.pages is pages and dialog.pages.sizes == a4
    assert dialog.paper.currentText() == "A4" and settings.paper == "A4"
    assert len(dialog.views) == len(a4)
    dialog.close()


def print_to_file(window, target, monkeypatch, as_printer: bool = True) -> None:
    """Udskriv… prints to the PDF file `target` at 72 dpi, the print dialog answered OK;
    `as_printer`, the file stands in for a printer (it gets the pages as pixels)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    made = window.files._printer

    def printer(paper: str = "A4") -> QPrinter:
        chosen = made(paper)
        chosen.setResolution(72)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(window.files, "_printer", printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    if as_printer:
        monkeypatch.setattr(window.files, "pdf_file", lambda printer: None)


@pytest.mark.parametrize("phase", ["report", "pages"])
def test_printing_cancelled_stops_and_says_so(qtbot, tmp_path, settings, monkeypatch, phase):
    window = demo_window(qtbot, tmp_path, settings)
    target = tmp_path / "udskrift.pdf"
    print_to_file(window, target, monkeypatch)
    # The report is the first four fifths of the bar, sending its pages the last fifth.
    sent: list[int] = []

    def ready(done: int, total: int) -> bool:
        sent.append(done)
        return done < SCALE * 0.8 if phase == "report" else done > SCALE * 0.8

    pressed = cancel_when(monkeypatch, qtbot, ready)
    window.files.print_report()
    assert pressed == ["Udskriver …"] and no_progress_left()
    assert window.statusBar().currentMessage() == "Udskrivningen er annulleret."
    assert not target.exists()  # printed to a file: no part of the run is left
    if phase == "pages":  # it was stopped while pages were sent, not at the end
        assert SCALE * 0.8 < sent[-1] < SCALE


@pytest.mark.slow
def test_printing_runs_to_the_end_with_a_progress_bar(qtbot, tmp_path, settings, monkeypatch):
    import pypdfium2

    window = demo_window(qtbot, tmp_path, settings)
    target = tmp_path / "udskrift.pdf"
    print_to_file(window, target, monkeypatch)
    seen = progress_seen(monkeypatch)
    shown: list[str] = []
    real = progress.ProgressDialog.__call__

    def call(self, done: int, total: int) -> None:
        real(self, done, total)
        bar = self.dialog.findChild(QProgressBar) if self.dialog is not None else None
        if bar is not None:
            shown.append(bar.text())

    monkeypatch.setattr(progress.ProgressDialog, "__call__", call)
    window.files.print_report()
    assert shown and all(text.endswith(" %") for text in shown)  # "38 %", as in Danish
    printed = pypdfium2.PdfDocument(str(target))
    report = pypdfium2.PdfDocument(window.files.report_pdf("A4"))
    assert len(printed) == len(report) >= 6
    printed.close()
    report.close()
    assert seen == sorted(seen) and seen[0] < SCALE * 0.8 < seen[-2] and no_progress_left()


def test_printing_to_a_pdf_file_writes_the_report_itself(qtbot, tmp_path, settings,
                                                         monkeypatch):
    """Udskriv til fil (PDF) gets the report as exported: its text can be found and copied,
    not pages of pixels a hundred times larger."""
    from pypdf import PdfReader

    window = demo_window(qtbot, tmp_path, settings)
    target = tmp_path / "udskrift.pdf"
    print_to_file(window, target, monkeypatch, as_printer=False)
    window.files.print_report()
    printed = PdfReader(target)
    report = PdfReader(io.BytesIO(window.files.report_pdf("A4")))
    assert [page.extract_text() for page in printed.pages] == [
        page.extract_text() for page in report.pages]
    assert len(printed.pages) >= 6 and all(page.extract_text().strip()
                                           for page in printed.pages)
    assert list(tmp_path.glob("udskrift.pdf*")) == [target]  # written whole, nothing beside
