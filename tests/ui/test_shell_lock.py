"""Locking by Ctrl+L, by the idle timer and on minimise: every view is cleared, the engine is
disposed, the unlock screen shows, and nothing can reach the vault until it is unlocked again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from coordinator_app.errors import VaultLocked
from coordinator_app.services.settings.defaults import Settings, default_settings
from tests.ui.shell_fixtures import settle, unlock


def _lock_settings(idle_lock_minutes: int, lock_on_minimise: bool) -> Settings:
    return dataclasses.replace(default_settings(), idle_lock_minutes=idle_lock_minutes,
                               lock_on_minimise=lock_on_minimise)


def _assert_locked_and_clear(window, vault) -> None:
    assert not window.ctx.is_unlocked
    assert vault.engine is None  # engine disposed, key wiped
    assert window.stack.currentWidget() is window.unlock_screen
    with pytest.raises(VaultLocked):
        _ = window.ctx.vault
    dashboard = window.pages["dashboard"]
    for model in (dashboard.tasks_model, dashboard.reflection_model, dashboard.drafts_model):
        assert model.rowCount() == 0
    assert all(not b.text() for b in dashboard.status_buttons.values())
    assert window.search.model.rowCount() == 0 and window.search.text() == ""
    settings_page = window.pages["settings"]
    for widget in settings_page.fields.values():
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            assert text == "", widget.objectName()
    assert window.status.backup_label.text() == ""
    assert not window.search_action.isEnabled()


def _open(qtbot, make_window, folder: Path):
    window = make_window(folder)
    unlock(qtbot, window)
    vault = window.ctx.vault
    assert window.pages["dashboard"].tasks_model.rowCount() > 0
    assert window.pages["settings"].fields["municipality_name"].text()
    return window, vault


def test_ctrl_l_locks_and_clears(qtbot, make_window, demo_vault_dir: Path) -> None:
    window, vault = _open(qtbot, make_window, demo_vault_dir)
    window.search.setText("de")
    window.search.run_query()
    settle(qtbot)
    assert window.search.model.rowCount() > 0
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)
    _assert_locked_and_clear(window, vault)
    unlock(qtbot, window)  # and it opens again, views refilled
    assert window.pages["dashboard"].tasks_model.rowCount() > 0


def test_idle_timer_locks(qtbot, make_window, demo_vault_dir: Path) -> None:
    window, vault = _open(qtbot, make_window, demo_vault_dir)
    window.lock_manager.set_idle_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)
    _assert_locked_and_clear(window, vault)


def test_activity_postpones_idle_lock(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    timer = window.lock_manager.idle
    window.lock_manager.set_idle_timeout_ms(2_500)
    for _ in range(3):  # three times at least 1 s of quiet, then activity: over 3 s in all, beyond the 2.5 s timeout
        qtbot.waitUntil(lambda: 0 <= timer.remainingTime() < 1_500, timeout=10_000)
        window.ctx.activity.emit()
        assert timer.remainingTime() > 2_000  # the idle time starts again at every activity
        assert window.ctx.is_unlocked
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)


def test_lock_on_minimise_follows_setting(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.lock_manager.apply_settings(_lock_settings(5, False))
    window.lock_manager.minimised()
    assert window.ctx.is_unlocked
    window.lock_manager.apply_settings(_lock_settings(5, True))
    window.lock_manager.minimised()
    assert not window.ctx.is_unlocked


def test_pending_settings_are_saved_on_lock(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.db.vault import Vault
    from coordinator_app.services.settings import settings
    from tests.conftest import PASSPHRASE

    window = make_window(vault_dir)
    unlock(qtbot, window)
    page = window.pages["settings"]
    page.fields["coordinator_name"].setText("A. de Vries")
    assert page.has_unsaved_changes()
    window.lock_manager.lock("manual")
    assert not window.ctx.is_unlocked
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert settings.get(vault, "coordinator_name") == "A. de Vries"
        from coordinator_app.services import audit

        assert "lock" in [e.event for e in audit.events(vault)]


def test_session_watcher_fails_silently_without_a_bus(qapp, monkeypatch) -> None:
    from coordinator_app.ui.locking import SessionWatcher

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    watcher = SessionWatcher()
    assert watcher.connected == []
    seen = []
    watcher.lock_requested.connect(seen.append)
    watcher._sleeping(True)
    watcher._screensaver(False)
    watcher._session_locked()
    assert seen == ["suspend", "session_lock"]


def test_close_with_unsaved_changes_asks_first(qtbot, make_window, vault_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coordinator_app.db.vault import Vault
    from coordinator_app.services.settings import settings
    from tests.conftest import PASSPHRASE

    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.pages["settings"].fields["coordinator_name"].setText("Niet bewaren")
    window.close()
    box = window.findChild(QMessageBox, "unsavedDialog")
    assert box is not None and box.isVisible() and window.isVisible() and window.ctx.is_unlocked
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and window.ctx.is_unlocked
    window.close()
    box = next(b for b in window.findChildren(QMessageBox, "unsavedDialog") if b.isVisible())
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.ctx.is_unlocked
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert settings.get(vault, "coordinator_name") == ""


def test_lock_settings_that_cannot_be_read_are_shown_not_ignored(qtbot, make_window, vault_dir: Path,
                                                                 monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coordinator_app.errors import KnownError
    from coordinator_app.services.settings import settings

    window = make_window(vault_dir)
    unlock(qtbot, window)
    settle(qtbot)
    interval = window.lock_manager.idle.interval()

    def unreadable(vault):
        raise KnownError("disk_full")

    monkeypatch.setattr(settings, "get_all", unreadable)
    window.lock_manager._load_settings()

    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    box = shown()[0]
    assert KnownError("disk_full").message() in box.text()
    box.close()
    assert window.lock_manager.idle.interval() == interval  # the idle lock keeps what it had
