from datetime import date, timedelta

from PySide6.QtWidgets import QInputDialog

from kerneopgave_desktop.document import RemoveItems, open_document
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.storage.backups import RETAIN_DAYS, back_up, backup_folder, backups_of
from kerneopgave_desktop.ui.app import Application
from tests.factories import sample_workshop


def test_one_copy_a_day_for_the_last_seven_days(tmp_path):
    path = tmp_path / "møde.kerneopgave"
    Store.create(path, sample_workshop()).close()
    store, _ = Store.open(path)
    folder = tmp_path / "kopier"
    start = date(2026, 3, 1)
    for day in range(10):
        assert back_up(store, start + timedelta(days=day), folder) is not None
        assert back_up(store, start + timedelta(days=day), folder) is None  # once a day
    store.close()
    kept = backups_of(path, folder)
    assert [day for day, _ in kept] == [start + timedelta(days=d) for d in range(9, 2, -1)]
    assert len(kept) == RETAIN_DAYS
    other = tmp_path / "andet" / "møde.kerneopgave"  # same name, another folder: kept apart
    other.parent.mkdir()
    Store.create(other, sample_workshop()).close()
    assert backups_of(other, folder) == []


def test_a_card_deleted_today_is_in_the_morning_s_backup(qapp, qtbot, tmp_path, monkeypatch,
                                                         settings):
    path = tmp_path / "møde.kerneopgave"
    Store.create(path, sample_workshop()).close()
    application = Application(qapp, settings)
    window = application.open_file(str(path))
    qtbot.addWidget(window)
    assert [p.parent for _, p in backups_of(path)] == [backup_folder()]
    window.document.apply(RemoveItems("b1", ["b1c0"]))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (date.today().isoformat(), True))
    backup = window.files.open_backup()
    qtbot.addWidget(backup)
    assert backup.document.read_only and "b1c0" in backup.document.workshop.board("b1").cards
    assert "Sikkerhedskopi" in backup.windowTitle()
    backup.close()
    window.close()
    reopened = open_document(path, read_only=True)
    assert "b1c0" not in reopened.workshop.board("b1").cards
    reopened.close()
