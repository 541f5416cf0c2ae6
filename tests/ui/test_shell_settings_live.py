"""Saved settings take effect at once (idle-lock minutes), the lock screen always starts with the
passphrase, and after unlocking the keyboard works without a click."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.services.settings import settings
from coordinator_app.ui.worker import wait_idle
from tests.ui.shell_fixtures import settle, unlock


def test_idle_minutes_apply_when_saved(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    assert window.lock_manager.idle.interval() == 5 * 60_000
    settings.set_many(window.ctx.vault, {"idle_lock_minutes": 1})
    window.ctx.notify("settings")
    wait_idle()
    qtbot.waitUntil(lambda: window.lock_manager.idle.interval() == 60_000, timeout=5_000)
    assert window.nav.hasFocus() or window.focusWidget() is not None


def test_lock_screen_returns_to_passphrase_mode(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    window.lock_manager.lock("manual")
    settle(qtbot)
    window.unlock_screen.set_use_code(True)  # as after unlocking with the recovery code
    window.unlock_screen.reset()  # what every lock does
    assert window.unlock_screen.passphrase.isVisible()
    assert not window.unlock_screen.code.isVisible()
