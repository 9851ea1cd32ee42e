"""Text is text: stored, shown, exported and printed exactly as written, never interpreted."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kerneopgave_desktop.canvas.theme import LIGHT
from kerneopgave_desktop.document import create_document, open_document
from kerneopgave_desktop.domain.model import MAX_TEXT, Board, Note, Workshop, WorkshopInfo
from kerneopgave_desktop.interchange.json import dumps, loads
from kerneopgave_desktop.printing.report import write_report
from kerneopgave_desktop.ui.main_window import MainWindow
from tests.factories import HOSTILE_TEXTS

CONTROL = "før\x00NUL \x07 klokke \x1b[31m rød \x7f slut"
MEGABYTE = ("Æbler <b>og</b> & pærer 🧑‍🤝‍🧑 \u200f " * 40000)[:MAX_TEXT]


def hostile_workshop() -> Workshop:
    board = Board(id="b", title="<b>Tavle</b> & <script>alert(1)</script>")
    texts = (*HOSTILE_TEXTS, CONTROL, MEGABYTE)
    for i, text in enumerate(texts):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=text, x=(i % 5) * 260.0, y=(i // 5) * 170.0)
    return Workshop(info=WorkshopInfo(title="<i>S&P</i>", participants=("<b>Ali</b>",)),
                    boards=[board])


def test_a_megabyte_and_every_hostile_text_round_trip_exactly(tmp_path):
    assert len(MEGABYTE) == 1_000_000
    workshop = hostile_workshop()
    create_document(tmp_path / "h.kerneopgave", workshop).close()
    again = open_document(tmp_path / "h.kerneopgave", read_only=True)
    again.close()
    assert again.workshop == workshop
    text = dumps(again.workshop)
    assert loads(text) == workshop and dumps(loads(text)) == text


def test_the_pdf_prints_hostile_text_literally_and_quickly():
    out = io.BytesIO()
    write_report(hostile_workshop(), out)
    content = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    for literal in ("<b>Tavle</b> & <script>alert(1)</script>", "<i>S&P</i>", "<b>Ali</b>",
                    "før", "klokke", "(forkortet; hele teksten er i filen)"):
        assert literal in content, literal


@pytest.mark.slow
def test_the_screen_shows_hostile_text_literally_in_plain_text_widgets(qtbot, tmp_path):
    window = MainWindow(create_document(tmp_path / "h.kerneopgave", hostile_workshop()))
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "<b>Tavle</b> & <script>alert(1)</script>"
    scene = window.current_scene()
    item = scene.cards["c1"]
    shown = " ".join(item.shown_lines())  # the whole lines that fit the card, literally
    assert item._layout(LIGHT).static.textFormat() == Qt.TextFormat.PlainText
    assert "".join(HOSTILE_TEXTS[1].split()).startswith("".join(shown.split()).removesuffix("…"))
    assert "<b>fed</b> &amp;" in shown
    scene.cards["c9"].setSelected(True)
    assert window.inspector.card_page.text.toPlainText() == MEGABYTE
    for label in window.findChildren(QLabel):
        if "<" in label.text() or "&" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    window.meeting.start_presenting().close()
