"""The global search of the main window (Qt-free): FTS5 hits grouped by kind, with a readable
label for each (case number and name for people, organisation for contacts) and where it opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.models import Case, Contact, Organisation, Person
from coordinator_app.db.vault import Vault
from coordinator_app.services import search

GROUPS = ("case", "contact", "organisation")  # display order
PER_GROUP = 8


@dataclass(frozen=True)
class Result:
    group: str  # case | contact | organisation
    label: str
    detail: str
    page_id: str  # where it opens: "cases" or "network"
    kind: str  # the kind handed to Page.show_item: "case", "contact", "organisation"
    item_id: int


def _person_name(p: Person | None) -> str:
    if p is None or p.anonymous:
        return ""
    name = " ".join(x for x in (p.first_name, p.last_name) if x)
    if p.alias:
        name = f"{name} ({p.alias})" if name else p.alias
    return name


def quick_search(vault: Vault, text: str, per_group: int = PER_GROUP) -> list[Result]:
    """Cases (by number, person or journal text), contacts and organisations matching `text`."""
    hits = search.search(vault, text, limit=2000)
    case_ids: list[int] = []
    contact_ids: list[int] = []
    org_ids: list[int] = []
    snippets: dict[int, str] = {}
    for hit in hits:
        if hit.kind in ("case", "person", "journal") and hit.case_id is not None:
            if hit.case_id not in case_ids:
                case_ids.append(hit.case_id)
            if hit.kind == "journal":
                snippets.setdefault(hit.case_id, hit.snippet)
        elif hit.kind == "contact" and hit.ref_id not in contact_ids:
            contact_ids.append(hit.ref_id)
        elif hit.kind == "organisation" and hit.ref_id not in org_ids:
            org_ids.append(hit.ref_id)
    case_ids, contact_ids, org_ids = case_ids[:per_group], contact_ids[:per_group], org_ids[:per_group]
    results: list[Result] = []
    with vault.read() as session:
        cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
        persons = {p.case_id: p for p in session.scalars(select(Person).where(Person.case_id.in_(case_ids)))}
        for cid in case_ids:
            case = cases.get(cid)
            if case is None:
                continue
            name = _person_name(persons.get(cid))
            results.append(Result("case", case.case_number, name or snippets.get(cid, ""), "cases", "case", cid))
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(contact_ids)))}
        org_names = dict(session.execute(select(Organisation.id, Organisation.name)).all()) if contacts else {}
        for cid in contact_ids:
            contact = contacts.get(cid)
            if contact is None:
                continue
            name = " ".join(x for x in (contact.first_name, contact.last_name) if x)
            org = org_names.get(contact.organisation_id, "") if contact.organisation_id else ""
            results.append(Result("contact", name, org, "network", "contact", cid))
        orgs = {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(org_ids)))}
        for oid in org_ids:
            org = orgs.get(oid)
            if org is not None:
                results.append(Result("organisation", org.name, org.city or "", "network", "organisation", oid))
    return results
