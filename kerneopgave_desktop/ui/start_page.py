"""The start page: a new workshop from a template, recent files, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kerneopgave_desktop.domain.templates import TEMPLATES


def _tr(source: str) -> str:
    return QCoreApplication.translate("StartPage", source)


class StartPage(QWidget):
    new_requested = Signal(str)
    """A template name."""
    open_requested = Signal(str)
    """A path, or "" to ask for one."""

    def __init__(self, recent: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Kerneopgave-tavlen")
        title = QLabel("Kerneopgave-tavlen")
        font = QFont()
        font.setPixelSize(34)
        font.setBold(True)
        title.setFont(font)
        lead = QLabel(_tr("Tal jeres kerneopgave igennem: på hvert niveau, fra politikernes, "
                          "medarbejdernes og borgernes side, med alle faggrupper."))
        lead.setWordWrap(True)
        self.templates = QListWidget()
        self.templates.setAccessibleName(_tr("Skabeloner"))
        for template in TEMPLATES.values():
            item = QListWidgetItem(f"{template.title()}\n{template.purpose()}")
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemActivated.connect(lambda _: self._new())
        new = QPushButton(_tr("Nyt arbejdsmøde…"))
        new.setDefault(True)
        new.clicked.connect(self._new)
        self.recent = QListWidget()
        self.recent.setAccessibleName(_tr("Seneste filer"))
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not recent:
            hint = QListWidgetItem(_tr("Ingen filer endnu. Et nyt arbejdsmøde kommer til at stå her."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(hint)
        for widget in (self.templates, self.recent):
            list_font = widget.font()
            list_font.setPixelSize(17)
            widget.setFont(list_font)
            widget.setSpacing(4)
            widget.setWordWrap(True)
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        open_button = QPushButton(_tr("Åbn…"))
        open_button.clicked.connect(lambda: self.open_requested.emit(""))
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(_tr("Nyt arbejdsmøde fra en skabelon")))
        left.addWidget(self.templates)
        left.addWidget(new)
        right.addWidget(QLabel(_tr("Seneste filer")))
        right.addWidget(self.recent)
        right.addWidget(open_button)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addLayout(columns)
        self.resize(900, 560)

    def _new(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))
