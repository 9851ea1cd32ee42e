"""The room's web server: aiohttp on its own asyncio loop in a background thread.

It listens only between `start` and `stop`, on the one address it was given. Every request
but the join needs a device cookie; the join needs the room's token. The server checks
sizes, rates and shapes, then hands each input to the owner (the GUI thread) through a
thread-safe queue and the `wake` callback, and waits for the owner's answer: the rules are
the laptop's (room/rules.py), never the phone's. What phones see comes from `publish`, which
the owner calls with a fresh `RoomState` after every change; phones get it over
server-sent events, which browsers reconnect by themselves after a phone has slept.

This module is the server's life: the thread, the loop, the listening socket, and what the
owner may call. What each request gets is room/handlers.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from kerneopgave_desktop.resources import resource_path
from kerneopgave_desktop.room.handlers import Device, Handlers, Pending
from kerneopgave_desktop.room.limits import RateLimiter
from kerneopgave_desktop.room.state import RoomState

DEFAULT_PORT = 47800
"""The room's port, for the firewall rule; another is used only when this one is taken."""


class RoomServer:
    """The web server of one open room."""

    def __init__(self, wake: Callable[[], None],
                 devices_changed: Callable[[], None] = lambda: None,
                 assets: Path | None = None, limiter: RateLimiter | None = None):
        self._devices_changed = devices_changed
        self._handlers = Handlers(wake, devices_changed, assets or resource_path("room"),
                                  limiter or RateLimiter())
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None

    # -- owner's side (any thread) ------------------------------------------------------------

    @property
    def token(self) -> str:
        """The join token in the QR code; it changes when a device is removed."""
        return self._handlers.token

    @property
    def code(self) -> str:
        """The room's short code, shown beside the QR code."""
        return self._handlers.code

    @property
    def host(self) -> str:
        """The address the room listens on ("" while it is closed)."""
        return self._handlers.host

    @property
    def port(self) -> int:
        """The port the room listens on (0 before it first opened)."""
        return self._handlers.port

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def base_url(self) -> str:
        return self._handlers.base_url

    @property
    def join_url(self) -> str:
        """The address in the QR code: the base and the room's token."""
        return f"{self.base_url}/j/{self.token}"

    def start(self, host: str, port: int = DEFAULT_PORT) -> None:
        """Listen on `host` (one address, never all) in a thread of its own; return once
        listening. Falls back to a free port when `port` is taken; raises OSError when the
        address cannot be used at all."""
        if self.running:
            raise RuntimeError("the room is already open")
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._open(host, port))
            except BaseException as error:  # reported to start(), which raises it
                failure.append(error)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._close())
                loop.close()

        self._thread = threading.Thread(target=run, name="kerneopgave-room", daemon=True)
        self._thread.start()
        started.wait(15)
        if failure:
            self._thread.join(5)
            self._thread = None
            raise failure[0]

    def stop(self) -> None:
        """Stop listening at once, end every phone's stream and join the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop has already gone
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None
        self._loop = None
        for pending in self._handlers.take():  # inputs nobody will answer now
            pending.answer.cancel()

    def publish(self, state: RoomState) -> None:
        """Show `state` to the phones (thread-safe)."""
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._handlers.set_state, state)

    def take(self) -> list[Pending]:
        """The inputs waiting for the owner, oldest first (thread-safe)."""
        return self._handlers.take()

    def devices(self) -> list[Device]:
        """The devices in the room, in the order they joined (copies; thread-safe)."""
        return self._handlers.devices()

    def remove_device(self, device_id: str) -> None:
        """Let a device go: its cookie stops working, its streams end, and the join token
        changes, so it cannot come back without the new code from the projector."""
        self._handlers.forget(device_id)
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._handlers.end_streams, device_id,
                                                "removed")
        self._devices_changed()

    # -- the loop's side ----------------------------------------------------------------------

    async def _open(self, host: str, port: int) -> None:
        runner = web.AppRunner(self._handlers.application(), access_log=None,
                               shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port, reuse_address=False)
            try:
                await site.start()
            except OSError:
                if port == 0:
                    raise
                site = web.TCPSite(runner, host, 0)
                await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._handlers.host = host
        self._handlers.port = runner.addresses[0][1]

    async def _close(self) -> None:
        self._handlers.end_streams(None, "closed")
        await asyncio.sleep(0)  # let each stream say goodbye
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
