"""Problems with a file that a user can meet, each with one clear Danish message."""

from __future__ import annotations

from pathlib import Path

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
    pass


def missing(path: Path) -> FileProblem:
    return FileProblem(_tr("Filen findes ikke: {path}").format(path=path))


def is_folder(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er en mappe, ikke en kerneopgave-fil.").format(path=path))


def no_access(path: Path) -> FileProblem:
    return FileProblem(_tr("Du har ikke adgang til at læse {path}. Spørg ejeren af filen eller "
                           "din IT-afdeling.").format(path=path))


def empty(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er tom (0 byte) og er ikke en kerneopgave-fil.")
                            .format(path=path))


def not_ours(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er ikke en kerneopgave-fil. Åbn en fil, der er gemt med "
                                "Kerneopgave-tavlen.").format(path=path))


def foreign_database(path: Path) -> FileProblem:
    return NotAWorkshopFile(_tr("{path} er en database fra et andet program, ikke en "
                                "kerneopgave-fil.").format(path=path))


def damaged(path: Path, detail: str) -> FileProblem:
    return DamagedFile(_tr("{path} er beskadiget og kan ikke åbnes ({detail}). Brug en "
                           "sikkerhedskopi, hvis du har en.").format(path=path, detail=detail))


def locked(path: Path) -> FileProblem:
    return FileProblem(_tr("{path} er i brug af et andet program lige nu. Prøv igen om lidt.")
                       .format(path=path))


def exists(path: Path) -> FileProblem:
    return FileProblem(_tr("{path} findes allerede. Vælg et andet navn.").format(path=path))


def cannot_write(path: Path, detail: str) -> FileProblem:
    return WriteFailed(_tr("Kunne ikke gemme i {path} ({detail}). Arbejdet er ikke gået tabt: "
                           "gem en kopi et andet sted.").format(path=path, detail=detail))


def newer_version(version: int, supported: int) -> str:
    return _tr("Filen er gemt med en nyere udgave af Kerneopgave-tavlen (filformat {version}; "
               "denne udgave kender op til {supported}). Den er åbnet skrivebeskyttet, så intet "
               "går tabt. Opdatér programmet for at redigere den.").format(
                   version=version, supported=supported)
