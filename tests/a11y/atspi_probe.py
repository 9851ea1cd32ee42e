"""The screen reader's side of the AT-SPI check: run by the system's python3 with pyatspi
(what Orca uses), on the same private session bus as the program.

    atspi_probe.py tree APP TITLE|--popup   the window's nodes as JSON lines
    atspi_probe.py tab APP COUNT            press Tab COUNT times (xdotool) and print, as
                                            JSON, the name of each object that got the focus

Only the standard library and pyatspi: this file runs outside the project's environment.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

LIMIT = 6000
"""Nodes walked at most in one window (a window of the program has a few hundred)."""


def application(name: str, wait: float = 20.0):
    """The program's accessible application, once it has registered on the bus."""
    end = time.monotonic() + wait
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def states(node) -> list[str]:
    return [pyatspi.stateToString(state) for state in node.getState().getStates()]


def popup():
    """The menu shown now. A popup is no child of the application on AT-SPI (Qt leaves
    popups out, as toolkits do); a screen reader learns of it from the focus moving onto
    its items, and so does this: Down moves to the next item, whose parent is the menu."""
    found = []
    loop = GLib.MainLoop()

    def heard(event) -> None:
        if event.detail1 == 1 and event.source is not None and not found:
            found.append(event.source.parent)
            loop.quit()

    for kind in ("object:state-changed:focused", "object:state-changed:selected"):
        pyatspi.Registry.registerEventListener(heard, kind)
    GLib.timeout_add(500, lambda: subprocess.run(["xdotool", "key", "Down"]) and False)
    GLib.timeout_add(10_000, loop.quit)
    loop.run()
    if not found:
        raise SystemExit("no menu item got the focus")
    return found[0]


def window(app, title: str):
    """The top-level window with this title; for "--popup" the menu shown now."""
    if title == "--popup":
        return popup()
    for _ in range(50):
        for index in range(app.childCount):
            top = app.getChildAtIndex(index)
            if top is not None and top.name == title and "showing" in states(top):
                return top
        time.sleep(0.1)
    tops = [(app.getChildAtIndex(i).getRoleName(), app.getChildAtIndex(i).name[:40],
             "showing" in states(app.getChildAtIndex(i))) for i in range(app.childCount)]
    raise SystemExit(f"no window {title!r}; there are {tops}")


def tree(app, title: str) -> None:
    """Every node under the window: role, name, states and where it is, one JSON a line."""
    stack = [(window(app, title), "")]
    walked = 0
    while stack and walked < LIMIT:
        node, above = stack.pop()
        try:
            role, name, node_states = node.getRoleName(), node.name or "", states(node)
            count = node.childCount
        except Exception as error:  # a node gone while walked (a timer label, say)
            print(json.dumps({"error": str(error), "path": above}), flush=True)
            continue
        walked += 1
        path = f"{above} / {role}:{name!r}"
        print(json.dumps({"role": role, "name": name, "states": node_states, "path": path},
                         ensure_ascii=False))
        children = []
        for index in range(count):
            child = node.getChildAtIndex(index)
            if child is not None:
                children.append((child, path))
        stack.extend(reversed(children))


def tab(app, count: int) -> None:
    """Press Tab, and hear which object says it has the focus each time."""
    heard: list[str] = []
    loop = GLib.MainLoop()

    def focused(event) -> None:
        if event.detail1 == 1:
            heard.append(event.source.name or "")

    pyatspi.Registry.registerEventListener(focused, "object:state-changed:focused")
    presses = list(range(count))

    def press() -> bool:
        if presses:
            presses.pop()
            subprocess.run(["xdotool", "key", "Tab"], check=True)
            return True
        GLib.timeout_add(1500, loop.quit)
        return False

    GLib.timeout_add(1000, press)
    GLib.timeout_add(30_000, loop.quit)
    loop.run()
    pyatspi.Registry.deregisterEventListener(focused, "object:state-changed:focused")
    print(json.dumps(heard, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    mode, name = sys.argv[1], sys.argv[2]
    found = application(name)
    if mode == "tree":
        tree(found, sys.argv[3])
    else:
        tab(found, int(sys.argv[3]))
