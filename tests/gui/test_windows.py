"""The application opens every window and keeps the one list of them."""

from datetime import date

from PySide6.QtWidgets import QInputDialog

from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui.app import Application
from tests.factories import sample_workshop


def test_every_window_is_in_the_application_s_list_until_it_closes(qapp, qtbot, tmp_path,
                                                                   monkeypatch, settings):
    path = tmp_path / "møde.kerneopgave"
    Store.create(path, sample_workshop()).close()
    application = Application(qapp, settings)
    window = application.open_file(str(path))
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (date.today().isoformat(), True))
    backup = window.files.open_backup()
    window.snapshots.take_named("Før")
    window.snapshots.list.setCurrentRow(0)
    snapshot = window.snapshots.open_selected()
    comparison = window.snapshots.compare_ids(window.document.workshop.snapshots[0].id, "")
    for opened in (backup, snapshot, comparison):
        qtbot.addWidget(opened)
    assert list(application.open_windows) == [window, backup, snapshot, comparison]
    assert application.windows == [window]  # a file's own windows, for Open and Language
    assert backup.document.read_only and backup.windows is application.open_windows
    application.set_language("da")  # rebuilds the file's window, not the backup's
    (rebuilt,) = application.windows
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window and backup in list(application.open_windows)
    for opened in (snapshot, comparison, backup):
        opened.close()
    assert list(application.open_windows) == [rebuilt]
    rebuilt.close()
    assert list(application.open_windows) == []
