"""The one path for change: operations applied through a Document."""

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
from kerneopgave_desktop.domain.changes import Changes

# A file that cannot be opened or written, with a message for the user. Storage's error,
# re-exported so that the canvas and the UI know files through the document alone. Raised
# by `Document.apply`, `group`, `undo` and `redo` after the step is done: the change stands
# in memory and `Document.unsaved` says the file has not taken it.
from kerneopgave_desktop.storage.errors import FileProblem

__all__ = [
    "AddBoard",
    "AddDeck",
    "AddItems",
    "Changes",
    "DeleteSnapshot",
    "Document",
    "DocumentError",
    "EditCard",
    "EditLink",
    "EditWorkshop",
    "EditZone",
    "FileProblem",
    "MoveBoard",
    "MoveItems",
    "NudgeItems",
    "Operation",
    "OperationError",
    "ReadOnlyError",
    "RecolourItems",
    "RemoveBoard",
    "RemoveDeck",
    "RemoveItems",
    "RenameBoard",
    "RenameSnapshot",
    "ReplaceDeck",
    "ResetVotes",
    "ResizeItems",
    "TakeSnapshot",
    "Vote",
    "create_document",
    "open_document",
]
