"""The GUI offers the model's limits: the inspector's votes stop where the model does."""

import pytest
from PySide6.QtCore import Qt

from kerneopgave_desktop.domain.model import MAX_VOTES


def test_the_votes_box_stops_at_the_model_s_maximum(window, qtbot):
    window.current_scene().cards["c0"].setSelected(True)
    votes = window.inspector.card_page.votes
    assert (votes.minimum(), votes.maximum()) == (0, MAX_VOTES)
    votes.setValue(MAX_VOTES)
    votes.setFocus()
    qtbot.keyClick(votes, Qt.Key.Key_Up)
    assert window.document.workshop.board("b1").cards["c0"].votes == MAX_VOTES


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(window, tmp_path,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "mangler" / "referat"), ""))
    monkeypatch.setattr(window, "show_problem", shown.append)
    before = sorted(tmp_path.iterdir())
    window.files.export_markdown()
    assert len(shown) == 1 and "referat.md" in shown[0] and "\n" not in shown[0]
    assert sorted(tmp_path.iterdir()) == before


def test_a_gui_export_replaces_a_file_whole_in_the_umask(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "tavle.json"
    target.write_text("gammel", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.export_json()
    assert target.read_bytes().startswith(b"{") and sorted(
        p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("content", [b"[" * 100_000, b"\xff\xfe\x00garbage",
                                     b'{"nodes": [{"id": "a", "type": "text", "x": 1e999}]}'])
def test_a_bad_file_to_import_gives_one_message_and_changes_nothing(window, tmp_path,
                                                                    monkeypatch, content):
    from PySide6.QtWidgets import QFileDialog

    source = tmp_path / "ind.canvas"
    source.write_bytes(content)
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(window, "show_problem", shown.append)
    boards = len(window.document.workshop.boards)
    window.files.import_file()
    assert len(shown) == 1 and "\n" not in shown[0]
    assert len(window.document.workshop.boards) == boards


@pytest.fixture
def application(qapp, tmp_path, monkeypatch, settings):
    from kerneopgave_desktop.ui import app as app_module
    from kerneopgave_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path / "Kerneopgave")
    monkeypatch.setattr(NewWorkshopDialog, "exec", lambda dialog: 1)  # OK, no sector
    application = app_module.Application(qapp, settings)
    yield application
    for window in application.windows:
        window.close()


def test_a_new_workshop_replaces_an_old_file_whole_but_never_an_open_one(application, tmp_path,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kerneopgave_desktop.document import open_document
    from kerneopgave_desktop.storage import Store
    from tests.factories import sample_workshop

    target = tmp_path / "gammel.kerneopgave"
    Store.create(target, sample_workshop()).close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    open_elsewhere = open_document(target)
    try:
        assert application.new_workshop("tom") is None
    finally:
        open_elsewhere.close()
    assert shown and "i brug" in shown[0]
    store, workshop = Store.open(target, read_only=True)
    store.close()
    assert workshop.info.title == "Personalemøde"
    window = application.new_workshop("niveauer")
    assert window is not None and window.document.workshop.boards[0].template == "niveauer"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
