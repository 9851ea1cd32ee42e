"""The Dilemmas menu: draw a card from a deck (from one sector, if chosen), choose the deck,
edit decks, run a round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import AddItems, ResizeItems
from kerneopgave_desktop.domain.decks import (
    BUILTIN_ID,
    builtin_deck,
    column_place,
    draw,
    drawn_size,
    in_sector,
    new_column,
)
from kerneopgave_desktop.domain.model import Deck, Dilemma, new_id
from kerneopgave_desktop.domain.placing import free_spot
from kerneopgave_desktop.domain.vocabulary import SECTORS
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext


def _tr(source: str) -> str:
    return QCoreApplication.translate("DilemmaActions", source)


class DilemmaActions(QObject):
    """The Dilemmas menu's actions: draw from a deck (and a sector), edit decks, run a round."""

    def __init__(self, context: WindowContext, view: BoardView, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.view = view
        self.deck_id = BUILTIN_ID
        self._sector: tuple[str | None] | None = None
        """The sector chosen in this window's Sektor menu, once one is (a 1-tuple, as None
        is a choice too: every sector)."""
        self.preview_ms = 1600
        """How long a drawn card is shown large before it settles (0: not shown)."""
        self.preview: QWidget | None = None
        """The drawn card shown large, while it is."""
        self.title = _tr("&Dilemmaer")
        """The menu's title."""
        self.draw_action = new_action(self, _tr("Træk et kort"), self.draw, "Ctrl+K",
                                      icon="shuffle", short=_tr("Træk kort"))
        self.decks_menu = QMenu(_tr("Kortbunke"), context.dialog_parent)
        self.decks_menu.aboutToShow.connect(self._fill_decks)
        self.sectors_menu = QMenu(_tr("Sektor"), context.dialog_parent)
        self.sectors_menu.aboutToShow.connect(self._fill_sectors)
        self.edit_decks_action = new_action(self, _tr("Rediger kortbunker…"), self.edit_decks,
                                            icon="layers")
        self.round_action = new_action(self, _tr("Dilemmarunde…"), self.run_round,
                                       QKeySequence("Ctrl+R"), icon="messages-square")
        self.actions = [self.draw_action, self.decks_menu, self.sectors_menu,
                        self.edit_decks_action, None, self.round_action]
        """In the menu's order; None is a separator."""
        self.edit_actions = [self.draw_action, self.round_action]

    def deck(self) -> Deck:
        """The deck drawn from: the one chosen, else the built-in deck."""
        for deck in self.context.document.workshop.decks:
            if deck.id == self.deck_id:
                return deck
        return builtin_deck()

    def _fill_decks(self) -> None:
        self.decks_menu.clear()
        group = QActionGroup(self.decks_menu)
        for deck in [builtin_deck(), *self.context.document.workshop.decks]:
            action = QAction(deck.title or _tr("Uden titel"), self.decks_menu, checkable=True,
                             checked=deck.id == self.deck().id)
            action.triggered.connect(lambda _=False, deck_id=deck.id: self.choose_deck(deck_id))
            group.addAction(action)
            self.decks_menu.addAction(action)

    def choose_deck(self, deck_id: str) -> None:
        """Draw from the deck with this id from now on."""
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

    @property
    def sector(self) -> str | None:
        """The sector "Træk et kort" draws from: the one chosen in the Sektor menu, else the
        workshop's own; None for every sector."""
        if self._sector is not None:
            return self._sector[0]
        return self.context.document.workshop.info.sector

    def choose_sector(self, sector: str | None) -> None:
        """Draw only from this sector from now on (None: from every sector)."""
        self._sector = (sector,)

    def draw(self) -> str | None:
        """Place a card not yet drawn on this board; the id of the new dilemma."""
        scene = self.context.current_scene()
        deck = self.deck()
        if scene is None or scene.board is None or not deck.cards:
            return None
        if not in_sector(deck, self.sector):
            self.context.show_status(_tr(
                "Kortbunken »{deck}« har ingen kort fra sektoren »{sector}«.").format(
                deck=deck.title, sector=SECTORS.label(self.sector)), 6000)
            return None
        card, reshuffled = draw(deck, scene.board, sector=self.sector)
        width, height = drawn_size(card)
        column = new_column(scene.board)
        if column is not None:  # in "Ny", which grows to hold it when it is full
            x, y, column_height = column_place(scene.board, column, width, height)
        else:  # beside what the view shows
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            x, y = scene.snapped(QPointF(*free_spot(
                scene.board, centre.x() - width / 2, centre.y() - height / 2, width,
                height))).toTuple()
        dilemma = Dilemma(id=new_id(), text=card.text, pole_a=card.pole_a, pole_b=card.pole_b,
                          origin=card.id, x=x, y=y, width=width, height=height)
        document, board_id = self.context.document, scene.board_id

        def place() -> None:
            document.apply(AddItems(board_id, [dilemma]))
            if column is not None and column_height > column.height:
                document.apply(ResizeItems(board_id, {column.id: (column.width, column_height)}))
        if not self.context.door.group(self.draw_action.text(), place, origin=self):
            return None
        scene.clearSelection()
        scene.cards[dilemma.id].setSelected(True)
        self.view.ensureVisible(scene.cards[dilemma.id], 40, 40)
        if self.preview_ms > 0:
            from kerneopgave_desktop.ui.drawn_card import DrawnCard  # on the first draw

            where = _tr("Lægges i »{zone}«").format(zone=column.title) \
                if column is not None else _tr("Lægges på tavlen")
            self.preview = DrawnCard(self.view, dilemma, where, self.preview_ms)
            self.preview.destroyed.connect(lambda: setattr(self, "preview", None))
        if reshuffled:
            message = (_tr("Alle kort fra sektoren »{sector}« er trukket; nu kan de komme "
                           "igen.").format(sector=SECTORS.label(self.sector)) if self.sector
                       else _tr("Alle kort i bunken er trukket; nu kan de komme igen."))
        elif card.is_question:
            message = _tr("Spørgsmål trukket fra {deck}.").format(deck=deck.title)
        else:
            message = _tr("Trukket fra {deck}.").format(deck=deck.title)
        self.context.show_status(message, 6000)
        return dilemma.id

    # The dialogs are imported when first opened: the board does not wait for them at start-up.

    def edit_decks(self) -> None:
        """The workshop's own decks in a dialog; OK is one step."""
        from kerneopgave_desktop.ui.deck_dialog import DeckDialog

        DeckDialog(self.context.document, self.context.door, self.context.dialog_parent).exec()

    def run_round(self) -> None:
        """A dilemma round over the selected dilemmas, else every dilemma on the board."""
        scene = self.context.current_scene()
        if scene is None or scene.board is None:
            return
        chosen = [item.id for item in scene.selected_cards()
                  if isinstance(scene.board.cards[item.id], Dilemma)]
        ids = chosen or [card.id for card in scene.board.cards.values()
                         if isinstance(card, Dilemma)]
        if not ids:
            self.context.show_status(_tr("Der er ingen dilemmaer på tavlen endnu."), 6000)
            return
        from kerneopgave_desktop.ui.round_dialog import RoundDialog

        RoundDialog(scene, ids, self.context.dialog_parent).exec()
