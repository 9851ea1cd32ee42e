"""What the command's modules share: the formats, the one-line error, reading a file."""

from __future__ import annotations

import sys
import time

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


class StderrProgress:
    """A domain.progress.Progress for the command: once work has taken more than a second,
    how far it has come as a line on stderr (a percentage, rewritten in place on a terminal,
    a line per tenth otherwise), so a script's output stays the output. Ctrl+C stops the
    work as ever, and nothing half-made is written."""

    AFTER = 1.0
    """Seconds before the first line."""

    def __init__(self, what: str):
        self.what = what
        self.started = time.monotonic()
        self._shown = -1
        self._terminal = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if time.monotonic() - self.started < self.AFTER or total <= 0:
            return
        percent = min(100, done * 100 // total)
        step = percent if self._terminal else percent // 10 * 10
        if step <= self._shown:
            return
        self._shown = step
        line = f"kerneopgave: {self.what} {step} %"
        if self._terminal:
            print(f"\r{line}", end="\n" if step == 100 else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


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
