"""Every kind of bad file gets one clear Danish message everywhere, and stays as it was."""

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui.app import Application
from tests.factories import sample_workshop
from tests.unit.test_storage import _bad_files


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


@pytest.fixture
def bad_files(tmp_path):
    good = tmp_path / "god.kerneopgave"
    Store.create(good, sample_workshop()).close()
    return _bad_files(tmp_path, good)


def test_check_export_and_the_app_refuse_each_bad_file_and_change_nothing(
        bad_files, qapp, tmp_path, monkeypatch, capsys, settings):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    application = Application(qapp, settings)
    for name, path in bad_files.items():
        before = digest(path)
        assert main(["check", str(path)]) == 1, name
        assert main(["export", str(path), "--format", "json", "-o", "-"]) == 1, name
        err = capsys.readouterr().err
        assert err.count("kerneopgave: ") == 2 and "Traceback" not in err, name
        assert application.open_file(str(path)) is None, name
        assert shown and path.name in shown[-1], (name, shown[-1])
        assert digest(path) == before, name
    assert application.windows == []
