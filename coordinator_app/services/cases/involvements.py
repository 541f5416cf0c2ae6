"""Netwerk tab of a case: contacts and organisations from the address book involved in the case, with
their role (code list `involvement_role`), and a small search over the address book for the picker.

Re-exported by `detail.py`. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordinator_app.db.models import Case, Contact, Involvement, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.domain.validation import MAX_LONG_TEXT, Errors, check_code, check_date, clean_text, raise_if
from coordinator_app.errors import NotFound
from coordinator_app.services import audit


@dataclass(frozen=True, slots=True)
class InvolvementInput:
    """A contact or an organisation (one of the two ids) with its role in the case; dates as dates or typed."""

    contact_id: int | None = None
    organisation_id: int | None = None
    role: str | None = None  # None: other
    started_on: dt.date | str | None = None
    ended_on: dt.date | str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class InvolvementRow:
    """A stored involvement with the names and ways to reach the party (a contact's own, else its organisation's)."""

    id: int
    case_id: int
    contact_id: int | None
    organisation_id: int | None
    role: str
    started_on: dt.date | None
    ended_on: dt.date | None
    note: str | None
    contact_name: str
    organisation_name: str
    phone: str
    email: str

    def as_input(self) -> InvolvementInput:
        return InvolvementInput(self.contact_id, self.organisation_id, self.role, self.started_on, self.ended_on,
                                self.note)


@dataclass(frozen=True, slots=True)
class NetworkItem:
    """A contact or an organisation of the address book, for a picker."""

    kind: str  # contact | organisation
    id: int
    name: str
    organisation: str  # a contact's organisation, an organisation's city
    function: str
    org_type: str | None  # the organisation's type; for a contact that of their organisation


def _owned(session: Session, item_id: int, case_id: int) -> Involvement:
    obj = session.get(Involvement, item_id)
    if obj is None or obj.case_id != case_id:
        raise NotFound(kind="onderdeel")
    return obj


def list_involvements(vault: Vault, case_id: int) -> list[InvolvementRow]:
    with vault.read() as session:
        rows = []
        for inv in session.scalars(select(Involvement).where(Involvement.case_id == case_id).order_by(Involvement.id)):
            contact = session.get(Contact, inv.contact_id) if inv.contact_id else None
            org = session.get(Organisation, inv.organisation_id) if inv.organisation_id else None
            if org is None and contact is not None and contact.organisation_id:
                org = session.get(Organisation, contact.organisation_id)
            rows.append(InvolvementRow(
                inv.id, inv.case_id, inv.contact_id, inv.organisation_id, inv.role, inv.started_on, inv.ended_on,
                inv.note,
                contact_name=contact.display_name if contact else "",
                organisation_name=org.name if org else "",
                phone=(contact.phone if contact else None) or (org.phone if org else None) or "",
                email=(contact.email if contact else None) or (org.email if org else None) or "",
            ))
    return rows


def save_involvement(vault: Vault, case_id: int, data: InvolvementInput, involvement_id: int | None = None) -> int:
    """Add or change an involved contact or organisation."""
    errors: Errors = {}
    contact_id, org_id = data.contact_id or None, data.organisation_id or None
    if contact_id is None and org_id is None:
        errors["contact_id"] = "involvement_party_required"
    role = check_code(errors, "role", "involvement_role", data.role or "other")
    started = check_date(errors, "started_on", data.started_on)
    ended = check_date(errors, "ended_on", data.ended_on)
    if started and ended and ended < started:
        errors["ended_on"] = "date_order"
    note = clean_text(errors, "note", data.note, maximum=MAX_LONG_TEXT)
    raise_if(errors)
    values = {"contact_id": contact_id, "organisation_id": org_id, "role": role, "started_on": started,
              "ended_on": ended, "note": note}
    with vault.write() as session:
        if session.get(Case, case_id) is None:
            raise NotFound(kind="dossier")
        if contact_id is not None and session.get(Contact, contact_id) is None:
            raise NotFound(kind="contactpersoon")
        if org_id is not None and session.get(Organisation, org_id) is None:
            raise NotFound(kind="organisatie")
        if involvement_id is None:
            inv = Involvement(case_id=case_id, **values)
            session.add(inv)
        else:
            inv = _owned(session, involvement_id, case_id)
            for key, value in values.items():
                setattr(inv, key, value)
        session.flush()
        audit.record(session, "case_updated", "involvement", inv.id, case_id=case_id)
        return inv.id


def delete_involvement(vault: Vault, case_id: int, involvement_id: int) -> None:
    with vault.write() as session:
        session.delete(_owned(session, involvement_id, case_id))
        audit.record(session, "case_updated", "involvement", involvement_id, case_id=case_id)


def find_network(vault: Vault, text_: str = "", limit: int = 200) -> list[NetworkItem]:
    """Contacts and organisations of the address book for a picker, contacts first."""
    like = f"%{text_.strip()}%"
    with vault.read() as session:
        cq = select(Contact).order_by(Contact.last_name).limit(limit)
        oq = select(Organisation).order_by(Organisation.name).limit(limit)
        if text_.strip():
            cq = cq.outerjoin(Organisation, Contact.organisation_id == Organisation.id).where(or_(
                Contact.first_name.ilike(like), Contact.last_name.ilike(like), Contact.function.ilike(like),
                Organisation.name.ilike(like)))
            oq = oq.where(or_(Organisation.name.ilike(like), Organisation.city.ilike(like)))
        items = [
            NetworkItem("contact", c.id, c.display_name, c.organisation.name if c.organisation else "",
                        c.function or "", c.organisation.org_type if c.organisation else None)
            for c in session.scalars(cq)
        ]
        items += [NetworkItem("organisation", o.id, o.name, o.city or "", "", o.org_type) for o in session.scalars(oq)]
    return items
