"""A file to import, read the same way by the command line and the GUI.

Its bytes are decoded without translating line ends (a card's text may hold a carriage
return, and CSV keeps it inside quotes); UTF-8 with or without a byte order mark, and
UTF-16 or UTF-32 with one, as Excel's "Unicode text" is. Every failure is an
InterchangeError with one Danish line that shows the file name with `visible`.
"""

from __future__ import annotations

import codecs
import dataclasses
import os
from pathlib import Path

from kerneopgave_desktop.domain.model import Board, Workshop
from kerneopgave_desktop.domain.progress import Progress
from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError

FORMATS = {".json": "json", ".canvas": "canvas", ".csv": "csv", ".xlsx": "xlsx"}
"""The importers, by file name extension."""

MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""The largest file import reads (256 MiB): a hundred of the longest cards fit, and a
stream that never ends (`/dev/zero`) is refused instead of filling the memory."""

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
"""Longest first: a UTF-32 mark begins with the UTF-16 one."""


def _tr(source: str) -> str:
    return translate("Import", source)


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The importer for `path` by its extension, or None when it says nothing."""
    return FORMATS.get(Path(path).suffix.lower())


def title_of(path: str | os.PathLike[str]) -> str:
    """A file's name without extension, as a workshop's title: bytes of the name that are
    not UTF-8 (kept by Python as lone surrogates) shown as U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char
                   for char in Path(path).stem)


def decode(data: bytes, path: str | os.PathLike[str]) -> str:
    """The text of an imported file."""
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InterchangeError(_tr("{path} er ikke en tekstfil i UTF-8.").format(
            path=visible(path))) from None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, up to MAX_IMPORT_BYTES; a pipe is read as it comes."""
    try:
        with open(path, "rb") as source:
            data = source.read(MAX_IMPORT_BYTES + 1)
        if len(data) > MAX_IMPORT_BYTES:
            raise InterchangeError(_tr("{path} er for stor til at importere (over {limit} MB).")
                                   .format(path=visible(path), limit=MAX_IMPORT_BYTES >> 20))
        return data
    except FileNotFoundError:
        message = _tr("Filen findes ikke: {path}")
    except IsADirectoryError:
        message = _tr("{path} er en mappe, ikke en fil.")
    except PermissionError:
        message = _tr("Du har ikke adgang til at læse {path}.")
    except OSError as error:
        raise InterchangeError(_tr("Kunne ikke læse {path} ({detail}).").format(
            path=visible(path), detail=said(error))) from None
    raise InterchangeError(message.format(path=visible(path)))


def read_import(path: str | os.PathLike[str], kind: str, notes: list[str] | None = None,
                progress: Progress | None = None) -> Workshop:
    """The workshop in the file at `path`, read as `kind` (json, canvas, csv or xlsx).

    `notes` gets a line for anything the importer left out or changed, and for a CSV a last
    line saying which encoding and delimiter it was read with. A canvas, CSV or workbook
    has no title of its own, so the workshop takes the file's name. `progress` hears how
    far reading has come; Cancelled from it stops the import (nothing was changed yet).
    """
    from kerneopgave_desktop.interchange import canvas, xlsx
    from kerneopgave_desktop.interchange import csv as csv_format
    from kerneopgave_desktop.interchange import json as json_format

    path = Path(path)
    data = read_bytes(path)
    if kind == "xlsx":
        workshop = xlsx.loads(data, progress)
    elif kind == "csv":  # UTF-8 or the Windows-1252 of a Danish Excel, found from the bytes
        workshop, found = csv_format.read(data, notes, progress)
        if notes is not None:
            notes.append(found)
    elif kind == "json":
        return json_format.loads(decode(data, path), progress)
    elif kind == "canvas":
        workshop = canvas.loads(decode(data, path), title=title_of(path), notes=notes,
                                progress=progress)
    else:
        raise ValueError(f"no importer {kind!r}")
    if not workshop.info.title:
        workshop.info = dataclasses.replace(workshop.info, title=title_of(path))
    return workshop


def new_boards(workshop: Workshop, imported: Workshop) -> list[Board]:
    """The imported boards that can join `workshop` as they are: those none of whose ids it
    uses already (a board imported twice is not added twice)."""
    taken = {i for b in workshop.boards for i in (b.id, *b.zones, *b.cards, *b.links)}
    return [b for b in imported.boards if not ({b.id, *b.zones, *b.cards, *b.links} & taken)]
