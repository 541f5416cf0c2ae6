"""Phone numbers of the network, on top of `validation.check_phone`: kept exactly as typed, with the
international form (E.164) stored beside it only when phonenumbers says the number is valid. A number
that is not valid (too short, foreign without "+", a typo) is kept as typed and marked: its
international form is empty. Nothing is rewritten.
"""

from __future__ import annotations

from coordinator_app.domain.validation import Errors, phone_international
from coordinator_app.domain.validation import check_phone as _check_phone


def international(typed: str | None) -> str | None:
    """The E.164 form (+31612345678) of a valid number, else None. Never raises."""
    return phone_international(typed) if typed else None


def check_phone(errors: Errors, field: str, value: str | None) -> tuple[str | None, str | None]:
    """(as typed, international form or None) for the two columns phone / phone_intl."""
    number = _check_phone(errors, field, value)
    if number is None:
        return None, None
    return number.typed, number.international


def is_marked(typed: str | None, intl: str | None) -> bool:
    """A stored number without a valid international form: shown with a mark, kept as typed."""
    return bool(typed) and not intl
