"""The .kerneopgave file: SQLite through Python's sqlite3 (sqlite-utils only for migrations)."""

from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.integrity import findings
from kerneopgave_desktop.storage.store import APPLICATION_ID, Store, inspect

__all__ = ["APPLICATION_ID", "FileProblem", "Store", "findings", "inspect"]
