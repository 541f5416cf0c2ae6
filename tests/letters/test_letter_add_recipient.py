"""On the first day the address book is empty: the letter dialog adds a recipient on the spot and
selects it."""

from __future__ import annotations

from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import open_letter_dialog
from coordinator_app.ui.network.picker import ContactPicker
from tests.helpers import settle


def test_add_a_recipient_from_the_letter_dialog(qtbot, vault) -> None:
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-10-01"))
    ctx = AppContext(str(vault.folder))
    ctx.set_vault(vault)
    dialog = open_letter_dialog(ctx, case_id)
    settle(qtbot)
    assert dialog.form.lacks_recipient()
    dialog.form.add_recipient_button.click()
    picker = dialog.findChild(ContactPicker)
    assert picker is not None
    shelter = contacts.create_organisation(vault, contacts.OrganisationInput("Opvang Het Baken", "shelter_women"))
    picker.picked.emit("organisation", shelter)
    qtbot.waitUntil(lambda: dialog.form.organisation_combo.currentData() == shelter, timeout=5_000)
    assert not dialog.form.lacks_recipient()
    dialog.close()
    settle(qtbot)
    ctx.lock()
    settle(qtbot)
