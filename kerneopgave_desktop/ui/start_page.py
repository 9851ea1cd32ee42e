"""The start page: a new workshop from a template, recent files, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.domain.templates import TEMPLATES


def _tr(source: str) -> str:
    return QCoreApplication.translate("StartPage", source)


def _entry(title: str, purpose: str) -> QWidget:
    """A template in the list: its title in bold, what it is for beneath."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(2)
    for text, pixels, bold in ((title, 18, True), (purpose, 15, False)):
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = QFont()
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        layout.addWidget(label)
    return widget


class StartPage(QWidget):
    new_requested = Signal(str)
    """A template name."""
    open_requested = Signal(str)
    """A path, or "" to ask for one."""
    demo_requested = Signal()

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
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{template.title()}: {template.purpose()}")
            self.templates.addItem(item)
            entry = _entry(template.title(), template.purpose())
            item.setSizeHint(entry.sizeHint())
            self.templates.setItemWidget(item, entry)
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
            hint = QListWidgetItem(
                _tr("Ingen filer endnu. Et nyt arbejdsmøde kommer til at stå her."))
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
        demo = QPushButton(_tr("Se et eksempel"))
        demo.setToolTip(_tr("Et udfyldt arbejdsmøde fra en folkeskole, i en midlertidig fil"))
        demo.clicked.connect(self.demo_requested.emit)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(_tr("Nyt arbejdsmøde fra en skabelon")))
        left.addWidget(self.templates)
        left.addWidget(new)
        right.addWidget(QLabel(_tr("Seneste filer")))
        right.addWidget(self.recent)
        right.addWidget(open_button)
        right.addWidget(demo)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addLayout(columns)
        self.resize(1200, 760)

    def _new(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))
