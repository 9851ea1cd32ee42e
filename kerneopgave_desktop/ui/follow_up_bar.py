"""A line across the top of the window when agreements are due for follow-up.

Opening a workshop whose agreements' follow-up days have passed says so here ("2 aftaler
fra 3. marts skal følges op"), never in a box that must be clicked away: "Vis dem" selects
them on their board, "Skjul" hides the line until the file is opened again. The line
follows the model: when the last due agreement is done, dropped or given a later day, it
goes by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from kerneopgave_desktop.domain import agreements
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.ui.context import WindowContext


def _tr(source: str) -> str:
    return QCoreApplication.translate("FollowUpBar", source)


class FollowUpBar(QFrame):
    """Says how many agreements are due for follow-up; hidden when none are."""

    def __init__(self, context: WindowContext, select_board: Callable[[int], None],
                 today: Callable[[], date] = date.today):
        super().__init__()
        self.context = context
        self._select_board = select_board
        self._today = today
        self.dismissed = False
        self.setObjectName("followUp")
        self.setStyleSheet("#followUp { background: #fff4d6; border-bottom: 1px solid #d9b44a; }"
                           "#followUp QLabel { color: #3d2e00; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.text.font()
        font.setPixelSize(16)
        self.text.setFont(font)
        self.show_button = QPushButton(_tr("Vis dem"))
        self.show_button.clicked.connect(self.show_due)
        self.hide_button = QPushButton(_tr("Skjul"))
        self.hide_button.clicked.connect(self.dismiss)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.hide_button)
        self._unsubscribe = context.document.subscribe(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Say what is due now, or hide."""
        notice = agreements.follow_up_notice(self.context.document.workshop, self._today())
        self.text.setText(notice)
        self.setAccessibleName(notice)
        self.setVisible(bool(notice) and not self.dismissed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.items or changes.boards or changes.info:
            self.refresh()

    def dismiss(self) -> None:
        """Hide the line until the file is opened again."""
        self.dismissed = True
        self.hide()

    def show_due(self) -> None:
        """The first board with a due agreement, with every due agreement on it selected."""
        workshop = self.context.document.workshop
        due = {card.id for card in agreements.due_for_follow_up(workshop, self._today())}
        for index, board in enumerate(workshop.boards):
            on_board = [card_id for card_id in board.cards if card_id in due]
            if not on_board:
                continue
            self._select_board(index)
            scene = self.context.current_scene()
            if scene is not None:
                scene.clearSelection()
                for card_id in on_board:
                    scene.cards[card_id].setSelected(True)
            return

    def detach(self) -> None:
        """Stop following the document: the window is closing."""
        self._unsubscribe()
