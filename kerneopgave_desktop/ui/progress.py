"""A progress bar with a cancel button for long work: opening a large file, the PDF report,
an import. It is the `domain.progress.Progress` the work calls; it appears only when the
work takes a while, and Cancel makes the work's next call raise `Cancelled`, which the work
answers by leaving nothing behind.
"""

from __future__ import annotations

import time
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from kerneopgave_desktop.domain.progress import Cancelled

SHOWN_AFTER = 0.4
"""Seconds: work that ends sooner shows no progress bar at all (nor makes one: opening a
small file at start-up stays as quick as it was)."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("Progress", source)


class ProgressDialog:
    """`with ProgressDialog(parent, label) as progress: work(progress=progress)`."""

    def __init__(self, parent: QWidget | None, label: str):
        self.parent = parent
        self.label = label
        self.dialog: QProgressDialog | None = None
        self._started: float | None = None

    def __enter__(self) -> ProgressDialog:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def __call__(self, done: int, total: int) -> None:
        """How far the work has come; raises Cancelled once the user has pressed Cancel."""
        dialog = self.dialog
        if dialog is None:
            now = time.monotonic()
            if self._started is None:
                self._started = now
            if now - self._started < SHOWN_AFTER:
                return
            dialog = self.dialog = QProgressDialog("", _tr("Annuller"), 0, max(1, total),
                                                   self.parent)
            label = QLabel(self.label)
            label.setTextFormat(Qt.TextFormat.PlainText)  # it may name a file
            dialog.setLabel(label)
            bar = QProgressBar()
            bar.setFormat("%p %")  # "38 %", as the status line and the zoom write it
            dialog.setBar(bar)
            dialog.setWindowTitle("Kerneopgave-tavlen")
            dialog.setWindowModality(Qt.WindowModality.WindowModal if self.parent is not None
                                     else Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done, max(1, total)))  # a modal dialog handles its events here
        if dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
