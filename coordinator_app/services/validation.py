"""Input checks shared by the services: codes, dates, lengths, phone numbers, e-mail addresses.

Each check adds a message code (resources/messages.toml) under the field name to an error dict;
`raise_if(errors)` turns a non-empty dict into one ValidationError with every problem.
"""

from __future__ import annotations

import datetime as dt
import re

from coordinator_app.codes import code_list
from coordinator_app.errors import ValidationError

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 100_000
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DUTCH = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
# "5 Dec 2026": how the English interface shows a date (ui/dates.py); Dutch abbreviations accepted too
_WORDED = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,4})\.?\s+(\d{4})\s*$")
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"))} | {"mrt": 3, "mei": 5, "okt": 10, "sept": 9}

Errors = dict[str, str]


def raise_if(errors: Errors) -> None:
    if errors:
        raise ValidationError(errors)


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


def clean_text(errors: Errors, field: str, value: str | None, *, required: bool = False,
               maximum: int = MAX_SHORT_TEXT) -> str | None:
    """Strip the text, turn empty into None, check length. Control characters other than newline/tab go."""
    if value is None:
        text = ""
    else:
        text = "".join(ch for ch in str(value) if ch in "\n\t" or ch.isprintable()).strip()
    if not text:
        if required:
            errors[field] = "required"
        return None
    if len(text) > maximum:
        errors[field] = "text_too_long"
    return text


def check_age(errors: Errors, field: str, value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        age = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        errors[field] = "invalid_age"
        return None
    if not 0 <= age <= 120:
        errors[field] = "invalid_age"
        return None
    return age


def normalise_phone(errors: Errors, field: str, value: str | None, region: str = "NL") -> str | None:
    """Parse and format a phone number (international format for foreign numbers, national for Dutch ones)."""
    import phonenumbers

    text = (value or "").strip()
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        errors[field] = "invalid_phone"
        return None
    if not phonenumbers.is_possible_number(number):
        errors[field] = "invalid_phone"
        return None
    fmt = phonenumbers.PhoneNumberFormat
    style = fmt.NATIONAL if number.country_code == 31 else fmt.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def normalise_email(errors: Errors, field: str, value: str | None) -> str | None:
    """Check e-mail syntax only (offline; no DNS)."""
    from email_validator import EmailNotValidError, validate_email

    text = (value or "").strip()
    if not text:
        return None
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        errors[field] = "invalid_email"
        return None
