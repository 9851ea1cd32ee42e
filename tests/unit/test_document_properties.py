"""Random sequences of operations, groups, undos and redos: the file always agrees."""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kerneopgave_desktop.document import (
    AddBoard,
    AddDeck,
    AddItems,
    EditCard,
    EditZone,
    MoveBoard,
    MoveItems,
    NudgeItems,
    RecolourItems,
    RemoveBoard,
    RemoveDeck,
    RemoveItems,
    RenameBoard,
    ReplaceDeck,
    ResizeItems,
    create_document,
    open_document,
)
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Deck, DeckCard, Link, Zone
from kerneopgave_desktop.interchange.json import to_dict
from tests.factories import sample_workshop

texts = st.text(max_size=40)
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False)


class DocumentMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.doc = create_document(self.folder / "w.kerneopgave", sample_workshop())
        self.counter = 0

    def fresh(self):
        self.counter += 1
        return f"id{self.counter}"

    def board(self, data):
        return data.draw(st.sampled_from(self.doc.workshop.boards))

    @rule(data=st.data(), kind=st.sampled_from(sorted(CARD_TYPES)), text=texts, x=coords,
          front=st.booleans())
    def add_card(self, data, kind, text, x, front):
        board = self.board(data)
        card = CARD_TYPES[kind](id=self.fresh(), text=text, x=x)
        self.doc.apply(AddItems(board.id, [card], at={card.id: 0} if front else None))

    @rule(data=st.data())
    def add_link(self, data):
        board = self.board(data)
        if len(board.cards) >= 2:
            source, target = data.draw(st.lists(st.sampled_from(list(board.cards)), min_size=2,
                                                max_size=2, unique=True))
            self.doc.apply(AddItems(board.id, [Link(id=self.fresh(), source=source,
                                                    target=target)]))

    @rule(data=st.data(), title=texts)
    def add_zone(self, data, title):
        self.doc.apply(AddItems(self.board(data).id, [Zone(id=self.fresh(), title=title)]))

    @rule(data=st.data())
    def remove_some(self, data):
        board = self.board(data)
        ids = [*board.cards, *board.links, *board.zones]
        if ids:
            chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4))
            self.doc.apply(RemoveItems(board.id, chosen))

    @rule(data=st.data(), dx=coords, dy=coords, nudge=st.booleans())
    def move(self, data, dx, dy, nudge):
        board = self.board(data)
        ids = [*board.cards, *board.zones]
        if ids:
            chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=5, unique=True))
            op = NudgeItems if nudge else MoveItems
            self.doc.apply(op(board.id, dict.fromkeys(chosen, (dx, dy))))

    @rule(data=st.data(), text=texts)
    def edit_text(self, data, text):
        board = self.board(data)
        if board.cards:
            self.doc.apply(EditCard(board.id, data.draw(st.sampled_from(list(board.cards))),
                                    text=text))

    @rule(data=st.data(), votes=st.integers(0, 50))
    def edit_votes_and_colour(self, data, votes):
        board = self.board(data)
        if board.cards:
            card = data.draw(st.sampled_from(list(board.cards)))
            self.doc.apply(EditCard(board.id, card, votes=votes))
            self.doc.apply(RecolourItems(board.id, {card: "#abcdef"}))
            self.doc.apply(ResizeItems(board.id, {card: (100, 90)}))

    @rule(data=st.data(), locked=st.booleans())
    def lock_zone(self, data, locked):
        board = self.board(data)
        if board.zones:
            self.doc.apply(EditZone(board.id, data.draw(st.sampled_from(list(board.zones))),
                                    locked=locked))

    @rule(data=st.data(), title=texts)
    def boards(self, data, title):
        board = self.board(data)
        choice = data.draw(st.sampled_from(["add", "remove", "rename", "move"]))
        if choice == "add":
            self.doc.apply(AddBoard(Board(id=self.fresh(), title=title)))
        elif choice == "remove" and len(self.doc.workshop.boards) > 1:
            self.doc.apply(RemoveBoard(board.id))
        elif choice == "rename":
            self.doc.apply(RenameBoard(board.id, title))
        elif choice == "move":
            index = data.draw(st.integers(0, len(self.doc.workshop.boards) - 1))
            self.doc.apply(MoveBoard(board.id, index))

    @rule(data=st.data(), texts_=st.lists(texts, min_size=1, max_size=4))
    def group(self, data, texts_):
        board = self.board(data)
        with self.doc.group("Gruppe"):
            for text in texts_:
                card = CARD_TYPES["note"](id=self.fresh(), text=text)
                self.doc.apply(AddItems(board.id, [card], at={card.id: 0}))
            if board.cards:
                self.doc.apply(RemoveItems(board.id, [next(iter(board.cards))]))

    @rule(data=st.data())
    def bring_to_front(self, data):
        """Remove a card and add it back on top, in one step: same ids, new place."""
        board = self.board(data)
        if board.cards:
            card = board.cards[data.draw(st.sampled_from(list(board.cards)))]
            links = board.links_of({card.id})
            with self.doc.group("Læg øverst"):
                self.doc.apply(RemoveItems(board.id, [card.id]))
                self.doc.apply(AddItems(board.id, [card, *links]))

    @rule(data=st.data(), title=texts)
    def decks(self, data, title):
        decks = self.doc.workshop.decks
        choice = data.draw(st.sampled_from(["add", "remove", "replace"]))
        if choice == "add" or not decks:
            cards = tuple(DeckCard(id=self.fresh(), text=title) for _ in range(2))
            self.doc.apply(AddDeck(Deck(id=self.fresh(), title=title, cards=cards)))
        elif choice == "remove":
            self.doc.apply(RemoveDeck(data.draw(st.sampled_from(decks)).id))
        else:
            deck = data.draw(st.sampled_from(decks))
            self.doc.apply(ReplaceDeck(Deck(id=deck.id, title=title, cards=deck.cards[1:])))

    @precondition(lambda self: self.doc.can_undo)
    @rule()
    def undo(self):
        self.doc.undo()

    @precondition(lambda self: self.doc.can_redo)
    @rule()
    def redo(self):
        self.doc.redo()

    @rule()
    def reopen(self):
        self.doc.close()
        again = open_document(self.doc.store.path)
        assert to_dict(again.workshop) == to_dict(self.doc.workshop)
        assert again.workshop == self.doc.workshop
        self.doc.store = again.store

    @invariant()
    def links_join_cards_on_their_board(self):
        for board in self.doc.workshop.boards:
            for link in board.links.values():
                assert link.source in board.cards and link.target in board.cards

    def teardown(self):
        self.reopen()
        self.doc.close()
        shutil.rmtree(self.folder, ignore_errors=True)


DocumentMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=30,
                                             deadline=None)
TestDocument = pytest.mark.slow(DocumentMachine.TestCase)
