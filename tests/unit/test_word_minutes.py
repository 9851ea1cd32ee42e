"""The Word minutes, read back with python-docx: page, language, properties, structure."""

import io
import zipfile
from datetime import date

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Agreement, Board, Note, Workshop, WorkshopInfo
from kerneopgave_desktop.interchange import docx as word
from kerneopgave_desktop.printing.pictures import PRINT_DPI, board_pictures
from tests.factories import HOSTILE_TEXTS


def minutes_of(workshop: Workshop, **kwargs) -> docx.document.Document:
    data = word.dumps(workshop, pictures=board_pictures(workshop.boards), **kwargs)
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def demo():
    return minutes_of(demo_workshop())


def headings(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs
            if p.style.name.startswith("Heading")]


def test_a4_portrait_with_even_margins(demo):
    section = demo.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.left_margin.mm) == round(section.right_margin.mm) == 25


def test_marked_danish_in_settings_and_styles(demo):
    defaults = demo.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert defaults.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "da-DK"
    normal = demo.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "da-DK"
    assert demo.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == "da-DK"
    assert demo.core_properties.language == "da-DK"


def test_title_author_and_date_in_the_properties(demo):
    properties = demo.core_properties
    info = demo_workshop().info
    assert properties.title == info.title
    assert properties.author == info.facilitator and properties.last_modified_by == info.facilitator
    assert properties.created.date() == info.date


def test_real_heading_styles_carry_the_structure(demo):
    found = headings(demo)
    assert found[0] == ("Heading 1", "Referat: Personalemøde om kerneopgaven")
    boards = [title for style, title in found if style == "Heading 2"]
    assert boards == [*(board.title for board in demo_workshop().boards), "Aftaler"]
    sections = {title for style, title in found if style == "Heading 3"}
    assert {"Kerneopgaver", "Faggruppernes bidrag", "Dilemmaer", "Stemmer"} <= sections
    assert {style for style, _ in found} == {"Heading 1", "Heading 2", "Heading 3"}
    body = "\n".join(p.text for p in demo.paragraphs)
    for words in ("Status: Afklaret", "Beslutning:",
                  "Hvad står på spil for borgeren og for fællesskabet?", "Stemmer: 6"):
        assert words in body, words


def test_the_meeting_s_facts_are_a_table(demo):
    facts = demo.tables[0]
    rows = [[cell.text for cell in row.cells] for row in facts.rows]
    assert rows[0] == ["Arbejdsplads:", "Skolen ved Åen"]
    assert ["Mødeleder:", "Lene Holm"] in rows and rows[1] == ["Dato:", "2026-03-03"]


def test_each_board_is_a_picture_at_print_resolution_with_alt_text(demo):
    shapes = demo.inline_shapes
    workshop = demo_workshop()
    assert len(shapes) == len(workshop.boards)
    for shape, board in zip(shapes, workshop.boards, strict=True):
        described = shape._inline.docPr
        assert board.title in described.get("descr") and "kort" in described.get("descr")
        assert described.get("title") == board.title
        blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        image = demo.part.related_parts[blob].image
        inches = shape.width / 914400
        assert image.px_width / inches == pytest.approx(PRINT_DPI, rel=0.02)
    assert shapes[0].width <= Mm(160) + 1


def test_footer_counts_pages_with_fields(demo):
    footer = demo.sections[0].footer.paragraphs[0]
    codes = [element.text.strip() for element in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Side ") and " af " in footer.text


def test_the_minutes_end_with_a_table_of_the_agreements():
    board = Board(id="b", title="Opfølgning", cards={
        "a": Agreement(id="a", text="Ny mødeplan", responsible="Lene", due=date(2026, 4, 1),
                       follow_up=date(2026, 6, 1), status="in_progress"),
        "n": Note(id="n", text="Ikke en aftale")})
    document = minutes_of(Workshop(info=WorkshopInfo(title="M"), boards=[board]))
    assert headings(document)[-1] == ("Heading 2", "Aftaler")
    table = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [["Tavle", "Aftale", "Ansvarlig", "Frist", "Opfølgning", "Status"],
                    ["Opfølgning", "Ny mødeplan", "Lene", "1. april 2026", "1. juni 2026",
                     "I gang"]]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    body = document.element.body
    assert body.index(table._tbl) == len(body) - 2  # last, before the section's settings


def test_no_agreements_no_agreement_section():
    board = Board(id="b", title="Opfølgning", cards={"n": Note(id="n", text="Ikke en aftale")})
    document = minutes_of(Workshop(info=WorkshopInfo(title="M"), boards=[board]))
    assert ("Heading 2", "Aftaler") not in headings(document) and not document.tables[1:]


def test_text_is_text_never_a_field_link_or_markup():
    board = Board(id="b", title="<w:fldSimple> { PAGE }")
    for i, value in enumerate((*HOSTILE_TEXTS, "https://example.invalid/x", "{ HYPERLINK x }",
                               "<w:r><w:t>x</w:t></w:r>")):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=value, x=i * 260.0)
    workshop = Workshop(info=WorkshopInfo(title="S&P <i>møde</i>", facilitator="\x07Lene"),
                        boards=[board])
    data = word.dumps(workshop, pictures=board_pictures(workshop.boards))
    document = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    for literal in ("<b>fed</b> &amp; <img", "{ HYPERLINK x }", "<w:r><w:t>x</w:t></w:r>",
                    "https://example.invalid/x", "🧑‍🤝‍🧑", "NULinside"):
        assert literal in body, literal
    assert document.core_properties.author == "Lene"
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "w:hyperlink" not in xml and "w:fldSimple" not in xml.replace("&lt;w:fldSimple", "")
    assert xml.count("<w:instrText") == 0  # the body has no fields; only the footer does


def test_hostile_board_titles_give_valid_pictures_and_alt_text():
    board = Board(id="b", title="\x00\x1b[31m", cards={"n": Note(id="n", text="x")})
    text = word.alt_text(board)
    assert "\x00" not in text and "\x1b" not in text
