"""The Netwerk page's confirmations quote a name isolated: a name with a right-to-left override (U+202E)
or isolate (U+2067) is wrapped in FSI ... PDI in the "saved" notice and the delete question, so it
cannot reorder the sentence; the stored name is unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coordinator_app.services import contacts
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
    assert (stored["first_name"], stored["last_name"]) == (FIRST, LAST)
