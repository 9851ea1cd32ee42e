"""The Meeting menu: present, step through slides, spotlight, dot voting, parking, timer.

Also the look of the board (light, dark, high contrast) and the text size, which the
View menu offers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSettings
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QInputDialog

from kerneopgave_desktop.canvas.theme import THEMES, scaled
from kerneopgave_desktop.document import AddItems, MoveItems, ResetVotes, ResizeItems, Vote
from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Zone, new_id
from kerneopgave_desktop.domain.slides import area, slides
from kerneopgave_desktop.ui.round_timer import RoundTimer, TimerLabel

if TYPE_CHECKING:
    from kerneopgave_desktop.canvas.scene import BoardScene
    from kerneopgave_desktop.ui.main_window import MainWindow
    from kerneopgave_desktop.ui.presenter import PresentationWindow

TEXT_SIZES = (1.0, 1.25, 1.5)


def _tr(source: str) -> str:
    return QCoreApplication.translate("MeetingActions", source)


class MeetingActions(QObject):
    def __init__(self, window: MainWindow, view_menu):
        super().__init__(window)
        self.window = window
        self.settings = QSettings("Kerneopgave-tavlen", "Kerneopgave-tavlen")
        self.presentation: PresentationWindow | None = None
        self.slide = 0
        self.timer = RoundTimer(parent=self)
        menu = self.menu = window.menuBar().addMenu(_tr("&Møde"))
        add = window._action
        self.present_action = add(menu, _tr("Præsentér"), self.toggle_presenting, "F5")
        self.present_action.setCheckable(True)
        self.screens_menu = menu.addMenu(_tr("Præsentationsskærm"))
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self.next_action = add(menu, _tr("Næste (Page Down)"), lambda: self.go(1))
        self.previous_action = add(menu, _tr("Forrige (Page Up)"), lambda: self.go(-1))
        menu.addSeparator()
        self.spotlight_action = add(menu, _tr("Spotlight på det valgte"), self.toggle_spotlight,
                                    "Ctrl+L")
        self.spotlight_action.setCheckable(True)
        self.voting_action = add(menu, _tr("Stem med klik (Skift-klik fjerner)"),
                                 self.toggle_voting)
        self.voting_action.setCheckable(True)
        self.vote_action = add(menu, _tr("Giv stemme (+)"), lambda: self.vote(1))
        self.unvote_action = add(menu, _tr("Fjern stemme (−)"), lambda: self.vote(-1))
        self.reset_action = add(menu, _tr("Nulstil stemmer"), self.reset_votes)
        self.park_action = add(menu, _tr("Parkér"), self.park, "Ctrl+Shift+P")
        menu.addSeparator()
        add(menu, _tr("Rundetimer: sæt tid…"), self.set_timer)
        self.timer_action = add(menu, _tr("Rundetimer: start/pause"), self.timer.toggle, "Ctrl+T")
        add(menu, _tr("Rundetimer: nulstil"), self.timer.reset)
        window.edit_actions += [self.vote_action, self.unvote_action, self.reset_action,
                                self.park_action, self.voting_action]
        self.timer_label = TimerLabel(self.timer, 22)
        self.timer_label.setMinimumWidth(90)
        self._add_look(view_menu)

    # -- look --------------------------------------------------------------------

    def _add_look(self, view_menu) -> None:
        looks = view_menu.addMenu(_tr("Udseende"))
        group = QActionGroup(looks)
        names = {"light": _tr("Lys"), "dark": _tr("Mørk"), "contrast": _tr("Høj kontrast")}
        for name, label in names.items():
            action = QAction(label, looks, checkable=True, checked=name == self.theme_name())
            action.triggered.connect(lambda _=False, name=name: self.set_look(theme=name))
            group.addAction(action)
            looks.addAction(action)
        sizes = view_menu.addMenu(_tr("Tekststørrelse"))
        group = QActionGroup(sizes)
        for size in TEXT_SIZES:
            action = QAction(f"{round(size * 100)} %", sizes, checkable=True,
                             checked=size == self.text_size())
            action.triggered.connect(lambda _=False, size=size: self.set_look(text_size=size))
            group.addAction(action)
            sizes.addAction(action)
        self.apply_look()

    def theme_name(self) -> str:
        name = self.settings.value("theme", "light")
        return name if name in THEMES else "light"

    def text_size(self) -> float:
        try:
            size = float(self.settings.value("text_size", 1.0))
        except (TypeError, ValueError):
            size = 1.0
        return size if size in TEXT_SIZES else 1.0

    def set_look(self, theme: str | None = None, text_size: float | None = None) -> None:
        if theme is not None:
            self.settings.setValue("theme", theme)
        if text_size is not None:
            self.settings.setValue("text_size", text_size)
        self.apply_look()

    def apply_look(self) -> None:
        self.window.view.set_theme(scaled(THEMES[self.theme_name()], self.text_size()))
        if self.presentation is not None:
            from kerneopgave_desktop.ui.presenter import PRESENTER_TEXT
            self.presentation.view.set_theme(scaled(THEMES["contrast"],
                                                    PRESENTER_TEXT * self.text_size()))

    # -- presenting ----------------------------------------------------------------

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        group = QActionGroup(self.screens_menu)
        chosen = self.chosen_screen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            action = QAction(f"{number}: {screen.name()} ({size.width()}×{size.height()})",
                             self.screens_menu, checkable=True, checked=screen is chosen)
            name = screen.name()
            action.triggered.connect(lambda _=False, name=name:
                                     self.settings.setValue("presenter_screen", name))
            group.addAction(action)
            self.screens_menu.addAction(action)

    def chosen_screen(self):
        """The remembered screen, else one that is not the laptop's, else the only one."""
        screens = QGuiApplication.screens()
        remembered = self.settings.value("presenter_screen", "")
        for screen in screens:
            if screen.name() == remembered:
                return screen
        own = self.window.screen()
        others = [screen for screen in screens if screen is not own]
        return others[0] if others else own

    def toggle_presenting(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        else:
            self.start_presenting()

    def start_presenting(self) -> PresentationWindow:
        from kerneopgave_desktop.ui.presenter import PresentationWindow  # when first presenting

        screen = self.chosen_screen()
        single = len(QGuiApplication.screens()) < 2 or screen is self.window.screen()
        actions = [self.previous_action, self.next_action, self.spotlight_action,
                   self.timer_action, self.present_action]
        self.presentation = PresentationWindow(self.timer, actions, single)
        self.apply_look()
        self.presentation.page_requested.connect(self.go)
        self.presentation.closed.connect(self._stopped)
        scene = self.window.current_scene()
        if scene is not None:
            self.presentation.set_scene(scene)
        self.presentation.show_on(screen)
        self.present_action.setChecked(True)
        self.slide = self._current_board_slide()
        return self.presentation

    def _stopped(self) -> None:
        self.presentation = None
        self.present_action.setChecked(False)
        self.window.activateWindow()

    def board_shown(self, scene: BoardScene) -> None:
        """The editing window changed board: the wall follows."""
        if self.presentation is not None:
            self.presentation.set_scene(scene)
            self.presentation.view.fit_all()
        scene.set_spotlight(self.spotlight_action.isChecked())
        scene.voting = self.voting_action.isChecked()

    # -- slides ------------------------------------------------------------------------

    def _current_board_slide(self) -> int:
        scene = self.window.current_scene()
        all_slides = slides(self.window.document.workshop)
        for index, slide in enumerate(all_slides):
            if scene is not None and slide.board_id == scene.board_id and slide.zone_id is None:
                return index
        return 0

    def go(self, step: int) -> None:
        """The next (1) or previous (-1) slide: boards whole, then their zones marked as stops."""
        workshop = self.window.document.workshop
        all_slides = slides(workshop)
        if not all_slides:
            return
        self.slide = max(0, min(len(all_slides) - 1, self.slide + step))
        slide = all_slides[self.slide]
        index = [board.id for board in workshop.boards].index(slide.board_id)
        if self.window.tabs.currentIndex() != index:
            self.window.tabs.setCurrentIndex(index)
        x, y, width, height = area(workshop.board(slide.board_id), slide)
        view = self.presentation.view if self.presentation is not None else self.window.view
        view.show_area(QRectF(x, y, width, height))

    # -- spotlight, votes, parking, timer ------------------------------------------

    def toggle_spotlight(self) -> None:
        scene = self.window.current_scene()
        if scene is not None:
            scene.set_spotlight(self.spotlight_action.isChecked())

    def toggle_voting(self) -> None:
        scene = self.window.current_scene()
        if scene is not None:
            scene.voting = self.voting_action.isChecked()

    def vote(self, delta: int) -> None:
        scene = self.window.current_scene()
        if scene is not None and scene.selected_cards():
            scene.apply(Vote(scene.board_id, [item.id for item in scene.selected_cards()], delta))

    def reset_votes(self) -> None:
        scene = self.window.current_scene()
        if scene is not None and scene.board is not None and \
                any(card.votes for card in scene.board.cards.values()):
            scene.apply(ResetVotes(scene.board_id))

    def park(self) -> None:
        """Move the selected cards into the board's parking lot (made if the board has none)."""
        scene = self.window.current_scene()
        board = scene.board if scene is not None else None
        chosen = [item.card for item in scene.selected_cards()] if scene is not None else []
        if board is None or not chosen:
            return
        parking = next((z for z in board.zones.values() if z.kind == "parking"), None)
        document = self.window.document

        def park() -> None:
            nonlocal parking  # made here when the board has none
            if parking is None:
                right = max([i.x + i.width for i in (*board.zones.values(),
                                                      *board.cards.values())] or [0])
                parking = Zone(id=new_id(), title=_tr("Parkeringsplads"), x=right + 3 * GAP,
                               y=0, width=560, height=400, locked=True, kind="parking")
                document.apply(AddItems(board.id, [parking], at={parking.id: 0}))
            width = max(card.width for card in chosen)
            columns = max(1, int((parking.width - 2 * ZONE_MARGIN + GAP) // (width + GAP)))
            already = [c for c in board.cards.values() if parking.contains(c)
                       and c.id not in {card.id for card in chosen}]
            places, bottom = {}, parking.y + ZONE_TITLE_SPACE
            for number, card in enumerate(chosen, start=len(already)):
                row, column = divmod(number, columns)
                x = parking.x + ZONE_MARGIN + column * (width + GAP)
                y = parking.y + ZONE_TITLE_SPACE + row * (max(c.height for c in chosen) + GAP)
                places[card.id] = (x, y)
                bottom = max(bottom, y + card.height + ZONE_MARGIN)
            document.apply(MoveItems(board.id, places))
            if bottom > parking.y + parking.height:
                document.apply(ResizeItems(board.id, {parking.id: (parking.width,
                                                                   bottom - parking.y)}))

        self.window.door.group(_tr("Parkér {n} kort").format(n=len(chosen)), park)

    def set_timer(self) -> None:
        minutes, ok = QInputDialog.getInt(self.window, _tr("Rundetimer"), _tr("Minutter:"),
                                          round(self.timer.total / 60) or 5, 1, 180)
        if ok:
            self.timer.set_minutes(minutes)
