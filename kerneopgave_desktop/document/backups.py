"""The daily backups of a document's file, for the UI: taken, listed and opened through the
document, so that the windows never reach into storage themselves."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from kerneopgave_desktop.document.document import Document, open_document
from kerneopgave_desktop.storage import backups


class BackupFailed(Exception):
    """Today's copy could not be made; `str()` says why. The work itself is not affected."""


def back_up(document: Document) -> Path | None:
    """Today's copy of the document's file, unless there is one (or the document has no file
    or is read-only); the copy's path, or None."""
    if document.store is None or document.read_only:
        return None
    try:
        return backups.back_up(document.store)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(str(error)) from error


def backups_of(document: Document) -> list[tuple[date, Path]]:
    """The copies of the document's file, newest first (none for a document without one)."""
    return backups.backups_of(document.store.path) if document.store is not None else []


def open_backup(path: Path) -> Document:
    """One of the copies, read-only; raises FileProblem as opening any file does."""
    return open_document(path, read_only=True)
