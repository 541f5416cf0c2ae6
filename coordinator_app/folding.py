"""Name folding: the one function that turns a name (or any searchable text) into lower-case plain
Latin, used both when the search index is written (as the SQL function `coordinator_fold`, registered
on every vault connection) and when the coordinator's typing is turned into a query.

`anyascii` transliterates every script to ASCII (ł → l, đ → d, ø → o, æ → ae, ß → ss, ı → i, œ → oe,
Vietnamese, Greek, Cyrillic, Arabic, Ethiopic). Apostrophes and similar marks are dropped (O'Brien →
obrien, ʿAbd → abd) so a name typed without them still matches. The original text is never replaced:
the folded form only lives in the index and is never shown. Why anyascii: docs/SEARCH.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Protocol

from anyascii import anyascii

# Marks that people leave out when typing a name: apostrophes, ʿayn/hamza signs, backticks, dots.
_DROPPED = re.compile(r"['`´ʹʻʼʽʾʿ’‘.]")
_WORD = re.compile(r"[a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")

SQL_FUNCTION = "coordinator_fold"


def fold(text: str | None) -> str:
    """Lower-case plain-Latin form of `text` ('' for None); word boundaries are kept."""
    if not text:
        return ""
    normal = unicodedata.normalize("NFKC", text)
    # A lone surrogate (from a broken paste) cannot be encoded: drop it rather than fail the search.
    normal = normal.encode("utf-8", "ignore").decode("utf-8")
    if not normal.isascii():  # anyascii maps code point by code point: only the non-ASCII runs need it
        normal = _NON_ASCII.sub(lambda m: anyascii(m.group(0)), normal)
    return _DROPPED.sub("", normal).lower()


def fold_words(text: str | None) -> list[str]:
    """The folded words of `text`, in order."""
    return _WORD.findall(fold(text))


def sql_fold(value: object) -> str | None:
    """`fold` as an SQLite function: NULL stays NULL, other values are folded as text."""
    if value is None:
        return None
    return fold(str(value))


class _Connection(Protocol):
    """What `register` needs of a DB-API connection (sqlite3.Connection, sqlcipher3's Connection)."""

    def create_function(
        self, name: str, narg: int, func: Callable[[object], str | None], *, deterministic: bool = False
    ) -> None: ...


def register(connection: _Connection) -> None:
    """Register `coordinator_fold(x)` on a DB-API (sqlite3 / sqlcipher3) connection."""
    connection.create_function(SQL_FUNCTION, 1, sql_fold, deterministic=True)
