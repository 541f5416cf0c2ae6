"""The contact network: organisations and the professionals who work there.

Create, read, update, delete, and the cases each contact or organisation is involved in; the
filtered list the Netwerk page shows is in `listing`. Duplicates and
merging live in `duplicates`. Phone numbers are parsed and formatted with phonenumbers (Dutch
default region); e-mail addresses are checked for syntax only (offline).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import (
    Case,
    Contact,
    ContactMoment,
    Document,
    Involvement,
    Milestone,
    Organisation,
)
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import (
    MAX_LONG_TEXT,
    Errors,
    check_code,
    check_date,
    clean_text,
    normalise_email,
    raise_if,
)
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services import audit
from coordinator_app.services.network.phone import check_phone

# Target groups of a shelter (women, men, minors, and forms of exploitation); labels live in the UI.
TARGET_GROUPS = ("women", "men", "minors", "sexual", "labour", "criminal", "organ")
PREFERRED_CONTACT = ("phone", "email", "secure_mail", "in_person")

_R = TypeVar("_R", "OrganisationRecord", "ContactRecord")


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
    last_name: str | None = None
    first_name: str | None = None
    organisation_id: int | None = None
    function: str | None = None
    department: str | None = None
    nickname: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    website: str | None = None
    birthday: dt.date | str | None = None
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
    v["phone"], v["phone_intl"] = check_phone(errors, "phone", data.phone)
    v["email"] = normalise_email(errors, "email", data.email)
    v["target_groups"] = [t for t in dict.fromkeys(data.target_groups) if t]
    if any(t not in TARGET_GROUPS for t in v["target_groups"]):
        errors["target_groups"] = "invalid_code"
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


_BIRTHDAY = re.compile(r"^(?:(\d{4})-?|--)(\d{2})-?(\d{2})$")  # ISO 8601 / vCard: 1980-04-15, 19800415, --0415
_BIRTHDAY_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$")  # 15-04-1980 or 15-04 (no year)


def check_birthday(errors: Errors, field_name: str, value: dt.date | str | None) -> str | None:
    """A birthday as YYYY-MM-DD, or --MM-DD when the year is not known (vCard 4.0 allows that).
    Accepts ISO (1980-04-15, 19800415, --04-15, --0415) and Dutch (15-04-1980, 15-04). Never guessed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    year: str | None
    if m := _BIRTHDAY.match(text):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m := _BIRTHDAY_NL.match(text):
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        errors[field_name] = "invalid_date"
        return None
    try:
        dt.date(int(year or 2000), int(month), int(day))  # 2000: a leap year, so --02-29 is allowed
    except ValueError:
        errors[field_name] = "invalid_date"
        return None
    if year and dt.date(int(year), int(month), int(day)) > dt.date.today():
        errors[field_name] = "date_in_future"
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}" if year else f"--{int(month):02d}-{int(day):02d}"


def validate_contact(data: ContactInput) -> dict[str, Any]:
    """A person needs a first name, a surname, a nickname or an e-mail address (an address book entry
    may hold only one of them). A missing surname is stored as "" (the column is NOT NULL; migration 0004)."""
    errors: Errors = {}
    v: dict[str, Any] = {"organisation_id": data.organisation_id}
    v["last_name"] = clean_text(errors, "last_name", data.last_name, maximum=100) or ""
    v["first_name"] = clean_text(errors, "first_name", data.first_name, maximum=100)
    v["nickname"] = clean_text(errors, "nickname", data.nickname, maximum=100)
    v["function"] = clean_text(errors, "function", data.function, maximum=120)
    v["department"] = clean_text(errors, "department", data.department, maximum=120)
    v["phone"], v["phone_intl"] = check_phone(errors, "phone", data.phone)
    v["phone_alt"], v["phone_alt_intl"] = check_phone(errors, "phone_alt", data.phone_alt)
    v["email"] = normalise_email(errors, "email", data.email)
    v["address"] = clean_text(errors, "address", data.address, maximum=200, multiline=True)  # Outlook: 2 lines
    v["postal_code"] = clean_text(errors, "postal_code", data.postal_code, maximum=16)
    v["city"] = clean_text(errors, "city", data.city, maximum=80)
    v["region"] = clean_text(errors, "region", data.region, maximum=80)
    v["country"] = clean_text(errors, "country", data.country, maximum=80)
    v["website"] = clean_text(errors, "website", data.website, maximum=200)
    v["birthday"] = check_birthday(errors, "birthday", data.birthday)
    if not (v["last_name"] or v["first_name"] or v["nickname"] or v["email"] or set(errors) & {
            "last_name", "first_name", "nickname", "email"}):
        errors["last_name"] = "contact_needs_name"
    v["preferred_contact"] = data.preferred_contact or None
    if v["preferred_contact"] is not None and v["preferred_contact"] not in PREFERRED_CONTACT:
        errors["preferred_contact"] = "invalid_code"
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


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """A stored organisation as the detail pane and the edit dialog show it (`phone_intl`: the number in
    E.164 when it is valid). Fields other than `id` have defaults only so that a test can build one."""

    id: int
    name: str = ""
    org_type: str = "other"
    municipality: str | None = None
    region_served: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None
    phone_intl: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    target_groups: list[str] = field(default_factory=list)
    capacity: int | None = None
    places_available: int | None = None
    availability_confirmed_on: dt.date | None = None
    from_template: bool = False

    def as_input(self) -> OrganisationInput:
        """The values to edit or save again."""
        names = {f.name for f in fields(OrganisationInput)}
        return OrganisationInput(**{f.name: getattr(self, f.name) for f in fields(self) if f.name in names})


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A stored person of the network (`phone_intl`, `phone_alt_intl`: the numbers in E.164 when valid;
    `birthday` as YYYY-MM-DD or --MM-DD). Fields other than `id` have defaults only so that a test can build one."""

    id: int
    organisation_id: int | None = None
    first_name: str | None = None
    last_name: str = ""
    function: str | None = None
    nickname: str | None = None
    department: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    phone_intl: str | None = None
    phone_alt_intl: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    website: str | None = None
    birthday: str | None = None
    preferred_contact: str | None = None
    languages: list[str] = field(default_factory=list)
    specialisms: list[str] = field(default_factory=list)
    notes: str | None = None
    last_contact_on: dt.date | None = None

    def as_input(self) -> ContactInput:
        """The values to edit or save again."""
        names = {f.name for f in fields(ContactInput)}
        return ContactInput(**{f.name: getattr(self, f.name) for f in fields(self) if f.name in names})


def _record(record_type: type[_R], row: object) -> _R:
    """The columns of an ORM row that `record_type` has (created_at and updated_at stay behind)."""
    return record_type(**{f.name: getattr(row, f.name) for f in fields(record_type)})


def get_organisation(vault: Vault, org_id: int) -> OrganisationRecord:
    with vault.read() as session:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound(kind="organisatie")
        return _record(OrganisationRecord, org)


def get_contact(vault: Vault, contact_id: int) -> ContactRecord:
    with vault.read() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(kind="contactpersoon")
        return _record(ContactRecord, contact)


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


def list_organisations(vault: Vault) -> list[OrganisationRecord]:
    with vault.read() as session:
        query = select(Organisation).order_by(Organisation.name)
        return [_record(OrganisationRecord, o) for o in session.scalars(query)]


# --- delete -------------------------------------------------------------------------------------


def case_link_count(session: Session, kind: str, item_id: int) -> int:
    """How many case records point at this contact or organisation."""
    if kind == "contact":
        checks = [Involvement.contact_id, Milestone.contact_id, Document.recipient_contact_id,
                  Case.reporter_contact_id]
    else:
        checks = [Involvement.organisation_id, Milestone.organisation_id, Document.recipient_organisation_id]
    return sum(session.scalar(select(func.count()).where(col == item_id)) or 0 for col in checks)


def delete_contact(vault: Vault, contact_id: int) -> None:
    """Delete a person. Refused while a case points at them (merge instead): a case link is never lost."""
    with vault.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(kind="contactpersoon")
        if case_link_count(session, "contact", contact_id):
            raise ValidationError(code="contact_in_use")
        session.delete(contact)
        audit.record(session, "contact_deleted", "contact", contact_id)


def delete_organisation(vault: Vault, org_id: int) -> None:
    """Delete an organisation; its people stay (without organisation). Refused while a case points at it."""
    with vault.write() as session:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound(kind="organisatie")
        if case_link_count(session, "organisation", org_id):
            raise ValidationError(code="organisation_in_use")
        session.delete(org)
        audit.record(session, "organisation_deleted", "organisation", org_id)


# --- cases per contact --------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseLink:
    case_id: int
    case_number: str
    status: str
    role: str  # an involvement_role code, or "reporter" / "recipient" / a milestone code
    started_on: dt.date | None
    ended_on: dt.date | None


@dataclass(frozen=True)
class ContactCases:
    links: list[CaseLink]
    cases_this_year: int  # distinct cases with a link active this year
    moments_this_year: int  # contact moments outside cases this year


def contact_cases(vault: Vault, kind: str, item_id: int, today: dt.date | None = None) -> ContactCases:
    """The cases a contact (kind "contact") or organisation is involved in, with role and dates."""
    today = today or dt.date.today()
    jan1 = dt.date(today.year, 1, 1)
    is_contact = kind == "contact"
    inv_col = Involvement.contact_id if is_contact else Involvement.organisation_id
    links: list[CaseLink] = []
    this_year: set[int] = set()
    with vault.read() as session:
        q = select(Involvement, Case).join(Case, Case.id == Involvement.case_id).where(inv_col == item_id)
        for inv, case in session.execute(q):
            links.append(CaseLink(case.id, case.case_number, case.status, inv.role, inv.started_on, inv.ended_on))
            start = inv.started_on or case.opened_on or case.signal_received_on
            if start <= today and (inv.ended_on or case.closed_on or today) >= jan1:
                this_year.add(case.id)
        if is_contact:
            for case in session.scalars(select(Case).where(Case.reporter_contact_id == item_id)):
                links.append(CaseLink(case.id, case.case_number, case.status, "reporter",
                                      case.signal_received_on, None))
                if case.signal_received_on >= jan1:
                    this_year.add(case.id)
        ms_col = Milestone.contact_id if is_contact else Milestone.organisation_id
        q2 = select(Milestone, Case).join(Case, Case.id == Milestone.case_id).where(ms_col == item_id)
        for ms, case in session.execute(q2):
            links.append(CaseLink(case.id, case.case_number, case.status, ms.kind, ms.on, None))
            if ms.on and ms.on >= jan1:
                this_year.add(case.id)
        cm_col = ContactMoment.contact_id if is_contact else ContactMoment.organisation_id
        moments = session.scalar(
            select(func.count()).where(cm_col == item_id, ContactMoment.on >= jan1, ContactMoment.on <= today)
        ) or 0
    links.sort(key=lambda link: (link.started_on or dt.date.min, link.case_number), reverse=True)
    return ContactCases(links, len(this_year), moments)


__all__ = [
    "PREFERRED_CONTACT", "TARGET_GROUPS", "CaseLink", "ContactCases", "ContactInput", "ContactRecord",
    "OrganisationInput", "OrganisationRecord",
    "case_link_count", "check_birthday", "contact_cases", "contact_input", "create_contact", "create_organisation",
    "delete_contact", "delete_organisation", "get_contact", "get_organisation", "insert_contact", "insert_organisation",
    "list_organisations", "organisation_input", "update_contact", "update_organisation", "validate_contact",
    "validate_organisation",
]
