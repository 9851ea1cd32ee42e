"""What the command writes: whole files or none, in the user's umask, never over a workshop,
and one clean line for every bad input (each case here was a traceback or a wrong file)."""

import hashlib
import json
import os
import stat

import pytest

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.domain.model import MAX_TEXT
from kerneopgave_desktop.interchange.json import dumps
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.storage.atomic import MAX_NAME_BYTES
from tests.factories import sample_workshop


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_clean_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kerneopgave: "), err
    assert "Traceback" not in err and "\x1b" not in err
    return err


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def test_new_import_and_export_follow_the_umask(tmp_path, saved, umask_027):
    created = tmp_path / "ny.kerneopgave"
    assert main(["new", str(created)]) == 0
    source = tmp_path / "ind.json"
    source.write_text(dumps(sample_workshop()), encoding="utf-8")
    imported = tmp_path / "importeret.kerneopgave"
    assert main(["import", str(source), "-o", str(imported)]) == 0
    exported = tmp_path / "ud.json"
    assert main(["export", str(saved), "--format", "json", "-o", str(exported)]) == 0
    for path in (created, imported, exported):
        assert stat.S_IMODE(path.stat().st_mode) == 0o640, path
    assert leftovers(tmp_path) == []


def test_an_export_over_an_existing_file_keeps_that_file_s_permissions(tmp_path, saved):
    out = tmp_path / "ud.md"
    out.write_text("gammel", encoding="utf-8")
    out.chmod(0o604)
    assert main(["export", str(saved), "--format", "md", "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604
    assert out.read_text(encoding="utf-8").startswith("# Referat")


def test_an_export_through_a_symbolic_link_writes_its_target_and_keeps_the_link(tmp_path, saved):
    target = tmp_path / "rigtig.csv"
    target.write_text("gammel", encoding="utf-8")
    link = tmp_path / "genvej.csv"
    link.symlink_to(target)
    assert main(["export", str(saved), "--format", "csv", "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_bytes().startswith(b"\xef\xbb\xbfTavle")


def test_a_failed_import_leaves_nothing_and_the_next_import_works(tmp_path, capsys):
    bad = tmp_path / "ind.json"
    data = json.loads(dumps(sample_workshop()))
    data["snapshots"] = [{"id": "s", "name": "a", "taken_at": "2026-03-03T14:05:00+01:00"},
                         {"id": "s", "name": "b", "taken_at": "2026-03-03T14:06:00+01:00"}]
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "ud.kerneopgave"
    assert main(["import", str(bad), "-o", str(target)]) == 1
    one_clean_line(capsys)
    assert not target.exists() and leftovers(tmp_path) == []
    bad.write_text(dumps(sample_workshop()), encoding="utf-8")
    assert main(["import", str(bad), "-o", str(target)]) == 0


def test_an_import_that_fails_while_writing_leaves_nothing(tmp_path, capsys, monkeypatch):
    import sqlite3

    from kerneopgave_desktop.storage import writing

    source = tmp_path / "ind.json"
    source.write_text(dumps(sample_workshop()), encoding="utf-8")

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writing, "_write_decks", full)
    target = tmp_path / "ud.kerneopgave"
    assert main(["import", str(source), "-o", str(target)]) == 1
    err = one_clean_line(capsys)
    assert str(target) in err and ".part" not in err and "disken er fuld" in err
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_new_workshop_never_replaces_a_file_that_appears_while_it_is_written(tmp_path, capsys,
                                                                               monkeypatch):
    from kerneopgave_desktop.storage import atomic

    target = tmp_path / "ny.kerneopgave"
    real_create = atomic.Store.create

    def create_then_someone_else_saves(path, workshop, *rest):
        store = real_create(path, workshop, *rest)
        target.write_bytes(b"en andens fil")
        return store

    monkeypatch.setattr(atomic.Store, "create", create_then_someone_else_saves)
    assert main(["new", str(target)]) == 1
    assert "findes allerede" in one_clean_line(capsys)
    assert target.read_bytes() == b"en andens fil" and leftovers(tmp_path) == []


@pytest.mark.parametrize("dpi", ["0", "-5", "71", "601", "100000"])
def test_a_png_resolution_out_of_range_is_refused_before_anything_is_written(saved, tmp_path,
                                                                            capsys, dpi):
    out = tmp_path / "a.png"
    assert main(["export", str(saved), "--format", "png", "--dpi", dpi, "-o", str(out)]) == 2
    assert "DPI" in one_clean_line(capsys)
    assert not out.exists() and leftovers(tmp_path) == []


def test_names_longer_than_the_file_system_allows_are_refused_cleanly(saved, tmp_path, capsys):
    long = "å" * MAX_NAME_BYTES + ".kerneopgave"
    source = tmp_path / "ind.json"
    source.write_text(dumps(sample_workshop()), encoding="utf-8")
    for args in (["new", str(tmp_path / long)], ["check", str(tmp_path / long)],
                 ["export", str(saved), "--format", "json", "-o", str(tmp_path / long)],
                 ["export", str(tmp_path / long), "--format", "json"],
                 ["import", str(source), "-o", str(tmp_path / long)],
                 ["import", str(tmp_path / long[:-12]) + ".json", "-o", str(tmp_path / "x")],
                 ["snapshots", str(tmp_path / long)],
                 ["compare", str(saved), str(tmp_path / long)]):
        assert main(args) == 1, args
        assert "for langt" in one_clean_line(capsys)


def test_control_characters_in_names_and_text_are_shown_as_escapes(tmp_path, capsys):
    source = tmp_path / "ind\x1b[2J\n.json"
    source.write_text('{"format": "kerneopgave", "version": 1, "boards": [{"id": "b\\u001b[31m",'
                      ' "cards": [{"id": "c", "kind": "galakse\\n"}]}]}', encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "ud.kerneopgave")]) == 1
    err = one_clean_line(capsys)
    assert "\\n" in err
    assert main(["import", str(tmp_path / "mangler\x1b]0;x\x07.json"), "-o", "x.kerneopgave"]) == 1
    assert "\\x1b]0;x\\x07" in one_clean_line(capsys)


def test_a_file_name_that_is_not_utf8_is_printed_with_escapes(tmp_path, capsys):
    name = os.fsdecode(b"m\xf8de.kerneopgave")
    assert main(["new", str(tmp_path / name)]) == 0
    assert "m\\udcf8de.kerneopgave" in capsys.readouterr().out
    store, workshop = Store.open(tmp_path / name, read_only=True)
    store.close()
    assert workshop.info.title == "m\ufffdde"


@pytest.mark.parametrize("option", [["--title", "x" * (MAX_TEXT + 1)],
                                    ["--title", os.fsdecode(b"\xff")]])
def test_a_title_the_model_cannot_hold_is_wrong_usage(tmp_path, capsys, option):
    assert main(["new", str(tmp_path / "x.kerneopgave"), *option]) == 2
    one_clean_line(capsys)
    assert not (tmp_path / "x.kerneopgave").exists()


def test_import_says_what_it_left_out(tmp_path, capsys):
    source = tmp_path / "kort.csv"
    source.write_text("Tekst;Farve\nhej;rød\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "ud.kerneopgave")]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Disse kolonner blev ikke læst: Farve."


def test_the_program_s_own_csv_of_the_longest_card_imports_again(tmp_path):
    from kerneopgave_desktop.domain.model import Board, Note, Workshop

    text = ("'=" + "lang tekst; med \"citat\"\r\n" * (MAX_TEXT // 25))[:MAX_TEXT]
    path = tmp_path / "lang.kerneopgave"
    Store.create(path, Workshop(boards=[Board(id="b", cards={"n": Note(id="n", text=text)})])
                 ).close()
    assert main(["export", str(path), "--format", "csv", "-o", str(tmp_path / "lang.csv")]) == 0
    assert main(["import", str(tmp_path / "lang.csv"), "-o", str(tmp_path / "igen.kerneopgave")]
                ) == 0
    store, again = Store.open(tmp_path / "igen.kerneopgave", read_only=True)
    store.close()
    assert [card.text for card in again.boards[0].cards.values()] == [text]
