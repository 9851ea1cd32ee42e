"""A copy of each file on opening, one per day for the last 7 days, in the user's data folder.

So a card deleted last week can still be found. Copies are made with SQLite's backup API
(a consistent copy even while the file is in use) and never replace the file itself.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # store.py uses this module (keep_as_found) while it opens a file
    from kerneopgave_desktop.storage.store import Store

RETAIN_DAYS = 7
RETAIN_AS_FOUND = 10
"""Copies of a file as it was found with a leftover journal, kept per file."""
AS_FOUND = "før-gendannelse"


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


def keep_as_found(path: str | os.PathLike[str], leftovers: list[tuple[str, Path]],
                  folder: Path | None = None) -> Path:
    """Copy the file and its leftover journal or WAL, byte for byte, into the backup folder
    before a read-write open finishes or moves them; keep the last 10 such copies per file.

    Named `name-key-før-gendannelse-YYYYMMDD-HHMMSS-microseconds.kerneopgave` (plus the
    leftovers' suffixes), so they never count as one of the daily backups.
    """
    path = Path(path)
    folder = folder or backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{_key(path)}-{AS_FOUND}-{stamp}.kerneopgave"
    shutil.copyfile(path, target)
    for suffix, leftover in leftovers:
        shutil.copyfile(leftover, f"{target}{suffix}")
    kept = sorted(folder.glob(f"*-{_key(path)}-{AS_FOUND}-*.kerneopgave"), reverse=True)
    for old in kept[RETAIN_AS_FOUND:]:
        for name in (old, *(Path(f"{old}{suffix}") for suffix in ("-journal", "-wal"))):
            name.unlink(missing_ok=True)
    return target
