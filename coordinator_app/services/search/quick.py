"""The global search of the main window (Qt-free): cases (through services/search/persons.py, the search
and ranking every case picker uses: number, name as typed, date of birth, journal, then "lijkt op"),
contacts and organisations (FTS5 hits), each with a readable label and where it opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.services.search import index, persons

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
    status: str = ""  # cases: the status code
    similar: bool = False  # cases: the name only resembles what was typed ("lijkt op")


def quick_search(vault: Vault, text: str, per_group: int = PER_GROUP) -> list[Result]:
    """Cases (by number, name, date of birth or journal text; then similar names), contacts and
    organisations matching `text`."""
    results = [
        Result("case", m.case_number, m.name, "cases", "case", m.case_id, m.status, m.similar)
        for m in persons.find_cases(vault, text, limit=per_group)
    ]
    contact_ids: list[int] = []
    org_ids: list[int] = []
    for hit in index.search(vault, text, limit=4 * per_group, snippets=False, kinds=("contact", "organisation")):
        if hit.kind == "contact" and hit.ref_id not in contact_ids:
            contact_ids.append(hit.ref_id)
        elif hit.kind == "organisation" and hit.ref_id not in org_ids:
            org_ids.append(hit.ref_id)
    contact_ids, org_ids = contact_ids[:per_group], org_ids[:per_group]
    with vault.read() as session:
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(contact_ids)))}
        org_names = dict(session.execute(select(Organisation.id, Organisation.name)).all()) if contacts else {}
        for cid in contact_ids:
            contact = contacts.get(cid)
            if contact is None:
                continue
            org = org_names.get(contact.organisation_id, "") if contact.organisation_id else ""
            # A contact with only an e-mail address or a nickname is shown by what there is, never blank.
            name = contact.display_name or org
            results.append(Result("contact", name, org if org != name else "", "network", "contact", cid))
        orgs = {o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(org_ids)))}
        for oid in org_ids:
            organisation = orgs.get(oid)
            if organisation is not None:
                results.append(Result("organisation", organisation.name, organisation.city or "", "network",
                                      "organisation", oid))
    return results
