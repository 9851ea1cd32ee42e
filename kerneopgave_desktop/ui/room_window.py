"""The facilitator's room window: the way in, the address, the devices and the round.

It only shows and asks; `RoomActions` (ui/room_actions.py) opens and closes the room and
applies what the facilitator chooses through the one door.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.domain.rounds import MAX_DOTS, Round
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.room.addresses import Candidate
from kerneopgave_desktop.room.rules import PARKING
from kerneopgave_desktop.ui.actions import close_keys
from kerneopgave_desktop.ui.room_widgets import QrCode

if TYPE_CHECKING:
    from kerneopgave_desktop.room.server import Device

BESIDE = ""
"""The reveal's target "beside the board" in the zone list."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoomWindow", source)


def _label(text: str = "", size: int | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if size or bold:
        font = label.font()
        if size:
            font.setPointSize(size)
        font.setBold(bold)
        label.setFont(font)
    return label


class RoomWindow(QWidget):
    """The room on the laptop. Signals say what the facilitator asked for."""

    address_chosen = Signal(str)
    open_round_requested = Signal(object)
    """A Round to open (without id, board and time: RoomActions fills them in)."""
    reveal_requested = Signal(str, bool)
    """(target: a zone id, PARKING or BESIDE; all of them, or one)."""
    close_round_requested = Signal()
    remove_device_requested = Signal(str)
    projector_toggled = Signal(bool)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        # Ctrl+W closes it as any window; Escape does not: closing it ends the room.
        close_keys(self, escape=False)
        self.setWindowTitle(_tr("Deltag fra telefoner – Kerneopgave-tavlen"))
        self.setObjectName("roomWindow")
        self._closing_by_program = False
        columns = QHBoxLayout(self)
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        columns.addLayout(right, 4)

        left.addWidget(_label(_tr("Scan koden med telefonens kamera:"), 14, True))
        self.qr = QrCode(self, 300)
        left.addWidget(self.qr, 1)
        self.short = _label("", 22, True)
        self.short.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.short)
        self.code = _label("", 16, True)
        left.addWidget(self.code)
        self.typed = _label("")
        self.typed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.typed)
        self.addresses = QComboBox()
        self.addresses.setAccessibleName(_tr("Netværk"))
        self.addresses.activated.connect(
            lambda index: self.address_chosen.emit(self.addresses.itemData(index)))
        form = QFormLayout()
        form.addRow(_tr("Netværk:"), self.addresses)
        left.addLayout(form)
        help_text = _label(_tr(
            "Telefonerne skal være på samme netværk som computeren. Mange gæstenet holder "
            "enhederne adskilt, så telefonerne ikke kan nå computeren. Virker det ikke, så "
            "brug computerens eget hotspot, et hotspot fra en telefon eller en lille router "
            "medbragt til mødet, og vælg det netværk her."))
        help_text.setObjectName("guestWifiHelp")
        left.addWidget(help_text)
        self.projector = QCheckBox(_tr("Vis koden på projektoren"))
        self.projector.setChecked(True)
        self.projector.toggled.connect(self.projector_toggled)
        left.addWidget(self.projector)

        self.round_box = QGroupBox(_tr("Runde"))
        round_form = QFormLayout(self.round_box)
        self.kind = QComboBox()
        self.kind.addItem(_tr("Ingen kort (kun prikker eller holdninger)"), None)
        for term in CARD_KINDS.terms:
            self.kind.addItem(term.label(), term.code)
        self.kind.setCurrentIndex(self.kind.findData("note"))
        round_form.addRow(_tr("Slags kort:"), self.kind)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(_tr("Fx: Hvad bidrager jeres faggruppe med?"))
        round_form.addRow(_tr("Spørgsmål:"), self.prompt)
        self.hidden = QCheckBox(_tr("Med bagsiden op, til I vender kortene"))
        self.named = QCheckBox(_tr("Deltagerne må skrive navn eller faggruppe"))
        self.stances = QCheckBox(_tr("Tag stilling til tavlens dilemmaer"))
        for box in (self.hidden, self.named, self.stances):
            round_form.addRow(box)
        self.dots = QSpinBox()
        self.dots.setRange(0, MAX_DOTS)
        self.dots.setAccessibleName(_tr("Prikker pr. deltager"))
        round_form.addRow(_tr("Prikker pr. deltager:"), self.dots)
        self.live = QComboBox()
        self.live.addItem(_tr("Løbende"), True)
        self.live.addItem(_tr("Når I vender kortene"), False)
        round_form.addRow(_tr("Prikker og holdninger vises:"), self.live)
        self.open_button = QPushButton(_tr("Åbn runden"))
        self.open_button.clicked.connect(self._open_round)
        round_form.addRow(self.open_button)
        right.addWidget(self.round_box)

        self.running_box = QGroupBox(_tr("Åben runde"))
        running = QFormLayout(self.running_box)
        self.status = _label("")
        running.addRow(self.status)
        self.target = QComboBox()
        self.target.setAccessibleName(_tr("Vend ind i"))
        running.addRow(_tr("Vend ind i:"), self.target)
        buttons = QHBoxLayout()
        self.reveal_all = QPushButton(_tr("Vend alle"))
        self.reveal_all.clicked.connect(lambda: self.reveal_requested.emit(
            self.target.currentData(), True))
        self.reveal_one = QPushButton(_tr("Vend ét kort"))
        self.reveal_one.clicked.connect(lambda: self.reveal_requested.emit(
            self.target.currentData(), False))
        self.close_round = QPushButton(_tr("Luk runden"))
        self.close_round.clicked.connect(self.close_round_requested)
        for button in (self.reveal_all, self.reveal_one, self.close_round):
            buttons.addWidget(button)
        running.addRow(buttons)
        right.addWidget(self.running_box)

        devices_box = QGroupBox(_tr("Tilsluttede telefoner"))
        devices = QVBoxLayout(devices_box)
        self.devices = QListWidget()
        self.devices.setAccessibleName(_tr("Tilsluttede telefoner"))
        devices.addWidget(self.devices)
        self.remove_device = QPushButton(_tr("Fjern den valgte telefon"))
        self.remove_device.clicked.connect(self._remove_device)
        devices.addWidget(self.remove_device)
        right.addWidget(devices_box, 1)
        self.close_room = QPushButton(_tr("Luk rummet"))
        self.close_room.clicked.connect(self.close_requested)
        right.addWidget(self.close_room)
        self.resize(1000, 720)

    # -- filling in ---------------------------------------------------------------------------

    def show_way_in(self, join_url: str, short: str, code: str, typed: str) -> None:
        self.qr.set_text(join_url)
        self.short.setText(short)
        self.code.setText(_tr("Rumkode {code}").format(code=code))
        self.typed.setText(_tr("Uden kamera: skriv {address}").format(address=typed))

    def show_addresses(self, candidates: list[Candidate], chosen: str) -> None:
        self.addresses.clear()
        for candidate in candidates:
            self.addresses.addItem(f"{candidate.label}: {candidate.address}", candidate.address)
        index = self.addresses.findData(chosen)
        if index < 0:
            self.addresses.addItem(chosen, chosen)
            index = self.addresses.count() - 1
        self.addresses.setCurrentIndex(index)

    def show_devices(self, devices: list[Device]) -> None:
        chosen = self.devices.currentItem()
        chosen_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.devices.clear()
        for number, device in enumerate(devices, start=1):
            state = _tr("forbundet") if device.connected else _tr("ikke forbundet lige nu")
            item = QListWidgetItem(f"{number}. {device.label} ({device.address}) – {state}")
            item.setData(Qt.ItemDataRole.UserRole, device.id)
            self.devices.addItem(item)
            if device.id == chosen_id:
                self.devices.setCurrentItem(item)
        self.remove_device.setEnabled(bool(devices))

    def show_round(self, workshop: Workshop, board_id: str | None) -> None:
        """The open round's state, or the form to open one."""
        round_ = workshop.open_round()
        self.round_box.setEnabled(round_ is None)
        self.running_box.setEnabled(round_ is not None)
        if round_ is None:
            self.status.setText(_tr("Ingen runde er åben."))
            return
        submissions = [s for s in workshop.submissions.values() if s.round == round_.id]
        face_down = sum(s.face_down for s in submissions)
        devices = len({s.device for s in submissions} | {d for d, _ in round_.dots_given}
                      | {d for d, _, _ in round_.stances_taken})
        self.status.setText(_tr("{prompt}\n{cards} kort, heraf {down} med bagsiden op; "
                                "{dots} prikker; {stances} holdninger; fra {devices} "
                                "telefoner.").format(
            prompt=round_.prompt or _tr("(uden spørgsmål)"), cards=len(submissions),
            down=face_down, dots=len(round_.dots_given), stances=len(round_.stances_taken),
            devices=devices))
        self.reveal_all.setEnabled(face_down > 0 or not round_.counts_now)
        self.reveal_one.setEnabled(face_down > 0)
        chosen = self.target.currentData()
        self.target.clear()
        board = next((b for b in workshop.boards if b.id == round_.board), None)
        self.target.addItem(_tr("Parkeringspladsen"), PARKING)
        self.target.addItem(_tr("Ved siden af tavlen"), BESIDE)
        if board is not None:
            for zone in board.zones.values():
                if zone.kind != "parking":
                    self.target.addItem(zone.title or _tr("Felt uden titel"), zone.id)
        index = self.target.findData(chosen if chosen is not None else PARKING)
        self.target.setCurrentIndex(max(0, index))

    # -- asking -------------------------------------------------------------------------------

    def _open_round(self) -> None:
        self.open_round_requested.emit(Round(
            id="new", board="new", kind=self.kind.currentData(), prompt=self.prompt.text().strip(),
            hidden=self.hidden.isChecked(), named=self.named.isChecked(),
            dots=self.dots.value(), stances=self.stances.isChecked(),
            live=bool(self.live.currentData())))

    def _remove_device(self) -> None:
        item = self.devices.currentItem()
        if item is not None:
            self.remove_device_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def close_by_program(self) -> None:
        self._closing_by_program = True
        self.close()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if not self._closing_by_program:
            self.close_requested.emit()
