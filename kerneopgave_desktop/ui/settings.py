"""The program's settings, typed: one object, made by the application and passed in.

Every setting has a property here with its type and its default, and reading coerces what a
settings file holds (QSettings gives back strings, lists or a lone string for a one-element
list), so no caller handles strings or keys. `Settings.for_user()` is the only place that
opens the user's own settings; tests and windows shown without the application use
`Settings.in_memory()` or `Settings.in_file(path)`, which never touch the user's.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings, QStandardPaths

from kerneopgave_desktop import i18n
from kerneopgave_desktop.ui.window_theme import THEME_NAMES, system_theme

RECENT_LIMIT = 10
THEMES = THEME_NAMES
TEXT_SIZES = (1.0, 1.25, 1.5)
PAPERS = ("A4", "A3")


def workshop_folder() -> Path:
    """Where workshops are kept unless the user says otherwise: Documents/Kerneopgave."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Kerneopgave"


class _Backend(Protocol):
    def value(self, key: str, default: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...


class _Memory:
    """Settings kept in a dict: for a window shown without the application, and tests."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value


def _strings(value: Any) -> list[str]:
    """A list of strings from what QSettings returns for one (a lone string for one item)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]


class Settings:
    """Language, look, recent files, presenter screen, paper, last folder, warned files."""

    def __init__(self, backend: _Backend):
        self._backend = backend

    @classmethod
    def for_user(cls) -> Settings:
        """The user's own settings (the registry, a plist or ~/.config): the application's."""
        return cls(QSettings("Kerneopgave-tavlen", "Kerneopgave-tavlen"))

    @classmethod
    def in_file(cls, path: str | os.PathLike[str]) -> Settings:
        """Settings in an INI file of their own (tests, and a portable install)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def in_memory(cls) -> Settings:
        return cls(_Memory())

    # -- language and look -----------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The language chosen in the View menu, or None to follow the system."""
        value = self._backend.value("language")
        return value if value in i18n.LANGUAGES else None

    @language.setter
    def language(self, lang: str) -> None:
        self._backend.setValue("language", lang)

    @property
    def theme(self) -> str:
        """The theme chosen in Vis › Udseende; until one is chosen, the system's."""
        return self.theme_choice or system_theme()

    @theme.setter
    def theme(self, name: str) -> None:
        self.theme_choice = name

    @property
    def theme_choice(self) -> str | None:
        """The theme the user chose, or None while the program follows the system."""
        value = self._backend.value("theme", "")
        return value if value in THEMES else None

    @theme_choice.setter
    def theme_choice(self, name: str | None) -> None:
        self._backend.setValue("theme", name or "")

    @property
    def text_size(self) -> float:
        try:
            size = float(self._backend.value("text_size", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return size if size in TEXT_SIZES else 1.0

    @text_size.setter
    def text_size(self, size: float) -> None:
        self._backend.setValue("text_size", size)

    # -- files and folders --------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        """Files opened lately, newest first, those that still exist."""
        return [path for path in _strings(self._backend.value("recent")) if Path(path).exists()]

    def remember_file(self, path: Path, when: datetime | None = None) -> None:
        """`path` at the top of the recent files, opened `when` (now by default)."""
        key = str(path.resolve())
        paths = [key] + [p for p in self.recent_files if p != key]
        self._backend.setValue("recent", paths[:RECENT_LIMIT])
        opened = {p: t for p, t in self._opened().items() if p in paths[:RECENT_LIMIT]}
        opened[key] = (when or datetime.now()).isoformat(timespec="seconds")
        self._backend.setValue("recent_opened", [f"{t}|{p}" for p, t in opened.items()])

    def _opened(self) -> dict[str, str]:
        pairs = (entry.partition("|") for entry in _strings(self._backend.value("recent_opened")))
        return {path: when for when, _, path in pairs if path}

    def last_opened(self, path: str) -> datetime | None:
        """When the recent file `path` was last opened here, if known."""
        try:
            return datetime.fromisoformat(self._opened()[path])
        except (KeyError, ValueError):
            return None

    @property
    def last_folder(self) -> Path:
        """Where the last export or import was, else the home folder."""
        value = self._backend.value("last_folder", "")
        return Path(value) if isinstance(value, str) and value else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._backend.setValue("last_folder", str(folder))

    def warned_network(self, path: Path) -> bool:
        """Whether the user has been told that `path` is on a network drive."""
        return str(path.resolve()) in _strings(self._backend.value("network_warned"))

    def mark_warned_network(self, path: Path) -> None:
        warned = _strings(self._backend.value("network_warned"))
        self._backend.setValue("network_warned", [*warned, str(path.resolve())])

    # -- meetings and paper ---------------------------------------------------------------

    @property
    def presenter_screen(self) -> str:
        """The name of the screen chosen for presenting, or "" for none chosen."""
        value = self._backend.value("presenter_screen", "")
        return value if isinstance(value, str) else ""

    @presenter_screen.setter
    def presenter_screen(self, name: str) -> None:
        self._backend.setValue("presenter_screen", name)

    @property
    def paper(self) -> str:
        """The paper last chosen for the PDF report."""
        value = self._backend.value("paper", "A4")
        return value if value in PAPERS else "A4"

    @paper.setter
    def paper(self, paper: str) -> None:
        self._backend.setValue("paper", paper)
