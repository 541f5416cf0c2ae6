"""The DPIA sheet follows the vault's real settings; the Privacy page shows it and clears it on lock."""

from __future__ import annotations

from coordinator_app.db.vault import Vault
from coordinator_app.services import dpia
from coordinator_app.services.settings import settings
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.privacy.page import PrivacyPage
from coordinator_app.ui.worker import wait_idle


def test_sheet_uses_real_settings(vault: Vault) -> None:
    settings.set_many(vault, {"retention_years_closed": 20, "suppression_threshold": 10})
    text = dpia.sheet(settings.get_all(vault), "nl", str(vault.folder))
    assert "20 jaar na sluiting" in text
    assert "`<10`" in text
    assert "SQLCipher 4" in text
    english = dpia.sheet(settings.get_all(vault), "en")
    assert "20 years after closing" in english


def test_privacy_page_shows_and_clears(qtbot, vault: Vault) -> None:
    ctx = AppContext(str(vault.folder))
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    ctx.set_vault(vault)
    wait_idle()
    qtbot.waitUntil(lambda: "15" in page.browser.toPlainText(), timeout=5000)
    assert page.save_button.isEnabled()
    ctx.lock()
    assert page.browser.toPlainText() == ""
    assert not page.save_button.isEnabled()


def test_privacy_page_saves_non_blocking_and_nothing_after_lock(qtbot, vault: Vault, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    ctx = AppContext(str(vault.folder))
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    ctx.set_vault(vault)
    wait_idle()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    page.save_button.click()
    dialog = page.findChild(QFileDialog, "privacySaveDialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "dpia.md"
    dialog.fileSelected.emit(str(target))
    assert "DPIA" in target.read_text(encoding="utf-8")
    assert page.status.text()
    page.save_button.click()
    second = [d for d in page.findChildren(QFileDialog, "privacySaveDialog") if d.isVisible()][-1]
    ctx.lock()
    late = tmp_path / "late.md"
    second.fileSelected.emit(str(late))
    assert not late.exists()


def test_print_job_name_holds_no_personal_data(qtbot, vault: Vault) -> None:
    """The DPIA and SECURITY.md promise: the job the print spooler writes to disk is named "Coordinator document",
    never after the person or the letter."""
    from PySide6.QtPrintSupport import QPrintDialog

    from coordinator_app.services.documents import letters
    from coordinator_app.ui.documents.preview import PdfPreview
    from tests.letters.letter_helpers import CANARY, CANARY_LAST, make_letter_case

    case = make_letter_case(vault)
    pdf = letters.build_case_letter(vault, case.case_id, "handover", case.organisation_id, case.contact_id,
                                    ["person"], "nl")
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(pdf)
    qtbot.waitUntil(lambda: preview.page_count() >= 1)
    preview.print_with_dialog()
    dialog = preview.findChild(QPrintDialog, "printDialog")
    assert dialog is not None
    name = dialog.printer().docName()
    dialog.reject()
    assert name in ("Coordinator document", "Coordinator-document", "Document uit Coordinator")
    for needle in (CANARY, CANARY_LAST, case.case_number, "Overdracht"):
        assert needle not in name
