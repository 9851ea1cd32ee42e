"""What the window's helpers may use of it: a narrow context, passed in at construction.

The action modules (file, edit, view, board tabs, meeting, dilemmas, the context menu, the
snapshot panel) each get this and build and return their own actions; none of them sees the
window itself, so none can reach into it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.settings import Settings
from kerneopgave_desktop.ui.windows import Windows


@dataclass(frozen=True)
class WindowContext:
    """What a window's helper may use of the window: its document, its door, the board
    shown and the ways to say something."""

    document: Document
    door: Door
    """Every edit goes through here (ui/operations.py)."""
    current_scene: Callable[[], BoardScene | None]
    """The board shown now, if any."""
    show_problem: Callable[[str], None]
    """One message to the user, in Danish; offers "Gem en kopi…" when the work is only in
    memory."""
    show_status: Callable[[str, int], None]
    """A line in the status bar, for that many milliseconds (0: until the next)."""
    dialog_parent: QWidget
    """The window, as the parent of dialogs (and nothing else)."""
    settings: Settings
    windows: Windows
    """Where other windows are shown and kept (the application's one list)."""
