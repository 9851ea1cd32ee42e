"""A file another program holds, or whose folder vanishes, recovers by itself.

A real second process holds a read transaction (as a backup tool, an indexer or a database
browser does); the edit waits, or is kept in memory and written by the window's quiet
retry as soon as the file is free. The titles each test saw are printed (pytest -s).
"""

import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from kerneopgave_desktop.document import (
    AddItems,
    MoveItems,
    RemoveItems,
    create_document,
    open_document,
)
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.storage import FileProblem, Store
from kerneopgave_desktop.storage.errors import FileBusy
from kerneopgave_desktop.storage.store import BUSY_WAIT
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.write_retry import INTERVAL_MS
from tests.factories import sample_workshop

HOLD_READ = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM cards").fetchone()  # a SHARED lock until COMMIT
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
time.sleep(60)
"""


def hold(path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_READ, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def cards_in_file(path) -> set[str]:
    store, workshop = Store.open(path, read_only=True)
    store.close()
    return set(workshop.board("b1").cards)


def watched_window(qtbot, path, monkeypatch):
    window = MainWindow(open_document(path))
    qtbot.addWidget(window)
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: dialogs.append(box.text()))
    return window, dialogs


@pytest.mark.slow
def test_a_three_second_hold_makes_the_edit_wait_and_it_is_written(qtbot, saved, monkeypatch):
    window, dialogs = watched_window(qtbot, saved, monkeypatch)
    holder = hold(saved, 3)
    try:
        start = time.monotonic()
        window.current_scene().apply(AddItems("b1", [Note(id="efter", text="under låsen")]))
        waited = time.monotonic() - start
        title = window.windowTitle()
        print(f"\n3 s hold: the edit waited {waited:.1f} s; title: {title!r}; dialogs: {dialogs}")
        assert waited < BUSY_WAIT + 1
        assert window.document.unsaved is None and "ikke gemt" not in title and not dialogs
        assert "efter" in cards_in_file(saved)
    finally:
        holder.kill()
        holder.wait()
    window.close()
    assert not window.isVisible()


def _held_beyond_the_wait(qtbot, saved, monkeypatch, seconds: float):
    window, dialogs = watched_window(qtbot, saved, monkeypatch)
    holder = hold(saved, seconds)
    released_at = time.monotonic() + seconds
    titles = []
    try:
        scene = window.current_scene()
        scene.apply(AddItems("b1", [Note(id="første", text="venter")]))
        titles.append(window.windowTitle())
        assert window.document.unsaved is not None and "ikke gemt" in titles[-1]
        assert isinstance(window.document.unsaved, FileBusy)
        assert "et andet program bruger filen" in dialogs[-1]
        scene.apply(AddItems("b1", [Note(id="anden", text="i hukommelsen")], at={"anden": 0}))
        scene.apply(MoveItems("b1", {"b1c0": (500.0, 40.0)}))
        scene.apply(RemoveItems("b1", ["b1c1"]))
        assert len(dialogs) == 1  # told once; the later edits go on in memory
        assert "første" not in cards_in_file(saved)
        qtbot.waitUntil(lambda: window.document.unsaved is None,
                        timeout=int((seconds + 10) * 1000))  # the window retries meanwhile
        titles.append(window.windowTitle())
        recovered = time.monotonic() - released_at
        print(f"\n{seconds:g} s hold: titles {titles}; written {recovered:.1f} s after the "
              f"release; dialogs {len(dialogs)}")
        assert -0.5 < recovered < INTERVAL_MS / 1000 + 1.5
        assert "ikke gemt" not in titles[-1] and len(dialogs) == 1
    finally:
        holder.kill()
        holder.wait()
    expected = list(window.document.workshop.board("b1").cards)
    window.close()  # everything is written: closes without asking
    assert not window.isVisible()
    store, workshop = Store.open(saved, read_only=True)
    store.close()
    board = workshop.board("b1")
    assert list(board.cards) == expected  # order too: sort keys survived the failed commits
    assert {"første", "anden"} <= set(board.cards) and "b1c1" not in board.cards
    assert (board.cards["b1c0"].x, board.cards["b1c0"].y) == (500.0, 40.0)


@pytest.mark.slow
def test_a_hold_longer_than_the_wait_is_retried_quietly_until_written(qtbot, saved,
                                                                       monkeypatch):
    _held_beyond_the_wait(qtbot, saved, monkeypatch, BUSY_WAIT + 3)


@pytest.mark.slow
def test_a_thirty_second_hold_is_retried_quietly_until_written(qtbot, saved, monkeypatch):
    _held_beyond_the_wait(qtbot, saved, monkeypatch, 30)


def test_the_folder_renamed_away_and_put_back_is_written_again(tmp_path):
    folder = tmp_path / "netværksdrev"
    folder.mkdir()
    path = folder / "væk.kerneopgave"
    document = create_document(path, sample_workshop())
    saved_states = []
    document.subscribe_saved(saved_states.append)
    away = tmp_path / "flyttet"
    folder.rename(away)
    with pytest.raises(FileProblem):
        document.apply(AddItems("b1", [Note(id="efter", text="mens mappen var væk")]))
    document.apply(AddItems("b1", [Note(id="mere", text="også")], at={"mere": 1}))
    assert document.unsaved is not None and not document.flush()
    away.rename(folder)
    assert document.flush() and document.unsaved is None
    assert saved_states == [False, True]
    expected = list(document.workshop.board("b1").cards)
    document.close()
    store, workshop = Store.open(path, read_only=True)
    store.close()
    assert list(workshop.board("b1").cards) == expected


@pytest.mark.slow
def test_the_window_retries_after_the_folder_comes_back(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "drev"
    folder.mkdir()
    path = folder / "w.kerneopgave"
    Store.create(path, sample_workshop()).close()
    window, dialogs = watched_window(qtbot, path, monkeypatch)
    away = tmp_path / "væk"
    folder.rename(away)
    window.current_scene().apply(AddItems("b1", [Note(id="n", text="x")]))
    assert "ikke gemt" in window.windowTitle() and len(dialogs) == 1
    qtbot.wait(2500)
    assert window.document.unsaved is not None  # still gone: still trying, quietly
    away.rename(folder)
    qtbot.waitUntil(lambda: "ikke gemt" not in window.windowTitle(), timeout=6000)
    assert len(dialogs) == 1
    window.close()
    assert "n" in cards_in_file(path)


def test_closing_writes_what_it_can_before_asking(qtbot, saved, monkeypatch):
    window, _ = watched_window(qtbot, saved, monkeypatch)
    window.show()
    window.document.store.conn.execute("PRAGMA query_only = ON")
    window.current_scene().apply(AddItems("b1", [Note(id="sidst", text="til sidst")]))
    assert window.document.unsaved is not None
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and asked  # still unwritable: asks
    window.document.store.conn.execute("PRAGMA query_only = OFF")
    window.close()
    assert not window.isVisible() and len(asked) == 1  # writable again: written, not asked
    assert "sidst" in cards_in_file(saved)


def test_sort_keys_stay_right_across_failed_commits(tmp_path):
    path = tmp_path / "orden.kerneopgave"
    document = create_document(path, sample_workshop())
    conn = document.store.conn
    for round_ in range(3):
        conn.execute("PRAGMA query_only = ON")
        with pytest.raises(FileProblem):
            document.apply(AddItems("b1", [Note(id=f"r{round_}a")], at={f"r{round_}a": 0}))
        document.apply(AddItems("b1", [Note(id=f"r{round_}b")], at={f"r{round_}b": 2}))
        document.apply(AddItems("b1", [Note(id=f"r{round_}c")]))
        document.apply(RemoveItems("b1", [f"r{round_}a"]))
        document.undo()
        assert not document.flush()
        conn.execute("PRAGMA query_only = OFF")
        assert document.flush()
        document.apply(AddItems("b1", [Note(id=f"r{round_}d")], at={f"r{round_}d": 1}))
    expected = list(document.workshop.board("b1").cards)
    document.close()
    again = open_document(path)
    assert list(again.workshop.board("b1").cards) == expected
    again.close()


@pytest.mark.slow
def test_save_as_works_while_the_file_is_held(tmp_path, saved):
    document = open_document(saved)
    holder = hold(saved, 30)
    try:
        with pytest.raises(FileBusy):
            document.apply(AddItems("b1", [Note(id="kopi", text="kun i kopien")]))
        document.save_as(tmp_path / "kopi.kerneopgave")
        assert document.unsaved is None
    finally:
        holder.kill()
        holder.wait()
    document.close()
    assert "kopi" in cards_in_file(tmp_path / "kopi.kerneopgave")
    shutil.copyfile(saved, tmp_path / "check.kerneopgave")
    assert "kopi" not in cards_in_file(tmp_path / "check.kerneopgave")
