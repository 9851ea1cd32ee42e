"""The Dilemmas menu: draw a card from a deck, choose the deck, edit decks, run a round."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.decks import BUILTIN_ID, builtin_deck, draw, free_spot
from kerneopgave_desktop.domain.model import Deck, Dilemma, new_id

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.main_window import MainWindow


def _tr(source: str) -> str:
    return QCoreApplication.translate("DilemmaActions", source)


class DilemmaActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.deck_id = BUILTIN_ID
        menu = self.menu = window.menuBar().addMenu(_tr("&Dilemmaer"))
        self.draw_action = window._action(menu, _tr("Træk et kort"), self.draw, "Ctrl+K")
        self.decks_menu = menu.addMenu(_tr("Kortbunke"))
        self.decks_menu.aboutToShow.connect(self._fill_decks)
        window._action(menu, _tr("Rediger kortbunker…"), self.edit_decks)
        menu.addSeparator()
        self.round_action = window._action(menu, _tr("Dilemmarunde…"), self.run_round,
                                           QKeySequence("Ctrl+R"))
        window.edit_actions += [self.draw_action, self.round_action]

    def deck(self) -> Deck:
        for deck in self.window.document.workshop.decks:
            if deck.id == self.deck_id:
                return deck
        return builtin_deck()

    def _fill_decks(self) -> None:
        self.decks_menu.clear()
        group = QActionGroup(self.decks_menu)
        for deck in [builtin_deck(), *self.window.document.workshop.decks]:
            action = QAction(deck.title or _tr("Uden titel"), self.decks_menu, checkable=True,
                             checked=deck.id == self.deck().id)
            action.triggered.connect(lambda _=False, deck_id=deck.id: self.choose_deck(deck_id))
            group.addAction(action)
            self.decks_menu.addAction(action)

    def choose_deck(self, deck_id: str) -> None:
        """Draw from the deck with this id from now on."""
        self.deck_id = deck_id

    def draw(self) -> str | None:
        """Place a card not yet drawn on this board; the id of the new dilemma."""
        scene = self.window.current_scene()
        deck = self.deck()
        if scene is None or scene.board is None or not deck.cards:
            return None
        card, reshuffled = draw(deck, scene.board)
        centre = self.window.view.mapToScene(self.window.view.viewport().rect().center())
        probe = Dilemma(id="probe")
        x, y = free_spot(scene.board, centre.x() - probe.width / 2, centre.y() - probe.height / 2,
                         probe.width, probe.height)
        spot = scene.snapped(type(centre)(x, y))
        dilemma = Dilemma(id=new_id(), text=card.text, pole_a=card.pole_a, pole_b=card.pole_b,
                          origin=card.id, x=spot.x(), y=spot.y())
        if not scene.apply(AddItems(scene.board_id, [dilemma])):
            return None
        scene.clearSelection()
        scene.cards[dilemma.id].setSelected(True)
        self.window.view.ensureVisible(scene.cards[dilemma.id], 40, 40)
        message = (_tr("Alle kort i bunken er trukket; nu kan de komme igen.") if reshuffled
                   else _tr("Trukket fra {deck}.").format(deck=deck.title))
        self.window.statusBar().showMessage(message, 6000)
        return dilemma.id

    # The dialogs are imported when first opened: the board does not wait for them at start-up.

    def edit_decks(self) -> None:
        from kerneopgave_desktop.ui.deck_dialog import DeckDialog

        DeckDialog(self.window.document, self.window.door, self.window).exec()

    def run_round(self) -> None:
        scene = self.window.current_scene()
        if scene is None or scene.board is None:
            return
        chosen = [item.id for item in scene.selected_cards()
                  if isinstance(scene.board.cards[item.id], Dilemma)]
        ids = chosen or [card.id for card in scene.board.cards.values()
                         if isinstance(card, Dilemma)]
        if not ids:
            self.window.statusBar().showMessage(_tr("Der er ingen dilemmaer på tavlen endnu."),
                                                6000)
            return
        from kerneopgave_desktop.ui.round_dialog import RoundDialog

        RoundDialog(scene, ids, self.window).exec()
