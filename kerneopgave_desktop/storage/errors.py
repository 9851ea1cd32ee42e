"""Problems with a file that a user can meet, each with one clear Danish message."""

from __future__ import annotations

from pathlib import Path

from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Storage", source)


class FileProblem(Exception):
    """A file we cannot use as asked; `str()` is the message for the user."""

    damaged = False
    """True when the file is ours but broken (check exits 1)."""


class NotAWorkshopFile(FileProblem):
    pass


class DamagedFile(FileProblem):
    damaged = True


class WriteFailed(FileProblem):
    """A commit that did not reach the file; the work is kept in memory and retried."""


class FileBusy(WriteFailed):
    """Another program held the file longer than a commit waits."""


def _detail(text: str) -> str:
    """SQLite's or the system's words (in Danish where we know them), which may quote
    undecodable bytes from the file."""
    return said(str(text).encode("utf-8", "backslashreplace").decode("utf-8"))


def shown(path: object) -> str:
    """A file name for a one-line message: invisible characters escaped, never cut short."""
    return visible(path, limit=1000)


def missing(path: Path) -> FileProblem:
    return FileProblem(_tr("Filen findes ikke: {path}").format(path=shown(path)))


def is_folder(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er en mappe, ikke en kerneopgave-fil.").format(
        path=shown(path)))


def no_access(path: Path) -> FileProblem:
    return FileProblem(_tr("Du har ikke adgang til at læse {path}. Spørg ejeren af filen eller "
                           "din IT-afdeling.").format(path=shown(path)))


def empty(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er tom (0 byte) og er ikke en kerneopgave-fil.")
                            .format(path=shown(path)))


def not_ours(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er ikke en kerneopgave-fil. Åbn en fil, der er gemt med "
                                "Kerneopgave-tavlen.").format(path=shown(path)))


def foreign_database(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er en database fra et andet program, ikke en "
                                "kerneopgave-fil.").format(path=shown(path)))


def damaged(path: Path, detail: str) -> FileProblem:
    return DamagedFile(_tr("{path} er beskadiget og kan ikke åbnes ({detail}). Brug en "
                           "sikkerhedskopi, hvis du har en.").format(
                               path=shown(path), detail=_detail(detail)))


def locked(path: Path) -> FileProblem:
    return FileProblem(_tr("{path} er i brug af et andet program lige nu. Prøv igen om lidt.")
                       .format(path=shown(path)))


def exists(path: Path) -> FileProblem:
    return FileProblem(_tr("{path} findes allerede. Vælg et andet navn.").format(path=shown(path)))


def cannot_write(path: Path, detail: str) -> FileProblem:
    return WriteFailed(_tr("Kunne ikke gemme i {path} ({detail}). Arbejdet er ikke gået tabt: "
                           "programmet gemmer det af sig selv, så snart filen kan skrives igen, "
                           "og du kan gemme en kopi et andet sted.").format(
                               path=shown(path), detail=_detail(detail)))


def busy(path: Path) -> FileProblem:
    return FileBusy(_tr("Kunne ikke gemme i {path}, fordi et andet program bruger filen lige nu. "
                        "Arbejdet er ikke gået tabt: programmet gemmer det af sig selv, så snart "
                        "filen er fri, og du kan gemme en kopi et andet sted.").format(
                            path=shown(path)))


def name_too_long(path: Path) -> FileProblem:
    return FileProblem(_tr("Navnet er for langt til filsystemet: {path}").format(
        path=shown(path)))


def newer_version(version: int, supported: int) -> str:
    return _tr("Filen er gemt med en nyere udgave af Kerneopgave-tavlen (filformat {version}; "
               "denne udgave kender op til {supported}). Den er åbnet skrivebeskyttet, så intet "
               "går tabt. Opdatér programmet for at redigere den.").format(
                   version=version, supported=supported)
