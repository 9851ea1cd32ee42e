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
    AddItems,
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
    RemoveItems,
    RenameBoard,
    ResizeItems,
)

__all__ = [
    "AddBoard", "AddItems", "Changes", "Document", "DocumentError", "EditCard", "EditLink",
    "EditWorkshop", "EditZone", "MoveBoard", "MoveItems", "NudgeItems", "Operation",
    "OperationError", "ReadOnlyError", "RecolourItems", "RemoveBoard", "RemoveItems",
    "RenameBoard", "ResizeItems", "create_document", "open_document",
]
