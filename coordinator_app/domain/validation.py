"""Input checks shared by the services: codes, dates, lengths, phone numbers, e-mail addresses.

Each check adds a message code (the catalogues messages*.po) under the field name to an error dict;
`raise_if(errors)` turns a non-empty dict into one ValidationError with every problem.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import SupportsIndex, SupportsInt, TypeVar

from coordinator_app.codes import code_list
from coordinator_app.domain.text import BIDI_CONTROLS
from coordinator_app.errors import MessageCode, ValidationError, message

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 100_000
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DUTCH = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
# "5 Dec 2026": how the English interface shows a date (ui/dates.py); Dutch abbreviations accepted too
_WORDED = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,4})\.?\s+(\d{4})\s*$")
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"))} | {"mrt": 3, "mei": 5, "okt": 10, "sept": 9}

Errors = dict[str, str]
_T = TypeVar("_T")


def raise_if(errors: Errors) -> None:
    if errors:
        raise ValidationError(errors)


def present(value: _T | None, field: str) -> _T:
    """A value checked with `required=True`, after `raise_if`: a check that let None through is a bug."""
    if value is None:
        raise RuntimeError(f"required field {field!r} passed its check without a value")
    return value


def parse_date(value: object) -> dt.date | None:
    """Accept a date, an ISO `YYYY-MM-DD`, a Dutch `DD-MM-YYYY` or a shown `5 Dec 2026` string; None for empty.
    ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("not a date")
    if m := _ISO.match(value):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DUTCH.match(value):
        day, month, year = (int(g) for g in m.groups())
    elif (m := _WORDED.match(value)) and m.group(2).lower() in _MONTHS:
        day, month, year = int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3))
    else:
        raise ValueError("not a date")
    return dt.date(year, month, day)


def check_date(errors: Errors, field: str, value: object, *, required: bool = False,
               not_future: bool = True, today: dt.date | None = None) -> dt.date | None:
    try:
        parsed = parse_date(value)
    except ValueError:
        errors[field] = "invalid_date"
        return None
    if parsed is None:
        if required:
            errors[field] = "required"
        return None
    if not_future and parsed > (today or dt.date.today()):
        errors[field] = "date_in_future"
    if parsed.year < 1900:
        errors[field] = "invalid_date"
    return parsed


def check_code(errors: Errors, field: str, list_name: str, value: str | None, *, required: bool = True) -> str | None:
    if value is None or value == "":
        if required:
            errors[field] = "required"
        return None
    if value not in code_list(list_name):
        errors[field] = "invalid_code"
        return None
    return value


# Line breaks: kept in multi-line fields, refused (never dropped or joined) in single-line fields.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_TRIM = " \t\r\n"
_REMOVED = frozenset(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))) - LINE_BREAKS - {"\t"}


def field_error(code: str, **params: object) -> str:
    """A message code for an Errors dict that carries its placeholders (e.g. {maximum}) with it."""
    return MessageCode(code, **params)


def clean_text(errors: Errors, field: str, value: str | None, *, required: bool = False,
               maximum: int = MAX_SHORT_TEXT, multiline: bool | None = None) -> str | None:
    """The text as given after Unicode NFC, or an error under `field`; None for empty.

    Kept: every script, non-breaking and other spaces, joiners (ZWJ/ZWNJ), bidi marks, soft hyphens,
    emoji. Removed: only C0/C1 control characters that cannot be meant (not tab, not line breaks).
    Only ASCII spaces, tabs and line breaks at either end are trimmed. Line breaks and tabs
    (including U+2028/U+2029) are kept in multi-line fields and refused in single-line fields
    (`multiline` defaults to `maximum > MAX_SHORT_TEXT`). A lone surrogate is refused.
    """
    if multiline is None:
        multiline = maximum > MAX_SHORT_TEXT
    text = "" if value is None else str(value)
    if not (text.isascii() and text.isprintable()):  # plain printable ASCII: nothing to normalise or remove
        try:
            text.encode("utf-8")  # fails on a lone surrogate (U+D800-U+DFFF) and nothing else, in C
        except UnicodeEncodeError:
            errors[field] = field_error("text_surrogate")
            return None
        text = unicodedata.normalize("NFC", text)
        if not _REMOVED.isdisjoint(text):
            text = "".join(ch for ch in text if ch not in _REMOVED)
    text = text.strip(_TRIM)
    if not text or text.isspace():
        if required:
            errors[field] = "required"
        return None
    if not multiline and any(ch in LINE_BREAKS or ch == "\t" for ch in text):
        errors[field] = field_error("text_line_break")
        return None
    if len(text) > maximum:
        errors[field] = field_error("text_too_long", maximum=maximum)
    return text


def clean_identifier(errors: Errors, field: str, value: str | None, *, required: bool = False,
                     maximum: int = 32) -> str | None:
    """An identifier such as a case number: clean_text, and no bidi controls (they can make two
    different numbers look the same or reorder what is shown)."""
    text = clean_text(errors, field, value, required=required, maximum=maximum, multiline=False)
    if text is not None and not BIDI_CONTROLS.isdisjoint(text):
        errors[field] = field_error("text_bidi_control")
        return None
    return text


def check_age(errors: Errors, field: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str | bytes | bytearray | SupportsInt | SupportsIndex):  # what int() accepts
        errors[field] = "invalid_age"
        return None
    try:
        age = int(value)
    except (TypeError, ValueError):
        errors[field] = "invalid_age"
        return None
    if not 0 <= age <= 120:
        errors[field] = "invalid_age"
        return None
    return age


MAX_PHONE = 40


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number as typed, and its international form (E.164) only when phonenumbers says the
    number is valid. `international is None` marks a number that is kept as typed but not checked."""

    typed: str
    international: str | None

    @property
    def marked(self) -> bool:
        return self.international is None


def phone_international(typed: str | None, region: str = "NL") -> str | None:
    """E.164 form ("+31612345678") of a valid number, else None. Derived, never stored instead of `typed`."""
    import phonenumbers  # start-up time: loaded on first use

    if not typed or not typed.strip():
        return None
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(typed: str | None, region: str = "NL") -> str:
    """What lists, letters and exports show: the typed number, with the readable international form
    beside it when the number is valid and written differently, or marked as not checked."""
    if not typed:
        return ""
    intl = phone_international(typed, region)
    if intl is None:
        return message("phone_not_checked", number=typed)
    import phonenumbers  # start-up time: loaded on first use

    pretty = phonenumbers.format_number(phonenumbers.parse(intl), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if pretty == typed or intl == typed:
        return typed
    return f"{typed} ({pretty})"


def check_phone(errors: Errors, field: str, value: str | None, region: str = "NL") -> PhoneNumber | None:
    """Keep the number exactly as typed (clean_text rules); add the international form when valid.
    Refused only when it cannot be a phone number at all: no digit, a line break, or too long."""
    text = clean_text(errors, field, value, maximum=MAX_PHONE, multiline=False)
    if text is None or field in errors:
        return None
    if not any(ch.isdigit() for ch in text):
        errors[field] = "invalid_phone"
        return None
    return PhoneNumber(text, phone_international(text, region))


def normalise_email(errors: Errors, field: str, value: str | None) -> str | None:
    """Check e-mail syntax only (offline; no DNS)."""
    from email_validator import EmailNotValidError, validate_email  # start-up time: loaded on first use

    text = (value or "").strip()
    if not text:
        return None
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        errors[field] = "invalid_email"
        return None
