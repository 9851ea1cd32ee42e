"""Shared fixtures: every test starts in Danish with a fresh temporary folder, and no test
reaches the real home folder or the user's settings."""

import os
import tempfile
from pathlib import Path

import pytest

from kerneopgave_desktop import heap, i18n
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.storage import Store
from tests.factories import sample_workshop

# The whole run sees an empty home folder of its own, set before anything (Qt's settings,
# Path.home(), a child process) asks where home is. The XDG variables would point past it.
HOME = Path(tempfile.mkdtemp(prefix="kerneopgave-test-home-"))
os.environ["HOME"] = str(HOME)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ.pop(_name, None)
# Font caches are the toolkit's, not the user's settings: somewhere else, so that the check
# below sees only what the program itself writes.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="kerneopgave-test-cache-")


@pytest.fixture(autouse=True, scope="session")
def home_stays_empty():
    """The suite passes with HOME pointing at an empty folder and writes nothing there."""
    yield
    written = sorted(str(path.relative_to(HOME)) for path in HOME.rglob("*"))
    assert written == [], f"the tests wrote into the home folder: {written}"


@pytest.fixture(autouse=True)
def danish():
    i18n.set_language("da")
    yield
    i18n.set_language("da")


@pytest.fixture(autouse=True)
def heap_starts_over():
    """What a test's large board set aside from the garbage collector (kerneopgave_desktop.
    heap) is handed back when it ends: each test starts as a fresh process would, and a
    window closed in a later test does not walk the suite's whole heap (140 ms a window)."""
    yield
    heap.forget()


@pytest.fixture(autouse=True, scope="session")
def private_data_folder(tmp_path_factory):
    """Backups and other user data go to a temporary folder, never into a real home."""
    os.environ["KERNEOPGAVE_DATA"] = str(tmp_path_factory.mktemp("data"))
    yield


@pytest.fixture(autouse=True)
def no_leaked_windows(request):
    """Fail a GUI test that leaves a visible top-level window behind.

    Only for tests that use Qt (`qapp` or `qtbot`); autouse fixtures are set up before
    `qtbot`, so this check runs after qtbot has closed the widgets a test registered.
    """
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    qapp = request.getfixturevalue("qapp")
    present = {id(w) for w in qapp.topLevelWidgets()}
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    # What the test opened goes now: qtbot asks for its own widgets to go (deleteLater), the
    # windows an Application opened are only closed, and outside an event loop nothing is
    # deleted until some later test waits. Left alone, thousands of closed widgets pile up
    # and every style change, polish and walk of the widget list pays for all of them.
    # Only our own windows, with no parent: a hidden top-level widget of Qt's (a combo box's
    # list, a completer's popup) is its owner's to delete, and deleting it crashes the owner.
    from PySide6.QtCore import QEvent  # Qt: only for the tests that use it

    for widget in qapp.topLevelWidgets():
        if id(widget) not in present and not widget.isVisible() \
                and widget.parent() is None \
                and type(widget).__module__.startswith("kerneopgave_desktop."):
            widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if leaked:
        pytest.fail(f"left {len(leaked)} window(s) open: {[type(w).__name__ for w in leaked]}")


@pytest.fixture
def settings(tmp_path):
    """The program's settings in a file of this test's own."""
    from kerneopgave_desktop.ui.settings import Settings  # Qt: only for the tests that ask

    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def child_env(tmp_path):
    """The environment for a child process: offscreen, and a home folder of its own."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["KERNEOPGAVE_DATA"] = str(tmp_path / "data")
    return env


@pytest.fixture
def saved(tmp_path):
    """A closed .kerneopgave file holding the sample workshop."""
    path = tmp_path / "w.kerneopgave"
    Store.create(path, sample_workshop()).close()
    return path


@pytest.fixture
def doc(tmp_path):
    """An open document on a new file holding the sample workshop."""
    document = create_document(tmp_path / "w.kerneopgave", sample_workshop())
    yield document
    document.close()
