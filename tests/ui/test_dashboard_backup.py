"""The dashboard's "Back-up maken" makes a backup (the Back-ups page's own job: progress, result shown),
and without a backup folder it opens the Back-ups page and says why nothing was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from coordinator_app.db.vault import Vault
from coordinator_app.services.settings import settings
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import settle, unlock

TIMEOUT = 30_000


def test_dashboard_button_makes_a_verified_backup(qtbot, make_window, vault_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        settings.set_many(vault, {"backup_folder": str(stick)})
    window = make_window(vault_dir)
    unlock(qtbot, window)
    dashboard, backups = window.pages["dashboard"], window.pages["backups"]
    assert not list(stick.glob("*.cbak"))
    qtbot.mouseClick(dashboard.backup_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is backups
    qtbot.waitUntil(lambda: backups._job is not None, timeout=TIMEOUT)  # started off the GUI thread
    assert backups.progress_row.isVisible()
    qtbot.waitUntil(lambda: backups._job is None and backups.model.rowCount() == 1, timeout=TIMEOUT)
    made = list(stick.glob("*.cbak"))
    assert len(made) == 1
    assert backups.result_label.isVisible()
    assert made[0].name in backups.result_label.text() and "gemaakt en gecontroleerd" in backups.result_label.text()
    settle(qtbot)


def test_dashboard_button_without_folder_says_why(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    dashboard, backups = window.pages["dashboard"], window.pages["backups"]
    qtbot.mouseClick(dashboard.backup_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is backups
    qtbot.waitUntil(lambda: backups.result_label.isVisible(), timeout=TIMEOUT)
    text = backups.result_label.text()
    assert "Er is geen back-up gemaakt" in text and "map" in text
    assert backups._job is None and backups.progress_row.isHidden()
    settle(qtbot)
