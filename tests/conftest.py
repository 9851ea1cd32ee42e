"""Shared fixtures: every test starts in Danish with a fresh temporary folder."""

import pytest

from kerneopgave_desktop import i18n


@pytest.fixture(autouse=True)
def danish():
    i18n.set_language("da")
    yield
    i18n.set_language("da")


@pytest.fixture(autouse=True, scope="session")
def private_data_folder(tmp_path_factory):
    """Backups and other user data go to a temporary folder, never into a real home."""
    import os
    os.environ["KERNEOPGAVE_DATA"] = str(tmp_path_factory.mktemp("data"))
    yield
