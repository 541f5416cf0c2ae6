"""The Netwerk page's confirmations quote a name isolated: a name with a right-to-left override (U+202E)
or isolate (U+2067) is wrapped in FSI ... PDI in the "saved" notice and the delete question, so it
cannot reorder the sentence; the stored name is unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coordinator_app.services.network import contacts
from coordinator_app.ui import worker
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.network.page import NetworkPage

FSI, PDI = "\u2068", "\u2069"
FIRST, LAST = "\u202eAmal", "\u2067حداد\u2069"


def test_saved_notice_and_delete_question_isolate_the_name(qtbot, vault) -> None:
    contact_id = contacts.create_contact(vault, contacts.ContactInput(LAST, FIRST))
    ctx = AppContext()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    name = f"{FIRST} {LAST}"
    assert page.model.rows()[0].name == name
    page._after_write("contact", contact_id)  # as after saving the edit dialog
    notice = page.findChild(QLabel, "networkSaved")
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=10_000)
    assert FSI + name + PDI in notice.text()
    assert page.select("contact", contact_id)
    page.delete_current()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "confirmDelete", timeout=10_000)
    assert FSI + name + PDI in page.dialog.text()
    page.dialog.reject()
    worker.wait_idle()
    stored = contacts.get_contact(vault, contact_id)
    assert (stored.first_name, stored.last_name) == (FIRST, LAST)


def test_merge_dialog_isolates_each_name(qtbot, vault) -> None:
    from PySide6.QtWidgets import QMessageBox

    other_last = "\u202eHaddad"
    first = contacts.create_contact(vault, contacts.ContactInput(LAST, FIRST, email="amal@example.org"))
    second = contacts.create_contact(vault, contacts.ContactInput(other_last, "Amal", email="amal@example.org"))
    ctx = AppContext()
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.open_merge()  # nothing selected: every duplicate group (the same e-mail address)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "mergeDialog", timeout=10_000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    dialog.view.selectRow(0)
    names = {first: f"{FIRST} {LAST}", second: f"Amal {other_last}"}
    listed = dialog.model.cell(dialog.model.rows()[0], 0)
    assert all(FSI + name + PDI in listed for name in names.values())
    radios = {b.property("item_id"): b.text() for b in dialog.keep.buttons()}
    assert all(radios[i].startswith(FSI + names[i] + PDI) for i in names)
    dialog.merge_button.click()
    assert all(FSI + name + PDI in dialog.confirm_box.text() for name in names.values())
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    worker.wait_idle()
    assert {(r.id, r.name) for r in page.model.rows()} == set(names.items())  # nothing merged, names as stored
