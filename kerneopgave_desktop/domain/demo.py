"""The example workshops behind `kerneopgave --demo [NAME]` and the start page's example.

Three made-up workplaces, each filled in as a team might after a good meeting: the
core task on every level linked upwards, each profession's contribution, dilemmas
drawn from the built-in deck with their poles, round answers and decisions, effects
set beside today's outputs, notes and dot votes. The method is the one of
"Kerneopgaven i hverdagen" (Fremfærd), and every example says so on its first
board; the people, places and wording are ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.examples import home_care, parks, school
from kerneopgave_desktop.domain.model import Workshop


@dataclass(frozen=True)
class Demo:
    """One example workshop: its name on the command line, its title, and how to build it."""

    name: str
    title_da: str
    title_en: str
    build: Callable[[], Workshop]

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da


DEMOS: dict[str, Demo] = {demo.name: demo for demo in (
    Demo("skole", "Skolen ved Åen: personalemøde om kerneopgaven",
         "Skolen ved Åen: a staff meeting on the core task", school.build),
    Demo("hjemmepleje", "Hjemmeplejen Nord: temadag om kerneopgaven",
         "Hjemmeplejen Nord: an away day on the core task in home care", home_care.build),
    Demo("teknik", "Park og Vej: arbejdsmøde om parker og byrum",
         "Park og Vej: a working meeting on parks and public spaces", parks.build),
)}
"""The example workshops by name, in the order they are offered."""

DEFAULT_DEMO = "skole"


def demo_workshop(name: str = DEFAULT_DEMO) -> Workshop:
    """A fresh copy of the example `name` (new ids each time), in the current language."""
    try:
        demo = DEMOS[name]
    except KeyError:
        raise KeyError(f"no example called {name!r} ({', '.join(DEMOS)})") from None
    return demo.build()
