"""The `kerneopgave` command on real files."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.domain.vocabulary import SECTORS
from kerneopgave_desktop.interchange.json import dumps
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.storage.schema import schema_version
from tests.factories import sample_workshop


def run(*args):
    return main([*args])


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "møde.kerneopgave"
    Store.create(path, sample_workshop()).close()
    return path


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        run("--version")
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("kerneopgave 0.")


def test_new_creates_a_file_with_an_empty_board(tmp_path, capsys):
    path = tmp_path / "ny.kerneopgave"
    assert run("new", str(path), "--title", "Personalemøde 3. marts") == 0
    store, workshop = Store.open(path)
    store.close()
    assert workshop.info.title == "Personalemøde 3. marts"
    assert [b.template for b in workshop.boards] == ["tom"]
    assert "Oprettede" in capsys.readouterr().out


def test_new_refuses_an_existing_file_and_an_unknown_template(saved, tmp_path, capsys):
    before = digest(saved)
    assert run("new", str(saved)) == 1
    assert digest(saved) == before
    assert run("new", str(tmp_path / "x.kerneopgave"), "--template", "galakse") == 2
    err = capsys.readouterr().err
    assert "findes allerede" in err and "galakse" in err
    assert not (tmp_path / "x.kerneopgave").exists()


def test_check_reports_version_integrity_and_counts_and_changes_nothing(saved, capsys):
    before, mtime = digest(saved), saved.stat().st_mtime_ns
    assert run("check", str(saved)) == 0
    out = capsys.readouterr().out
    assert f"Filformat: {schema_version()}" in out and "Integritet: ok" in out
    assert "Tavler: 2, kort: 9, forbindelser: 7, felter: 2" in out
    assert digest(saved) == before and saved.stat().st_mtime_ns == mtime


def test_check_exits_1_on_damage_and_on_files_that_are_not_ours(saved, tmp_path, capsys):
    broken = tmp_path / "halv.kerneopgave"
    broken.write_bytes(saved.read_bytes()[:4096])
    junk = tmp_path / "støj.kerneopgave"
    junk.write_bytes(os.urandom(3000))
    empty = tmp_path / "tom.kerneopgave"
    empty.write_bytes(b"")
    for path in (broken, junk, empty, tmp_path / "findes-ikke.kerneopgave", tmp_path):
        before = digest(path) if path.is_file() else None
        assert run("check", str(path)) == 1, path
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kerneopgave: "), err
        if before:
            assert digest(path) == before


def test_export_json_to_stdout_and_to_a_file(saved, tmp_path, capsysbinary):
    before = digest(saved)
    assert run("export", str(saved), "--format", "json", "-o", "-") == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert json.loads(out)["workshop"]["title"] == "Personalemøde"
    assert run("export", str(saved), "--format", "json") == 0
    assert saved.with_suffix(".json").read_text(encoding="utf-8") == out
    assert digest(saved) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_export_into_a_pipe_writes_through_it_and_leaves_it_a_pipe(saved, tmp_path):
    # `-o /dev/null` must not turn the device into a file: a FIFO is the same case
    # without needing root.
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert run("export", str(saved), "--format", "json", "-o", str(fifo)) == 0
    reader.join(timeout=10)
    assert json.loads(received[0])["format"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pipe")] == []


def test_export_refuses_bad_input_and_formats(saved, tmp_path, capsys):
    junk = tmp_path / "x.kerneopgave"
    junk.write_bytes(b"not sqlite at all" * 20)
    assert run("export", str(junk), "--format", "json", "-o", "-") == 1
    assert run("export", str(saved), "--format", "odt") == 2
    assert run("export", str(saved), "--format", "json", "-o", str(saved)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("kerneopgave:") == 3


def test_import_then_export_gives_the_same_json(saved, tmp_path):
    source = tmp_path / "ind.json"
    source.write_text(dumps(sample_workshop()), encoding="utf-8")
    target = tmp_path / "ud.kerneopgave"
    assert run("import", str(source), "-o", str(target)) == 0
    out = tmp_path / "ud.json"
    assert run("export", str(target), "--format", "json", "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_import_refuses_bad_json_and_never_overwrites(saved, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert run("import", str(bad), "-o", str(tmp_path / "new.kerneopgave")) == 1
    assert not (tmp_path / "new.kerneopgave").exists()
    good = tmp_path / "good.json"
    good.write_text(dumps(sample_workshop()), encoding="utf-8")
    before = digest(saved)
    assert run("import", str(good), "-o", str(saved)) == 1
    assert digest(saved) == before
    assert run("import", str(tmp_path / "nowhere.json"), "-o", str(tmp_path / "n.kerneopgave")) == 1


def test_english_messages_with_lang(tmp_path, capsys):
    assert run("--lang", "en", "check", str(tmp_path / "missing.kerneopgave")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert run("check", str(tmp_path / "missing.kerneopgave"), "--lang", "en") == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.slow
def test_the_installed_command_exits_cleanly_without_a_traceback(tmp_path):
    junk = tmp_path / "junk.kerneopgave"
    junk.write_bytes(os.urandom(500))
    env = {**os.environ, "LANG": "da_DK.UTF-8", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "kerneopgave_desktop.cli", "check", str(junk)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("kerneopgave: ") and "Traceback" not in result.stderr


@pytest.mark.slow
def test_headless_commands_do_not_import_qt(saved):
    code = ("import sys; from kerneopgave_desktop.cli import main; "
            f"main(['check', {str(saved)!r}]); main(['export', {str(saved)!r}, '--format', 'json',"
            " '-o', '-']); print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip().endswith("[]")


def test_templates_lists_name_and_title_in_the_current_language(capsys):
    assert run("templates") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "tom\tTom tavle" and len(lines) == 8
    assert run("--lang", "en", "templates") == 0
    assert "niveauer\tThe core task on every level" in capsys.readouterr().out.splitlines()


def test_new_with_each_template(tmp_path):
    for name in ("niveauer", "perspektiver", "trivsel"):
        path = tmp_path / f"{name}.kerneopgave"
        assert run("new", str(path), "--template", name) == 0
        store, workshop = Store.open(path, read_only=True)
        store.close()
        assert workshop.boards[0].template == name and workshop.boards[0].cards


@pytest.mark.slow
def test_deck_prints_one_card_per_line_with_its_tags_and_survives_a_closed_pipe(saved, tmp_path):
    out = subprocess.run([sys.executable, "-m", "kerneopgave_desktop.cli", "deck"],
                         capture_output=True, text=True, timeout=60)
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert out.returncode == 0 and len(rows) >= 64 and all(len(row) == 7 for row in rows)
    assert {row[1] for row in rows} == {"dilemma", "question"}
    assert {row[2] for row in rows} == set(SECTORS.codes) and all(row[3] for row in rows)
    assert all((row[5] and row[6]) if row[1] == "dilemma" else not (row[5] or row[6])
               for row in rows)
    own = subprocess.run([sys.executable, "-m", "kerneopgave_desktop.cli", "deck", str(saved)],
                         capture_output=True, text=True, timeout=60)
    assert own.stdout.splitlines() == [
        "d1a\tdilemma\t\tcitizens\tLektier eller fritid?\tLektier\tFritid",
        "d1b\tdilemma\t\t\tHvem tager forældremødet?\t\t"]
    piped = subprocess.run(f"{sys.executable} -m kerneopgave_desktop.cli deck | head -1",
                           shell=True, capture_output=True, text=True, timeout=60)
    assert piped.stdout.count("\n") == 1 and "Traceback" not in piped.stderr


def test_deck_lists_one_sector_in_either_language_with_the_same_tags(capsys):
    assert run("deck", "--sector", "technical") == 0
    danish = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(danish) == 7 and {row[2] for row in danish} == {"technical"}
    assert any("Hvis interesser varetager vi?" in row[4] for row in danish)
    assert run("deck", "--sector", "technical", "--lang", "en") == 0
    english = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [row[:4] for row in english] == [row[:4] for row in danish]
    assert [row[4] for row in english] != [row[4] for row in danish]
    assert run("deck", "--sector", "moon") == 2
    assert "--sector" in capsys.readouterr().err


@pytest.mark.parametrize("fmt, magic", [("pdf", b"%PDF-"), ("docx", b"PK\x03\x04"),
                                        ("xlsx", b"PK\x03\x04"), ("png", b"\x89PNG"),
                                        ("svg", b"<?xml"),
                                        ("json", b"{"), ("canvas", b"{"), ("csv", b"\xef\xbb\xbf"),
                                        ("md", b"# ")])
def test_export_every_format_to_stdout_without_changing_the_file(saved, fmt, magic, capsysbinary):
    before = digest(saved)
    assert run("export", str(saved), "--format", fmt, "-o", "-") == 0
    assert capsysbinary.readouterr().out.startswith(magic)
    assert digest(saved) == before


@pytest.mark.slow
def test_export_options_board_paper_and_dpi(saved, tmp_path):
    from pypdf import PdfReader
    out = tmp_path / "a3.pdf"
    assert run("export", str(saved), "--format", "pdf", "--paper", "A3", "--board", "2",
               "-o", str(out)) == 0
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 1191
    assert "Tavle" in reader.pages[0].extract_text()
    small, large = tmp_path / "s.png", tmp_path / "l.png"
    assert run("export", str(saved), "--format", "png", "--dpi", "72", "-o", str(small)) == 0
    assert run("export", str(saved), "--format", "png", "--dpi", "200", "-o", str(large)) == 0
    assert large.stat().st_size > small.stat().st_size
    assert run("export", str(saved), "--format", "png", "--board", "9") == 2


def test_import_canvas_csv_and_xlsx_by_their_extension(saved, tmp_path):
    for fmt in ("canvas", "csv", "xlsx"):
        exported = tmp_path / f"ud.{fmt}"
        assert run("export", str(saved), "--format", fmt, "-o", str(exported)) == 0
        target = tmp_path / f"ind-{fmt}.kerneopgave"
        assert run("import", str(exported), "-o", str(target)) == 0
        store, workshop = Store.open(target, read_only=True)
        store.close()
        assert workshop.boards[0].cards and workshop.info.title == "ud"
    unknown = tmp_path / "ud.txt"
    unknown.write_text("x", encoding="utf-8")
    assert run("import", str(unknown), "-o", str(tmp_path / "x.kerneopgave")) == 2


def test_snapshot_list_and_compare_within_a_file(saved, capsys):
    assert run("snapshot", str(saved), "--name", "Personalemøde 3. marts") == 0
    assert run("snapshots", str(saved)) == 0
    out = capsys.readouterr().out
    assert "Personalemøde 3. marts\t20" in out
    assert run("compare", str(saved), "--from", "Personalemøde 3. marts") == 0
    assert capsys.readouterr().out.strip() == "Ingen ændringer"
    from kerneopgave_desktop.document import EditCard, open_document
    document = open_document(saved)
    document.apply(EditCard("b1", "b1c0", text="Omformuleret kerneopgave"))
    document.close()
    assert run("snapshot", str(saved), "--name", "Senere") == 0
    assert run("compare", str(saved), "--from", "Personalemøde 3. marts", "--to", "Senere") == 0
    assert "Omformuleret (1):" in capsys.readouterr().out
    assert run("compare", str(saved), "--from", "Personalemøde 3. marts", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reworded"][0]["text"] == "Omformuleret kerneopgave"
    assert run("compare", str(saved), "--from", "Findes ikke") == 1
    assert "Findes ikke" in capsys.readouterr().err


def test_compare_json_and_two_files(saved, tmp_path, capsys):
    import shutil

    from kerneopgave_desktop.document import RemoveItems, open_document
    other = tmp_path / "senere.kerneopgave"
    shutil.copy(saved, other)
    document = open_document(other)
    document.apply(RemoveItems("b1", ["b1c1"]))
    document.close()
    assert run("compare", str(saved), str(other), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {"added", "removed", "moved", "reworded"} <= set(data)
    assert [card["id"] for card in data["removed"]] == ["b1c1"]
    assert run("compare", str(saved), str(other)) == 0
    assert "Fjernet (1):" in capsys.readouterr().out


@pytest.mark.slow
def test_export_docx_holds_the_minutes_and_a_picture_per_board(saved, tmp_path):
    import docx
    out = tmp_path / "referat.docx"
    assert run("export", str(saved), "--format", "docx", "-o", str(out)) == 0
    document = docx.Document(out)
    assert document.paragraphs[0].text == "Referat: Personalemøde"
    assert len(document.inline_shapes) == 2
    assert run("export", str(saved), "--format", "docx", "--board", "2", "-o", str(out)) == 0
    assert len(docx.Document(out).inline_shapes) == 1


def test_xlsx_import_keeps_text_as_typed(tmp_path, capsys):
    from kerneopgave_desktop.domain.model import Board, Note, Workshop
    from kerneopgave_desktop.interchange import xlsx
    source = tmp_path / "kort.xlsx"
    board = Board(id="b", title="T", cards={"n": Note(id="n", text="0045"),
                                            "m": Note(id="m", text="=x", x=300)})
    source.write_bytes(xlsx.dumps(Workshop(boards=[board])))
    target = tmp_path / "kort.kerneopgave"
    assert run("import", str(source), "-o", str(target)) == 0
    store, workshop = Store.open(target, read_only=True)
    store.close()
    assert [c.text for c in workshop.boards[0].cards.values()] == ["0045", "=x"]
    broken = tmp_path / "ødelagt.xlsx"
    broken.write_bytes(b"not a zip")
    assert run("import", str(broken), "-o", str(tmp_path / "x.kerneopgave")) == 1
    assert "Excel" in capsys.readouterr().err


def test_an_unknown_example_is_named_in_one_line_without_opening_anything(capsys):
    assert run("--demo", "rådhus") == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "rådhus" in error and "hjemmepleje" in error
    assert run("--demo=rådhus", "--lang", "en") == 2
    assert "There is no example" in capsys.readouterr().err


@pytest.mark.slow
def test_a_long_import_says_how_far_it_has_come_on_stderr_and_ctrl_c_leaves_nothing(
        tmp_path, capsys, monkeypatch):
    from kerneopgave_desktop.cli.common import StderrProgress
    from kerneopgave_desktop.domain.model import Board, Note, Workshop
    from kerneopgave_desktop.interchange import csv as csv_format
    from kerneopgave_desktop.storage import writing

    board = Board(id="b", cards={f"c{i}": Note(id=f"c{i}", text=f"{i}") for i in range(3000)})
    source = tmp_path / "mange.csv"
    source.write_text(csv_format.dumps(Workshop(boards=[board])), encoding="utf-8")
    target = tmp_path / "ud.kerneopgave"
    monkeypatch.setattr(StderrProgress, "AFTER", 0.0)  # as if it had taken over a second
    assert run("import", str(source), "-o", str(target)) == 0
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == "kerneopgave: importerer 0 %"
    assert lines[-1] == "kerneopgave: importerer 100 %" and "%" not in captured.out
    opened, workshop = Store.open(target, read_only=True)
    opened.close()
    assert len(workshop.boards[0].cards) == 3000
    again = tmp_path / "igen.kerneopgave"

    def interrupted(rows, counter):  # Ctrl+C while the rows are written
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(writing, "_counted", interrupted)
    assert run("import", str(source), "-o", str(again)) == 130
    assert not again.exists() and list(tmp_path.glob("*.kerneopgave*")) == [target]


@pytest.mark.slow
def test_a_long_pdf_export_says_how_far_it_has_come_on_stderr_and_ctrl_c_leaves_nothing(
        tmp_path, capsys, monkeypatch):
    from kerneopgave_desktop.cli.common import StderrProgress
    from kerneopgave_desktop.domain.model import Board, Note, Workshop
    from kerneopgave_desktop.printing import board_page

    board = Board(id="b", cards={f"c{i}": Note(id=f"c{i}", text=f"{i}", x=i % 30 * 260.0,
                                               y=i // 30 * 170.0) for i in range(600)})
    source = tmp_path / "mange.kerneopgave"
    Store.create(source, Workshop(boards=[board])).close()
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(StderrProgress, "AFTER", 0.0)  # as if it had taken over a second
    assert run("export", str(source), "--format", "pdf", "-o", str(target)) == 0
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == "kerneopgave: skriver PDF 0 %" and len(lines) > 3
    assert lines[-1] == "kerneopgave: skriver PDF 100 %" and "%" not in captured.out
    again = tmp_path / "igen.pdf"
    real = board_page._draw_card

    def interrupted(c, card, *args):  # Ctrl+C while the board is drawn
        if card.id == "c300":
            raise KeyboardInterrupt
        real(c, card, *args)

    monkeypatch.setattr(board_page, "_draw_card", interrupted)
    assert run("export", str(source), "--format", "pdf", "-o", str(again)) == 130
    assert not again.exists() and list(tmp_path.glob("*.pdf*")) == [target]


@pytest.mark.parametrize("word", ["exprot", "frobnicate"])
def test_a_mistyped_command_is_said_on_stderr_and_opens_no_window(word, tmp_path, capsys,
                                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([word]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"kerneopgave: {word} er hverken en kommando eller en fil")
    assert list(tmp_path.iterdir()) == []
