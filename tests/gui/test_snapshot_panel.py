

from kerneopgave_desktop.document import AddItems, EditCard, RemoveItems
from kerneopgave_desktop.domain.model import Note


def test_take_compare_and_see_the_changes_on_the_board(window, qtbot):
    panel = window.snapshots
    panel.take_named("Før mødet")
    assert panel.list.count() == 1 and "Før mødet" in panel.list.item(0).text()
    window.document.apply(AddItems("b1", [Note(id="ny", text="Ny idé", x=0, y=300)]))
    window.document.apply(EditCard("b1", "c1", text="Kort 1, nu skarpere"))
    window.document.apply(RemoveItems("b1", ["c3"]))
    panel.list.setCurrentRow(0)
    start = window.document.workshop.snapshots[0].id
    comparison = panel.compare_ids(start, "")
    qtbot.addWidget(comparison)
    scene = comparison.scenes[0]
    assert scene.cards["ny"].diff_mark == "added"
    assert scene.cards["c1"].diff_mark == "changed"
    ghosts = scene.ghosts
    assert [g.id for g in ghosts] == ["c3"] and ghosts[0].opacity() < 0.5
    assert scene.document.read_only
    lines = [comparison.list.item(i).text() for i in range(comparison.list.count())]
    assert "Tilføjet" in lines and any("Ny idé" in line for line in lines)
    target = next(comparison.list.item(i) for i in range(comparison.list.count())
                  if "Ny idé" in comparison.list.item(i).text())
    comparison.list.itemClicked.emit(target)
    assert scene.cards["ny"].isSelected()
    comparison.close()


def test_open_read_only_restore_rename_and_delete(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    panel = window.snapshots
    panel.take_named("Marts")
    panel.list.setCurrentRow(0)
    opened = panel.open_selected()
    qtbot.addWidget(opened)
    assert opened.document.read_only and "Marts" in opened.windowTitle()
    opened.close()
    panel.restore()
    boards = window.document.workshop.boards
    assert len(boards) == 2 and boards[1].title == "Tavle (fra Marts)"
    assert window.tabs.currentIndex() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("April", True))
    panel.list.setCurrentRow(0)
    panel.rename()
    assert window.document.workshop.snapshots[0].name == "April"
    panel.list.setCurrentRow(0)
    panel.delete()
    assert panel.list.count() == 0
    window.document.undo()
    assert panel.list.count() == 1
