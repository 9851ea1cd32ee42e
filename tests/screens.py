"""The screens tests/screenshots.py takes: each a function that sets a screen up as a person
would see it and gives back its picture."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.window_theme import apply_theme


def _settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _look(application, theme: str) -> None:
    application.settings.theme_choice = theme
    apply_theme(theme)


def _sized(widget: QWidget, width: int, height: int) -> QPixmap:
    widget.showNormal()
    widget.setGeometry(0, 0, width, height)
    _settle()
    return widget.grab()


def _file(home: Path, name: str, workshop: Workshop) -> Path:
    folder = home / "Dokumenter" / "Kerneopgave"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.kerneopgave"
    if not path.exists():
        create_document(path, workshop).close()
    return path


def _examples(application, home: Path) -> list[Path]:
    """Three workshops in the recent list, opened at different times."""
    paths = [_file(home, name, demo_workshop(name)) for name in ("teknik", "hjemmepleje",
                                                                 "skole")]
    now = datetime.now()
    for days, path in zip((12, 1, 0), paths, strict=True):
        application.settings.remember_file(path, now - timedelta(days=days, hours=2))
    return paths


def _window(application, path: Path, width: int, height: int):
    window = application.open_file(str(path))
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    _settle()
    window.view.fit_all()
    _settle()
    return window


def start(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    examples = {str(path.resolve()) for path in _examples(application, home)}
    from kerneopgave_desktop.ui.start_page import StartPage

    recent = [path for path in application.recent() if path in examples]  # the same each time
    page = StartPage(recent, last_opened=application.settings.last_opened)
    picture = _sized(page, width, height)
    page.close()
    return picture


def board(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    window = _window(application, _examples(application, home)[-1], width, height)
    scene = window.current_scene()
    card = next(item for item in scene.cards.values() if item.card.kind == "core_task")
    card.setSelected(True)
    _settle()
    picture = window.grab()
    window.close()
    return picture


def empty(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    workshop = Workshop(info=WorkshopInfo(title="Personalemøde"),
                        boards=[TEMPLATES["tom"].board()])
    window = _window(application, _file(home, "Tomt", workshop), width, height)
    picture = window.grab()
    window.close()
    return picture


def guide(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    window = _window(application, _examples(application, home)[-1], width, height)
    window.show_guide()
    shown = window.guide_window()
    picture = _sized(shown, min(width, 1200), height)
    window.close()
    return picture


def dilemmas(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    """The school's dilemma board: answered dilemmas marked, the inspector on one."""
    _look(application, theme)
    window = _window(application, _examples(application, home)[-1], width, height)
    boards = window.document.workshop.boards
    window.boards.select(next(i for i, b in enumerate(boards) if b.template == "dilemmaer"))
    _settle()
    window.view.fit_all()
    scene = window.current_scene()
    answered = [item for item in scene.cards.values()
                if getattr(item.card, "answers", ())] or \
        [item for item in scene.cards.values() if item.card.kind == "dilemma"]
    answered[0].setSelected(True)
    columns = [item.sceneBoundingRect() for item in scene.zones.values()
               if item.zone.title in ("Ny", "Drøftet", "Afklaret")]
    area = columns[0]
    for rect in columns[1:]:
        area = area.united(rect)
    window.view.animation_ms = 0
    window.view.show_area(area)  # the three columns, near enough to read the cards
    _settle()
    picture = window.grab()
    window.close()
    return picture


def drawn(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    """The moment a drawn card is shown, before it goes to the board's "Ny" column."""
    _look(application, theme)
    workshop = Workshop(info=WorkshopInfo(title="Dilemmaer"),
                        boards=[TEMPLATES["dilemmaer"].board()])
    window = _window(application, _file(home, "Dilemmaer", workshop), width, height)
    window.dilemmas.draw()
    _settle(3)
    picture = window.grab()
    window.close()
    return picture


def round_dialog(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    window = _window(application, _examples(application, home)[-1], width, height)
    boards = window.document.workshop.boards
    window.boards.select(next(i for i, b in enumerate(boards) if b.template == "dilemmaer"))
    _settle()
    from kerneopgave_desktop.ui.round_dialog import RoundDialog

    scene = window.current_scene()
    ids = [card.id for card in scene.board.cards.values() if card.kind == "dilemma"]
    dialog = RoundDialog(scene, ids, window)
    dialog.show()
    _settle()
    picture = dialog.grab()
    dialog.reject()
    window.close()
    return picture


def shortcuts(application, home: Path, theme: str, width: int, height: int) -> QPixmap:
    _look(application, theme)
    window = _window(application, _examples(application, home)[-1], width, height)
    from kerneopgave_desktop.ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window.menuBar(), window)
    dialog.show()
    _settle()
    picture = dialog.grab()
    dialog.reject()
    window.close()
    return picture


SCREENS: list[tuple[str, Callable[..., QPixmap]]] = [
    ("start", start), ("board", board), ("empty", empty), ("dilemmas", dilemmas),
    ("drawn", drawn), ("guide", guide), ("round", round_dialog), ("shortcuts", shortcuts)]
ONE_SIZE = {"guide", "round", "shortcuts", "drawn"}
"""Screens of a size of their own (dialogs), taken once per theme."""

