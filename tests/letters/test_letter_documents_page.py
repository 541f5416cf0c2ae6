"""The Documenten page: stored letters across cases in a checked model, opened in the in-memory
preview, a copy saved and audited, "Nieuwe brief" asks for the case, everything cleared on lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.services import audit
from coordinator_app.services.documents import letters, storage
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.documents.letter_dialog import LetterDialog
from coordinator_app.ui.documents.models import DocumentsModel
from coordinator_app.ui.documents.page import DocumentsPage
from coordinator_app.ui.worker import wait_idle
from tests.letters.letter_helpers import make_letter_case, page_count

WAIT = 15_000


@pytest.fixture
def stored(vault):
    case = make_letter_case(vault)
    ids = []
    for template, action in (("handover", "printed"), ("referral", "saved"), ("case_summary", "printed")):
        sections = letters.DEFAULT_SECTIONS[template]
        pdf = letters.build_case_letter(vault, case.case_id, template, case.organisation_id, case.contact_id,
                                        sections, "nl", dt.date(2026, 3, 5))
        ids.append(letters.store_case_letter(vault, case.case_id, pdf, template, case.organisation_id,
                                             case.contact_id, sections, action))
    return case, ids


@pytest.fixture
def page(qtbot, vault, stored):
    ctx = AppContext()
    widget = DocumentsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3, timeout=WAIT)
    yield widget
    wait_idle()


def test_model_passes_the_model_tester(qtmodeltester, vault, stored):
    model = DocumentsModel()
    model.set_rows(letters.list_all_documents(vault))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5


def test_page_lists_and_previews_documents(qtbot, page, vault, stored):
    case, ids = stored
    assert page.page_id == "documents" and page.title() in ("Documenten", "Documents")
    numbers = {page.model.index(r, DocumentsModel.CASE).data() for r in range(3)}
    assert numbers == {case.case_number}
    page.select_document(ids[0])
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=WAIT)
    assert page.preview.data() == storage.read_bytes(vault, ids[0])
    assert page.preview.page_count() == page_count(page.preview.data())
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    page.filter_edit.setText("Verwijsbrief")
    assert page.proxy.rowCount() == 1


def test_save_a_copy_is_exact_and_audited(qtbot, page, vault, stored, tmp_path):
    case, ids = stored
    target = tmp_path / "kopie.pdf"
    page.save_copy_to(ids[1], target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    wait_idle()
    assert target.read_bytes() == storage.read_bytes(vault, ids[1])
    saved = [e for e in audit.events(vault, case_id=case.case_id) if e.event == "letter_saved"]
    assert ids[1] in {e.object_id for e in saved}


def test_new_letter_asks_for_the_case(qtbot, page, stored):
    case, _ = stored
    page.new_button.click()
    picker = page._picker
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=WAIT)
    picker.filter_edit.setText(case.case_number)
    assert picker.selected_case_id() == case.case_id
    picker.ok_button.click()
    dialog = page.letter_dialog
    assert isinstance(dialog, LetterDialog) and dialog.case_id == case.case_id
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    dialog.reject()


def test_show_item_case_opens_the_letter_dialog(qtbot, page, stored):
    case, _ = stored
    page.show_item("case", case.case_id)
    qtbot.waitUntil(lambda: page.letter_dialog is not None and page.letter_dialog.is_current(), timeout=WAIT)
    page.letter_dialog.reject()


def test_new_stored_letter_appears(qtbot, page, vault, stored):
    case, _ = stored
    pdf = letters.build_case_letter(vault, case.case_id, "referral", case.organisation_id, None, [], "nl")
    doc_id = letters.store_case_letter(vault, case.case_id, pdf, "referral", case.organisation_id, None, [], "saved")
    page.ctx.notify("document", doc_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=WAIT)


def test_lock_clears_everything(qtbot, page, stored):
    _, ids = stored
    page.select_document(ids[0])
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=WAIT)
    page.ctx.lock()
    assert page.model.rowCount() == 0
    assert page.preview.page_count() == 0 and page.preview.data() == b""
    assert not page.new_button.isEnabled()


def test_reprint_and_save_copy_open_their_dialogs(qtbot, page, stored):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    _, ids = stored
    page.select_document(ids[0])
    qtbot.waitUntil(page.print_button.isEnabled, timeout=WAIT)
    page.print_button.click()
    printer_dialog = page.preview.findChild(QPrintDialog, "printDialog")
    assert printer_dialog is not None and printer_dialog.isVisible()
    printer_dialog.reject()
    page.save_button.click()
    chooser = page.findChild(QFileDialog, "saveCopyDialog")
    assert chooser is not None and chooser.isVisible()
    suggested = chooser.selectedFiles()[0]
    assert Path(suggested).name == f"document-{dt.date.today().isoformat()}.pdf", suggested
    chooser.reject()


def test_case_picker_is_freed_keeps_the_choice_and_ignores_late_rows(qtbot, page, stored, monkeypatch):
    from shiboken6 import Shiboken

    from coordinator_app.ui.documents.case_picker import CasePickerDialog

    page.new_button.click()
    first = page._picker
    qtbot.waitUntil(lambda: first.model.rowCount() == 1, timeout=WAIT)
    first.reject()
    qtbot.waitUntil(lambda: not Shiboken.isValid(first), timeout=WAIT)  # WA_DeleteOnClose
    page.new_button.click()
    picker = page._picker
    assert isinstance(picker, CasePickerDialog) and Shiboken.isValid(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=WAIT)
    rows = [letters.CaseChoice(i, f"ZM-2026-{i:04d}", "open") for i in (1, 2, 12, 21)]
    picker.model.set_rows(rows)
    picker.filter_edit.setText("")
    picker.list_view.setCurrentIndex(picker.proxy.index(2, 0))
    picker.filter_edit.setText("2")  # ZM-2026-00012 still matches: the choice stays
    assert picker.selected_case_id() == 12
    picker.filter_edit.setText("0021")  # the chosen case no longer matches: the first match is chosen
    assert picker.selected_case_id() == 21
    picker.filter_edit.setText("")
    monkeypatch.setattr(type(page.ctx), "is_unlocked", property(lambda _self: False))
    picker._loaded([letters.CaseChoice(99, "ZM-2026-0099", "open")])  # arrives after a lock: ignored
    assert picker.model.rowCount() == 4
    picker.reject()


def test_a_cut_off_list_says_so(qtbot, page, vault, stored, monkeypatch):
    found = letters.document_list(vault)
    assert (len(found.rows), found.total, found.truncated) == (3, 3, False)
    assert not page.limit_label.isVisible()
    real = letters.document_list
    monkeypatch.setattr(letters, "document_list", lambda v: real(v, limit=2))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    assert page.limit_label.isVisible()
    assert "2" in page.limit_label.text() and "3" in page.limit_label.text()
    page.on_locked()
    assert page.limit_label.text() == "" and not page.limit_label.isVisible()
