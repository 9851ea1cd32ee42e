"""Walking Qt's accessibility tree in the test process: what a screen reader would be given
through the platform's accessibility service (AT-SPI on Linux, UI Automation on Windows)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface

Role = QAccessible.Role

ACTIONABLE = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.Dial, Role.PageTab, Role.MenuItem, Role.ButtonMenu,
    Role.ButtonDropDown, Role.ButtonDropGrid, Role.Link, Role.HotkeyField, Role.ListItem,
    Role.TreeItem, Role.List, Role.Tree, Role.Table, Role.PageTabList, Role.MenuBar,
})
"""What a person acts on, or moves through: each needs a name a screen reader can say. So
does anything else that takes the keyboard focus (it is announced when it gets it). A table's
cells are its data, read with their column's header: an empty one is said as empty."""


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    description: str
    path: str
    """Where it is: the chain of roles and names from the window down."""
    owner: str
    """The Qt class of the widget behind it (empty for an item in a view)."""
    focusable: bool
    focused: bool


def _node(iface: QAccessibleInterface, path: str) -> Node:
    widget = iface.object()
    state = iface.state()
    return Node(iface.role(), iface.text(QAccessible.Text.Name) or "",
                iface.text(QAccessible.Text.Description) or "", path,
                type(widget).__name__ if widget is not None else "", bool(state.focusable),
                bool(state.focused))


def walk(root: object, limit: int = 20_000) -> Iterator[Node]:
    """Every shown node under `root` (a widget or an interface), depth first."""
    start = root if isinstance(root, QAccessibleInterface) else \
        QAccessible.queryAccessibleInterface(root)
    stack: list[tuple[QAccessibleInterface, str]] = [(start, "")]
    seen = 0
    while stack and seen < limit:
        iface, parent_path = stack.pop()
        if iface is None or not iface.isValid() or iface.state().invisible:
            continue
        seen += 1
        node = _node(iface, parent_path)
        path = f"{parent_path} / {node.role.name}:{node.name!r}"
        yield Node(node.role, node.name, node.description, path, node.owner, node.focusable,
                   node.focused)
        children = [iface.child(index) for index in range(iface.childCount())]
        stack.extend((child, path) for child in reversed(children) if child is not None)


def interactive(node: Node) -> bool:
    return node.role in ACTIONABLE or (node.focusable and node.role != Role.Cell)


def unnamed(root: object) -> list[Node]:
    """The shown interactive nodes under `root` that have no name to be read out."""
    return [node for node in walk(root) if interactive(node) and not node.name.strip()]
