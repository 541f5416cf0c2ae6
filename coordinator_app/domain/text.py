"""Pure rules for showing text safely, shared by services, reports and the user interface."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from coordinator_app.errors import KnownError, MessageCode, ValidationError, message

# Bidi controls (embeddings, overrides, isolates, marks): kept in names and notes, refused in identifiers.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_CLASSES = frozenset(("R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"))


_ISOLATE_INITIATORS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"


def bidi_isolate(text: str) -> str:
    """Text for a list, label or heading: a run with right-to-left letters or bidi controls is wrapped
    in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so it keeps its own direction and an override
    inside it cannot reorder the rest of the row. Left-to-right text is returned unchanged.

    The isolate holds whatever the text brings (Unicode bidi algorithm, BD9 and X6a): a PDI of the text without
    its own initiator gets one more FSI before the text (else it would close the wrapper early), an isolate the
    text leaves open gets its PDI after it (else the wrapper's PDI would close that one), and a paragraph
    separator in the text (a line break: the bidi state starts again after it) ends the isolate, each part
    isolated on its own. Embeddings and overrides left open end at the wrapper's PDI. Only FSI/PDI are added."""
    if text.isascii() or not any(unicodedata.bidirectional(ch) in _BIDI_CLASSES for ch in text):
        return text
    parts: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "B":
            parts.append(_isolate_paragraph(text[start:i]) + ch)
            start = i + 1
    parts.append(_isolate_paragraph(text[start:]))
    return "".join(parts)


def _isolate_paragraph(text: str) -> str:
    if not any(unicodedata.bidirectional(ch) in _BIDI_CLASSES for ch in text):
        return text
    unmatched = depth = 0
    for ch in text:
        if ch in _ISOLATE_INITIATORS:
            depth += 1
        elif ch == _PDI:
            if depth:
                depth -= 1
            else:
                unmatched += 1
    return "\u2068" * (1 + unmatched) + text + _PDI * (1 + depth)


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



def shown_field_messages(exc: ValidationError, lang: str | None = None) -> dict[str, str]:
    """`exc.field_messages(lang)` for a person to read next to the fields: a text placed in a field's message
    (a value from the user, a file or column name) is isolated as in `shown_message`."""
    return {field: message(MessageCode(str(code), **isolated_params(getattr(code, "params", {}))), lang)
            for field, code in exc.errors.items()}
