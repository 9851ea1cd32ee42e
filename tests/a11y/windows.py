"""Every window and dialog of the program, opened the way a person opens it (its action, its
key), one at a time, for a check to look at while it is up.

`visit(window, inspect)` opens each in turn over a main window holding the demo; for a
modal dialog or a menu, `inspect` runs while it is up (inside its own event loop), then it
is closed. The in-process name check (test_names.py) and the AT-SPI check (test_atspi.py,
inside the program it starts) both go through this list, so they cover the same ground.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from kerneopgave_desktop.document import EditZone, TakeSnapshot
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.snapshots import take

Inspect = Callable[[str, QWidget], None]
"""Given the scene's name and its top-level widget, while it is shown."""


@dataclass(frozen=True)
class Scene:
    name: str
    open: Callable[[object], QWidget | None]
    """Opens it from the main window; returns the window it shows (None for a modal dialog
    or menu, which is found on the screen)."""
    modal: bool = False


def _select(window, kind: str) -> None:
    """Select a card of `kind` (or the first link or zone) on some board, as a click does."""
    if kind == "zone":  # the demo's zones are locked as background: one is let go
        board = window.document.workshop.boards[0]
        zone = next(iter(board.zones.values()))
        window.door.apply(EditZone(board.id, zone.id, locked=False))
    for index, board in enumerate(window.document.workshop.boards):
        if kind in ("link", "zone"):
            ids = list(board.links if kind == "link" else
                       [z.id for z in board.zones.values() if not z.locked])
        else:
            ids = [card.id for card in board.cards.values() if card.kind == kind]
        if ids:
            window.tabs.setCurrentIndex(index)
            scene = window.current_scene()
            scene.clearSelection()
            item = scene.cards.get(ids[0]) or scene.links.get(ids[0]) or scene.zones.get(ids[0])
            item.setSelected(True)
            return
    raise AssertionError(f"the demo has no {kind}")


def _main(kind: str) -> Callable[[object], QWidget]:
    def show(window) -> QWidget:
        _select(window, kind)
        return window
    return show


def _with_panels(window) -> QWidget:
    window.outline.go()
    window.find.find_action.trigger()
    window.find_bar.line.setText("lærer")
    window.docks["snapshots"].raise_()
    return window


def _dilemmas_board(window) -> None:
    for index, board in enumerate(window.document.workshop.boards):
        if any(isinstance(card, Dilemma) for card in board.cards.values()):
            window.tabs.setCurrentIndex(index)
            return


def _snapshot(window) -> None:
    if not window.document.workshop.snapshots:
        window.door.apply(TakeSnapshot(take(window.document.workshop, "Før mødet")))


def _outline_window(window) -> QWidget:
    window.outline.window_action.trigger()
    return window.outline.window


def _presenting(window) -> QWidget:
    window.meeting.present_action.trigger()
    return window.meeting.presentation


def _room(window) -> QWidget:
    window.room.open("127.0.0.1", 0)
    return window.room.panel


def _guide(window) -> QWidget:
    window.guide_action.trigger()
    return window.guide_window()


def _opened_snapshot(window) -> QWidget:
    _snapshot(window)
    window.snapshots.list.setCurrentRow(0)
    return window.snapshots.open_selected()


def _comparison(window) -> QWidget:
    _snapshot(window)
    first = window.document.workshop.snapshots[0]
    return window.snapshots.compare_ids(first.id, "")


def _start_page(window) -> QWidget:
    from kerneopgave_desktop.ui.start_page import StartPage

    store = window.document.store
    page = StartPage([str(store.path)] if store is not None else [])
    page.show()
    return page


def _new_workshop(window) -> None:
    """The question the start page's template asks before the file is named (ui.app)."""
    from kerneopgave_desktop.domain.templates import TEMPLATES
    from kerneopgave_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    NewWorkshopDialog(TEMPLATES["niveauer"], window).exec()


def _round(window) -> None:
    _dilemmas_board(window)
    window.dilemmas.round_action.trigger()


def _compare_dialog(window) -> None:
    _snapshot(window)
    window.snapshots.compare()


def _export_png(window) -> None:
    window.files.export_png()


def _outline_command(key: str) -> Callable[[object], None]:
    """One of the outline's commands on a card row: the dialog or menu it opens."""
    def run(window) -> None:
        window.outline.go()
        view = window.outline.view
        scene = window.current_scene()
        card = next(iter(scene.board.cards))
        view.setCurrentIndex(window.outline.model.index_of(card))
        command = next(c for c in window.outline.commands if key in c.keys)
        command.run()
    return run


def _board_menu(window) -> None:
    scene = window.current_scene()
    item = next(iter(scene.cards.values()))
    pos = window.view.mapFromScene(item.sceneBoundingRect().center())
    menu = window.board_menu(pos)
    menu.exec(window.view.viewport().mapToGlobal(pos))


def _outline_menu(window) -> None:
    window.outline.go()
    window.outline._menu(window.outline.view, QPoint(10, 10))


SCENES: tuple[Scene, ...] = (
    Scene("startside", _start_page),
    Scene("hovedvindue med en kerneopgave", _main("core_task")),
    Scene("hovedvindue med et bidrag", _main("contribution")),
    Scene("hovedvindue med et dilemma", _main("dilemma")),
    Scene("hovedvindue med en værdi", _main("effect")),
    Scene("hovedvindue med en note", _main("note")),
    Scene("hovedvindue med en aftale", _main("agreement")),
    Scene("hovedvindue med en forbindelse", _main("link")),
    Scene("hovedvindue med et felt", _main("zone")),
    Scene("hovedvindue med oversigt, søgning og øjebliksbilleder", _with_panels),
    Scene("oversigt i eget vindue", _outline_window),
    Scene("præsentation", _presenting),
    Scene("rummet", _room),
    Scene("vejledning", _guide),
    Scene("øjebliksbillede åbnet", _opened_snapshot),
    Scene("sammenligning", _comparison),
    Scene("nyt arbejdsmøde", _new_workshop, True),
    Scene("oplysninger om arbejdsmødet", lambda w: w.edits.workshop_action.trigger(), True),
    Scene("kortbunker", lambda w: w.dilemmas.edit_decks_action.trigger(), True),
    Scene("dilemmarunde", _round, True),
    Scene("tag øjebliksbillede", lambda w: w.snapshot_action.trigger(), True),
    Scene("sammenlign øjebliksbilleder", _compare_dialog, True),
    Scene("omdøb tavle", lambda w: w.boards.rename_action.trigger(), True),
    Scene("nedtælling", lambda w: w.meeting.set_timer_action.trigger(), True),
    Scene("pdf-rapport", lambda w: w.files.export_pdf(), True),
    Scene("tavlen som png", _export_png, True),
    Scene("sikkerhedskopi (ingen endnu)", lambda w: w.files.backup_action.trigger(), True),
    Scene("om programmet", lambda w: w.about(), True),
    Scene("tastaturgenveje", lambda w: w.shortcuts_action.trigger(), True),
    Scene("vis udskrift", lambda w: w.files.preview_action.trigger(), True),
    Scene("nyt kort i oversigten", _outline_command("Ins"), True),
    Scene("flyt til felt", _outline_command("Ctrl+M"), True),
    Scene("forbind med", _outline_command("Ctrl+B"), True),
    Scene("oversigtens menu", _outline_menu, True),
    Scene("tavlens menu", _board_menu, True),
)


def _shown() -> QWidget | None:
    """The modal dialog or menu up now, once it has the keyboard."""
    widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
    if widget is None or not widget.isVisible():
        return None
    return widget


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    elif isinstance(widget, QMenu):
        widget.close()
    else:
        widget.close()


def visit(window, inspect: Inspect, names: list[str] | None = None) -> list[str]:
    """Open every scene (or those named) over `window`, call `inspect` on each; the names
    visited, in order."""
    visited = []
    for scene in SCENES:
        if names is not None and scene.name not in names:
            continue
        visited.append(scene.name)
        if scene.modal:
            _visit_modal(window, scene, inspect)
        else:
            shown = scene.open(window)
            QApplication.processEvents()
            inspect(scene.name, shown)
            if shown is not window:
                _close(shown)
            if scene.name == "rummet":
                window.room.close()
            QApplication.processEvents()
    return visited


def _visit_modal(window, scene: Scene, inspect: Inspect) -> None:
    seen: list[QWidget] = []

    def look() -> None:
        widget = _shown()
        if widget is None:
            QTimer.singleShot(20, look)
            return
        QApplication.processEvents()
        seen.append(widget)
        inspect(scene.name, widget)
        _close(widget)

    QTimer.singleShot(0, look)
    scene.open(window)
    if not seen:  # nothing came up (a dialog that needs nothing, say)
        loop = QEventLoop()
        QTimer.singleShot(200, loop.quit)
        loop.exec()
    assert seen, f"{scene.name}: no dialog or menu came up"
