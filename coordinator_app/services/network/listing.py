"""The list the Netwerk page shows: organisations and people in one filtered, sorted list.

The network is small (hundreds, not tens of thousands), so it is read whole and filtered in memory,
with the app's one name folding (coordinator_app/folding.py: Łucja, Đức and Мария as typed plainly).
The typed filter is cut to MAX_QUERY characters and MAX_WORDS words (issue 21).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.models import Contact, Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold as fold_text
from coordinator_app.services.search.index import MAX_QUERY, MAX_WORDS


def fold(text: str | None) -> str:
    """Plain lower-case Latin with single spaces: 'Łucja  Wiśniewska' -> 'lucja wisniewska'."""
    return " ".join(fold_text(text).split())


@dataclass
class NetworkFilter:
    """What the user filters on. Empty values filter nothing."""

    text: str = ""
    kind: str = "all"  # all | organisation | contact
    org_type: str | None = None
    municipality: str | None = None
    specialism: str = ""
    shelter_room_for: str | None = None  # a target group: shelters for it with places available


@dataclass(frozen=True)
class NetworkRow:
    """One line of the network list: an organisation or a person."""

    kind: str  # organisation | contact
    id: int
    name: str
    organisation: str = ""
    organisation_id: int | None = None
    org_type: str | None = None
    municipality: str | None = None
    function: str = ""
    phone: str = ""
    email: str = ""
    specialisms: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    places_available: int | None = None
    last_contact_on: dt.date | None = None
    haystack: str = ""


def _org_row(o: Organisation) -> NetworkRow:
    parts = (o.name, o.city, o.address, o.phone, o.email, o.website, o.region_served, o.notes)
    return NetworkRow(
        "organisation", o.id, o.name, "", o.id, o.org_type, o.municipality, "", o.phone or "", o.email or "",
        (), tuple(o.target_groups or ()), o.places_available, None, fold(" ".join(p for p in parts if p)),
    )


def _contact_row(c: Contact, org: Organisation | None) -> NetworkRow:
    parts = (c.display_name, c.function, c.phone, c.phone_alt, c.email, c.notes, org.name if org else "",
             " ".join(c.specialisms or ()), " ".join(c.languages or ()))
    return NetworkRow(
        "contact", c.id, c.display_name, org.name if org else "", c.organisation_id,
        org.org_type if org else None, org.municipality if org else None, c.function or "",
        c.phone or c.phone_alt or "", c.email or "", tuple(c.specialisms or ()), (), None, c.last_contact_on,
        fold(" ".join(p for p in parts if p)),
    )


# A men's shelter takes men even when nobody ticked the target group (and so on).
_IMPLIED_GROUPS = {"shelter_men": ("men",), "shelter_women": ("women",), "shelter_youth": ("minors",)}


def _matches(row: NetworkRow, flt: NetworkFilter) -> bool:
    if flt.kind in ("organisation", "contact") and row.kind != flt.kind:
        return False
    if flt.org_type and row.org_type != flt.org_type:
        return False
    if flt.municipality and row.municipality != flt.municipality:
        return False
    if flt.specialism and not any(fold(flt.specialism) in fold(s) for s in row.specialisms):
        return False
    if flt.shelter_room_for and not (
        row.kind == "organisation" and (row.org_type or "").startswith("shelter")
        and flt.shelter_room_for in {*row.target_groups, *_IMPLIED_GROUPS.get(row.org_type or "", ())}
        and (row.places_available or 0) > 0
    ):
        return False
    return all(word in row.haystack for word in fold(flt.text[:MAX_QUERY]).split()[:MAX_WORDS])


def list_network(vault: Vault, flt: NetworkFilter | None = None) -> list[NetworkRow]:
    """Organisations and people matching the filter, sorted by name (the network is small: filtered in memory)."""
    flt = flt or NetworkFilter()
    with vault.read() as session:
        orgs = {o.id: o for o in session.scalars(select(Organisation))}
        rows = [_org_row(o) for o in orgs.values()]
        rows += [_contact_row(c, orgs.get(c.organisation_id) if c.organisation_id is not None else None)
                 for c in session.scalars(select(Contact))]
    return sorted((r for r in rows if _matches(r, flt)), key=lambda r: (fold(r.name), r.kind, r.id))


def list_contacts(vault: Vault, flt: NetworkFilter | None = None) -> list[NetworkRow]:
    """People only (for pickers and exports); same filter as the Netwerk page."""
    flt = flt or NetworkFilter()
    return list_network(vault, NetworkFilter(**{**flt.__dict__, "kind": "contact"}))


def specialisms_in_use(vault: Vault) -> list[str]:
    """Every specialism written on a contact, for the filter's suggestions."""
    with vault.read() as session:
        found = {s.strip() for lst in session.scalars(select(Contact.specialisms)) for s in (lst or ()) if s.strip()}
    return sorted(found, key=fold)


__all__ = ["NetworkFilter", "NetworkRow", "fold", "list_contacts", "list_network", "specialisms_in_use"]
