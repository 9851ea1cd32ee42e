"""Names for screen readers on the parts Qt makes itself: the button a toolbar shows when
its tools do not fit, and the print preview's page field, zoom and pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolButton, QWidget


def _tr(source: str) -> str:
    return QCoreApplication.translate("AccessibleNames", source)


def name_toolbar_extensions(root: QWidget) -> None:
    """Qt's "more tools" button on every toolbar under `root` (a check box without a name
    to a screen reader otherwise)."""
    for button in root.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(_tr("Flere værktøjer"))


def name_print_preview(dialog: QWidget) -> None:
    """The print preview's own fields: the page number, the zoom, and the pages shown."""
    name_toolbar_extensions(dialog)
    for combo in dialog.findChildren(QComboBox):
        if not combo.accessibleName():
            combo.setAccessibleName(_tr("Zoom"))
            if combo.lineEdit() is not None:
                combo.lineEdit().setAccessibleName(_tr("Zoom"))
    for edit in dialog.findChildren(QLineEdit):
        if not edit.accessibleName() and not isinstance(edit.parent(), QComboBox):
            edit.setAccessibleName(_tr("Side"))
    for view in dialog.findChildren(QGraphicsView):
        for part in (view, view.viewport()):
            part.setAccessibleName(_tr("Siderne, som de bliver udskrevet"))
