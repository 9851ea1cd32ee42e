"""The one path for change: operations applied through a Document."""

from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.document.document import (
    Document,
    DocumentError,
    ReadOnlyError,
    create_document,
    open_document,
)
from kerneopgave_desktop.document.operations import (
    AddBoard,
    AddDeck,
    AddItems,
    DeleteSnapshot,
    EditCard,
    EditLink,
    EditWorkshop,
    EditZone,
    MoveBoard,
    MoveItems,
    NudgeItems,
    Operation,
    OperationError,
    RecolourItems,
    RemoveBoard,
    RemoveDeck,
    RemoveItems,
    RenameBoard,
    RenameSnapshot,
    ReplaceDeck,
    ResetVotes,
    ResizeItems,
    TakeSnapshot,
    Vote,
)

__all__ = [
    "AddBoard", "AddDeck", "AddItems", "DeleteSnapshot", "RenameSnapshot", "TakeSnapshot", "Changes", "Document", "DocumentError", "EditCard", "EditLink",
    "EditWorkshop", "EditZone", "MoveBoard", "MoveItems", "NudgeItems", "Operation",
    "OperationError", "ReadOnlyError", "RecolourItems", "RemoveBoard", "RemoveDeck", "RemoveItems", "ReplaceDeck",
    "RenameBoard", "ResetVotes", "ResizeItems", "Vote", "create_document", "open_document",
]
