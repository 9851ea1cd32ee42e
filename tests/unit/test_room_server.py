"""The room's server on 127.0.0.1, without Qt: entry by token and cookie, limits, headers,
inputs applied by the owner's thread, and nothing listening once it stops."""

import http.client
import json
import threading
import time

import pytest

from kerneopgave_desktop.document import AddRound, create_document
from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.domain.rounds import Round
from kerneopgave_desktop.room import tokens
from kerneopgave_desktop.room.handlers import CSP
from kerneopgave_desktop.room.host import RoomHost
from kerneopgave_desktop.room.limits import RateLimiter
from kerneopgave_desktop.room.server import RoomServer


class Owner:
    """Plays the GUI thread (this test's thread, which owns the file): applies phones' inputs
    whenever the server wakes it, while a request runs in a thread of its own."""

    def __init__(self, document):
        self.document = document
        self.woken = threading.Event()
        self.server = RoomServer(wake=self.woken.set)
        self.host = RoomHost(document, self.server, self._group, later=lambda f: f())

    def _group(self, label, build):
        with self.document.group(label, origin="room"):
            build()
        return True

    def start(self):
        self.server.start("127.0.0.1", 0)
        self.host.publish()
        return self

    def stop(self):
        self.server.stop()
        self.host.close()

    def call(self, *args, **kwargs):
        result = []
        worker = threading.Thread(target=lambda: result.append(_request(self.server, *args,
                                                                        **kwargs)))
        worker.start()
        while worker.is_alive():
            if self.woken.wait(0.01):
                self.woken.clear()
                self.host.process()
        worker.join()
        return result[0]


@pytest.fixture
def room(tmp_path):
    board = Board(id="b", title="Tavle")
    board.cards["n"] = Note(id="n", text="Tavlens note")
    document = create_document(tmp_path / "rum.kerneopgave", Workshop(boards=[board]))
    document.apply(AddRound(Round(id="r", board="b", kind="note", hidden=True, dots=1)))
    owner = Owner(document).start()
    yield owner
    owner.stop()
    document.close()


def _request(server, method, path, body=None, cookie=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    sent = dict(headers or {})
    if cookie:
        sent["Cookie"] = f"{tokens.COOKIE_NAME}={cookie}"
    if body is not None:
        body = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent.setdefault("Content-Type", "application/json")
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, response.headers, data


def join(owner):
    status, headers, _ = owner.call("GET", f"/j/{owner.server.token}")
    assert status == 303 and headers["Location"] == "/"
    cookie = headers["Set-Cookie"]
    return cookie.split(";")[0].split("=", 1)[1], cookie


def test_the_token_is_long_random_and_typeable():
    token = tokens.new_join_token()
    assert len(token) == 26 and len(token) * 5 >= 128
    assert tokens.same_token(tokens.grouped(token).upper(), token)
    assert not tokens.same_token(token[:-1], token)
    assert len({tokens.new_join_token() for _ in range(50)}) == 50
    assert tokens.cookie_key("x") != "x"


def test_the_rate_limiter_counts_a_sliding_minute():
    now = [0.0]
    limiter = RateLimiter({"write": 3}, clock=lambda: now[0])
    assert [limiter.allow("a", "write") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b", "write")  # per device
    now[0] = 61.0
    assert limiter.allow("a", "write")


@pytest.mark.slow
def test_nothing_without_the_token_and_the_room_code_is_not_enough(room):
    server = room.server
    for path in ("/", "/app.js", "/api/state", "/api/events", f"/j/{server.code}",
                 "/j/" + "a" * 26, "/j/", "/nowhere"):
        status, _, data = room.call("GET", path)
        assert status in (403, 404), path
        assert b"Tavlens note" not in data and b"version" not in data
    status, _, _ = room.call("POST", "/api/input", {"action": "write", "text": "ind"})
    assert status == 403
    assert room.document.workshop.submissions == {}


def test_joining_gives_a_strict_http_only_cookie_and_a_strict_page(room):
    cookie, header = join(room)
    assert "HttpOnly" in header and "SameSite=Strict" in header and "Path=/" in header
    assert len(cookie) >= 40
    status, headers, page = room.call("GET", "/", cookie=cookie)
    assert status == 200 and b'<html lang="da">' in page
    assert headers["Content-Security-Policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "http" not in CSP
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert b"<script>" not in page and b"style=" not in page and b"//" not in page.replace(
        b"http-equiv", b"")
    status, _, _ = room.call("GET", "/", cookie="forged")
    assert status == 403


def test_an_input_is_applied_by_the_owner_and_answered(room):
    cookie, _ = join(room)
    status, _, data = room.call("POST", "/api/input",
                           {"action": "write", "text": "Fra telefonen"}, cookie=cookie)
    answer = json.loads(data)
    assert status == 200 and answer["ok"], answer
    submission = room.document.workshop.submissions[answer["submission"]]
    assert submission.text == "Fra telefonen" and submission.face_down
    assert [c["text"] for c in answer["state"]["own"]["cards"]] == ["Fra telefonen"]
    assert room.document.undo_label == "Kort med bagsiden op (fra telefon)"
    other, _ = join(room)
    status, _, data = room.call("POST", "/api/input", {
        "action": "edit", "submission": submission.id, "text": "Overtaget"}, cookie=other)
    assert status == 409 and json.loads(data)["error"] == "not_yours"
    status, _, data = room.call("GET", "/api/state", cookie=other)
    assert b"Fra telefonen" not in data  # face down: only its sender sees it


def test_sizes_shapes_origin_and_host_are_checked(room):
    cookie, _ = join(room)
    def post(body, **kw):
        return room.call("POST", "/api/input", body, cookie=cookie, **kw)

    assert post({"action": "write", "text": "x" * 501})[0] == 413
    assert post(b"{" + b" " * 20_000 + b"}")[0] == 413
    assert post({"action": "format the disk"})[0] == 400
    assert post({"action": "write", "text": 5})[0] == 400
    assert post(b"not json")[0] == 400
    assert post({"action": "write", "text": "x"},
                headers={"Origin": "http://evil.example"})[0] == 403
    assert post({"action": "write", "text": "x"}, headers={"Sec-Fetch-Site": "cross-site"})[0] \
        == 403
    status, _, _ = room.call("GET", "/", cookie=cookie,
                        headers={"Host": "attacker.example:47800"})
    assert status == 421
    assert room.document.workshop.submissions == {}


@pytest.mark.slow
def test_a_device_is_limited_to_thirty_cards_a_minute(tmp_path):
    board = Board(id="b")
    document = create_document(tmp_path / "r.kerneopgave", Workshop(boards=[board]))
    document.apply(AddRound(Round(id="r", board="b", kind="note", hidden=True)))
    owner = Owner(document).start()
    try:
        cookie, _ = join(owner)
        statuses = [owner.call("POST", "/api/input", {"action": "write", "text": str(i)},
                         cookie=cookie)[0] for i in range(31)]
        assert statuses == [200] * 30 + [429]
        assert len(document.workshop.submissions) == 30
    finally:
        owner.stop()
        document.close()


def test_a_removed_device_is_out_and_the_token_changes(room):
    cookie, _ = join(room)
    [device] = room.server.devices()
    old_token = room.server.token
    room.server.remove_device(device.id)
    assert room.call("GET", "/api/state", cookie=cookie)[0] == 403
    assert room.server.token != old_token
    assert room.call("GET", f"/j/{old_token}")[0] == 404


def test_events_stream_the_state_and_say_goodbye_when_the_room_closes(room):
    cookie, _ = join(room)
    connection = http.client.HTTPConnection("127.0.0.1", room.server.port, timeout=10)
    connection.request("GET", "/api/events",
                       headers={"Cookie": f"{tokens.COOKIE_NAME}={cookie}"})
    response = connection.getresponse()
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")
    lines = []
    while not any(line.startswith(b"data: {") for line in lines):
        lines.append(response.readline())
    assert [d for d in room.server.devices() if d.connected]
    port = room.server.port
    room.server.stop()
    rest = response.read()
    connection.close()
    assert b"event: bye" in rest and b"data: closed" in rest
    started = time.monotonic()
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=5).request("GET", "/")
    assert time.monotonic() - started < 5
