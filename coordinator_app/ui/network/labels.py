"""Translated labels the network screens share (target groups, contact ways, field names, notices)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coordinator_app import codes
from coordinator_app.domain.text import bidi_isolate
from coordinator_app.errors import current_language, message
from coordinator_app.services.network.importing import MessageParams
from coordinator_app.ui.dates import display

translate = QCoreApplication.translate



def target_groups() -> dict[str, str]:
    return {
        "women": translate("NetworkLabels", "Women"),
        "men": translate("NetworkLabels", "Men"),
        "minors": translate("NetworkLabels", "Minors"),
        "sexual": translate("NetworkLabels", "Sexual exploitation"),
        "labour": translate("NetworkLabels", "Labour exploitation"),
        "criminal": translate("NetworkLabels", "Criminal exploitation"),
        "organ": translate("NetworkLabels", "Forced organ removal"),
    }


def preferred_contact() -> dict[str, str]:
    return {
        "phone": translate("NetworkLabels", "Phone"),
        "email": translate("NetworkLabels", "E-mail"),
        "secure_mail": translate("NetworkLabels", "Secure e-mail"),
        "in_person": translate("NetworkLabels", "In person"),
    }


def moment_kinds() -> dict[str, str]:
    return {
        "meeting": translate("NetworkLabels", "Meeting"),
        "phone": translate("NetworkLabels", "Phone call"),
        "email": translate("NetworkLabels", "E-mail"),
        "visit": translate("NetworkLabels", "Visit"),
        "network_meeting": translate("NetworkLabels", "Network meeting"),
        "other": translate("NetworkLabels", "Other"),
    }


def field_names() -> dict[str, str]:
    return {
        "name": translate("NetworkLabels", "Name"),
        "org_type": translate("NetworkLabels", "Type"),
        "municipality": translate("NetworkLabels", "Municipality"),
        "region_served": translate("NetworkLabels", "Region served"),
        "address": translate("NetworkLabels", "Address"),
        "postal_code": translate("NetworkLabels", "Postal code"),
        "city": translate("NetworkLabels", "City"),
        "phone": translate("NetworkLabels", "Phone"),
        "phone_alt": translate("NetworkLabels", "Second phone"),
        "email": translate("NetworkLabels", "E-mail"),
        "website": translate("NetworkLabels", "Website"),
        "notes": translate("NetworkLabels", "Notes"),
        "target_groups": translate("NetworkLabels", "Target groups"),
        "capacity": translate("NetworkLabels", "Capacity"),
        "places_available": translate("NetworkLabels", "Places available"),
        "availability_confirmed_on": translate("NetworkLabels", "Availability confirmed on"),
        "first_name": translate("NetworkLabels", "First name"),
        "last_name": translate("NetworkLabels", "Last name"),
        "nickname": translate("NetworkLabels", "Nickname"),
        "department": translate("NetworkLabels", "Department"),
        "region": translate("NetworkLabels", "Region"),
        "country": translate("NetworkLabels", "Country"),
        "birthday": translate("NetworkLabels", "Birthday"),
        "function": translate("NetworkLabels", "Function"),
        "preferred_contact": translate("NetworkLabels", "Preferred contact"),
        "languages": translate("NetworkLabels", "Languages"),
        "specialisms": translate("NetworkLabels", "Specialisms"),
        "last_contact_on": translate("NetworkLabels", "Last contact"),
        "soort": translate("NetworkLabels", "Kind"),
        "organisation_id": translate("NetworkLabels", "Organisation"),
        "held_on": translate("NetworkLabels", "Date"),
        "topic": translate("NetworkLabels", "Topic"),
        "participants": translate("NetworkLabels", "Participants"),
        "organisation_ids": translate("NetworkLabels", "Organisations"),
        "on": translate("NetworkLabels", "Date"),
        "kind": translate("NetworkLabels", "Kind"),
        "contact_id": translate("NetworkLabels", "Contact"),
        "note": translate("NetworkLabels", "Note"),
    }


def notices() -> dict[str, str]:
    return {
        "photo_ignored": translate("NetworkLabels", "photo ignored (not imported)"),
        "extra_in_notes": translate("NetworkLabels", "extra numbers, addresses or details added to the notes"),
        "vcard_end_missing": translate("NetworkLabels", "END:VCARD was missing (card read up to the next one)"),
        "phone_marked": translate("NetworkLabels", "a phone number could not be checked: kept as written"),
        "new_organisation": translate("NetworkLabels", "the organisation is added to the address book (type Other)"),
    }


def refused_properties_text(refused: list[tuple[str, MessageParams]]) -> list[str]:
    """One sentence per vCard property refused on its own (line, property, character set), in the current
    language; the character set comes from the file, so it is isolated (FSI ... PDI)."""
    return [message(code, **{k: bidi_isolate(v) if isinstance(v, str) else v for k, v in params.items()})
            for code, params in refused]


def role_label(role: str) -> str:
    """A case role: an involvement role, 'reporter', or a milestone code."""
    lang = current_language()
    for list_name in ("involvement_role", "milestone"):
        if role in codes.code_list(list_name):
            return codes.label(list_name, role, lang)
    return role


def code_label(list_name: str, code: str | None) -> str:
    return codes.label(list_name, code, current_language()) if code else ""


def problems_text(problems: dict[str, str], params: MessageParams | None = None) -> str:
    """'Phone: This phone number is not valid.; ...' in the current language."""
    names = field_names()
    extra = params or {}
    return " ".join(f"{names.get(f, f)}: {message(code, **extra)}" if f else message(code, **extra)
                    for f, code in problems.items())


def birthday_text(value: str | None) -> str:
    """'1980-04-15' -> '15-04-1980'; '--04-15' (year not known) -> '15-04'."""
    if not value:
        return ""
    if value.startswith("--"):
        return f"{value[5:7]}-{value[2:4]}"
    return f"{value[8:10]}-{value[5:7]}-{value[0:4]}"


def phone_text(typed: str | None, international: str | None) -> str:
    """A number as typed, marked when it could not be checked (kept as written, no international form)."""
    if not typed:
        return ""
    if international:
        return typed
    return translate("NetworkLabels", "%1 (not checked)").replace("%1", bidi_isolate(typed))


def date_text(value: dt.date | None) -> str:
    return display(value)
