"""Unsaved settings at a lock: the valid edits are stored, the invalid ones are not, and after the next
unlock the Settings page says which were saved and which were not kept, until "Gelezen" is pressed."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.services.settings import settings
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import unlock


def test_lock_saves_valid_edits_and_says_so_after_unlock(qtbot, make_window, vault_dir: Path, tmp_path: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        before = settings.get_all(vault)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.pages["settings"]
    f = page.fields
    f["coordinator_name"].setText("Anouk de Jonge")
    f["idle_lock_minutes"].setValue(17)
    f["coordinator_email"].setText("geen e-mailadres")
    f["backup_folder"].setText(str(tmp_path / "bestaat-niet"))
    assert page.has_unsaved_changes() and page.lock_notice.isHidden()

    window.lock_manager.lock("manual")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        stored = settings.get_all(vault)
    assert stored.coordinator_name == "Anouk de Jonge" and stored.idle_lock_minutes == 17
    assert stored.coordinator_email == before.coordinator_email
    assert stored.backup_folder == before.backup_folder
    assert page.lock_notice_text.text() == ""  # nothing shown while locked

    unlock(qtbot, window)
    window.show_page("settings")
    assert page.lock_notice.isVisible()
    text = page.lock_notice_text.text()
    saved_part, _sep, refused_part = text.partition("Niet bewaard")
    assert "opgeslagen" in saved_part and refused_part
    for key in ("coordinator_name", "idle_lock_minutes"):
        assert f[key].accessibleName() in saved_part and f[key].accessibleName() not in refused_part
    for key in ("coordinator_email", "backup_folder"):
        assert f[key].accessibleName() in refused_part and f[key].accessibleName() not in saved_part
    assert "Anouk" not in text  # names the settings, not what was typed
    assert page.fields["coordinator_name"].text() == "Anouk de Jonge"  # the page shows what is stored

    page.lock_notice_read.click()
    assert page.lock_notice.isHidden()
    window.lock_manager.lock("manual")
    unlock(qtbot, window)
    assert page.lock_notice.isHidden()  # read once, gone


def test_lock_without_edits_says_nothing(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.pages["settings"]
    window.lock_manager.lock("manual")
    unlock(qtbot, window)
    assert page.lock_notice.isHidden() and not page.lock_notice_text.text()


def test_notice_opens_the_settings_page_after_unlock(qtbot, make_window, vault_dir: Path) -> None:
    """Edited, then another page, then locked: after unlocking the Settings page with its notice is shown."""
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.pages["settings"]
    page.fields["backup_reminder_days"].setValue(9)
    window.show_page("dashboard")
    assert window.current_page() is window.pages["dashboard"]
    window.lock_manager.lock("idle")
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=5_000)
    assert page.lock_notice.isVisible()
    assert page.fields["backup_reminder_days"].accessibleName() in page.lock_notice_text.text()
    assert settings.get(window.ctx.vault, "backup_reminder_days") == 9


def test_language_chosen_but_not_saved_is_kept_at_lock(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.ui import i18n

    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    page = window.pages["settings"]
    assert i18n.saved_language() == "nl"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.has_unsaved_changes()
    try:
        window.lock_manager.lock("manual")
        assert i18n.saved_language() == "en"
        unlock(qtbot, window)
        assert page.lock_notice.isVisible()
        assert page.language.accessibleName() in page.lock_notice_text.text()  # "Taal"
    finally:
        i18n.save_language("nl")
