"""Decoding a text file (CSV, vCard) from evidence, one decision per file.

API (used by the case import and the contacts importers):

    decode_text_file(data: bytes, *, label: str, max_bytes: int = MAX_TEXT_FILE_BYTES) -> str
    detect_text_file(data: bytes, *, label: str, max_bytes: int = ...) -> DecodedText  # .text, .encoding
    read_text_file(path, *, label: str, max_bytes: int = ...) -> DecodedText  # size checked before reading

`label` is a plain Dutch description that starts a sentence ("Het importbestand", "Het vCard-bestand"), never a
file name (a file name may name a person). Every refusal is a `TextFileRefused` (a ValidationError,
so the CLI exits with 2 and the GUI shows the Dutch message) whose message names the line.

The rules, in order:
1. Larger than `max_bytes`: refused before decoding.
2. A byte-order mark decides: UTF-8 BOM -> strict UTF-8; UTF-16 LE/BE BOM -> strict UTF-16; a UTF-32
   BOM is refused (nobody exports it; say "sla op als UTF-8"). The BOM is removed, never part of the
   first header.
3. No BOM: NUL bytes mean UTF-16 without a BOM or a binary file: refused (naming the line).
4. Strict UTF-8 that decodes as a whole: UTF-8.
5. Otherwise a legacy code page (Windows-1252) is used only when (a) no line of the file is valid
   non-ASCII UTF-8 (that would be a file that mixes encodings: refused naming both lines), (b) the
   whole file decodes strictly in Windows-1252, and (c) charset-normalizer agrees: its best guess
   decodes the bytes to exactly the same text. Anything else is refused with the line of the first
   byte that is not UTF-8 and the advice to save the file as UTF-8.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordinator_app.errors import ValidationError, read_error

MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024
LEGACY_ENCODING = "cp1252"
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (met BOM)", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}


class TextFileRefused(ValidationError):
    """A text file that cannot be read faithfully. Params: label (a description, never a file name),
    line and other line numbers, maximum (MB)."""

    code = "text_file_encoding"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def _line_of(data: bytes, offset: int, unit: bytes = b"\n") -> int:
    return data.count(unit, 0, offset) + 1


def _refuse(code: str, label: str, **params: Any) -> TextFileRefused:
    return TextFileRefused(code=code, label=label, **params)


def _too_large(label: str, max_bytes: int) -> TextFileRefused:
    return _refuse("text_file_too_large", label, maximum=max(1, max_bytes // (1024 * 1024)))


def read_text_file(path: Path | str, *, label: str, max_bytes: int = MAX_TEXT_FILE_BYTES) -> DecodedText:
    """Read and decode a file; its size is checked before a byte is read."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise _too_large(label, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise read_error(exc) from exc
    return detect_text_file(data, label=label, max_bytes=max_bytes)


def decode_text_file(data: bytes, *, label: str, max_bytes: int = MAX_TEXT_FILE_BYTES) -> str:
    """The text of `data` (BOM removed, line breaks as in the file) or TextFileRefused."""
    return detect_text_file(data, label=label, max_bytes=max_bytes).text


def detect_text_file(data: bytes, *, label: str, max_bytes: int = MAX_TEXT_FILE_BYTES) -> DecodedText:
    if len(data) > max_bytes:
        raise _too_large(label, max_bytes)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise _refuse("text_file_utf32", label)
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(_strip_bom(_strict_utf8(data, label, start=3)), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return DecodedText(_strip_bom(_strict_utf16(data, label)), "utf-16")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _refuse("text_file_nul", label, line=_line_of(data, nul))
    try:
        return DecodedText(_strip_bom(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return DecodedText(_legacy(data, label, first_bad), LEGACY_ENCODING)


def _strip_bom(text: str) -> str:
    # a doubled BOM (files glued together by a tool) is still not part of the first header
    return text.lstrip("\ufeff")


def _strict_utf8(data: bytes, label: str, *, start: int) -> str:
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = start + exc.start
        raise _refuse("text_file_not_utf8_bom", label, line=_line_of(data, bad)) from None


def _strict_utf16(data: bytes, label: str) -> str:
    encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    body = data[2:]
    if len(body) % 2:
        raise _refuse("text_file_utf16_broken", label, line=_utf16_line(body, len(body) - 1, encoding))
    try:
        return body.decode(encoding)  # strict: a lone surrogate is an error
    except UnicodeDecodeError as exc:
        raise _refuse("text_file_utf16_broken", label, line=_utf16_line(body, exc.start, encoding)) from None


def _utf16_line(body: bytes, offset: int, encoding: str) -> int:
    head = body[: offset - offset % 2].decode(encoding, errors="replace")
    return head.count("\n") + 1


def _legacy(data: bytes, label: str, first_bad: int) -> str:
    bad_line = _line_of(data, first_bad)
    # (a) a line that is genuine non-ASCII UTF-8 next to a line that is not: mixed encodings
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        raise _refuse("text_file_mixed", label, line=bad_line, other=number)
    # (b) the whole file in the legacy code page
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        raise _refuse("text_file_unknown_encoding", label, line=bad_line) from None
    # (c) an independent detector must agree on the very same text
    from charset_normalizer import from_bytes  # start-up time: loaded on first use

    best = from_bytes(data).best()
    if best is None or str(best) != text:
        raise _refuse("text_file_unknown_encoding", label, line=bad_line)
    return _strip_bom(text)
