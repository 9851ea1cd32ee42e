"""The field tables describe the model and the file as they are, and the places that show
fields take them from the tables."""

import dataclasses
import sqlite3

import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import EditCard
from kerneopgave_desktop.domain import fields
from kerneopgave_desktop.domain.diff import FIELDS as DIFF_FIELDS
from kerneopgave_desktop.domain.minutes import details
from kerneopgave_desktop.domain.model import CARD_TYPES, Card, Dilemma, Effect
from kerneopgave_desktop.interchange.csv import COLUMNS
from kerneopgave_desktop.storage import Store
from tests.factories import sample_workshop

GEOMETRY = {"id", "x", "y", "width", "height", "color"}


@pytest.mark.parametrize("kind", sorted(CARD_TYPES))
def test_each_kind_s_table_holds_exactly_its_dataclass_fields_in_order(kind):
    assert tuple(f.name for f in fields.of_kind(kind)) == CARD_TYPES[kind].kind_fields()


def test_the_common_fields_are_what_every_card_has():
    card_fields = [f.name for f in dataclasses.fields(Card) if f.name not in GEOMETRY]
    assert [f.name for f in fields.COMMON] == card_fields


def test_the_file_s_card_columns_are_the_table_s(tmp_path):
    path = tmp_path / "w.kerneopgave"
    Store.create(path, sample_workshop()).close()
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cards)")}
    conn.close()
    head = {"board_id", "ord", "kind", "text", "votes", *GEOMETRY}
    assert columns == head | set(fields.stored_columns())


def test_the_model_checks_the_codes_the_table_gives():
    assert CARD_TYPES["effect"].codes == {"beneficiary": fields.field("effect", "beneficiary")
                                          .vocabulary,
                                          "involvement": fields.field("effect", "involvement")
                                          .vocabulary}
    assert CARD_TYPES["dilemma"].structured == ("answers", "stances")


def test_the_places_take_their_fields_and_labels_from_the_tables():
    csv_names = [name for name, _, _ in COLUMNS[3:-1]]
    assert csv_names == [f.name for f in fields.every_kind_field() if f.shows(fields.CSV)]
    assert [header for _, header, _ in COLUMNS] == [
        "Tavle", "Type", "Tekst", "Niveau", "Perspektiv", "Faggruppe", "Pol A", "Pol B",
        "Status", "Beslutning", "Ydelse i dag", "Værdi for", "Inddragelse", "Ansvarlig",
        "Frist", "Opfølgning", "Stemmer"]
    assert set(DIFF_FIELDS) == {f.name for f in fields.shown_in(fields.DIFF)}
    effect = Effect(id="e", output="Antal samtaler", involvement="active")
    assert [(line.label, line.value) for line in details(effect)] == [
        ("Ydelse i dag", "Antal samtaler"), ("Inddragelse", "Aktiv inddragelse")]
    dilemma = Dilemma(id="d", pole_a="Tryghed", answers=(("action", "Vi prøver"),))
    assert [(line.label, line.value) for line in details(dilemma)] == [
        ("Poler", "Tryghed ↔ ?"), ("Status", "Ny"), ("Hvad gør vi?", "Vi prøver")]


def test_an_edit_s_undo_label_comes_from_the_table_in_either_language():
    assert EditCard("b", "c", pole_b="x").label == "Rediger dilemmaets poler"
    assert EditCard("b", "c", level="team").label == "Rediger niveau"
    assert EditCard("b", "c", level="team", text="x").label == "Rediger kort"
    i18n.set_language("en")
    assert EditCard("b", "c", involvement="active").label == "Edit degree of involvement"
    assert EditCard("b", "c", status="new", answers=()).label == "Save the round's answers"
