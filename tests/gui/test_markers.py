
from kerneopgave_desktop.document import AddItems, RemoveItems, create_document
from kerneopgave_desktop.domain.model import Note, Workshop
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.main_window import MainWindow


def open_template(qtbot, tmp_path, name):
    board = TEMPLATES[name].board()
    window = MainWindow(create_document(tmp_path / f"{name}.kerneopgave",
                                        Workshop(boards=[board])))
    qtbot.addWidget(window)
    return window, board


def test_a_missing_link_is_marked_on_the_card_and_in_the_inspector(qtbot, tmp_path):
    window, board = open_template(qtbot, tmp_path, "niveauer")
    scene = window.current_scene()
    assert not any(item.warning for item in scene.cards.values())
    link = next(iter(board.links.values()))
    window.document.apply(RemoveItems(board.id, [link.id]))
    item = scene.cards[link.source]
    assert item.warning == "Mangler forbindelse til niveauet over"
    assert "Mangler forbindelse" in item.accessible_name()
    item.setSelected(True)
    assert window.inspector.card_page.warning.text() == item.warning
    window.document.undo()
    assert item.warning == ""


def test_empty_cells_are_marked_until_a_card_lands(qtbot, tmp_path):
    window, board = open_template(qtbot, tmp_path, "perspektiver")
    scene = window.current_scene()
    cells = [scene.zones[z.id] for z in board.zones.values() if z.kind == "cell"]
    assert all(cell.empty_hint for cell in cells)
    target = cells[0].zone
    window.document.apply(AddItems(board.id, [Note(id="n", x=target.x + 30, y=target.y + 70)]))
    assert cells[0].empty_hint == "" and all(cell.empty_hint for cell in cells[1:])
    assert scene.zones[target.id].sceneBoundingRect().contains(
        scene.cards["n"].sceneBoundingRect().center())


def test_the_inspector_shows_a_warning_that_arises_while_the_card_is_selected(qtbot, tmp_path):
    window, board = open_template(qtbot, tmp_path, "niveauer")
    link = next(iter(board.links.values()))
    window.current_scene().cards[link.source].setSelected(True)
    assert window.inspector.card_page.warning.text() == ""
    window.document.apply(RemoveItems(board.id, [link.id]))
    assert window.current_scene().cards[link.source].warning
    assert window.inspector.card_page.warning.text() == "Mangler forbindelse til niveauet over"
    window.document.undo()
    assert window.inspector.card_page.warning.text() == ""
