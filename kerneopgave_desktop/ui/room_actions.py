"""Møde › Deltag fra telefoner: opens the room, carries phones' inputs to the one door, and
closes the room when asked or when the window closes.

The server (room/server.py) runs in its own thread. It wakes this object through a Qt
signal with a queued connection, so every input is planned and applied on the GUI thread,
through the main window's door, with origin "room". Nothing here is imported, and nothing
listens, until the facilitator opens the room.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from kerneopgave_desktop.document import AddRound, EditRound
from kerneopgave_desktop.domain.model import new_id
from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.meeting_actions import MeetingActions

if TYPE_CHECKING:  # the room itself is imported when it is first opened
    from kerneopgave_desktop.domain.rounds import Round
    from kerneopgave_desktop.room.addresses import Candidate
    from kerneopgave_desktop.room.host import RoomHost
    from kerneopgave_desktop.room.server import RoomServer
    from kerneopgave_desktop.ui.room_widgets import JoinPanel
    from kerneopgave_desktop.ui.room_window import RoomWindow

PUBLISH_DELAY_MS = 30
"""Laptop edits within this time reach the phones as one update."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoomActions", source)


def local_addresses() -> list[Candidate]:
    """The laptop's IPv4 and IPv6 addresses on adapters that are up, likeliest first."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    from kerneopgave_desktop.room.addresses import Candidate, rank

    kinds = {QNetworkInterface.InterfaceType.Wifi: "wifi",
             QNetworkInterface.InterfaceType.Ieee80211: "wifi",
             QNetworkInterface.InterfaceType.Ethernet: "ethernet",
             QNetworkInterface.InterfaceType.Loopback: "loopback",
             QNetworkInterface.InterfaceType.Virtual: "virtual"}
    found = []
    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & up) != up:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() not in (QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
                                     QAbstractSocket.NetworkLayerProtocol.IPv6Protocol):
                continue
            address = ip.toString().split("%")[0]
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv6Protocol and \
                    address.lower().startswith("fe80"):
                continue  # link-local IPv6 needs a zone in the address: no phone types that
            found.append(Candidate(interface.name(), interface.humanReadableName(),
                                   kinds.get(interface.type(), "other"), address))
    return rank(found)


class RoomActions(QObject):
    """The room of one main window: its action, server, host and windows."""

    _wake = Signal()
    _devices_changed = Signal()

    def __init__(self, context: WindowContext, meeting: MeetingActions, parent: QObject):
        """`meeting`: whether the board is being presented, for the way in on the wall."""
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.server: RoomServer | None = None
        self.host: RoomHost | None = None
        self.panel: RoomWindow | None = None
        self.overlay: JoinPanel | None = None
        self._show_on_projector = True
        self._unsubscribe = None
        self.action = new_action(self, _tr("Deltag fra telefoner…"), self.toggle, checkable=True,
                                 icon="smartphone")
        self.actions = [self.action]
        """For the Meeting menu."""
        self.edit_actions = [self.action]
        self._wake.connect(self._process, Qt.ConnectionType.QueuedConnection)
        self._devices_changed.connect(self._refresh_devices, Qt.ConnectionType.QueuedConnection)
        meeting.present_action.toggled.connect(lambda _: self.place_overlay())

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def toggle(self) -> None:
        if self.is_open:
            self.close_asked()
        else:
            self.open()

    # -- opening and closing ------------------------------------------------------------------

    def open(self, address: str | None = None, port: int | None = None) -> str | None:
        """Open the room on `address` (else the likeliest); the join address, or None when
        the address cannot be used (the facilitator has been told why)."""
        from kerneopgave_desktop.room.host import RoomHost
        from kerneopgave_desktop.room.server import DEFAULT_PORT, RoomServer
        from kerneopgave_desktop.ui.room_window import RoomWindow

        if self.is_open:
            return self.server.join_url
        candidates = local_addresses()
        address = address or (candidates[0].address if candidates else "127.0.0.1")
        server = RoomServer(wake=self._wake.emit, devices_changed=self._devices_changed.emit)
        try:
            server.start(address, DEFAULT_PORT if port is None else port)
        except OSError as error:
            self.action.setChecked(False)
            self.context.show_problem(_tr("Rummet kunne ikke åbnes på {address} ({detail}). "
                                          "Vælg et andet netværk.").format(
                address=address, detail=said(error)))
            return None
        self.server = server
        self.host = RoomHost(self.context.document, server, self._apply_group,
                             lambda callback: QTimer.singleShot(PUBLISH_DELAY_MS, callback))
        self.host.publish()
        self._unsubscribe = self.context.document.subscribe(lambda _: self._refresh_round())
        self.action.setChecked(True)
        if self.panel is None:
            self.panel = RoomWindow(self.context.dialog_parent)
            self.panel.address_chosen.connect(self._switch)
            self.panel.open_round_requested.connect(self.open_round)
            self.panel.reveal_requested.connect(self.reveal)
            self.panel.close_round_requested.connect(self.close_round)
            self.panel.remove_device_requested.connect(self.remove_device)
            self.panel.projector_toggled.connect(self._set_projector)
            self.panel.close_requested.connect(self.close_asked)
        self.panel.show_addresses(candidates, address)
        self._show_way_in()
        self._refresh_round()
        self._refresh_devices()
        self.panel.show()
        self.panel.raise_()
        self.place_overlay()
        return server.join_url

    def close_asked(self) -> None:
        """The facilitator closes the room. A round still open would greet the phones of the
        next meeting with its question, so the facilitator is asked whether to close it too
        (the default, unless cards wait face down to be turned over)."""
        round_ = self.context.document.workshop.open_round()
        if round_ is not None:
            waiting = self.face_down() or 0
            box = QMessageBox(QMessageBox.Icon.Question, _tr("Luk rummet"), _tr(
                "Runden »{prompt}« er stadig åben. Skal den lukkes sammen med rummet?").format(
                    prompt=visible(round_.prompt, 80)), parent=self.context.dialog_parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            if waiting:
                box.setInformativeText(QCoreApplication.translate(
                    "RoomActions", "%n kort venter stadig på at blive vendt.", "", waiting))
            close = box.addButton(_tr("Luk runden"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(_tr("Lad den stå åben"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep if waiting else close)
            box.exec()
            if box.clickedButton() is close:
                self.close_round()
        self.close()

    def close(self) -> None:
        """Stop the server at once; phones' streams end and nothing listens any more."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.host is not None:
            self.host.close()
            self.host = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.panel is not None:
            self.panel.close_by_program()
            self.panel.deleteLater()
            self.panel = None
        if self.overlay is not None:
            if self.meeting.presentation is not None:
                self.meeting.presentation.show_aside(None)
            self.overlay.deleteLater()
            self.overlay = None
        self.action.setChecked(False)

    def _switch(self, address: str) -> None:
        """Listen on another of the laptop's addresses (phones must scan the new code)."""
        if self.server is None or address == self.server.host:
            return
        port = self.server.port
        self.close()
        self.open(address, port)

    # -- inputs from phones -------------------------------------------------------------------

    def _apply_group(self, label: str, build) -> bool:
        return self.context.door.group(label, build, origin="room")

    def _process(self) -> None:
        if self.host is not None:
            self.host.process()

    # -- the facilitator's round --------------------------------------------------------------

    def open_round(self, settings: Round) -> bool:
        scene = self.context.current_scene()
        if scene is None:
            return False
        round_ = dataclasses.replace(
            settings, id=new_id(), board=scene.board_id,
            opened_at=datetime.now().astimezone().isoformat(timespec="seconds"))
        return self.context.door.apply(AddRound(round_), origin=self)

    def close_round(self) -> bool:
        round_ = self.context.document.workshop.open_round()
        return round_ is not None and self.context.door.apply(
            EditRound(round_.id, open=False), origin=self)

    def reveal(self, target: str | None, everything: bool = True) -> bool:
        """Turn the open round's face-down cards over (all, or the oldest one) into `target`."""
        workshop = self.context.document.workshop
        round_ = workshop.open_round()
        if round_ is None:
            return False
        waiting = [s.id for s in workshop.submissions.values()
                   if s.round == round_.id and s.face_down]
        chosen = None if everything else waiting[:1]
        from kerneopgave_desktop.room import rules

        plan = rules.reveal(workshop, round_.id, chosen, target or None,
                            parking_title=_tr("Parkeringsplads"))
        if not plan.operations:
            return False
        document = self.context.document

        def build() -> None:
            for operation in plan.operations:
                document.apply(operation)

        return self.context.door.group(plan.label, build, origin=self)

    def remove_device(self, device_id: str) -> None:
        if self.server is not None:
            self.server.remove_device(device_id)
            self._show_way_in()  # the token changed: a new code

    # -- showing ------------------------------------------------------------------------------

    def _show_way_in(self) -> None:
        server = self.server
        if server is None:
            return
        from kerneopgave_desktop.room import tokens

        short = server.base_url.removeprefix("http://")
        typed = f"{server.base_url}/j/{tokens.grouped(server.token)}"
        if self.panel is not None:
            self.panel.show_way_in(server.join_url, short, server.code, typed)
        if self.overlay is not None:
            self.overlay.show_room(server.join_url, short, server.code)

    def _refresh_devices(self) -> None:
        if self.panel is not None and self.server is not None:
            self.panel.show_devices(self.server.devices())

    def _refresh_round(self) -> None:
        if self.panel is not None:
            self.panel.show_round(self.context.document.workshop, None)
        self.place_overlay()

    def _set_projector(self, shown: bool) -> None:
        self._show_on_projector = shown
        self.place_overlay()

    def face_down(self) -> int | None:
        """How many cards lie face down in the open hidden round, or None."""
        workshop = self.context.document.workshop
        round_ = workshop.open_round()
        if round_ is None or not round_.hidden:
            return None
        return sum(s.face_down for s in workshop.submissions.values() if s.round == round_.id)

    def place_overlay(self) -> None:
        """The way in and the face-down stack, in a column beside the board on the projector
        (never over the cards)."""
        presentation = self.meeting.presentation
        if presentation is None or self.server is None:
            if self.overlay is not None:
                self.overlay.hide()
                if presentation is not None:
                    presentation.show_aside(None)
            return
        from kerneopgave_desktop.ui.room_widgets import JoinPanel

        if self.overlay is None or self.overlay.window() is not presentation:
            if self.overlay is not None:
                self.overlay.deleteLater()
            self.overlay = JoinPanel(presentation)
            self._show_way_in()
        face_down = self.face_down()
        self.overlay.show_parts(self._show_on_projector, face_down)
        shown = self._show_on_projector or face_down is not None
        width = max(320, min(presentation.height() - 80, presentation.width() // 4))
        presentation.show_aside(self.overlay if shown else None, width)
