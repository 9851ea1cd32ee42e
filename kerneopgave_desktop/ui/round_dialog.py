"""A dilemma round: the same questions put to each dilemma, answers saved on the card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import EditCard
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.vocabulary import DILEMMA_STATUSES, ROUND_QUESTIONS


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoundDialog", source)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class RoundDialog(QDialog):
    """Steps through `card_ids`; each dilemma's answers are saved when the team moves on."""

    def __init__(self, scene: BoardScene, card_ids: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Dilemmarunde"))
        self.scene, self.card_ids, self.index = scene, card_ids, 0
        self.position = _plain_label()
        self.text = _plain_label()
        font = self.text.font()
        font.setPixelSize(22)
        font.setBold(True)
        self.text.setFont(font)
        self.poles = _plain_label()
        form = QFormLayout()
        self.answers: dict[str, QPlainTextEdit] = {}
        for question in ROUND_QUESTIONS.terms:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
            self.answers[question.code] = edit
            form.addRow(_plain_label(question.label()), edit)
        self.status = QComboBox()
        for term in DILEMMA_STATUSES.terms:
            self.status.addItem(term.label(), term.code)
        form.addRow(_tr("Status"), self.status)
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setMaximumHeight(70)
        form.addRow(_tr("Beslutning"), self.decision)
        self.previous = QPushButton(_tr("Forrige"))
        self.next = QPushButton(_tr("Næste"))
        done = QPushButton(_tr("Færdig"))
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        for widget in (self.position, self.text, self.poles):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self.show_card()

    def card(self) -> Dilemma | None:
        board = self.scene.board
        card = board.cards.get(self.card_ids[self.index]) if board is not None else None
        return card if isinstance(card, Dilemma) else None

    def show_card(self) -> None:
        card = self.card()
        if card is None:
            return
        self.position.setText(_tr("Dilemma {n} af {total}").format(
            n=self.index + 1, total=len(self.card_ids)))
        self.text.setText(card.text)
        self.poles.setText(f"{card.pole_a} ↔ {card.pole_b}" if card.pole_a or card.pole_b else "")
        for code, edit in self.answers.items():
            edit.setPlainText(card.answer(code))
        self.status.setCurrentIndex(max(0, self.status.findData(card.status)))
        self.decision.setPlainText(card.decision or "")
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.card_ids) - 1)
        self.answers[ROUND_QUESTIONS.codes[0]].setFocus()

    def save(self) -> None:
        """One operation for this dilemma, if anything changed."""
        card = self.card()
        if card is None:
            return
        answers = tuple((code, edit.toPlainText().strip()) for code, edit in self.answers.items()
                        if edit.toPlainText().strip())
        fields = {"answers": answers, "status": self.status.currentData(),
                  "decision": self.decision.toPlainText().strip() or None}
        changed = {name: value for name, value in fields.items() if getattr(card, name) != value}
        if changed:
            if "answers" not in changed:
                changed["answers"] = answers  # the step is named for the round
            self.scene.apply(EditCard(self.scene.board_id, card.id, **changed))

    def go(self, index: int) -> None:
        self.save()
        self.index = max(0, min(index, len(self.card_ids) - 1))
        self.show_card()

    def done(self, result: int) -> None:
        self.save()
        super().done(result)
