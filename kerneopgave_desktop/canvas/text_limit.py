"""A text field that takes no more than a card can hold: a paste past the limit keeps what
fits and says so, instead of being refused whole when the edit is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from kerneopgave_desktop.domain.model import MAX_TEXT
from kerneopgave_desktop.domain.text import count_text


def _tr(source: str) -> str:
    return QCoreApplication.translate("TextLimit", source)


class LimitedPaste(QPlainTextEdit):
    """A plain-text editor whose pastes and drops stop at MAX_TEXT characters."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        cursor = self.textCursor()
        room = MAX_TEXT - len(self.toPlainText()) + len(cursor.selectedText())
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        cursor.insertText(text[:max(0, room)])
        self.setTextCursor(cursor)
        QToolTip.showText(self.mapToGlobal(self.cursorRect().bottomLeft()), _tr(
            "Et kort kan rumme højst {most} tegn; resten af det indsatte kom ikke med.").format(
                most=count_text(MAX_TEXT)), self)
