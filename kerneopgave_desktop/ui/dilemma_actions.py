"""The Dilemmas menu: draw a card from a deck (from one sector, if chosen), choose the deck,
edit decks, run a round."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.decks import (
    BUILTIN_ID,
    builtin_deck,
    draw,
    drawn_size,
    free_spot,
    in_sector,
)
from kerneopgave_desktop.domain.model import Deck, Dilemma, new_id
from kerneopgave_desktop.domain.vocabulary import SECTORS

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.main_window import MainWindow


def _tr(source: str) -> str:
    return QCoreApplication.translate("DilemmaActions", source)


class DilemmaActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.deck_id = BUILTIN_ID
        self.sector: str | None = None
        """The sector "Træk et kort" draws from, for this window; None for every sector."""
        menu = self.menu = window.menuBar().addMenu(_tr("&Dilemmaer"))
        self.draw_action = window._action(menu, _tr("Træk et kort"), self.draw, "Ctrl+K")
        self.decks_menu = menu.addMenu(_tr("Kortbunke"))
        self.decks_menu.aboutToShow.connect(self._fill_decks)
        self.sectors_menu = menu.addMenu(_tr("Sektor"))
        self.sectors_menu.aboutToShow.connect(self._fill_sectors)
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
            action.triggered.connect(lambda _=False, deck_id=deck.id: self._choose(deck_id))
            group.addAction(action)
            self.decks_menu.addAction(action)

    def _choose(self, deck_id: str) -> None:
        self.deck_id = deck_id

    def _fill_sectors(self) -> None:
        self.sectors_menu.clear()
        group = QActionGroup(self.sectors_menu)
        choices = [(None, _tr("Alle sektorer"))] + [(t.code, t.label()) for t in SECTORS.terms]
        for code, label in choices:
            action = QAction(label, self.sectors_menu, checkable=True, checked=code == self.sector)
            action.triggered.connect(lambda _=False, code=code: self.choose_sector(code))
            group.addAction(action)
            self.sectors_menu.addAction(action)

    def choose_sector(self, sector: str | None) -> None:
        self.sector = sector

    def draw(self) -> str | None:
        """Place a card not yet drawn on this board; the id of the new dilemma."""
        scene = self.window.current_scene()
        deck = self.deck()
        if scene is None or scene.board is None or not deck.cards:
            return None
        if not in_sector(deck, self.sector):
            self.window.statusBar().showMessage(_tr(
                "Kortbunken »{deck}« har ingen kort fra sektoren »{sector}«.").format(
                deck=deck.title, sector=SECTORS.label(self.sector)), 6000)
            return None
        card, reshuffled = draw(deck, scene.board, sector=self.sector)
        centre = self.window.view.mapToScene(self.window.view.viewport().rect().center())
        width, height = drawn_size(card)
        x, y = free_spot(scene.board, centre.x() - width / 2, centre.y() - height / 2, width,
                         height)
        spot = scene.snapped(type(centre)(x, y))
        dilemma = Dilemma(id=new_id(), text=card.text, pole_a=card.pole_a, pole_b=card.pole_b,
                          origin=card.id, x=spot.x(), y=spot.y(), width=width, height=height)
        if not scene.apply(AddItems(scene.board_id, [dilemma])):
            return None
        scene.clearSelection()
        scene.cards[dilemma.id].setSelected(True)
        self.window.view.ensureVisible(scene.cards[dilemma.id], 40, 40)
        if reshuffled:
            message = (_tr("Alle kort fra sektoren »{sector}« er trukket; nu kan de komme "
                           "igen.").format(sector=SECTORS.label(self.sector)) if self.sector
                       else _tr("Alle kort i bunken er trukket; nu kan de komme igen."))
        elif card.is_question:
            message = _tr("Spørgsmål trukket fra {deck}.").format(deck=deck.title)
        else:
            message = _tr("Trukket fra {deck}.").format(deck=deck.title)
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
