"""The IJsselland network template (resources/network_template.toml): organisation names and types only.

Loaded into the vault when the coordinator asks for it; loading twice adds nothing (an organisation
whose normalised name is already in the vault is skipped). No phone numbers, no people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coordinator_app.db.models import Organisation
from coordinator_app.db.vault import Vault
from coordinator_app.resources_loader import ResourceError, load_toml
from coordinator_app.services.network.contacts import OrganisationInput, insert_organisation
from coordinator_app.services.network.listing import fold
from coordinator_app.services.settings import settings

TEMPLATE_FILE = "network_template.toml"


@dataclass(frozen=True)
class TemplateResult:
    added: int
    skipped: int


def template_organisations() -> list[dict[str, Any]]:
    """The organisations of the template, checked (a broken file is a clear ResourceError)."""
    data = load_toml(TEMPLATE_FILE)
    orgs = data.get("organisation")
    if not isinstance(orgs, list) or not orgs:
        raise ResourceError(TEMPLATE_FILE, "organisation", "lijst ontbreekt")
    for i, org in enumerate(orgs):
        if not isinstance(org, dict) or not all(isinstance(org.get(k), str) for k in ("name", "org_type")):
            raise ResourceError(TEMPLATE_FILE, f"organisation[{i}]", "naam en soort zijn verplicht")
    return orgs


def should_offer(vault: Vault) -> bool:
    """True on first use: the template was never offered and the vault has no organisations."""
    with vault.read() as session:
        offered = settings.get_in(session, "network_template_offered")
        count = session.scalar(select(func.count()).select_from(Organisation)) or 0
    return not offered and count == 0


def mark_offered(vault: Vault) -> None:
    """Remember that the template was offered (the user accepted or declined)."""
    settings.set_many(vault, {"network_template_offered": True})


def load_template(vault: Vault) -> TemplateResult:
    """Add the template's organisations that are not in the vault yet; idempotent."""
    orgs = template_organisations()
    added = skipped = 0
    with vault.write() as session:
        present = {fold(n) for n in session.scalars(select(Organisation.name))}
        for org in orgs:
            if fold(org["name"]) in present:
                skipped += 1
                continue
            insert_organisation(session, OrganisationInput(
                name=org["name"], org_type=org["org_type"], municipality=org.get("municipality"),
                from_template=True,
            ))
            present.add(fold(org["name"]))
            added += 1
    mark_offered(vault)
    return TemplateResult(added, skipped)
