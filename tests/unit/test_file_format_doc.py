"""docs/file-format.md agrees with the program: the application id, a sample per format."""

import re
from pathlib import Path

from kerneopgave_desktop.cli import EXPORT_FORMATS
from kerneopgave_desktop.storage import APPLICATION_ID

DOC = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text("utf-8")
SECTIONS = {"pdf": "## PDF report", "docx": "## Word minutes", "xlsx": "## Excel workbook",
            "png": "## PNG and SVG", "svg": "## PNG and SVG", "json": "## JSON (lossless)",
            "canvas": "## JSON Canvas 1.0", "csv": "## CSV", "md": "## Markdown minutes"}


def test_the_application_id_is_given_right_in_hex_decimal_and_letters():
    hexadecimal, decimal, letters = re.search(
        r"`PRAGMA application_id` \| `0x([0-9A-F]+)` \((\d+), \"(\w+)\"\)", DOC).groups()
    assert int(hexadecimal, 16) == int(decimal) == APPLICATION_ID == 1263489108
    assert bytes.fromhex(hexadecimal).decode() == letters


def test_every_export_format_has_a_section_with_a_sample():
    assert set(SECTIONS) == set(EXPORT_FORMATS)
    headings = [m.start() for m in re.finditer(r"^## ", DOC, re.M)]
    for fmt, heading in SECTIONS.items():
        start = DOC.index(heading)
        following = [h for h in headings if h > start]
        end = following[0] if following else len(DOC)
        assert "```" in DOC[start:end] or "| --- |" in DOC[start:end], fmt


def test_excel_users_are_told_to_prefer_the_workbook_and_the_word_minutes_are_accessible():
    assert "prefer the Excel workbook" in DOC
    assert "the Word\nminutes are the accessible alternative" in DOC
