"""What the command's modules share: the formats, the one-line error, reading a file."""

from __future__ import annotations

import sys

from kerneopgave_desktop.i18n import translate

SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "png": ".png", "svg": ".svg",
            "json": ".json", "canvas": ".canvas", "csv": ".csv", "md": ".md"}
ONE_BOARD = ("png", "svg", "canvas")
"""Formats that hold one board: the first, unless --board says which."""
MESSAGE_LIMIT = 2000
"""The longest message line, in characters: room for a long path, not for a card's text."""


def _tr(source: str) -> str:
    return translate("Cli", source)


class CommandError(Exception):
    """A failure to report in one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def file_problem(error: Exception) -> CommandError:
    """A file's problem as the command's one-line error (exit 1)."""
    return CommandError(str(error), code=1)


def read(path: str):
    """The workshop in `path`, read-only; a note on stderr when the file needs one (a newer
    format, an unfinished write finished on a private copy, a stray journal beside it)."""
    from kerneopgave_desktop.storage import FileProblem, Store

    try:
        store, workshop = Store.open(path, read_only=True)
    except FileProblem as error:
        raise file_problem(error) from None
    store.close()
    if store.notice:
        print(f"kerneopgave: {store.notice}", file=sys.stderr)
    return workshop


def find_snapshot(workshop, name: str, path: str):
    """The snapshot named `name` in `workshop` (read from `path`), or the one-line error."""
    from kerneopgave_desktop.domain.snapshots import find

    snapshot = find(workshop, name)
    if snapshot is None:
        names = ", ".join(f"»{s.name}«" for s in workshop.snapshots) or _tr("ingen")
        raise CommandError(_tr("{path} har intet øjebliksbillede ved navn »{name}«. Der er: "
                               "{names}.").format(path=path, name=name, names=names), code=1)
    return snapshot
