"""A paste longer than a card can hold keeps what fits, in the board's editor and in the
inspector, instead of the whole edit being refused when it is saved."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas.text_limit import LimitedPaste
from kerneopgave_desktop.domain.text import count_text


def test_a_paste_past_the_limit_keeps_what_fits(qtbot, monkeypatch):
    from kerneopgave_desktop.canvas import text_limit

    monkeypatch.setattr(text_limit, "MAX_TEXT", 1_000)  # the rule, without laying out 1 MB
    field = LimitedPaste()
    qtbot.addWidget(field)
    field.setPlainText("Før ")
    field.show()
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QApplication.clipboard().setText("x" * 5_000)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    text = field.toPlainText()
    assert len(text) == 1_000 and text.startswith("Før x")


def test_a_paste_that_fits_is_taken_whole(qtbot):
    field = LimitedPaste()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    QApplication.clipboard().setText("Linje 1\nLinje 2")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Linje 1\nLinje 2"


def test_counts_are_written_as_the_reader_writes_them():
    from kerneopgave_desktop import i18n

    assert count_text(1_000_000) == "1.000.000"
    i18n.set_language("en")
    try:
        assert count_text(1_000_000) == "1,000,000"
    finally:
        i18n.set_language("da")
