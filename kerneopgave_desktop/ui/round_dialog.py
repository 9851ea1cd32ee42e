"""A dilemma round: the same questions put to each dilemma, answers saved on the card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import EditCard
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.vocabulary import DILEMMA_STATUSES, ROUND_QUESTIONS


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoundDialog", source)


QUESTION_PIXELS = 22
"""The questions, large enough to read aloud from and to see on a projector."""
ANSWER_PIXELS = 19


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _plain_label(text: str = "", *, pixels: int | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if pixels is not None:
        label.setFont(_font(pixels, bold))
    return label


def _answer_box(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFont(_font(ANSWER_PIXELS))
    edit.setFixedHeight(height)
    return edit


class RoundDialog(QDialog):
    """Steps through `card_ids`; each dilemma's answers are saved when the team moves on."""

    def __init__(self, scene: BoardScene, card_ids: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Dilemmarunde"))
        self.scene, self.card_ids, self.index = scene, card_ids, 0
        self.position = _plain_label(pixels=17)
        self.text = _plain_label(pixels=QUESTION_PIXELS + 6, bold=True)
        self.poles = _plain_label(pixels=ANSWER_PIXELS)
        questions = QWidget()
        form = QVBoxLayout(questions)
        form.setContentsMargins(0, 8, 12, 8)
        form.setSpacing(6)
        self.answers: dict[str, QPlainTextEdit] = {}
        for question in ROUND_QUESTIONS.terms:
            edit = _answer_box(88)
            self.answers[question.code] = edit
            label = _plain_label(question.label(), pixels=QUESTION_PIXELS, bold=True)
            label.setBuddy(edit)
            edit.setAccessibleName(question.label())
            form.addWidget(label)
            form.addWidget(edit)
            form.addSpacing(10)
        self.status = QComboBox()
        self.status.setFont(_font(ANSWER_PIXELS))
        for term in DILEMMA_STATUSES.terms:
            self.status.addItem(term.label(), term.code)
        self.decision = _answer_box(72)
        status_row = QHBoxLayout()
        status_row.addWidget(_plain_label(_tr("Status"), pixels=QUESTION_PIXELS, bold=True))
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        form.addLayout(status_row)
        form.addWidget(_plain_label(_tr("Beslutning"), pixels=QUESTION_PIXELS, bold=True))
        form.addWidget(self.decision)
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(questions)
        self.previous = QPushButton(_tr("Forrige"))
        self.next = QPushButton(_tr("Næste"))
        done = QPushButton(_tr("Færdig"))
        for button in (self.previous, self.next, done):
            button.setFont(_font(ANSWER_PIXELS))
            button.setMinimumHeight(44)
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        for widget in (self.position, self.text, self.poles):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        screen = (parent.screen() if parent is not None else None) or \
            QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        self.resize(min(1100, area.width() - 40) if area else 1100,
                    area.height() * 9 // 10 if area else 760)
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
