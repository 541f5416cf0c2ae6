"""Checking what the user typed on the settings page (Qt-free): texts, phone, e-mail, numbers in
range, the address as lines, the logo as base64 PNG. Takes a `SettingsForm` (the fields the page
edits, None where not given), returns clean values for `settings.set_many` or raises one
ValidationError naming every faulty field.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from coordinator_app.domain.validation import Errors, check_phone, clean_text, field_error, normalise_email
from coordinator_app.errors import ValidationError, message
from coordinator_app.services.settings.defaults import SettingValue

# key: (lowest, highest) for the whole-number settings the page edits
RANGES: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 120),
    "backup_reminder_days": (1, 365),
    "backup_keep": (1, 100),
    "retention_years_closed": (1, 50),
    "retention_years_signal": (1, 50),
    "suppression_threshold": (2, 20),
}
TEXTS = ("municipality_name", "coordinator_name", "coordinator_function")
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_ADDRESS_LINES = 6
EDITED_KEYS = (
    *TEXTS, "municipality_address", "municipality_logo_png", "coordinator_phone", "coordinator_email",
    "lock_on_minimise", "backup_folder", *RANGES,
)


@dataclass(frozen=True, slots=True)
class SettingsForm:
    """What the settings page edits, as typed; None: not given (left as it is)."""

    municipality_name: str | None = None
    coordinator_name: str | None = None
    coordinator_function: str | None = None
    municipality_address: str | list[str] | None = None  # the lines, or the text of the address box
    municipality_logo_png: str | None = None  # base64 PNG, empty = no logo
    coordinator_phone: str | None = None
    coordinator_email: str | None = None
    lock_on_minimise: bool | None = None
    backup_folder: str | None = None
    idle_lock_minutes: int | None = None
    backup_reminder_days: int | None = None
    backup_keep: int | None = None
    retention_years_closed: int | None = None
    retention_years_signal: int | None = None
    suppression_threshold: int | None = None

    def given(self) -> dict[str, Any]:
        """The fields that were given, by setting name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


class FieldError(ValidationError):
    """A ValidationError whose per-field messages carry parameters (e.g. a range)."""

    def __init__(self, errors: Errors, params: dict[str, dict[str, Any]]) -> None:
        super().__init__(errors)
        self.params = params

    def field_messages(self, lang: str | None = None) -> dict[str, str]:
        return {f: message(code, lang, **self.params.get(f, {})) for f, code in self.errors.items()}


def clean(form: SettingsForm) -> dict[str, SettingValue]:
    """Checked values for the fields given in `form`. Raises FieldError listing every problem."""
    values = form.given()
    errors: Errors = {}
    params: dict[str, dict[str, Any]] = {}
    out: dict[str, SettingValue] = {}
    for key in TEXTS:
        if key in values:
            out[key] = clean_text(errors, key, values[key], required=key == "municipality_name") or ""
    if "municipality_address" in values:
        raw = values["municipality_address"]
        lines = raw.splitlines() if isinstance(raw, str) else list(raw or [])
        cleaned = [line for line in (clean_text(errors, "municipality_address", x) for x in lines) if line]
        if len(cleaned) > MAX_ADDRESS_LINES:
            errors["municipality_address"] = field_error("address_too_many_lines", maximum=MAX_ADDRESS_LINES)
        out["municipality_address"] = cleaned
    if "coordinator_phone" in values:
        phone = check_phone(errors, "coordinator_phone", values["coordinator_phone"])
        out["coordinator_phone"] = phone.typed if phone else ""
    if "coordinator_email" in values:
        out["coordinator_email"] = normalise_email(errors, "coordinator_email", values["coordinator_email"]) or ""
    if "lock_on_minimise" in values:
        out["lock_on_minimise"] = bool(values["lock_on_minimise"])
    if "backup_folder" in values:
        folder = (values["backup_folder"] or "").strip()
        if folder and not Path(folder).is_dir():
            errors["backup_folder"] = "folder_not_found"
        out["backup_folder"] = folder
    if "municipality_logo_png" in values:
        logo = values["municipality_logo_png"] or ""
        if logo:
            try:
                data = base64.b64decode(logo, validate=True)
            except (binascii.Error, ValueError):
                data = b""
            if not data.startswith(b"\x89PNG"):
                errors["municipality_logo_png"] = "logo_unreadable"
            elif len(data) > MAX_LOGO_BYTES:
                errors["municipality_logo_png"] = "logo_too_large"
        out["municipality_logo_png"] = logo
    for key, (low, high) in RANGES.items():
        if key not in values:
            continue
        try:
            number = int(values[key])
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            errors[key] = "number_range"
            params[key] = {"low": low, "high": high}
        else:
            out[key] = number
    if errors:
        raise FieldError(errors, params)
    return out
