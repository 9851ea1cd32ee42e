"""Names for screen readers on the parts Qt makes itself: the button a toolbar shows when
its tools do not fit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton, QWidget


def _tr(source: str) -> str:
    return QCoreApplication.translate("AccessibleNames", source)


def name_toolbar_extensions(root: QWidget) -> None:
    """Qt's "more tools" button on every toolbar under `root` (a check box without a name
    to a screen reader otherwise)."""
    for button in root.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(_tr("Flere værktøjer"))
