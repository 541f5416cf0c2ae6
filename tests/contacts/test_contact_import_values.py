"""The values an import reads cross to the preview as typed dataclasses, and nothing read is dropped on the
way to the vault: every field of ParsedContact / ParsedOrganisation is a field of ContactInput /
OrganisationInput (which `contact_input` / `organisation_input` keep, dropping any other key)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from coordinator_app.services.network import contacts, importing


def _names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def test_parsed_values_are_exactly_the_input_fields_a_file_can_fill() -> None:
    assert _names(importing.ParsedContact) == _names(contacts.ContactInput) - {"organisation_id"}
    assert _names(importing.ParsedOrganisation) == _names(contacts.OrganisationInput) - {"from_template"}


def test_an_item_holds_the_values_of_its_kind() -> None:
    with pytest.raises(TypeError):
        importing.ImportItem("organisation", 1, importing.ParsedContact(last_name="Bos"))
    with pytest.raises(TypeError):
        importing.ImportItem("contact", 1, importing.ParsedOrganisation(name="GGD"))
    assert importing.ImportItem("organisation", 1, importing.ParsedOrganisation(name="GGD")).name == "GGD"
    assert importing.ImportItem("contact", 2, importing.ParsedContact(nickname="Bo")).name == "Bo"
