"""The round timer: minutes set, started, paused and reset; large enough for the far wall."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoundTimer", source)


class RoundTimer(QObject):
    """Counts down on `clock` (seconds, monotonic); tests inject their own clock."""

    changed = Signal(float)
    """Seconds left."""
    finished = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.total = 5 * 60.0
        self._left = self.total
        self._started: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started is not None

    def remaining(self) -> float:
        if self._started is None:
            return self._left
        return max(0.0, self._left - (self.clock() - self._started))

    def set_minutes(self, minutes: float) -> None:
        self.total = max(0.0, minutes * 60.0)
        self.reset()

    def start(self) -> None:
        if not self.running and self._left > 0:
            self._started = self.clock()
            self._ticker.start()
            self.changed.emit(self.remaining())

    def pause(self) -> None:
        if self.running:
            self._left = self.remaining()
            self._started = None
            self._ticker.stop()
            self.changed.emit(self._left)

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._started = None
        self._ticker.stop()
        self._left = self.total
        self.changed.emit(self._left)

    def tick(self) -> None:
        left = self.remaining()
        self.changed.emit(left)
        if self.running and left <= 0:
            self._left, self._started = 0.0, None
            self._ticker.stop()
            self.finished.emit()


def format_time(seconds: float) -> str:
    whole = int(seconds + 0.999)  # 4.2 s left shows as 0:05, and 0:00 only at the end
    return f"{whole // 60}:{whole % 60:02d}"


class TimerLabel(QLabel):
    """The countdown; it turns red and blinks when the time is up."""

    def __init__(self, timer: RoundTimer, pixels: int, parent=None):
        super().__init__(parent)
        self.timer = timer
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont()
        font.setPixelSize(pixels)
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleName(_tr("Nedtælling"))
        self._blink = QTimer(self)
        self._blink.setInterval(500)
        self._blink.timeout.connect(self._toggle_alarm)
        self._alarm_on = False
        timer.changed.connect(self.show_time)
        timer.finished.connect(self.alarm)
        self.show_time(timer.remaining())

    def show_time(self, seconds: float) -> None:
        self.setText(format_time(seconds))
        if seconds > 0:
            self._blink.stop()
            self._set_alarm(False)

    def alarm(self) -> None:
        self._set_alarm(True)
        self._blink.start()

    def _toggle_alarm(self) -> None:
        self._set_alarm(not self._alarm_on)

    def _set_alarm(self, on: bool) -> None:
        self._alarm_on = on
        self.setStyleSheet("QLabel { background: #d40000; color: white; border-radius: 12px; }"
                           if on else
                           "QLabel { background: rgba(0, 0, 0, 170); color: white; "
                           "border-radius: 12px; }")

    @property
    def alarming(self) -> bool:
        return self._blink.isActive()
