"""The contact network: organisations and the professionals who work there (basic create/read/update).

Phone numbers are parsed and formatted with phonenumbers (Dutch default region); e-mail addresses
are checked for syntax only (offline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.errors import NotFound
from coordinator_app.services import audit
from coordinator_app.services.validation import (
    MAX_LONG_TEXT,
    Errors,
    check_code,
    check_date,
    clean_text,
    normalise_email,
    normalise_phone,
    raise_if,
)


@dataclass
class OrganisationInput:
    name: str
    org_type: str = "other"
    municipality: str | None = None
    region_served: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    target_groups: list[str] = field(default_factory=list)
    capacity: int | None = None
    places_available: int | None = None
    availability_confirmed_on: dt.date | str | None = None
    from_template: bool = False


@dataclass
class ContactInput:
    last_name: str
    first_name: str | None = None
    organisation_id: int | None = None
    function: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    email: str | None = None
    preferred_contact: str | None = None
    languages: list[str] = field(default_factory=list)
    specialisms: list[str] = field(default_factory=list)
    notes: str | None = None
    last_contact_on: dt.date | str | None = None


def validate_organisation(data: OrganisationInput) -> dict[str, Any]:
    errors: Errors = {}
    v: dict[str, Any] = {"from_template": bool(data.from_template)}
    v["name"] = clean_text(errors, "name", data.name, required=True)
    v["org_type"] = check_code(errors, "org_type", "org_type", data.org_type)
    v["municipality"] = check_code(errors, "municipality", "municipality", data.municipality, required=False)
    for name in ("region_served", "address", "city", "website"):
        v[name] = clean_text(errors, name, getattr(data, name))
    v["postal_code"] = clean_text(errors, "postal_code", data.postal_code, maximum=16)
    v["notes"] = clean_text(errors, "notes", data.notes, maximum=MAX_LONG_TEXT)
    v["phone"] = normalise_phone(errors, "phone", data.phone)
    v["email"] = normalise_email(errors, "email", data.email)
    v["target_groups"] = [t for t in dict.fromkeys(data.target_groups) if t]
    for name in ("capacity", "places_available"):
        value = getattr(data, name)
        if value in (None, ""):
            v[name] = None
        else:
            try:
                v[name] = int(value)
                if v[name] < 0:
                    raise ValueError
            except (TypeError, ValueError):
                errors[name] = "invalid_code"
    v["availability_confirmed_on"] = check_date(errors, "availability_confirmed_on", data.availability_confirmed_on)
    raise_if(errors)
    return v


def validate_contact(data: ContactInput) -> dict[str, Any]:
    errors: Errors = {}
    v: dict[str, Any] = {"organisation_id": data.organisation_id}
    v["last_name"] = clean_text(errors, "last_name", data.last_name, required=True, maximum=100)
    v["first_name"] = clean_text(errors, "first_name", data.first_name, maximum=100)
    v["function"] = clean_text(errors, "function", data.function, maximum=120)
    v["phone"] = normalise_phone(errors, "phone", data.phone)
    v["phone_alt"] = normalise_phone(errors, "phone_alt", data.phone_alt)
    v["email"] = normalise_email(errors, "email", data.email)
    v["preferred_contact"] = clean_text(errors, "preferred_contact", data.preferred_contact, maximum=20)
    v["languages"] = [x.strip() for x in data.languages if x and x.strip()]
    v["specialisms"] = [x.strip() for x in data.specialisms if x and x.strip()]
    v["notes"] = clean_text(errors, "notes", data.notes, maximum=MAX_LONG_TEXT)
    v["last_contact_on"] = check_date(errors, "last_contact_on", data.last_contact_on)
    raise_if(errors)
    return v


def insert_organisation(session: Session, data: OrganisationInput) -> Organisation:
    org = Organisation(**validate_organisation(data))
    session.add(org)
    session.flush()
    audit.record(session, "organisation_created", "organisation", org.id)
    return org


def create_organisation(vault: Vault, data: OrganisationInput) -> int:
    with vault.write() as session:
        return insert_organisation(session, data).id


def insert_contact(session: Session, data: ContactInput) -> Contact:
    values = validate_contact(data)
    if values["organisation_id"] is not None and session.get(Organisation, values["organisation_id"]) is None:
        raise NotFound(kind="organisatie")
    contact = Contact(**values)
    session.add(contact)
    session.flush()
    audit.record(session, "contact_created", "contact", contact.id)
    return contact


def create_contact(vault: Vault, data: ContactInput) -> int:
    with vault.write() as session:
        return insert_contact(session, data).id


def _as_dict(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in type(obj).__table__.columns}


def get_organisation(vault: Vault, org_id: int) -> dict[str, Any]:
    with vault.read() as session:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound(kind="organisatie")
        return _as_dict(org)


def get_contact(vault: Vault, contact_id: int) -> dict[str, Any]:
    with vault.read() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(kind="contactpersoon")
        return _as_dict(contact)


def update_organisation(vault: Vault, org_id: int, data: OrganisationInput) -> None:
    values = validate_organisation(data)
    with vault.write() as session:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound(kind="organisatie")
        for key, value in values.items():
            setattr(org, key, value)
        audit.record(session, "organisation_updated", "organisation", org_id)


def update_contact(vault: Vault, contact_id: int, data: ContactInput) -> None:
    values = validate_contact(data)
    with vault.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(kind="contactpersoon")
        for key, value in values.items():
            setattr(contact, key, value)
        audit.record(session, "contact_updated", "contact", contact_id)


def organisation_input(values: dict[str, Any]) -> OrganisationInput:
    names = {f.name for f in fields(OrganisationInput)}
    return OrganisationInput(**{k: v for k, v in values.items() if k in names})


def contact_input(values: dict[str, Any]) -> ContactInput:
    names = {f.name for f in fields(ContactInput)}
    return ContactInput(**{k: v for k, v in values.items() if k in names})


def list_organisations(vault: Vault) -> list[dict[str, Any]]:
    with vault.read() as session:
        return [_as_dict(o) for o in session.scalars(select(Organisation).order_by(Organisation.name))]
