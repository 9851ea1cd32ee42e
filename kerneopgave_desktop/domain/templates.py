"""Ready boards to start a workshop from.

Each template has a name (used on the command line and in the file), a title
and a one-line purpose in both languages, and builds a fresh board with new ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.model import Board, new_id


@dataclass(frozen=True)
class Template:
    name: str
    title_da: str
    title_en: str
    purpose_da: str
    purpose_en: str
    build: Callable[[Template], Board]

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da

    def purpose(self, lang: str | None = None) -> str:
        return self.purpose_en if (lang or i18n.language()) == "en" else self.purpose_da

    def board(self) -> Board:
        return self.build(self)


def _empty(template: Template) -> Board:
    return Board(id=new_id(), title=template.title(), template=template.name)


TEMPLATES: dict[str, Template] = {t.name: t for t in (
    Template("tom", "Tom tavle", "Empty board",
             "Et tomt lærred til jeres egen øvelse.", "A blank canvas for your own exercise.",
             _empty),
)}
