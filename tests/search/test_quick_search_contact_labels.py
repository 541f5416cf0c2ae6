"""Quick search and the contacts import preview show a contact by what there is: a contact with only an
e-mail address or only a nickname gets that as its label, never an empty row."""

from __future__ import annotations

from coordinator_app.services.network import contacts
from coordinator_app.services.search import quick


def _contact_labels(vault, text: str) -> dict[int, quick.Result]:
    return {r.item_id: r for r in quick.quick_search(vault, text) if r.group == "contact"}


def test_contact_with_only_an_email_is_labelled_by_it(vault) -> None:
    email = "wachtdienst.zuid@example.org"
    cid = contacts.create_contact(vault, contacts.ContactInput(email=email))
    found = _contact_labels(vault, "wachtdienst")
    assert cid in found
    assert found[cid].label == email


def test_contact_with_only_a_nickname_is_labelled_by_it(vault) -> None:
    nickname = "Juf Marieke"
    cid = contacts.create_contact(vault, contacts.ContactInput(nickname=nickname))
    found = _contact_labels(vault, "Marieke")
    assert found[cid].label == nickname


def test_contact_with_a_name_keeps_the_name_and_the_organisation(vault) -> None:
    org = contacts.create_organisation(vault, contacts.OrganisationInput(name="Stichting Zonnebloemhuis"))
    cid = contacts.create_contact(vault, contacts.ContactInput(first_name="Fenna", last_name="Wolters",
                                                               organisation_id=org))
    found = _contact_labels(vault, "Wolters")
    assert (found[cid].label, found[cid].detail) == ("Fenna Wolters", "Stichting Zonnebloemhuis")


def test_import_preview_names_an_entry_with_only_an_email_or_a_nickname() -> None:
    from coordinator_app.services.network import contacts_csv

    data = b"Voornaam;Achternaam;Roepnaam;E-mail\r\n;;;alleen.mail@example.org\r\n;;Mimi;\r\n"
    items = contacts_csv.parse_csv(data)
    assert [i.name for i in items] == ["alleen.mail@example.org", "Mimi"]
