"""Printing shows exactly the PDF's pages; the File menu exports every format."""



import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.ui.main_window import MainWindow


@pytest.fixture
def demo(qtbot, tmp_path, settings):
    window = MainWindow(create_document(tmp_path / "demo.kerneopgave", demo_workshop()),
                        settings=settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.slow
def test_printing_paints_every_page_of_the_report_in_its_own_orientation(demo, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    demo.files.paint(printer)
    pages = PdfReader(tmp_path / "printed.pdf").pages
    report = PdfReader(io.BytesIO(demo.files.report_pdf("A3"))).pages
    assert len(pages) == len(report) >= 6
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    assert all(w > h for w, h in sizes[:4]) and all(h > w for w, h in sizes[4:])
    assert round(max(sizes[0])) == 1191  # A3, as chosen in the dialog


@pytest.mark.parametrize("slot, suffix, magic", [
    ("export_pdf", "pdf", b"%PDF-"),
    pytest.param("export_docx", "docx", b"PK\x03\x04", marks=pytest.mark.slow),
    ("export_xlsx", "xlsx", b"PK\x03\x04"), ("export_png", "png", b"\x89PNG"),
    ("export_svg", "svg", b"<?xml"), ("export_markdown", "md", b"# Referat"),
    ("export_csv", "csv", b"\xef\xbb\xbfTavle"), ("export_json", "json", b"{"),
    ("export_canvas", "canvas", b"{")])
def test_every_export_from_the_menu_writes_its_format_and_remembers_the_folder(
        demo, tmp_path, monkeypatch, slot, suffix, magic):
    folder = tmp_path / "ud"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / "eksport"), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A4", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (96, True))
    getattr(demo.files, slot)()
    written = folder / f"eksport.{suffix}"
    assert written.read_bytes().startswith(magic)
    assert demo.settings.last_folder == folder


def test_import_adds_the_boards_as_one_step(demo, tmp_path, monkeypatch):
    from kerneopgave_desktop.interchange import canvas
    source = tmp_path / "andet.canvas"
    other = demo_workshop().boards[1]
    source.write_text(canvas.dumps(other), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    demo.files.import_file()
    assert demo.tabs.count() == 5 and demo.document.workshop.boards[-1].title == other.title
    demo.document.undo()
    assert demo.tabs.count() == 4


def test_import_reads_an_excel_workbook(demo, tmp_path, monkeypatch):
    from kerneopgave_desktop.domain.model import Board, Note, Workshop
    from kerneopgave_desktop.interchange import xlsx
    source = tmp_path / "kort.xlsx"
    board = Board(id="b", title="Fra Excel", cards={"n": Note(id="n", text="5-6")})
    source.write_bytes(xlsx.dumps(Workshop(boards=[board])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    demo.files.import_file()
    added = demo.document.workshop.boards[-1]
    assert added.title == "Fra Excel" and [c.text for c in added.cards.values()] == ["5-6"]
