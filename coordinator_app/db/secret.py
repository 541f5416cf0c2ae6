"""Overwriting secrets in memory: the data key, the key-encryption keys and the key pragma text.

A `bytearray` is overwritten in place. Python's `bytes` and `str` are immutable, but libraries
(cryptography, argon2, SQLCipher's pragma text) hand secrets over in them; `wipe` overwrites the
character buffer of such an object in place (CPython's layout: the characters end the object, followed
by one NUL). Only call it on an object this code created and is about to drop, never on a literal or a
string that may be shared (one-character and empty strings are). Outside CPython it does nothing for
immutable objects; the bytearray is still overwritten.
"""

from __future__ import annotations

import ctypes
import sys

_CPYTHON = sys.implementation.name == "cpython"


def wipe(secret: bytes | bytearray | str | None) -> None:
    """Overwrite `secret` with zero bytes (bytearray) or zero characters (bytes, ASCII str)."""
    if secret is None:
        return
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))
        return
    if not _CPYTHON or len(secret) < 2:
        return
    if isinstance(secret, str) and not secret.isascii():
        return  # only compact ASCII strings have the simple layout
    start = id(secret) + sys.getsizeof(secret) - len(secret) - 1
    ctypes.memset(start, 0, len(secret))
