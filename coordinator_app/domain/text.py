"""Pure rules for showing text safely, shared by services, reports and the user interface."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from coordinator_app.errors import KnownError, MessageCode, ValidationError

# Bidi controls (embeddings, overrides, isolates, marks): kept in names and notes, refused in identifiers.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_CLASSES = frozenset(("R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"))


def bidi_isolate(text: str) -> str:
    """Text for a list, label or heading: a run with right-to-left letters or bidi controls is wrapped
    in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so it keeps its own direction and an override
    inside it cannot reorder the rest of the row. Left-to-right text is returned unchanged."""
    if text.isascii() or not any(unicodedata.bidirectional(ch) in _BIDI_CLASSES for ch in text):
        return text
    return f"\u2068{text}\u2069"


def isolated_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The placeholders of a message with every text isolated (numbers and other values as they are)."""
    return {key: bidi_isolate(value) if isinstance(value, str) else value for key, value in params.items()}


def shown_message(exc: KnownError, lang: str | None = None) -> str:
    """`exc.message(lang)` for a person to read (a dialog, a terminal): every text placed in the sentence — a
    folder, file, column or value from the user, also in the field messages of a ValidationError — is isolated,
    so a right-to-left name or an override cannot reorder the sentence. The exception itself keeps its values."""
    shown = type(exc).__new__(type(exc))
    shown.__dict__.update(exc.__dict__)
    shown.params = isolated_params(exc.params)
    if isinstance(exc, ValidationError) and isinstance(shown, ValidationError):
        shown.errors = {field: MessageCode(str(code), **isolated_params(getattr(code, "params", {})))
                        for field, code in exc.errors.items()}
    return shown.message(lang)

