"""Print (with preview) and export and import from the File menu; dialogs remember the folder."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.interchange import InterchangeError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from kerneopgave_desktop.ui.main_window import MainWindow

MAX_RASTER_DPI = 300
"""Pages are rasterised at the printer's resolution, up to this (a 1200 DPI A3 page would
need half a gigabyte of memory and prints no better)."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("FileActions", source)


class FileActions(QObject):
    def __init__(self, window: MainWindow, menu):
        super().__init__(window)
        self.window = window
        self.settings = QSettings("Kerneopgave-tavlen", "Kerneopgave-tavlen")
        window._action(menu, _tr("Udskriv…"), self.print_report, QKeySequence.StandardKey.Print)
        window._action(menu, _tr("Vis udskrift…"), self.preview)
        export = menu.addMenu(_tr("Eksportér"))
        for label, _suffix, slot in (
                (_tr("PDF-rapport (tavler og referat)…"), "pdf", self.export_pdf),
                (_tr("Referat som Word…"), "docx", self.export_docx),
                (_tr("Kort som Excel-projektmappe…"), "xlsx", self.export_xlsx),
                (_tr("Tavlen som PNG…"), "png", self.export_png),
                (_tr("Tavlen som SVG…"), "svg", self.export_svg),
                (_tr("Referat som Markdown…"), "md", self.export_markdown),
                (_tr("Kort som CSV (Excel)…"), "csv", self.export_csv),
                (_tr("JSON (alt, uden tab)…"), "json", self.export_json),
                (_tr("Tavlen som JSON Canvas…"), "canvas", self.export_canvas)):
            window._action(export, label, slot)
        window._action(menu, _tr("Importér…"), self.import_file)
        window._action(menu, _tr("Gendan fra sikkerhedskopi…"), self.open_backup)
        self.windows: list = []

    # -- files ----------------------------------------------------------------------

    def _folder(self) -> str:
        return str(self.settings.value("last_folder", "") or Path.home())

    # The file dialog's class is loaded when a dialog is first opened (~3 ms at start-up).

    def _save_path(self, title: str, suffix: str, name_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        stem = self.window.document.store.path.stem if self.window.document.store else "tavle"
        path, _ = QFileDialog.getSaveFileName(self.window, title,
                                              str(Path(self._folder()) / f"{stem}.{suffix}"),
                                              name_filter)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        self.settings.setValue("last_folder", str(path.parent))
        return path

    def _write(self, title: str, suffix: str, name_filter: str, make) -> None:
        path = self._save_path(title, suffix, name_filter)
        if path is None:
            return
        from kerneopgave_desktop.storage import FileProblem
        from kerneopgave_desktop.storage.atomic import write_bytes

        try:
            write_bytes(path, make())
        except (FileProblem, InterchangeError) as error:
            self.window.show_problem(str(error))
            return
        self.window.statusBar().showMessage(_tr("Gemt: {path}").format(path=visible(path)), 8000)

    def _board(self):
        scene = self.window.current_scene()
        return scene.board if scene is not None else None

    # -- exports --------------------------------------------------------------------

    def _pdf(self, paper: str = "A4") -> bytes:
        from kerneopgave_desktop.printing.report import write_report
        out = io.BytesIO()
        write_report(self.window.document.workshop, out, paper=paper)
        return out.getvalue()

    def export_pdf(self) -> None:
        papers = ["A4", "A3"]
        paper, ok = QInputDialog.getItem(self.window, _tr("PDF-rapport"), _tr("Papir:"), papers,
                                         0, False)
        if ok:
            self._write(_tr("Gem PDF-rapport"), "pdf", "PDF (*.pdf)", lambda: self._pdf(paper))

    def export_docx(self) -> None:
        from kerneopgave_desktop.interchange import docx
        from kerneopgave_desktop.printing.pictures import board_pictures
        workshop = self.window.document.workshop
        self._write(_tr("Gem referat som Word"), "docx", "Word (*.docx)",
                    lambda: docx.dumps(workshop, pictures=board_pictures(workshop.boards)))

    def export_xlsx(self) -> None:
        from kerneopgave_desktop.interchange import xlsx
        self._write(_tr("Gem Excel-projektmappe"), "xlsx", "Excel (*.xlsx)",
                    lambda: xlsx.dumps(self.window.document.workshop))

    def export_png(self) -> None:
        from kerneopgave_desktop.canvas import export
        board = self._board()
        if board is None:
            return
        dpi, ok = QInputDialog.getInt(self.window, _tr("Tavlen som PNG"), _tr("Opløsning (DPI):"),
                                      150, 72, 600, 25)
        if ok:
            self._write(_tr("Gem PNG"), "png", "PNG (*.png)",
                        lambda: export.png_bytes(self.window.document, board.id, dpi))

    def export_svg(self) -> None:
        from kerneopgave_desktop.canvas import export
        board = self._board()
        if board is not None:
            self._write(_tr("Gem SVG"), "svg", "SVG (*.svg)",
                        lambda: export.svg_bytes(self.window.document, board.id, board.title))

    def export_markdown(self) -> None:
        from kerneopgave_desktop.interchange import markdown
        self._write(_tr("Gem referat"), "md", "Markdown (*.md)",
                    lambda: markdown.dumps(self.window.document.workshop).encode("utf-8"))

    def export_csv(self) -> None:
        from kerneopgave_desktop.interchange import csv as csv_format
        self._write(_tr("Gem CSV"), "csv", "CSV (*.csv)",
                    lambda: csv_format.dumps(self.window.document.workshop).encode("utf-8"))

    def export_json(self) -> None:
        from kerneopgave_desktop.interchange import json as json_format
        self._write(_tr("Gem JSON"), "json", "JSON (*.json)",
                    lambda: json_format.dumps(self.window.document.workshop).encode("utf-8"))

    def export_canvas(self) -> None:
        from kerneopgave_desktop.interchange import canvas
        board = self._board()
        if board is not None:
            self._write(_tr("Gem JSON Canvas"), "canvas", "JSON Canvas (*.canvas)",
                        lambda: canvas.dumps(board).encode("utf-8"))

    def import_file(self) -> None:
        """Boards from JSON, JSON Canvas, CSV or Excel join this workshop as new boards."""
        from PySide6.QtWidgets import QFileDialog

        from kerneopgave_desktop.document import AddBoard
        from kerneopgave_desktop.interchange.reader import format_of, new_boards, read_import

        path, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Importér"), self._folder(),
            _tr("Tavler (*.json *.canvas *.csv *.xlsx)"))
        if not path:
            return
        path = Path(path)
        self.settings.setValue("last_folder", str(path.parent))
        notes: list[str] = []
        try:
            imported = read_import(path, format_of(path) or "json", notes)
        except InterchangeError as error:
            self.window.show_problem(str(error))
            return
        boards = new_boards(self.window.document.workshop, imported)
        if len(boards) < len(imported.boards):
            self.window.show_problem(_tr("Nogle tavler findes allerede i arbejdsmødet og blev "
                                         "ikke importeret igen."))
        if boards:
            document = self.window.document

            def add() -> None:
                for board in boards:
                    document.apply(AddBoard(board))
            self.window.door.group(_tr("Importér {n} tavle(r)").format(n=len(boards)), add)
        # A CSV's last note says how it was read: worth a status line. Anything dropped or
        # changed on the way in is worth a look.
        read_as = notes[-1:] if format_of(path) == "csv" else []
        changed = notes[:len(notes) - len(read_as)]
        if changed:
            self.window.show_problem(_tr("Importeret, med disse ændringer:") + "\n"
                                     + "\n".join(changed))
        elif read_as:
            self.window.statusBar().showMessage(read_as[0], 8000)

    def open_backup(self):
        """One of this file's daily copies, read-only; Gem som keeps what is needed."""
        from kerneopgave_desktop.document import FileProblem, open_document
        from kerneopgave_desktop.storage.backups import backups_of
        from kerneopgave_desktop.ui.main_window import MainWindow
        store = self.window.document.store
        found = backups_of(store.path) if store is not None else []
        if not found:
            self.window.show_problem(_tr("Der er ingen sikkerhedskopier af denne fil endnu. "
                                         "Der tages én, hver dag filen åbnes."))
            return None
        labels = [day.isoformat() for day, _ in found]
        chosen, ok = QInputDialog.getItem(self.window, _tr("Gendan fra sikkerhedskopi"),
                                          _tr("Sikkerhedskopi fra:"), labels, 0, False)
        if not ok:
            return None
        try:
            document = open_document(found[labels.index(chosen)][1], read_only=True)
        except FileProblem as error:
            self.window.show_problem(str(error))
            return None
        window = MainWindow(document)
        window.setWindowTitle(_tr("Sikkerhedskopi fra {day} (skrivebeskyttet) – brug Gem som…")
                              .format(day=chosen))
        self.windows.append(window)
        window.show()
        return window

    # -- printing ---------------------------------------------------------------------
    # Print support and the page and image classes load when first printing.

    def _printer(self) -> QPrinter:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    def paint(self, printer: QPrinter) -> None:
        """Exactly the PDF's pages, as pixels at the printer's resolution."""
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

        from kerneopgave_desktop.printing.raster import pages

        size = printer.pageLayout().pageSize().id()
        paper = "A3" if size == QPageSize.PageSizeId.A3 else "A4"
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        painter = None
        for number, page in enumerate(pages(self._pdf(paper), dpi)):
            orientation = (QPageLayout.Orientation.Landscape if page.landscape
                           else QPageLayout.Orientation.Portrait)
            if number:
                printer.setPageOrientation(orientation)
                printer.newPage()
            else:
                printer.setPageOrientation(orientation)
                painter = QPainter(printer)
            image = QImage(page.pixels, page.width, page.height, page.stride,
                           QImage.Format.Format_RGB32)
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
        if painter is not None:
            painter.end()

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(_tr("Vis udskrift"))
        dialog.paintRequested.connect(self.paint)
        dialog.exec()

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint(printer)
