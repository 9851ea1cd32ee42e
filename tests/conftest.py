"""Shared fixtures: every test starts in Danish with a fresh temporary folder."""

import pytest

from kerneopgave_desktop import i18n


@pytest.fixture(autouse=True)
def danish():
    i18n.set_language("da")
    yield
    i18n.set_language("da")
