"""The Word minutes and the workbook opened in LibreOffice, as a municipal user would.

LibreOffice converts them headless: Writer must lay the minutes out with its own page
numbers in the footer, Calc must read every awkward text as typed. `.ci/run` installs
LibreOffice; elsewhere these tests skip when it is missing (never on CI).
"""

import csv
import io
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.interchange import docx as word
from kerneopgave_desktop.interchange import xlsx
from kerneopgave_desktop.printing.pictures import board_pictures
from tests.unit.test_excel import AWKWARD, awkward_workshop

pytestmark = pytest.mark.slow


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing on CI; .ci/run installs it")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui "
                    "libreoffice-calc-nogui)")
    return found


def convert(tmp_path, source, target: str):
    """LibreOffice's headless conversion, with a profile of its own under tmp_path."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--norestore", "--convert-to", target, "--outdir", str(tmp_path / "out"), str(source)],
        capture_output=True, text=True, timeout=180, env=env)
    produced = list((tmp_path / "out").glob("*"))
    assert result.returncode == 0 and len(produced) == 1, result.stderr
    return produced[0]


def test_writer_opens_the_word_minutes_and_numbers_the_pages(tmp_path):
    workshop = demo_workshop()
    source = tmp_path / "referat.docx"
    source.write_bytes(word.dumps(workshop, pictures=board_pictures(workshop.boards)))
    reader = PdfReader(convert(tmp_path, source, "pdf"))
    pages = len(reader.pages)
    assert pages >= 2
    first = reader.pages[0]
    assert round(float(first.mediabox.width)) == 595 and round(float(first.mediabox.height)) == 842
    text = [page.extract_text() for page in reader.pages]
    assert "Referat: Personalemøde om kerneopgaven" in text[0]
    assert f"Side 1 af {pages}" in text[0] and f"Side {pages} af {pages}" in text[-1]
    assert reader.metadata.title == workshop.info.title
    assert reader.metadata.author == workshop.info.facilitator
    images = set()
    for page in reader.pages:
        for image in page.images:
            images.add(image.indirect_reference.idnum)
    assert len(images) == len(workshop.boards)


def test_calc_reads_every_awkward_text_as_typed(tmp_path):
    source = tmp_path / "kort.xlsx"
    source.write_bytes(xlsx.dumps(awkward_workshop()))
    out = convert(tmp_path, source, "csv:Text - txt - csv (StarCalc):59,34,76,1")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")), delimiter=";"))
    assert [row[2] for row in rows[1:len(AWKWARD) + 1]] == list(AWKWARD)
    assert rows[-1][6:8] == ["5-6", "1e5"]
