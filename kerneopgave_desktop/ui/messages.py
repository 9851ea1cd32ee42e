"""The main window's message boxes: the About box, a problem, and the question before
closing with work that is only in memory. Plain text always (user text is never markup)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kerneopgave_desktop import __version__
from kerneopgave_desktop.domain import guide as guide_content


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


def show_about(parent: QWidget) -> None:
    """The About box: the version, what the program is, and the booklet's credit."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Om Kerneopgave-tavlen"),
                      f"Kerneopgave-tavlen {__version__}\n\n"
                      + _tr("En dialogtavle om kerneopgaven til kommunale arbejdspladser. "
                            "Alt gemmes lokalt; programmet bruger aldrig netværket.")
                      + "\n\n" + guide_content.CREDIT.label(), QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def show_problem(parent: QWidget, message: str, save_copy: Callable[[], None] | None) -> None:
    """One problem, in Danish; with `save_copy`, the work is only in memory and the box
    offers "Gem en kopi…" too. OK stays the default: the program writes the work by itself
    as soon as the file can take it, so Enter asks nothing more of the user."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kerneopgave-tavlen"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if save_copy is not None:
        copy = box.addButton(_tr("Gem en kopi…"), QMessageBox.ButtonRole.AcceptRole)
        copy.clicked.connect(save_copy)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.open()


def ask_before_closing_unsaved(parent: QWidget) -> str:
    """Work only in memory: "save" a copy first, "discard" it, or "stay"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kerneopgave-tavlen"), _tr(
        "De seneste ændringer kunne ikke gemmes i filen. Gem en kopi, før du lukker?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Save).setText(_tr("Gem en kopi…"))
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Luk uden at gemme"))
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(answer, "stay")
