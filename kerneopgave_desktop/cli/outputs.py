"""The commands that write files (`new`, `import`, `export`), and the check of every
command's file names and texts that runs before any work.

Each writes through storage.atomic: the whole file or nothing under its name.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from kerneopgave_desktop.cli.common import (
    MESSAGE_LIMIT,
    ONE_BOARD,
    SUFFIXES,
    CommandError,
    StderrProgress,
    file_problem,
    find_snapshot,
    read,
)
from kerneopgave_desktop.domain.progress import share
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Cli", source)


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse, before any work, a file name the file system cannot hold and a title or name
    that is not text the model can keep (undecodable bytes, or longer than MAX_TEXT)."""
    from kerneopgave_desktop.domain.model import MAX_TEXT
    from kerneopgave_desktop.storage.atomic import OutputError, check_name

    for name in ("file", "other", "source", "output"):
        value = getattr(args, name, None)
        if value and value != "-":
            try:
                check_name(value)
            except OutputError as error:
                raise CommandError(str(error)) from None
    for name in ("title", "name"):
        value = getattr(args, name, None)
        if value is not None and (len(value) > MAX_TEXT or _undecodable(value)):
            raise CommandError(_tr("--{option} kan ikke bruges: teksten er længere end {limit} "
                                   "tegn eller ikke gyldig UTF-8.").format(
                                       option=name, limit=MAX_TEXT), code=2)


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def new(args: argparse.Namespace) -> int:
    """A new workshop file from a template; never over an existing file."""
    from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo
    from kerneopgave_desktop.domain.templates import TEMPLATES
    from kerneopgave_desktop.interchange.reader import title_of
    from kerneopgave_desktop.storage import FileProblem
    from kerneopgave_desktop.storage.atomic import create_workshop

    template = TEMPLATES.get(args.template)
    if template is None:
        raise CommandError(_tr("Skabelonen '{name}' findes ikke. Vælg en af: {names}.").format(
            name=args.template, names=", ".join(TEMPLATES)), code=2)
    path = Path(args.file)
    title = args.title if args.title is not None else title_of(path)
    workshop = Workshop(info=WorkshopInfo(title=title, date=date.today(), sector=args.sector),
                        boards=[template.board()])
    try:
        create_workshop(path, workshop)
    except FileProblem as error:
        raise file_problem(error) from None
    print(_tr("Oprettede {path}").format(path=visible(path, MESSAGE_LIMIT)))
    return 0


def export(args: argparse.Namespace) -> int:
    """The workshop in one format, to a file (whole or not at all) or to standard output."""
    from kerneopgave_desktop.interchange import InterchangeError
    from kerneopgave_desktop.interchange.image import check_dpi
    from kerneopgave_desktop.storage import FileProblem
    from kerneopgave_desktop.storage.atomic import write_bytes

    try:
        check_dpi(args.dpi)
    except InterchangeError as error:
        raise CommandError(str(error), code=2) from None
    output = None
    if args.output != "-":
        output = Path(args.output or Path(args.file).with_suffix(SUFFIXES[args.format]))
        if _same_file(output, Path(args.file)):
            raise CommandError(_tr("Eksporten må ikke overskrive arbejdsmødefilen selv."), code=2)
    source = read(args.file)
    workshop = source
    if args.mask_personal:
        from kerneopgave_desktop.domain.personal import masked_workshop
        workshop = masked_workshop(source)
    boards = workshop.boards
    if args.board is not None:
        if not 1 <= args.board <= len(boards):
            raise CommandError(_tr("Der er ingen tavle nummer {n}; filen har {count}.").format(
                n=args.board, count=len(boards)), code=2)
        boards = [boards[args.board - 1]]
    elif args.format in ONE_BOARD:
        boards = boards[:1]
    if args.format in ONE_BOARD and not boards:
        raise CommandError(_tr("Filen har ingen tavler at eksportere."), code=1)
    try:
        data = _render(args, workshop, boards, source)
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return 0
        write_bytes(output, data)
    except (InterchangeError, FileProblem) as error:
        raise CommandError(str(error)) from None
    print(_tr("Skrev {path}").format(path=visible(output, MESSAGE_LIMIT)))
    return 0


def _same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file: the same path, or links to one file."""
    try:
        return one.resolve() == other.resolve() or (one.exists() and other.exists()
                                                    and one.samefile(other))
    except OSError:
        return False


def _render(args: argparse.Namespace, workshop, boards, source) -> bytes:
    """The export's bytes (of `workshop`: the file's `source`, or a masked copy of it). Only
    png and svg need Qt, on its offscreen platform."""
    if args.format == "json":
        from kerneopgave_desktop.interchange import json as json_format
        return json_format.dumps(workshop).encode("utf-8")
    since = None
    if args.since:  # named as the file has it, taken from what is exported
        found = find_snapshot(source, args.since, args.file)
        since = next(s for s in workshop.snapshots if s.id == found.id)
    if args.format == "md":
        from kerneopgave_desktop.interchange import markdown
        return markdown.dumps(workshop, boards, since=since).encode("utf-8")
    if args.format == "csv":
        from kerneopgave_desktop.interchange import csv as csv_format
        return csv_format.dumps(workshop, boards).encode("utf-8")
    if args.format == "xlsx":
        from kerneopgave_desktop.interchange import xlsx
        return xlsx.dumps(workshop, boards)
    if args.format == "docx":
        from kerneopgave_desktop.interchange import docx
        from kerneopgave_desktop.printing.pictures import board_pictures
        return docx.dumps(workshop, boards, since=since, pictures=board_pictures(boards))
    if args.format == "canvas":
        from kerneopgave_desktop.interchange import canvas
        return canvas.dumps(boards[0]).encode("utf-8")
    if args.format == "pdf":
        import io

        from kerneopgave_desktop.printing.report import write_report
        out = io.BytesIO()
        write_report(workshop, out, paper=args.paper, boards=boards, since=since,
                     progress=StderrProgress(_tr("skriver PDF")))
        return out.getvalue()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, no display needed
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.canvas import export
    from kerneopgave_desktop.document import Document
    app = QApplication.instance() or QApplication(["kerneopgave"])  # noqa: F841 (kept alive)
    document = Document(workshop)
    if args.format == "png":
        return export.png_bytes(document, boards[0].id, dpi=args.dpi)
    return export.svg_bytes(document, boards[0].id, title=boards[0].title)


def import_workshop(args: argparse.Namespace) -> int:
    """A new workshop file from JSON, JSON Canvas, CSV or Excel, with a note of anything left
    out or changed on the way in."""
    from kerneopgave_desktop.interchange import InterchangeError
    from kerneopgave_desktop.interchange.reader import format_of, read_import
    from kerneopgave_desktop.storage import FileProblem
    from kerneopgave_desktop.storage.atomic import create_workshop

    kind = args.format or format_of(args.source)
    if kind is None:
        raise CommandError(_tr("Kan ikke se, hvilket format {path} har. Brug --format json, "
                               "canvas, csv eller xlsx.").format(path=visible(args.source)),
                           code=2)
    notes: list[str] = []
    progress = StderrProgress(_tr("importerer"))
    try:
        imported = read_import(args.source, kind, notes, share(progress, 0.0, 0.5))
        create_workshop(args.output, imported, progress=share(progress, 0.5, 1.0))
    except (InterchangeError, FileProblem) as error:
        raise CommandError(str(error)) from None
    print(_tr("Oprettede {path}").format(path=visible(args.output, MESSAGE_LIMIT)))
    for note in notes:
        print(note)
    return 0
