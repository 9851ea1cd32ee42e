"""Editing the workshop's own dilemma decks. The built-in deck can be copied, not changed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kerneopgave_desktop.document import AddDeck, Document, RemoveDeck, ReplaceDeck
from kerneopgave_desktop.domain.decks import BUILTIN_ID, builtin_deck
from kerneopgave_desktop.domain.model import Deck, DeckCard, new_id
from kerneopgave_desktop.domain.vocabulary import USES
from kerneopgave_desktop.ui.operations import Door


def _tr(source: str) -> str:
    return QCoreApplication.translate("DeckDialog", source)


TEXT, POLE_A, POLE_B, USE = range(4)


class DeckDialog(QDialog):
    """Works on copies; OK applies every change as one undo step."""

    def __init__(self, document: Document, door: Door, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Kortbunker"))
        self.document = document
        self.door = door
        self.decks: list[Deck] = [builtin_deck(), *document.workshop.decks]
        self.current = -1
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        new, copy, self.remove = (QPushButton(_tr("Ny kortbunke")), QPushButton(_tr("Kopiér")),
                                  QPushButton(_tr("Slet kortbunke")))
        new.clicked.connect(lambda: self._add(Deck(id=new_id(), title=_tr("Ny kortbunke"))))
        copy.clicked.connect(self.copy_selected)
        self.remove.clicked.connect(self._remove)
        self.title = QLineEdit()
        self.note = QLabel(_tr("Den indbyggede kortbunke kan ikke rettes. Kopiér den for at "
                               "lave jeres egen udgave."))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_tr("Dilemma"), _tr("Pol A"), _tr("Pol B"),
                                              _tr("Brug")])
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.add_card = QPushButton(_tr("Tilføj kort"))
        self.remove_card = QPushButton(_tr("Slet kort"))
        self.add_card.clicked.connect(lambda: self._add_row(DeckCard(id=new_id(), text="")))
        self.remove_card.clicked.connect(
            lambda: self.table.removeRow(self.table.currentRow()) if self.table.currentRow() >= 0
            else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list)
        for button in (new, copy, self.remove):
            left.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.note)
        right.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_card)
        row.addWidget(self.remove_card)
        row.addStretch(1)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self._refresh_list(0)

    def _refresh_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for deck in self.decks:
            self.list.addItem(deck.title or _tr("Uden titel"))
        self.list.blockSignals(False)
        self.current = -1
        self.list.setCurrentRow(row)

    def _select(self, row: int) -> None:
        self._store()
        self.current = row
        deck = self.decks[row]
        builtin = deck.id == BUILTIN_ID
        self.title.setText(deck.title)
        self.table.setRowCount(0)
        for card in deck.cards:
            self._add_row(card)
        for widget in (self.title, self.add_card, self.remove_card, self.remove):
            widget.setEnabled(not builtin)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if builtin else
                                   QAbstractItemView.EditTrigger.AllEditTriggers)
        self.note.setVisible(builtin)

    def _add_row(self, card: DeckCard) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((TEXT, card.text), (POLE_A, card.pole_a), (POLE_B, card.pole_b)):
            item = QTableWidgetItem(value or "")
            item.setData(Qt.ItemDataRole.UserRole, card)  # its sector and kind ride along
            self.table.setItem(row, column, item)
        use = QComboBox()
        use.addItem("–", None)
        for term in USES.terms:
            use.addItem(term.label(), term.code)
        use.setCurrentIndex(max(0, use.findData(card.use)))
        use.setEnabled(self.current < 0 or self.decks[self.current].id != BUILTIN_ID)
        self.table.setCellWidget(row, USE, use)

    def _store(self) -> None:
        """Read the table back into the working copy of the current deck."""
        if self.current < 0 or self.decks[self.current].id == BUILTIN_ID:
            return
        cards = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, TEXT).text().strip()
            if not text:
                continue
            poles = [self.table.item(row, c).text().strip() or None for c in (POLE_A, POLE_B)]
            card = self.table.item(row, TEXT).data(Qt.ItemDataRole.UserRole)
            cards.append(dataclasses.replace(card, text=text, pole_a=poles[0], pole_b=poles[1],
                                             use=self.table.cellWidget(row, USE).currentData()))
        deck = self.decks[self.current]
        self.decks[self.current] = Deck(id=deck.id, title=self.title.text(), cards=tuple(cards))

    def _add(self, deck: Deck) -> None:
        self._store()
        self.decks.append(deck)
        self._refresh_list(len(self.decks) - 1)

    def copy_selected(self) -> None:
        """A copy of the deck shown, as a new deck of the workshop's own."""
        self._store()
        source = self.decks[self.current]
        title = _tr("Kopi af {title}").format(title=source.title)
        self._add(Deck(id=new_id(), title=title, cards=tuple(
            dataclasses.replace(card, id=new_id()) for card in source.cards)))

    def _remove(self) -> None:
        if self.decks[self.current].id != BUILTIN_ID:
            del self.decks[self.current]
            self.current = -1
            self._refresh_list(0)

    def accept(self) -> None:
        self._store()
        own = [deck for deck in self.decks if deck.id != BUILTIN_ID]
        before = {deck.id: deck for deck in self.document.workshop.decks}
        operations = [RemoveDeck(deck_id) for deck_id in before if deck_id not in
                      {deck.id for deck in own}]
        for deck in own:
            if deck.id not in before:
                operations.append(AddDeck(deck))
            elif before[deck.id] != deck:
                operations.append(ReplaceDeck(deck))
        def edit() -> None:
            for operation in operations:
                self.document.apply(operation)
        if not operations or self.door.group(_tr("Rediger kortbunker"), edit):
            super().accept()
