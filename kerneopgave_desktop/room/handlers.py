"""What the room's web server does with each request, and what the requests share.

`Handlers` holds the phones that joined (by their cookie's hash), their event streams, the
state they are shown and the inputs waiting for the owner, and answers every request: the
host check, the device check and the security headers first (`_guard`), then the join, the
page's files and texts, the state, the event stream and an input. Everything here runs on
the server's loop, except the methods marked thread-safe, which the owner calls through
room.server's RoomServer; that class owns the thread, the loop and the listening socket.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import json
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from kerneopgave_desktop.room import tokens
from kerneopgave_desktop.room.limits import (
    AUTHOR_TEXT,
    CARD_TEXT,
    MAX_DEVICES,
    MAX_REQUEST_BYTES,
    RateLimiter,
)
from kerneopgave_desktop.room.rules import ACTIONS, Proposal
from kerneopgave_desktop.room.state import RoomState
from kerneopgave_desktop.room.texts import page_texts

ANSWER_TIMEOUT = 10.0
"""Seconds a phone waits for the laptop to take or refuse an input."""
KEEPALIVE = 20.0
"""Seconds between comments on an idle event stream, so proxies and phones keep it."""

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
ASSETS = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"),
          "/app.css": ("app.css", "text/css")}
NOTHING = "Scan QR-koden på skærmen for at deltage.\nScan the QR code on the screen to join.\n"


@dataclass
class Device:
    """A phone in the room. `id` is public (it is in the file); `key` is its cookie's hash."""

    id: str
    key: str
    label: str
    address: str
    joined: float = field(default_factory=time.time)
    streams: int = 0

    @property
    def connected(self) -> bool:
        return self.streams > 0


@dataclass
class Pending:
    """An input waiting for the owner: the owner sets `answer` to a submission id (or None)
    when it took the input, or raises a Refusal into it."""

    proposal: Proposal
    answer: concurrent.futures.Future


class _Stream:
    def __init__(self, device: Device):
        self.device = device
        self.wake = asyncio.Event()
        self.bye: str | None = None


def _device_label(agent: str) -> str:
    """A short, harmless description of a browser for the facilitator's list."""
    agent = agent[:300]
    system = next((name for key, name in (("iPhone", "iPhone"), ("iPad", "iPad"),
                                          ("Android", "Android"), ("Windows", "Windows"),
                                          ("Mac OS", "Mac"), ("Linux", "Linux"))
                   if key in agent), "?")
    browser = next((name for key, name in (("Edg/", "Edge"), ("Firefox/", "Firefox"),
                                           ("Chrome/", "Chrome"), ("Safari/", "Safari"))
                    if key in agent), "")
    return f"{system} · {browser}" if browser else system


def url_host(host: str) -> str:
    """`host` as it appears in a URL (an IPv6 address in brackets)."""
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


class Handlers:
    """The requests of one open room, and what they share (see the module's docstring)."""

    def __init__(self, wake: Callable[[], None], devices_changed: Callable[[], None],
                 assets: Path, limiter: RateLimiter):
        self._wake = wake
        self._devices_changed = devices_changed
        self._assets = assets
        self._limiter = limiter
        self._inbox: queue.Queue[Pending] = queue.Queue()
        self._lock = threading.Lock()
        self._devices: dict[str, Device] = {}
        """Cookie hash -> device."""
        self._streams: set[_Stream] = set()
        self._state = RoomState(0, {"board": None, "round": None})
        self._shared_json = ""
        self._shared_version = -1
        self._files: dict[str, bytes] = {}
        self.token = tokens.new_join_token()
        self.code = tokens.new_room_code()
        self.host = ""
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    # -- the owner's side (thread-safe) -------------------------------------------------------

    def take(self) -> list[Pending]:
        """The inputs waiting for the owner, oldest first (thread-safe)."""
        taken = []
        while True:
            try:
                taken.append(self._inbox.get_nowait())
            except queue.Empty:
                return taken

    def devices(self) -> list[Device]:
        """The devices in the room, in the order they joined (copies; thread-safe)."""
        with self._lock:
            return [Device(d.id, "", d.label, d.address, d.joined, d.streams)
                    for d in self._devices.values()]

    def forget(self, device_id: str) -> None:
        """Stop taking a device's cookie and change the join token (thread-safe); its streams
        are ended on the loop (`end_streams`)."""
        with self._lock:
            gone = [key for key, d in self._devices.items() if d.id == device_id]
            for key in gone:
                del self._devices[key]
            self.token = tokens.new_join_token()
        self._limiter.forget(device_id)

    # -- the loop's side ----------------------------------------------------------------------

    def application(self) -> web.Application:
        """The web application: the page's files read, every route on its handler."""
        self._files = {name: (self._assets / name).read_bytes() for name, _ in ASSETS.values()}
        app = web.Application(client_max_size=MAX_REQUEST_BYTES,
                              middlewares=[self._guard])
        app.router.add_get("/j/{token}", self._join)
        for path in ASSETS:
            app.router.add_get(path, self._asset)
        app.router.add_get("/api/texts", self._texts)
        app.router.add_get("/api/state", self._get_state)
        app.router.add_get("/api/events", self._events)
        app.router.add_post("/api/input", self._input)
        return app

    def set_state(self, state: RoomState) -> None:
        """Show `state` to the phones, unless a newer one is shown already."""
        if state.version < self._state.version:
            return
        self._state = state
        for stream in list(self._streams):
            stream.wake.set()

    def end_streams(self, device_id: str | None, reason: str) -> None:
        """Say goodbye (`reason`) on the streams of a device, or of every device (None)."""
        for stream in list(self._streams):
            if device_id is None or stream.device.id == device_id:
                stream.bye = reason
                stream.wake.set()

    def _payload(self, device: Device) -> str:
        state = self._state
        if self._shared_version != state.version:
            self._shared_json = json.dumps(state.shared, ensure_ascii=False)
            self._shared_version = state.version
        own = json.dumps(state.own(device.id), ensure_ascii=False)
        return (f'{{"version":{state.version},"code":"{self.code}",'
                f'"shared":{self._shared_json},"own":{own}}}')

    # -- requests -----------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        """Host check, device check and the security headers, for every request."""
        expected = f"{url_host(self.host)}:{self.port}".lower()
        if request.headers.get("Host", "").lower() != expected:  # DNS rebinding, strays
            response: web.StreamResponse = web.Response(status=421, text=NOTHING)
        elif request.path.startswith("/j/"):
            response = await handler(request)
        elif self._device(request) is None or (request.method == "POST"
                                               and not self._same_origin(request)):
            response = web.Response(status=403, text=NOTHING)
        else:
            try:
                response = await handler(request)
            except web.HTTPRequestEntityTooLarge:
                response = web.json_response({"ok": False, "error": "too_large"}, status=413)
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    def _same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        site = request.headers.get("Sec-Fetch-Site")
        if site is not None and site != "same-origin":
            return False
        return origin is None or origin.lower() == self.base_url.lower()

    def _device(self, request: web.Request) -> Device | None:
        cookie = request.cookies.get(tokens.COOKIE_NAME)
        if not cookie:
            return None
        with self._lock:
            return self._devices.get(tokens.cookie_key(cookie))

    async def _join(self, request: web.Request) -> web.StreamResponse:
        address = request.remote or "?"
        if not self._limiter.allow(address, "join") or \
                not tokens.same_token(request.match_info["token"], self.token):
            return web.Response(status=404, text=NOTHING)
        known = self._device(request)
        response = web.Response(status=303, headers={"Location": "/"})
        if known is None:
            cookie = tokens.new_cookie()
            with self._lock:
                if len(self._devices) >= MAX_DEVICES:
                    return web.Response(status=503, text=NOTHING)
                device = Device(tokens.new_device_id(), tokens.cookie_key(cookie),
                                _device_label(request.headers.get("User-Agent", "")), address)
                self._devices[device.key] = device
            response.set_cookie(tokens.COOKIE_NAME, cookie, httponly=True, samesite="Strict",
                                path="/")
            self._devices_changed()
        response.headers.update(SECURITY_HEADERS)
        return response

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        name, kind = ASSETS[request.path]
        return web.Response(body=self._files[name], content_type=kind, charset="utf-8")

    async def _texts(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(page_texts(request.query.get("lang", "da")))

    async def _get_state(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        return web.Response(text=self._payload(device), content_type="application/json")

    async def _events(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               **SECURITY_HEADERS})
        await response.prepare(request)
        stream = _Stream(device)
        self._streams.add(stream)
        with self._lock:
            device.streams += 1
        self._devices_changed()
        try:
            await response.write(b"retry: 2000\n\n")
            sent = -1
            while stream.bye is None:
                if self._state.version != sent:
                    sent = self._state.version
                    await response.write(f"event: state\ndata: {self._payload(device)}\n\n"
                                         .encode())
                try:
                    await asyncio.wait_for(stream.wake.wait(), KEEPALIVE)
                except TimeoutError:
                    await response.write(b": ping\n\n")
                stream.wake.clear()
            await response.write(f"event: bye\ndata: {stream.bye}\n\n".encode())
        except (ConnectionError, asyncio.CancelledError):  # the phone went away
            pass
        finally:
            self._streams.discard(stream)
            with self._lock:
                device.streams -= 1
            self._devices_changed()
        return response

    async def _input(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        if not self._limiter.allow(device.id, "request"):
            return web.json_response({"ok": False, "error": "rate"}, status=429)
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return web.json_response({"ok": False, "error": "bad_request"}, status=400)
        proposal = _proposal(device.id, body)
        if isinstance(proposal, str):
            status = 413 if proposal == "too_long" else 400
            return web.json_response({"ok": False, "error": proposal}, status=status)
        kind = {"write": "write", "edit": "edit", "withdraw": "edit"}.get(proposal.action, "vote")
        if not self._limiter.allow(device.id, kind):
            return web.json_response({"ok": False, "error": "rate"}, status=429)
        pending = Pending(proposal, concurrent.futures.Future())
        self._inbox.put(pending)
        self._wake()
        try:
            submission = await asyncio.wait_for(asyncio.wrap_future(pending.answer),
                                                ANSWER_TIMEOUT)
        except (TimeoutError, concurrent.futures.CancelledError, asyncio.CancelledError):
            return web.json_response({"ok": False, "error": "busy"}, status=503)
        except Exception as error:  # a Refusal from the rules, by its code
            code = getattr(error, "code", "bad_request")
            return web.json_response({"ok": False, "error": code}, status=409)
        return web.Response(text=f'{{"ok":true,"submission":{json.dumps(submission)},'
                                 f'"state":{self._payload(device)}}}',
                            content_type="application/json")


def _proposal(device: str, body: Any) -> Proposal | str:
    """The input as a Proposal, or the code of what is wrong with its shape or size."""
    if not isinstance(body, dict) or body.get("action") not in ACTIONS:
        return "bad_request"
    texts = {}
    for name, limit in (("text", CARD_TEXT), ("author", AUTHOR_TEXT), ("submission", 64),
                        ("card", 64), ("stance", 32)):
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return "bad_request"
        if len(value) > limit:
            return "too_long"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "bad_request"
        texts[name] = value
    delta = body.get("delta", 0)
    if isinstance(delta, bool) or delta not in (-1, 0, 1):
        return "bad_request"
    return Proposal(device=device, action=body["action"], text=texts.get("text", ""),
                    author=texts.get("author"), submission=texts.get("submission", ""),
                    card=texts.get("card", ""), delta=delta, stance=texts.get("stance"))
