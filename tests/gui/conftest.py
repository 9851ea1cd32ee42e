"""GUI tests: offscreen, real events on the view's viewport, no window left behind."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fail a test that leaves a visible top-level window behind.

    Autouse fixtures are set up before `qtbot`, so this check runs after qtbot
    has closed the widgets a test registered with it.
    """
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    if leaked:
        pytest.fail(f"left {len(leaked)} window(s) open: {[type(w).__name__ for w in leaked]}")
