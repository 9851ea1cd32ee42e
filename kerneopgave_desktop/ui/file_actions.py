"""Print (with preview) and export and import from the File menu; dialogs remember the folder."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from kerneopgave_desktop.domain.progress import Cancelled, Progress, share
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.interchange import InterchangeError
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.icons import themed_icon
from kerneopgave_desktop.ui.progress import ProgressDialog
from kerneopgave_desktop.ui.settings import PAPERS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MAX_RASTER_DPI = 300
"""Pages are rasterised at the printer's resolution, up to this (a 1200 DPI A3 page would
need half a gigabyte of memory and prints no better)."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("FileActions", source)


class FileActions(QObject):
    """The File menu's print, export, import and backup actions."""

    def __init__(self, context: WindowContext, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.print_action = new_action(self, _tr("Udskriv…"), self.print_report,
                                       QKeySequence.StandardKey.Print, icon="printer")
        self.preview_action = new_action(self, _tr("Vis udskrift…"), self.preview, icon="eye")
        self.export_menu = QMenu(_tr("Eksportér"), context.dialog_parent)
        self.export_menu.setIcon(themed_icon("file-output"))
        self.mask_action = new_action(self, _tr("Skjul personoplysninger i eksporten"),
                                      self._mask_chosen, checkable=True)
        self.mask_action.setToolTip(_tr("Det, der ligner CPR-numre, telefonnumre og "
                                        "e-mailadresser, bliver til •• i alle eksporter"))
        self.export_menu.addAction(self.mask_action)
        self.export_menu.addSeparator()
        for label, slot in (
                (_tr("PDF-rapport (tavler og referat)…"), self.export_pdf),
                (_tr("Referat som Word…"), self.export_docx),
                (_tr("Kort som Excel-projektmappe…"), self.export_xlsx),
                (_tr("Tavlen som PNG…"), self.export_png),
                (_tr("Tavlen som SVG…"), self.export_svg),
                (_tr("Referat som Markdown…"), self.export_markdown),
                (_tr("Kort som CSV (Excel)…"), self.export_csv),
                (_tr("JSON (alt, uden tab)…"), self.export_json),
                (_tr("Tavlen som JSON Canvas…"), self.export_canvas)):
            self.export_menu.addAction(new_action(self, label, slot))
        self.import_action = new_action(self, _tr("Importér…"), self.import_file,
                                        icon="file-input")
        self.backup_action = new_action(self, _tr("Gendan fra sikkerhedskopi…"),
                                        self.open_backup, icon="history")
        self.actions = [self.print_action, self.preview_action, self.export_menu,
                        self.import_action, self.backup_action]
        """In the menu's order; the export submenu among them."""
        self.edit_actions = [self.import_action]

    # -- files ----------------------------------------------------------------------

    def _folder(self) -> str:
        return str(self.settings.last_folder)

    # The file dialog's class is loaded when a dialog is first opened (~3 ms at start-up).

    def _save_path(self, title: str, suffix: str, name_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        stem = self.context.document.store.path.stem if self.context.document.store else "tavle"
        path, _ = QFileDialog.getSaveFileName(self.context.dialog_parent, title,
                                              str(Path(self._folder()) / f"{stem}.{suffix}"),
                                              name_filter)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        self.settings.last_folder = path.parent
        return path

    def _write(self, title: str, suffix: str, name_filter: str, make,
               working: str = "") -> None:
        """Ask where, make the bytes and write them there atomically. With `working`, `make`
        is given a progress bar under that label (shown when it takes a while) with a
        Cancel button; cancelled, nothing is written."""
        path = self._save_path(title, suffix, name_filter)
        if path is None:
            return
        from kerneopgave_desktop.document import FileProblem
        from kerneopgave_desktop.document.files import write_output

        try:
            if working:
                with ProgressDialog(self.context.dialog_parent, working) as progress:
                    data = make(progress)
            else:
                data = make()
            write_output(path, data)
        except Cancelled:
            self.context.show_status(_tr("Eksporten blev afbrudt; intet blev gemt."), 8000)
            return
        except (FileProblem, InterchangeError) as error:
            self.context.show_problem(str(error))
            return
        self.context.show_status(_tr("Gemt: {path}").format(path=visible(path)), 8000)

    @property
    def mask_personal(self) -> bool:
        """Whether exports mask what looks like personal data (domain.personal)."""
        return self.mask_action.isChecked()

    def _mask_chosen(self) -> None:
        self.context.show_status(
            _tr("Eksporterne skjuler nu det, der ligner personoplysninger.")
            if self.mask_personal else
            _tr("Eksporterne viser igen alt, som det står på kortene."), 6000)

    def _board(self):
        """The board shown, as it is exported (masked when asked)."""
        scene = self.context.current_scene()
        if scene is None or scene.board is None:
            return None
        return self._workshop().board(scene.board.id)

    def _workshop(self):
        """The workshop as it is exported: masked when "Skjul personoplysninger" is on."""
        workshop = self.context.document.workshop
        if not self.mask_personal:
            return workshop
        from kerneopgave_desktop.domain.personal import masked_workshop
        return masked_workshop(workshop)

    def _document(self):
        """The document to draw a board picture from: a masked copy when asked."""
        if not self.mask_personal:
            return self.context.document
        from kerneopgave_desktop.document import Document
        return Document(self._workshop(), read_only=True)

    # -- exports --------------------------------------------------------------------

    def report_pdf(self, paper: str = "A4", masked: bool = False,
                   progress: Progress | None = None) -> bytes:
        """The PDF report of the whole workshop on `paper`: what is printed, and exported
        (`masked` when personal data is to be hidden), telling `progress` how far it is."""
        from kerneopgave_desktop.printing.report import write_report
        out = io.BytesIO()
        workshop = self._workshop() if masked else self.context.document.workshop
        write_report(workshop, out, paper=paper, progress=progress)
        return out.getvalue()

    def export_pdf(self) -> None:
        papers = list(PAPERS)
        paper, ok = QInputDialog.getItem(self.context.dialog_parent, _tr("PDF-rapport"),
                                         _tr("Papir:"), papers, papers.index(self.settings.paper),
                                         False)
        if ok:
            self.settings.paper = paper
            self._write(_tr("Gem PDF-rapport"), "pdf", "PDF (*.pdf)",
                        lambda progress: self.report_pdf(paper, masked=True, progress=progress),
                        working=_tr("Laver PDF-rapporten …"))

    def export_docx(self) -> None:
        from kerneopgave_desktop.interchange import docx
        from kerneopgave_desktop.printing.pictures import board_pictures
        workshop = self._workshop()
        self._write(_tr("Gem referat som Word"), "docx", "Word (*.docx)",
                    lambda: docx.dumps(workshop, pictures=board_pictures(workshop.boards)))

    def export_xlsx(self) -> None:
        from kerneopgave_desktop.interchange import xlsx
        self._write(_tr("Gem Excel-projektmappe"), "xlsx", "Excel (*.xlsx)",
                    lambda: xlsx.dumps(self._workshop()))

    def export_png(self) -> None:
        from kerneopgave_desktop.canvas import export
        board = self._board()
        if board is None:
            return
        dpi, ok = QInputDialog.getInt(self.context.dialog_parent, _tr("Tavlen som PNG"),
                                      _tr("Opløsning (72–600 DPI):"), 150, 72, 600, 25)
        if ok:
            self._write(_tr("Gem PNG"), "png", "PNG (*.png)",
                        lambda: export.png_bytes(self._document(), board.id, dpi))

    def export_svg(self) -> None:
        from kerneopgave_desktop.canvas import export
        board = self._board()
        if board is not None:
            self._write(_tr("Gem SVG"), "svg", "SVG (*.svg)",
                        lambda: export.svg_bytes(self._document(), board.id, board.title))

    def export_markdown(self) -> None:
        from kerneopgave_desktop.interchange import markdown
        self._write(_tr("Gem referat"), "md", "Markdown (*.md)",
                    lambda: markdown.dumps(self._workshop()).encode("utf-8"))

    def export_csv(self) -> None:
        from kerneopgave_desktop.interchange import csv as csv_format
        self._write(_tr("Gem CSV"), "csv", "CSV (*.csv)",
                    lambda: csv_format.dumps(self._workshop()).encode("utf-8"))

    def export_json(self) -> None:
        from kerneopgave_desktop.interchange import json as json_format
        self._write(_tr("Gem JSON"), "json", "JSON (*.json)",
                    lambda: json_format.dumps(self._workshop()).encode("utf-8"))

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
            self.context.dialog_parent, _tr("Importér"), self._folder(),
            _tr("Tavler (*.json *.canvas *.csv *.xlsx)"))
        if not path:
            return
        path = Path(path)
        self.settings.last_folder = path.parent
        notes: list[str] = []
        # A large file shows how far it has come: reading it is the first half of the bar,
        # writing it to the workshop the second; Cancel leaves the workshop as it was.
        with ProgressDialog(self.context.dialog_parent, _tr("Importerer {name} …").format(
                name=visible(path.name))) as progress:
            try:
                imported = read_import(path, format_of(path) or "json", notes,
                                       share(progress, 0.0, 0.5))
            except InterchangeError as error:
                progress.close()
                self.context.show_problem(str(error))
                return
            except Cancelled:
                self.context.show_status(_tr("Importen blev afbrudt; intet blev ændret."), 8000)
                return
            boards = new_boards(self.context.document.workshop, imported)
            if len(boards) < len(imported.boards):
                progress.close()
                self.context.show_problem(_tr("Nogle tavler findes allerede i arbejdsmødet og "
                                              "blev ikke importeret igen."))
            if boards:
                document = self.context.document

                def add() -> None:
                    for board in boards:
                        document.apply(AddBoard(board))
                try:
                    self.context.door.group(
                        QCoreApplication.translate("FileActions", "Importér %n tavle(r)", None,
                                                   len(boards)),
                        add, origin=self, progress=share(progress, 0.5, 1.0))
                except Cancelled:
                    self.context.show_status(_tr("Importen blev afbrudt; intet blev ændret."),
                                             8000)
                    return
        # A CSV's last note says how it was read: worth a status line. Anything dropped or
        # changed on the way in is worth a look.
        read_as = notes[-1:] if format_of(path) == "csv" else []
        changed = notes[:len(notes) - len(read_as)]
        if changed:
            self.context.show_problem(_tr("Importeret, med disse ændringer:") + "\n"
                                      + "\n".join(changed))
        elif read_as:
            self.context.show_status(read_as[0], 8000)

    def open_backup(self) -> QWidget | None:
        """One of this file's daily copies, read-only; Gem som keeps what is needed."""
        from kerneopgave_desktop.document import FileProblem
        from kerneopgave_desktop.document.backups import backups_of, open_backup

        found = backups_of(self.context.document)
        if not found:
            self.context.show_problem(_tr("Der er ingen sikkerhedskopier af denne fil endnu. "
                                          "Der tages én, hver dag filen åbnes."))
            return None
        labels = [day.isoformat() for day, _ in found]
        chosen, ok = QInputDialog.getItem(self.context.dialog_parent,
                                          _tr("Gendan fra sikkerhedskopi"),
                                          _tr("Sikkerhedskopi fra:"), labels, 0, False)
        if not ok:
            return None
        try:
            document = open_backup(found[labels.index(chosen)][1])
        except FileProblem as error:
            self.context.show_problem(str(error))
            return None
        title = _tr("Sikkerhedskopi fra {day} (skrivebeskyttet) – brug Gem som…").format(
            day=chosen)
        return self.context.windows.open_read_only(document, title)

    # -- printing ---------------------------------------------------------------------
    # Print support and the page and image classes load when first printing.

    def _printer(self, paper: str = "A4") -> QPrinter:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if paper == "A3"
                                      else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    @staticmethod
    def pdf_file(printer: QPrinter) -> Path | None:
        """The PDF file `printer` prints to, if it prints to one (Udskriv til fil): it gets
        the report as exported, text and lines, where pages of pixels made a file a hundred
        times larger with no text to search or copy."""
        from PySide6.QtPrintSupport import QPrinter

        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
                printer.outputFileName():
            return Path(printer.outputFileName())
        return None

    def paint(self, printer: QPrinter, progress: Progress | None = None) -> None:
        """Exactly the PDF's pages, as pixels at the printer's resolution, telling `progress`
        how far it has come (making the report is most of it). Cancelled while pages are
        being sent, the print run is aborted (printed to a file, the part written goes)."""
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

        from kerneopgave_desktop.printing.raster import pages

        size = printer.pageLayout().pageSize().id()
        paper = "A3" if size == QPageSize.PageSizeId.A3 else "A4"
        to_file = self.pdf_file(printer)
        if to_file is not None:  # printed to a PDF file: the report itself, not its pixels
            from kerneopgave_desktop.document.files import write_output

            write_output(to_file, self.report_pdf(paper, progress=progress))
            return
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        pdf = self.report_pdf(paper, progress=share(progress, 0.0, 0.8))
        painter = None
        try:
            for number, page in enumerate(pages(pdf, dpi, share(progress, 0.8, 1.0))):
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
        except Cancelled:
            if painter is not None:
                printer.abort()
                painter.end()
                if printer.outputFileName():  # printed to a file: no half of it is left
                    Path(printer.outputFileName()).unlink(missing_ok=True)
            raise
        if painter is not None:
            painter.end()

    def preview(self) -> QWidget | None:
        """Vis udskrift: the report's own pages, each in its orientation (ui.print_preview);
        Udskriv… there prints them on the paper chosen."""
        from PySide6.QtCore import Qt

        from kerneopgave_desktop.ui.print_preview import PrintPreview

        def chosen(paper: str) -> None:
            self.settings.paper = paper

        dialog = PrintPreview(lambda paper, progress: self.report_pdf(paper, progress=progress),
                              self.settings.paper, list(PAPERS),
                              lambda: self.print_report(dialog.paper.currentText()),
                              self.context.dialog_parent)
        if not dialog.made:  # cancelled while the report was being made
            dialog.deleteLater()
            return None
        dialog.paper_changed.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_report(self, paper: str | None = None) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        printer = self._printer(paper or self.settings.paper)
        dialog = QPrintDialog(printer, self.context.dialog_parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                with ProgressDialog(self.context.dialog_parent, _tr("Udskriver …")) as progress:
                    self.paint(printer, progress)
            except Cancelled:
                self.context.show_status(_tr("Udskrivningen er annulleret."), 5000)
