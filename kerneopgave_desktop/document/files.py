"""Files the windows write, whole or not at all, through the document layer: a new
workshop file from a template, and the bytes of an export (storage.atomic does the writing,
so the canvas and the UI never reach into storage themselves)."""

from __future__ import annotations

import os

from kerneopgave_desktop.document.document import Document, open_document
from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.storage import atomic


def new_workshop_file(path: str | os.PathLike[str], workshop: Workshop) -> Document:
    """A new workshop file at `path` (replacing one the user agreed to replace), opened.
    Raises FileProblem with a message for the user."""
    atomic.create_workshop(path, workshop, replace=True)
    return open_document(path)


def write_output(path: str | os.PathLike[str], data: bytes) -> None:
    """`data` as the whole file at `path`, or nothing there; raises FileProblem."""
    atomic.write_bytes(path, data)
