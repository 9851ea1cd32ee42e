"""A copy of each file on opening, one per day for the last 7 days, in the user's data folder.

So a card deleted last week can still be found. Copies are made with SQLite's backup API
(a consistent copy even while the file is in use) and never replace the file itself.
"""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import date
from pathlib import Path

from kerneopgave_desktop.storage.store import Store

RETAIN_DAYS = 7


def data_folder() -> Path:
    """The user's data folder for this program (KERNEOPGAVE_DATA overrides it)."""
    override = os.environ.get("KERNEOPGAVE_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) \
            / "Kerneopgave-tavlen"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Kerneopgave-tavlen"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) \
        / "kerneopgave-tavlen"


def backup_folder() -> Path:
    return data_folder() / "sikkerhedskopier"


def _key(path: Path) -> str:
    """Tells files with the same name in different folders apart."""
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]


def backups_of(path: str | os.PathLike[str], folder: Path | None = None) -> list[tuple[date, Path]]:
    """This file's backups, newest first."""
    path = Path(path)
    found = []
    for candidate in (folder or backup_folder()).glob(f"*-{_key(path)}-*.kerneopgave"):
        try:  # name-key-YYYY-MM-DD
            found.append((date.fromisoformat("-".join(candidate.stem.rsplit("-", 3)[-3:])),
                          candidate))
        except ValueError:
            continue
    return sorted(found, reverse=True)


def back_up(store: Store, today: date | None = None, folder: Path | None = None) -> Path | None:
    """Today's copy of the store's file, unless there is one; then keep only the last 7 days."""
    folder = folder or backup_folder()
    today = today or date.today()
    path = Path(store.path)
    target = folder / f"{path.stem}-{_key(path)}-{today.isoformat()}.kerneopgave"
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    store.copy_to(target)
    for _, old in backups_of(path, folder)[RETAIN_DAYS:]:
        old.unlink(missing_ok=True)
    return target
