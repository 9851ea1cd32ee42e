"""The Meeting menu: present, step through slides, spotlight, dot voting, parking, timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import THEMES, scaled
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import AddItems, MoveItems, ResetVotes, ResizeItems
from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Zone, new_id
from kerneopgave_desktop.domain.slides import Slide, area, slides
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.round_timer import RoundTimer, TimerLabel

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.presenter import PresentationWindow


def _tr(source: str) -> str:
    return QCoreApplication.translate("MeetingActions", source)


class MeetingActions(QObject):
    """The Meeting menu's actions, and the presentation on the wall while it is open."""

    def __init__(self, context: WindowContext, view: BoardView,
                 show_board: Callable[[int], None], parent: QObject):
        """`show_board(index)` shows the board at that place in the document's order."""
        super().__init__(parent)
        self.context = context
        self.view = view
        self.show_board = show_board
        self.settings = context.settings
        self.presentation: PresentationWindow | None = None
        self.slide = 0
        self.timer = RoundTimer(parent=self)
        self.title = _tr("&Møde")
        """The menu's title."""
        add = new_action
        self.present_action = add(self, _tr("Præsentér"), self.toggle_presenting, "F5",
                                  checkable=True, icon="presentation", short=_tr("Præsentér"))
        self.screens_menu = QMenu(_tr("Præsentationsskærm"), context.dialog_parent)
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        commands = view.commands  # the board's keys: Page Down and Up, + and −
        self.next_action, self.previous_action = commands.next_action, commands.previous_action
        self.spotlight_action = add(self, _tr("Fremhæv det valgte"), self.toggle_spotlight,
                                    "Ctrl+L", checkable=True, icon="focus", short=_tr("Fremhæv"))
        self.voting_action = add(self, _tr("Stem med klik (Skift-klik fjerner)"),
                                 self.toggle_voting, checkable=True, icon="vote",
                                 short=_tr("Stem"))
        self.vote_action, self.unvote_action = commands.vote_action, commands.unvote_action
        self.reset_action = add(self, _tr("Nulstil stemmer"), self.reset_votes, icon="rotate-ccw")
        self.park_action = add(self, _tr("Parkér"), self.park, "Ctrl+Shift+P",
                               icon="square-parking")
        self.set_timer_action = add(self, _tr("Nedtælling: sæt tid…"), self.set_timer,
                                    icon="clock")
        self.timer_action = add(self, _tr("Nedtælling: start/pause"), self.timer.toggle,
                                "Ctrl+T", icon="timer", short=_tr("Nedtælling"))
        self.reset_timer_action = add(self, _tr("Nedtælling: nulstil"), self.timer.reset)
        self.actions = [self.present_action, self.screens_menu, self.next_action,
                        self.previous_action, None, self.spotlight_action, self.voting_action,
                        self.vote_action, self.unvote_action, self.reset_action,
                        self.park_action, None, self.set_timer_action, self.timer_action,
                        self.reset_timer_action]
        """In the menu's order; None is a separator."""
        self.edit_actions = [self.reset_action, self.park_action, self.voting_action]
        self.timer_label = TimerLabel(self.timer, 22)
        self.timer_label.setMinimumWidth(90)

    def apply_look(self) -> None:
        """The wall's look: high contrast, its text larger by the settings' text size."""
        if self.presentation is not None:
            from kerneopgave_desktop.ui.presenter import PRESENTER_TEXT
            self.presentation.view.set_theme(scaled(THEMES["contrast"],
                                                    PRESENTER_TEXT * self.settings.text_size))

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
            action.triggered.connect(lambda _=False, name=name: self.choose_screen(name))
            group.addAction(action)
            self.screens_menu.addAction(action)

    def choose_screen(self, name: str) -> None:
        """Present on the screen of this name from now on."""
        self.settings.presenter_screen = name

    def chosen_screen(self):
        """The remembered screen, else one that is not the laptop's, else the only one."""
        screens = QGuiApplication.screens()
        remembered = self.settings.presenter_screen
        for screen in screens:
            if screen.name() == remembered:
                return screen
        own = self.context.dialog_parent.screen()
        others = [screen for screen in screens if screen is not own]
        return others[0] if others else own

    def toggle_presenting(self) -> None:
        """Start presenting, or stop."""
        if self.presentation is not None:
            self.presentation.close()
        else:
            self.start_presenting()

    def start_presenting(self) -> PresentationWindow:
        from kerneopgave_desktop.ui.presenter import PresentationWindow  # when first presenting

        screen = self.chosen_screen()
        single = len(QGuiApplication.screens()) < 2 or screen is self.context.dialog_parent.screen()
        actions = [self.previous_action, self.next_action, self.spotlight_action,
                   self.timer_action, self.present_action]
        self.presentation = PresentationWindow(self.timer, actions, single)
        self.apply_look()
        self.presentation.page_requested.connect(self.go)
        self.presentation.closed.connect(self._stopped)
        self.presentation.room_changed.connect(self._plan_again)
        scene = self.context.current_scene()
        if scene is not None:
            self.presentation.set_scene(scene)
        self.presentation.show_on(screen)
        if single:
            self.presentation.take_keys()
        self.view.escape_handler = self._stop  # Escape on the laptop ends it too
        self.present_action.setChecked(True)
        self.slide = self._first_slide(scene.board_id if scene is not None else None)
        self._show_slide(animate=False)
        return self.presentation

    def _stop(self) -> bool:
        if self.presentation is None:
            return False
        self.presentation.close()
        return True

    def _stopped(self) -> None:
        self.presentation = None
        self.view.escape_handler = None
        self.present_action.setChecked(False)
        self.context.dialog_parent.activateWindow()

    def board_shown(self, scene: BoardScene) -> None:
        """The editing window changed board: the wall follows, from that board's first slide
        (or the slide already chosen on it)."""
        if self.presentation is not None:
            self.presentation.set_scene(scene)
            current = self._slides()
            if not (0 <= self.slide < len(current)
                    and current[self.slide].board_id == scene.board_id):
                self.slide = self._first_slide(scene.board_id)
            self._show_slide(animate=False)
        scene.set_spotlight(self.spotlight_action.isChecked())
        scene.voting = self.voting_action.isChecked()

    # -- slides ------------------------------------------------------------------------

    def _slides(self) -> list[Slide]:
        """The slides for the wall as it is now (regions where a board is too dense to read
        whole), or, when not presenting, each board whole and its stops."""
        room = self.presentation.room() if self.presentation is not None else None
        return slides(self.context.document.workshop, room)

    def _first_slide(self, board_id: str | None) -> int:
        return next((index for index, slide in enumerate(self._slides())
                     if slide.board_id == board_id), 0)

    def _show_slide(self, animate: bool = True) -> None:
        """Show the current slide: on the wall while presenting, else on the laptop."""
        workshop = self.context.document.workshop
        all_slides = self._slides()
        if not all_slides:
            return
        self.slide = max(0, min(len(all_slides) - 1, self.slide))
        slide = all_slides[self.slide]
        x, y, width, height = area(workshop.board(slide.board_id), slide)
        if self.presentation is not None:
            self.presentation.show_slide(QRectF(x, y, width, height), animate,
                                         part=slide.area is not None)
        else:
            self.view.show_area(QRectF(x, y, width, height))

    def _plan_again(self) -> None:
        """The wall's room changed: the slide of the same board around the same centre."""
        if self.presentation is None or self.presentation.area is None:
            return
        centre = self.presentation.area.center()
        workshop = self.context.document.workshop
        board_id = self.presentation.view.board_scene().board_id
        for index, slide in enumerate(self._slides()):
            if slide.board_id == board_id and slide.zone_id is None and \
                    QRectF(*area(workshop.board(board_id), slide)).contains(centre):
                self.slide = index
                break
        self._show_slide(animate=False)

    def go(self, step: int) -> None:
        """The next (1) or previous (-1) slide: boards whole (or by region, where a board is
        too dense for the wall), then their zones marked as stops."""
        workshop = self.context.document.workshop
        all_slides = self._slides()
        if not all_slides:
            return
        self.slide = max(0, min(len(all_slides) - 1, self.slide + step))
        slide = all_slides[self.slide]
        self.show_board([board.id for board in workshop.boards].index(slide.board_id))
        self._show_slide()

    # -- spotlight, votes, parking, timer ------------------------------------------

    def toggle_spotlight(self) -> None:
        """Dim all but the selection, or stop dimming."""
        scene = self.context.current_scene()
        if scene is not None:
            scene.set_spotlight(self.spotlight_action.isChecked())

    def toggle_voting(self) -> None:
        """A click on a card gives a dot, or no longer does."""
        scene = self.context.current_scene()
        if scene is not None:
            scene.voting = self.voting_action.isChecked()

    def reset_votes(self) -> None:
        """Take every dot off the board shown, as one step."""
        scene = self.context.current_scene()
        if scene is not None and scene.board is not None and \
                any(card.votes for card in scene.board.cards.values()):
            scene.apply(ResetVotes(scene.board_id))

    def park(self) -> None:
        """Move the selected cards into the board's parking lot (made if the board has none)."""
        scene = self.context.current_scene()
        board = scene.board if scene is not None else None
        chosen = [item.card for item in scene.selected_cards()] if scene is not None else []
        if board is None or not chosen:
            return
        parking = next((z for z in board.zones.values() if z.kind == "parking"), None)
        document = self.context.document

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

        self.context.door.group(_tr("Parkér {n} kort").format(n=len(chosen)), park, origin=self)

    def set_timer(self) -> None:
        """Ask how many minutes the round timer counts."""
        minutes, ok = QInputDialog.getInt(self.context.dialog_parent, _tr("Nedtælling"),
                                          _tr("Minutter:"),
                                          round(self.timer.total / 60) or 5, 1, 180)
        if ok:
            self.timer.set_minutes(minutes)
