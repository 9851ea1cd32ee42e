"""Faults while working: the disk fills, the folder disappears. Nothing is lost or corrupted."""

import shutil

import pytest

from kerneopgave_desktop.document import AddItems, create_document, open_document
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.storage import FileProblem
from tests.factories import sample_workshop

BIG = "Mange ord om kerneopgaven. " * 400


def fill_the_disk(document) -> None:
    """SQLite's own limit on the file's pages: the next page it needs fails as a full disk."""
    db = document.store.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_keeps_the_work_and_the_file_sound(tmp_path):
    document = create_document(tmp_path / "fuld.kerneopgave", sample_workshop())
    fill_the_disk(document)
    with pytest.raises(FileProblem) as caught:
        document.apply(AddItems("b1", [Note(id="stor", text=BIG)]))
    assert "full" in str(caught.value) or "fuld" in str(caught.value)
    assert "stor" in document.workshop.board("b1").cards
    document.save_as(tmp_path / "kopi.kerneopgave")
    document.close()
    sound = open_document(tmp_path / "fuld.kerneopgave", read_only=True)
    assert sound.store.integrity() == [] and "stor" not in sound.workshop.board("b1").cards
    sound.close()
    copy = open_document(tmp_path / "kopi.kerneopgave", read_only=True)
    assert copy.workshop.board("b1").cards["stor"].text == BIG
    copy.close()


def test_the_folder_disappearing_keeps_the_work_in_memory(tmp_path):
    folder = tmp_path / "netværksdrev"
    folder.mkdir()
    document = create_document(folder / "væk.kerneopgave", sample_workshop())
    shutil.rmtree(folder)
    with pytest.raises(FileProblem):
        document.apply(AddItems("b1", [Note(id="efter", text="skrevet efter")]))
    assert document.unsaved is not None and "efter" in document.workshop.board("b1").cards
    document.save_as(tmp_path / "reddet.kerneopgave")
    saved = open_document(tmp_path / "reddet.kerneopgave", read_only=True)
    assert "efter" in saved.workshop.board("b1").cards
    saved.close()
    document.close()


def test_a_file_that_becomes_read_only_keeps_the_work_in_memory(tmp_path):
    """As root a chmod does not stop writes; SQLite's query_only gives the same error path."""
    document = create_document(tmp_path / "låst.kerneopgave", sample_workshop())
    document.store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(FileProblem) as caught:
        document.apply(AddItems("b1", [Note(id="sent", text="efter låsningen")]))
    assert "filen kan kun læses" in str(caught.value)  # SQLite's words, in Danish
    assert document.unsaved is not None and "sent" in document.workshop.board("b1").cards
    document.save_as(tmp_path / "kopi.kerneopgave")
    copy = open_document(tmp_path / "kopi.kerneopgave", read_only=True)
    assert "sent" in copy.workshop.board("b1").cards
    copy.close()
    document.close()
