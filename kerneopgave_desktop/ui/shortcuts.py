"""Hjælp › Tastaturgenveje: every key the window knows, read from its menus' actions, as a
sheet to look at or print (the same list, so it can never drift from the program)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("Shortcuts", source)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _entries(menu: QMenu, prefix: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _entries(action.menu(), f"{prefix}{_plain(action.text())} › ")
        elif action.shortcuts() and action.text():
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                             for key in action.shortcuts())
            found.append((prefix + _plain(action.text()), keys))
    return found


def shortcut_table(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(what, keys)]) for every menu of `bar` with a key in it, in order."""
    table = []
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            entries = _entries(menu)
            if entries:
                table.append((_plain(action.text()), entries))
    return table


def _mouse() -> list[tuple[str, str]]:
    return [(_tr("Nyt kort"), _tr("Dobbeltklik på tom tavle")),
            (_tr("Forbind to kort"), _tr("Træk fra et korts håndtag til det andet kort")),
            (_tr("Omdøb et felt"), _tr("Dobbeltklik på feltets navn, eller vælg det og tryk F2")),
            (_tr("Vælg flere"), _tr("Træk en ramme, eller Ctrl-klik")),
            (_tr("Flyt rundt på tavlen"),
             _tr("Hold mellemrum og træk, eller træk med midterknappen")),
            (_tr("Zoom"), _tr("Rullehjulet, eller knib på pladen"))]


def sheet_html(table: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """The sheet as simple HTML for a text document (every text escaped: text is text)."""
    parts = [f"<h1>{escape(_tr('Tastaturgenveje'))}</h1>"]
    for title, entries in [*table, (_tr("Med musen"), _mouse())]:
        parts.append(f"<h2>{escape(title)}</h2><table cellpadding='4' width='100%'>")
        parts += [f"<tr><td width='60%'>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
                  for what, keys in entries]
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """The sheet in large type, with Udskriv…; Escape closes it."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Tastaturgenveje"))
        self.document = QTextDocument(self)
        font = self.font()
        font.setPixelSize(17)
        self.document.setDefaultFont(font)
        self.document.setHtml(sheet_html(shortcut_table(bar)))
        view = QTextBrowser()
        view.setDocument(self.document)
        view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = buttons.addButton(_tr("Udskriv…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_sheet)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(760, 820)
        close = QAction(self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.reject)
        self.addAction(close)

    def print_sheet(self) -> None:
        """The sheet on paper, through the print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document.print_(printer)
