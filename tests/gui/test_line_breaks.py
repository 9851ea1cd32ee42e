"""A line break in a card's text is a line break everywhere the text is drawn: the board, the
projector, the PNG, the SVG, the PDF and the minutes (blank lines kept), however it was made
(Enter or Shift+Enter in the editor or the inspector, pasted, imported)."""

import io
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas import export
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.interchange import csv as csv_format
from kerneopgave_desktop.interchange import docx, markdown
from kerneopgave_desktop.interchange import json as json_format
from kerneopgave_desktop.printing.report import write_report
from kerneopgave_desktop.ui.main_window import MainWindow

TWO = "Linje 1\nLinje 2"
"""Short lines: written on one line they would fit the card's width twice over."""
BLANK = "Linje 1\n\nLinje 3"


def text_rows(image: QImage, area: QRectF, darkest: int = 110) -> list[tuple[int, int]]:
    """The bands of rows in `area` of `image` that hold dark (text) pixels: (top, bottom)."""
    rows = []
    for y in range(max(0, int(area.top())), min(image.height(), int(area.bottom()))):
        dark = any(image.pixelColor(x, y).lightness() < darkest
                   for x in range(max(0, int(area.left())), min(image.width(),
                                                                int(area.right())), 2))
        rows.append((y, dark))
    bands: list[tuple[int, int]] = []
    for y, dark in rows:
        if dark and bands and y - bands[-1][1] <= 2:
            bands[-1] = (bands[-1][0], y)
        elif dark:
            bands.append((y, y))
    return bands


def _workshop(text: str) -> Workshop:
    return Workshop(boards=[Board(id="b", title="Tavle", cards={
        "n": Note(id="n", text=text, x=0, y=0, width=400, height=200)})])


@pytest.fixture
def board_window(qtbot, tmp_path, settings):
    def open_with(text: str) -> MainWindow:
        window = MainWindow(create_document(tmp_path / "linjer.kerneopgave", _workshop(text)),
                            settings=settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        window.view.set_zoom(1.0)
        window.view.centerOn(window.current_scene().cards["n"])
        QApplication.processEvents()
        return window
    return open_with


def _body_on(view, item) -> QRectF:
    """The card's text area on the view's viewport, in pixels."""
    body = QRectF(*look.card_body(item.card))
    return QRectF(view.mapFromScene(item.mapToScene(body)).boundingRect())


def test_the_board_shows_each_line_on_a_line_of_its_own(board_window):
    window = board_window(TWO)
    item = window.current_scene().cards["n"]
    bands = text_rows(window.view.viewport().grab().toImage(), _body_on(window.view, item))
    assert len(bands) == 2, bands
    assert item.shown_lines() == ["Linje 1", "Linje 2"]


def test_a_blank_line_stays_blank_on_the_board(board_window):
    window = board_window(BLANK)
    item = window.current_scene().cards["n"]
    bands = text_rows(window.view.viewport().grab().toImage(), _body_on(window.view, item))
    assert len(bands) == 2, bands
    gap = bands[1][0] - bands[0][1]
    height = bands[0][1] - bands[0][0]
    assert gap > 1.5 * height  # a whole empty line between them


def test_the_projector_shows_the_lines_too(board_window, qtbot):
    window = board_window(TWO)
    wall = window.meeting.start_presenting()
    wall.setGeometry(QGuiApplication.primaryScreen().geometry())
    QApplication.processEvents()
    item = wall.view.board_scene().cards["n"]
    bands = text_rows(wall.view.viewport().grab().toImage(), _body_on(wall.view, item))
    assert len(bands) == 2, bands
    wall.close()


def test_the_png_and_the_svg_show_the_lines(tmp_path, qapp):
    document = create_document(tmp_path / "linjer.kerneopgave", _workshop(BLANK))
    try:
        image = QImage.fromData(export.png_bytes(document, "b", 96))
        scene = BoardScene(document, "b")
        shown = export.area(scene)
        body = scene.cards["n"].mapToScene(QRectF(*look.card_body(scene.cards["n"].card)))
        scene.detach()
        bands = text_rows(image, body.boundingRect().translated(-shown.topLeft()))
        assert len(bands) == 2 and bands[1][0] - bands[0][1] > 25, bands
        svg = ET.fromstring(export.svg_bytes(document, "b"))
        texts = [(t.text, float(t.get("y"))) for t in svg.iter("{http://www.w3.org/2000/svg}text")
                 if t.text and t.text.startswith("Linje")]
        assert [text for text, _ in texts] == ["Linje 1", "Linje 3"]
        assert texts[1][1] - texts[0][1] > 1.8 * look.BODY_PIXELS  # the blank line between
    finally:
        document.close()


def test_the_pdf_board_and_minutes_keep_the_lines_and_the_blank_line(tmp_path):
    out = tmp_path / "linjer.pdf"
    with out.open("wb") as file:
        write_report(_workshop(BLANK), file)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    for page in pages[:2]:  # the board, then the minutes
        lines = [line.strip(" •") for line in page.splitlines()]
        first = next(i for i, line in enumerate(lines) if line.endswith("Linje 1"))
        assert lines[first + 1] == "" and lines[first + 2].endswith("Linje 3"), lines


def test_the_markdown_and_word_minutes_keep_the_blank_line():
    import cmarkgfm

    workshop = _workshop(BLANK)
    html = cmarkgfm.github_flavored_markdown_to_html(markdown.dumps(workshop))
    assert "Linje 1<br />\n<br />\nLinje 3" in html
    with zipfile.ZipFile(io.BytesIO(docx.dumps(workshop))) as word:
        body = word.read("word/document.xml").decode()
    assert '<w:t>Linje 1</w:t><w:br/><w:br/><w:t>Linje 3</w:t>' in body


@pytest.mark.parametrize("modifier", [Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.ShiftModifier],
                         ids=["Enter", "Shift+Enter"])
def test_the_editor_and_the_inspector_type_a_line_break_the_same_way(board_window, qtbot,
                                                                     modifier):
    window = board_window("")
    scene = window.current_scene()
    item = scene.cards["n"]
    window.view.edit_card("n")
    editor = window.view.editor
    QTest.keyClicks(editor, "Linje 1")
    QTest.keyClick(editor, Qt.Key.Key_Return, modifier)
    QTest.keyClicks(editor, "Linje 2")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done
    assert scene.board.cards["n"].text == TWO
    assert item.shown_lines() == ["Linje 1", "Linje 2"]
    scene.clearSelection()
    item.setSelected(True)
    field = window.inspector.card_page.text
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClick(field, Qt.Key.Key_Return, modifier)
    QTest.keyClicks(field, "Linje 3")
    window.door.flush()
    assert scene.board.cards["n"].text == TWO + "\nLinje 3"
    assert item.shown_lines() == ["Linje 1", "Linje 2", "Linje 3"]


def test_pasted_and_imported_line_breaks_of_every_kind_show_as_lines(board_window):
    window = board_window("")
    window.view.edit_card("n")
    editor = window.view.editor
    QGuiApplication.clipboard().setText("Fra Word\r\nog fra Mac\ret\u2028skift")
    editor.paste()
    editor.finish()
    item = window.current_scene().cards["n"]
    assert item.shown_lines() == ["Fra Word", "og fra Mac", "et", "skift"]
    # imported: a CSV cell with a CRLF inside it, and JSON with a Unicode line separator
    csv_text = csv_format.dumps(_workshop("Fra regneark\r\nanden linje"))
    (board,), _ = csv_format.loads(csv_text).boards, None
    card = next(iter(board.cards.values()))
    assert look.card_lines(card, 23, lambda text: 9.0 * len(text)).lines == [
        "Fra regneark", "anden linje"]
    data = json_format.dumps(_workshop("a\u2028b\u2029c"))
    card = json_format.loads(data).boards[0].cards["n"]
    assert look.card_lines(card, 23, lambda text: 9.0 * len(text)).lines == ["a", "b", "c"]
