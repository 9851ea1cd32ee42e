"""The program never opens a network socket, not in a GUI session, not in any export, as long
as the room for phones is not opened (it is off by default)."""

import socket
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.ui.app import Application

NETWORK_MODULES = ("PySide6.QtNetwork", "aiohttp", "kerneopgave_desktop.room.server")


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("the network is blocked in this test")

    original = socket.socket.__init__

    def guarded(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            refuse("socket", family)
        return original(self, family, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "__init__", guarded)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    yield attempts
    assert attempts == [], f"tried the network: {attempts}"


@pytest.mark.slow
def test_a_whole_gui_session_and_every_export_stays_offline(no_network, qapp, qtbot, tmp_path,
                                                            monkeypatch, settings):
    # Network modules this session must not load (checked for what it loads itself: an
    # earlier test in the same run may have opened the room on 127.0.0.1).
    loaded_before = {name for name in sys.modules if name.startswith(NETWORK_MODULES)}
    application = Application(qapp, settings)
    window = application.open_demo()
    qtbot.addWidget(window)
    scene = window.current_scene()
    window.document.apply(AddItems(scene.board_id, [Note(id="offline", text="<img src='http://x'>")]))
    window.dilemmas.draw()
    scene.cards["offline"].setSelected(True)
    window.view.commands.vote(1)
    window.meeting.start_presenting()
    window.meeting.go(1)
    window.meeting.presentation.close()
    window.snapshots.take_named("Før")
    window.snapshots.compare_ids(window.document.workshop.snapshots[0].id, "").close()
    out = tmp_path / "ud"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "x"), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A4", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (96, True))
    for export in ("export_pdf", "export_png", "export_svg", "export_markdown", "export_csv",
                   "export_json", "export_canvas"):
        getattr(window.files, export)()
    assert len(list(out.iterdir())) == 7
    path = window.document.store.path
    assert not window.room.is_open and not window.room.action.isChecked()  # off by default
    window.close()
    for fmt in ("pdf", "png", "svg", "json", "canvas", "csv", "md"):
        assert main(["export", str(path), "--format", fmt, "-o", str(tmp_path / f"cli.{fmt}")]) == 0
    assert {name for name in sys.modules if name.startswith(NETWORK_MODULES)} <= loaded_before
