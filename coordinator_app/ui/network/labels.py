"""Translated labels the network screens share (target groups, contact ways, field names, notices)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coordinator_app import codes
from coordinator_app.errors import current_language, message


def _t(text: str) -> str:
    return QCoreApplication.translate("NetworkLabels", text)


def target_groups() -> dict[str, str]:
    return {
        "women": _t("Women"), "men": _t("Men"), "minors": _t("Minors"),
        "sexual": _t("Sexual exploitation"), "labour": _t("Labour exploitation"),
        "criminal": _t("Criminal exploitation"), "organ": _t("Forced organ removal"),
    }


def preferred_contact() -> dict[str, str]:
    return {"phone": _t("Phone"), "email": _t("E-mail"), "secure_mail": _t("Secure e-mail"),
            "in_person": _t("In person")}


def moment_kinds() -> dict[str, str]:
    return {"meeting": _t("Meeting"), "phone": _t("Phone call"), "email": _t("E-mail"), "visit": _t("Visit"),
            "network_meeting": _t("Network meeting"), "other": _t("Other")}


def field_names() -> dict[str, str]:
    return {
        "name": _t("Name"), "org_type": _t("Type"), "municipality": _t("Municipality"),
        "region_served": _t("Region served"), "address": _t("Address"), "postal_code": _t("Postal code"),
        "city": _t("City"), "phone": _t("Phone"), "phone_alt": _t("Second phone"), "email": _t("E-mail"),
        "website": _t("Website"), "notes": _t("Notes"), "target_groups": _t("Target groups"),
        "capacity": _t("Capacity"), "places_available": _t("Places available"),
        "availability_confirmed_on": _t("Availability confirmed on"), "first_name": _t("First name"),
        "last_name": _t("Last name"), "function": _t("Function"), "preferred_contact": _t("Preferred contact"),
        "languages": _t("Languages"), "specialisms": _t("Specialisms"), "last_contact_on": _t("Last contact"),
        "soort": _t("Kind"), "organisation_id": _t("Organisation"), "held_on": _t("Date"), "topic": _t("Topic"),
        "participants": _t("Participants"), "organisation_ids": _t("Organisations"), "on": _t("Date"),
        "kind": _t("Kind"), "contact_id": _t("Contact"), "note": _t("Note"),
    }


def notices() -> dict[str, str]:
    return {"photo_ignored": _t("photo ignored (not imported)"),
            "extra_in_notes": _t("extra numbers or addresses added to the notes")}


def role_label(role: str) -> str:
    """A case role: an involvement role, 'reporter', or a milestone code."""
    lang = current_language()
    for list_name in ("involvement_role", "milestone"):
        if role in codes.code_list(list_name):
            return codes.label(list_name, role, lang)
    return role


def code_label(list_name: str, code: str | None) -> str:
    return codes.label(list_name, code, current_language()) if code else ""


def problems_text(problems: dict[str, str]) -> str:
    """'Phone: This phone number is not valid.; ...' in the current language."""
    names = field_names()
    return " ".join(f"{names.get(f, f)}: {message(code)}" if f else message(code) for f, code in problems.items())


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
