"""Pure rules for showing text safely, shared by services, reports and the user interface."""

from __future__ import annotations

import unicodedata

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
