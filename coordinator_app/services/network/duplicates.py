"""Duplicates in the network and merging them without losing a single case link.

Two people are duplicates when they share a (normalised) name within the same organisation, a
phone number or an e-mail address; two organisations when they share a normalised name, a phone
number or an e-mail address. Merging moves every reference (involvements, milestones, document
recipients, the reporter of a case, contact moments, training sessions, consent partners, the
people of an organisation) to the record that is kept, fills its empty fields from the other one,
and deletes the other one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coordinator_app.db.models import (
    Case,
    Consent,
    Contact,
    ContactMoment,
    Document,
    Involvement,
    Milestone,
    Organisation,
    TrainingSessionOrganisation,
)
from coordinator_app.db.vault import Vault
from coordinator_app.errors import NotFound, ValidationError
from coordinator_app.services import audit
from coordinator_app.services.network.listing import fold
from coordinator_app.services.network.phone import international


def phone_key(value: str | None) -> str:
    """A phone number as E.164 (or its digits when it does not parse), for comparing."""
    if not value:
        return ""
    import phonenumbers  # start-up time: loaded on first use

    try:
        number = phonenumbers.parse(value, "NL")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in value if ch.isdigit())


def email_key(value: str | None) -> str:
    return (value or "").strip().casefold()


def contact_keys(first: str | None, last: str | None, org_id: int | None, org_name: str | None,
                 phones: tuple[str | None, ...], email: str | None) -> set[str]:
    """The keys under which a person counts as the same: name+organisation, each phone, the e-mail."""
    keys = set()
    name = fold(" ".join(p for p in (first, last) if p))
    if name:
        keys.add(f"name:{name}|{org_id if org_id is not None else fold(org_name)}")
    keys.update(f"phone:{k}" for p in phones if (k := phone_key(p)))
    if email_key(email):
        keys.add(f"email:{email_key(email)}")
    return keys


def organisation_keys(name: str | None, phone: str | None, email: str | None) -> set[str]:
    keys = {f"org:{fold(name)}"} if fold(name) else set()
    if phone_key(phone):
        keys.add(f"phone:{phone_key(phone)}")
    if email_key(email):
        keys.add(f"email:{email_key(email)}")
    return keys


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # contact | organisation
    ids: tuple[int, ...]  # oldest first
    reasons: tuple[str, ...]  # name | phone | email


class KeyIndex:
    """Keys of every contact and organisation in the vault, to find duplicates (also of import rows)."""

    def __init__(self, session: Session) -> None:
        self.contacts: dict[str, set[int]] = {}
        self.organisations: dict[str, set[int]] = {}
        self.org_names: dict[str, int] = {}
        for o in session.scalars(select(Organisation).order_by(Organisation.id)):
            self.org_names.setdefault(fold(o.name), o.id)
            for key in organisation_keys(o.name, o.phone, o.email):
                self.organisations.setdefault(key, set()).add(o.id)
        for c in session.scalars(select(Contact).order_by(Contact.id)):
            for key in contact_keys(c.first_name, c.last_name, c.organisation_id, None, (c.phone, c.phone_alt),
                                    c.email):
                self.contacts.setdefault(key, set()).add(c.id)

    def contact_matches(self, keys: set[str]) -> list[int]:
        return sorted({i for k in keys for i in self.contacts.get(k, ())})

    def organisation_matches(self, keys: set[str]) -> list[int]:
        return sorted({i for k in keys for i in self.organisations.get(k, ())})


def _groups(kind: str, index: dict[str, set[int]]) -> list[DuplicateGroup]:
    """Connected groups of ids that share any key."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    reasons: dict[int, set[str]] = {}
    for key, ids in index.items():
        if len(ids) < 2:
            continue
        first, *rest = sorted(ids)
        for other in rest:
            parent[root(other)] = root(first)
        for i in ids:
            reasons.setdefault(i, set()).add(key.split(":", 1)[0].replace("org", "name"))
    grouped: dict[int, list[int]] = {}
    for i in parent:
        grouped.setdefault(root(i), []).append(i)
    return [
        DuplicateGroup(kind, tuple(sorted(ids)), tuple(sorted({r for i in ids for r in reasons.get(i, ())})))
        for ids in grouped.values() if len(ids) > 1
    ]


def find_duplicates(vault: Vault) -> list[DuplicateGroup]:
    """Groups of people and of organisations that look like the same one."""
    with vault.read() as session:
        index = KeyIndex(session)
    groups = _groups("organisation", index.organisations) + _groups("contact", index.contacts)
    return sorted(groups, key=lambda g: (g.kind, g.ids))


def _fill(keep: Any, other: Any, columns: list[str]) -> None:
    """Empty fields of `keep` take the value of `other`; lists are joined; notes are kept both."""
    for name in columns:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if isinstance(mine, list) or isinstance(theirs, list):
            setattr(keep, name, list(dict.fromkeys([*(mine or []), *(theirs or [])])))
        elif name == "notes" and mine and theirs and theirs not in mine:
            setattr(keep, name, f"{mine}\n\n{theirs}")
        elif mine in (None, "") and theirs not in (None, ""):
            setattr(keep, name, theirs)


def merge_contacts(vault: Vault, keep_id: int, other_id: int) -> None:
    """Merge person `other_id` into `keep_id`: every case link moves over, then `other_id` is deleted."""
    if keep_id == other_id:
        raise ValidationError(code="merge_same")
    with vault.write() as session:
        keep, other = session.get(Contact, keep_id), session.get(Contact, other_id)
        if keep is None or other is None:
            raise NotFound(kind="contactpersoon")
        for table, col in ((Involvement, Involvement.contact_id), (Milestone, Milestone.contact_id),
                           (Document, Document.recipient_contact_id), (Case, Case.reporter_contact_id),
                           (ContactMoment, ContactMoment.contact_id)):
            session.execute(update(table).where(col == other_id).values({col.key: keep_id}))
        phones: dict[str, str] = {}
        for p in (keep.phone, keep.phone_alt, other.phone, other.phone_alt):
            if p:
                phones.setdefault(phone_key(p), p)
        numbers = list(phones.values())
        keep.phone, keep.phone_alt = [*numbers, None, None][:2]
        keep.phone_intl, keep.phone_alt_intl = international(keep.phone), international(keep.phone_alt)
        extra = [*numbers[2:], *([other.email] if keep.email and other.email and
                                  email_key(other.email) != email_key(keep.email) else [])]
        if extra:  # nothing is lost: a third number or a second address goes into the notes
            keep.notes = "\n".join(p for p in (keep.notes, *extra) if p)
        last = [d for d in (keep.last_contact_on, other.last_contact_on) if d]
        _fill(keep, other, ["organisation_id", "first_name", "last_name", "nickname", "function", "department",
                            "email", "address", "postal_code", "city", "region", "country", "website", "birthday",
                            "preferred_contact", "languages", "specialisms", "notes"])
        keep.last_contact_on = max(last) if last else None
        session.flush()
        session.delete(other)
        audit.record(session, "contacts_merged", "contact", keep_id, detail=str(other_id))


def merge_organisations(vault: Vault, keep_id: int, other_id: int) -> None:
    """Merge organisation `other_id` into `keep_id`, moving its people and every case link."""
    if keep_id == other_id:
        raise ValidationError(code="merge_same")
    with vault.write() as session:
        keep, other = session.get(Organisation, keep_id), session.get(Organisation, other_id)
        if keep is None or other is None:
            raise NotFound(kind="organisatie")
        for table, col in ((Contact, Contact.organisation_id), (Involvement, Involvement.organisation_id),
                           (Milestone, Milestone.organisation_id),
                           (Document, Document.recipient_organisation_id),
                           (ContactMoment, ContactMoment.organisation_id)):
            session.execute(update(table).where(col == other_id).values({col.key: keep_id}))
        kept_sessions = set(session.scalars(select(TrainingSessionOrganisation.session_id).where(
            TrainingSessionOrganisation.organisation_id == keep_id)))
        for link in session.scalars(select(TrainingSessionOrganisation).where(
                TrainingSessionOrganisation.organisation_id == other_id)).all():
            if link.session_id in kept_sessions:
                session.delete(link)
            else:
                session.add(TrainingSessionOrganisation(session_id=link.session_id, organisation_id=keep_id))
                session.delete(link)
        for consent in session.scalars(select(Consent)):
            if other_id in (consent.partners or []):
                consent.partners = list(dict.fromkeys(keep_id if p == other_id else p for p in consent.partners))
        _fill(keep, other, ["municipality", "region_served", "address", "postal_code", "city", "phone", "phone_intl",
                            "email", "website", "notes", "target_groups", "capacity", "places_available",
                            "availability_confirmed_on"])
        if keep.org_type == "other" and other.org_type != "other":
            keep.org_type = other.org_type
        keep.from_template = keep.from_template and other.from_template
        session.flush()
        session.expire_all()
        session.delete(session.get(Organisation, other_id))
        audit.record(session, "contacts_merged", "organisation", keep_id, detail=str(other_id))


def duplicates_of(vault: Vault, kind: str, item_id: int) -> list[int]:
    """Other entries of the same kind that look like this one (e.g. to warn right after saving it)."""
    with vault.read() as session:
        index = KeyIndex(session)
        if kind == "contact":
            c = session.get(Contact, item_id)
            if c is None:
                return []
            keys = contact_keys(c.first_name, c.last_name, c.organisation_id, None, (c.phone, c.phone_alt), c.email)
            found = index.contact_matches(keys)
        else:
            o = session.get(Organisation, item_id)
            if o is None:
                return []
            found = index.organisation_matches(organisation_keys(o.name, o.phone, o.email))
    return [i for i in found if i != item_id]
