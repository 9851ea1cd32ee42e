"""Who may enter the room: the join token in the QR address, the room code, device cookies.

The join token is 130 random bits, written in lower-case base32 so that it can also be typed
from the projector (dashes and case are ignored). Entering with it gives the device its own
cookie (256 random bits); the server keeps only a hash of each cookie. The room code is a
short number shown on the projector and on the phones so that people can see they reached the
right laptop; it opens nothing by itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

TOKEN_BITS = 130
COOKIE_NAME = "kerneopgave_device"


def new_join_token() -> str:
    """A fresh join token: 26 base32 characters (130 bits)."""
    raw = secrets.token_bytes(17)  # 136 bits, cut to 130 by the 26 characters
    return base64.b32encode(raw).decode("ascii").lower()[:26]


def normalise(token: str) -> str:
    """A token as typed: without dashes, spaces and case."""
    return "".join(ch for ch in token.lower() if ch not in "- ")


def same_token(given: str, expected: str) -> bool:
    """Constant-time comparison of a typed or scanned token with the room's."""
    return hmac.compare_digest(normalise(given).encode("utf-8", "replace"),
                               expected.encode("ascii"))


def grouped(token: str) -> str:
    """The token in groups of four for reading aloud or typing: 'abcd-efgh-...'."""
    return "-".join(token[i:i + 4] for i in range(0, len(token), 4))


def new_room_code() -> str:
    """A four-digit code for people to check they are in the right room (not a secret)."""
    return f"{secrets.randbelow(10_000):04d}"


def new_cookie() -> str:
    """A device's secret: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def cookie_key(cookie: str) -> str:
    """What the server keeps of a cookie: its SHA-256, so a memory dump shows no secret."""
    return hashlib.sha256(cookie.encode("utf-8", "replace")).hexdigest()


def new_device_id() -> str:
    """A device's public id (64 random bits, hex), as it appears in the file."""
    return secrets.token_hex(8)
