"""Shared fixtures: every test starts in Danish with a fresh temporary folder."""

import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.storage import Store
from tests.factories import sample_workshop


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
