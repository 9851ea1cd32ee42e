"""Helpers shared by the GUI tests: a sample board, a shown window, real drags, positions on
the view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import Document, open_document
from kerneopgave_desktop.domain.model import Board, Link, Note, Workshop


def board_with_cards() -> Workshop:
    board = Board(id="b1", title="Tavle")
    for i in range(4):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=f"Kort {i}", x=i * 300.0, y=0)
    board.cards["far"] = Note(id="far", text="Langt væk", x=0, y=600)
    board.links["l0"] = Link(id="l0", source="c0", target="c1")
    board.links["l1"] = Link(id="l1", source="c1", target="c2")
    return Workshop(boards=[board])


def shown_window(qtbot, document: Document, settings, size: tuple[int, int] | None = (1400, 900),
                 active: bool = False):
    """`document` in its MainWindow, sized, shown and exposed (and, with `active`, the active
    window, so that keys go to it)."""
    from kerneopgave_desktop.ui.main_window import MainWindow

    window = MainWindow(document, settings=settings)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def saved(window) -> Workshop:
    again = open_document(window.document.store.path, read_only=True)
    again.close()
    return again.workshop


def at(window, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


def card_center(window, card_id: str) -> QPoint:
    return at(window, window.current_scene().cards[card_id].sceneBoundingRect().center()
              - QPointF(6, 0))


def drag(widget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press, move in steps and release the left button, as QTest does for a person."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * i / steps)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def count_commits(window, monkeypatch) -> list:
    commits = []
    original = window.document.store.commit
    monkeypatch.setattr(window.document.store, "commit",
                        lambda *args, **kwargs: (commits.append(args[1]),
                                                 original(*args, **kwargs)))
    return commits
