"""The DPIA sheet follows the vault's real settings; the Privacy page shows it and clears it on lock."""

from __future__ import annotations

from coordinator_app.db.vault import Vault
from coordinator_app.services import dpia, settings
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
