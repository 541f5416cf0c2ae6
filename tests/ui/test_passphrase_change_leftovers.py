"""Leftovers owned after a passphrase change: the app says that older backups still open with the old
passphrase, lists the safety copies a restore left in the vault folder with their age, and offers to
delete them (the same panel as the Back-ups page). A recovery-code renewal warns the same way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import backup, restore, verify
from coordinator_app.services.cases import store
from coordinator_app.ui.settings.secrets import PassphraseChangedDialog
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import settle, unlock

NEW = "Zeven zwanen zwemmen zachtjes door de Zwolse gracht"


def _with_safety_copy(vault_dir: Path, tmp_path: Path, code: str, days_ago: int) -> Path:
    """Restore a backup over the vault `days_ago` days back: that leaves one safety copy. Returns the backup."""
    stick = tmp_path / "usb"
    stick.mkdir()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-05", case_number="LEFT-1"))
        made = backup.create_backup(v, stick)
    restore.restore(made, vault_dir, code=code, now=dt.datetime.now() - dt.timedelta(days=days_ago))
    assert len(list(vault_dir.glob("before-restore-*"))) == 1
    return made


def _change(qtbot, page, old: str, new: str) -> PassphraseChangedDialog:
    dialog = page.change_passphrase()
    dialog.current.setText(old)
    dialog.fields.new.setText(new)
    dialog.fields.repeat.setText(new)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.submit()
    followup = dialog.followup
    qtbot.waitUntil(followup.isVisible, timeout=5_000)
    return followup


def test_after_a_passphrase_change_the_safety_copies_are_offered_for_deletion(
    qtbot, make_window, vault_dir: Path, tmp_path: Path, recovery_code: str, monkeypatch
) -> None:
    made = _with_safety_copy(vault_dir, tmp_path, recovery_code, days_ago=12)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    followup = _change(qtbot, window.pages["settings"], PASSPHRASE, NEW)

    # the warning about old backups, in Dutch
    assert followup.warning.isVisible()
    assert "oude wachtwoord" in followup.warning.text()
    # the safety copy: listed with its age (12 days, counted here from the folder name, not by the app)
    (copy,) = vault_dir.glob("before-restore-*")
    made_at = dt.datetime.strptime(copy.name.removeprefix("before-restore-"), "%Y%m%d-%H%M%S-%f")
    assert (dt.datetime.now() - made_at).days == 12
    panel = followup.safety
    assert panel.isVisible() and panel.delete_button.isVisible()
    assert "12" in panel.label.text()
    # declining keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_button.click()
    assert copy.is_dir()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.deleted, timeout=5_000) as deleted:
        panel.delete_button.click()
    assert deleted.args == [1]
    assert not copy.exists() and not list(vault_dir.glob("*before-restore-*"))
    assert not panel.delete_button.isVisible() and panel.label.text()  # "no safety copies" is said, not blank
    with qtbot.waitSignal(followup.rejected):
        followup.reject()

    window.lock_manager.lock("manual")
    settle(qtbot)
    Vault.open(vault_dir, passphrase=NEW).close()  # the vault itself was not touched by the deletion
    # what the warning says is true: the backup made before the change opens with the old passphrase
    assert verify.verify(made, passphrase=PASSPHRASE).cases == 1


def test_without_safety_copies_the_warning_is_still_given(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    followup = _change(qtbot, window.pages["settings"], PASSPHRASE, NEW)
    assert followup.warning.isVisible() and "oude wachtwoord" in followup.warning.text()
    assert followup.safety.isVisible() and not followup.safety.delete_button.isVisible()
    assert "geen" in followup.safety.label.text()
    followup.reject()


def test_renewing_the_recovery_code_warns_and_lists_safety_copies(
    qtbot, make_window, vault_dir: Path, tmp_path: Path, recovery_code: str
) -> None:
    _with_safety_copy(vault_dir, tmp_path, recovery_code, days_ago=3)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.show_page("settings")
    renew = window.pages["settings"].renew_recovery_code()
    assert not renew.old_code_warning.isVisible() and not renew.safety.isVisible()
    renew.current.setText(PASSPHRASE)
    renew.submit()
    qtbot.waitUntil(lambda: renew.panel.isVisible(), timeout=30_000)
    assert renew.old_code_warning.isVisible() and "oude herstelcode" in renew.old_code_warning.text()
    assert renew.safety.isVisible() and "3" in renew.safety.label.text()
    renew.reject()
