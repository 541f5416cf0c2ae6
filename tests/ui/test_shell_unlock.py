"""Unlock screen: right and wrong passphrase, recovery code, growing delay, damaged vault, vault in use."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db.vault import Vault
from coordinator_app.errors import message
from coordinator_app.ui.unlock.screen import failure_delay
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import settle, unlock


def _wait_done(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: not screen._busy, timeout=30_000)


def test_wrong_then_right_passphrase(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    for attempt in (1, 2):
        screen.passphrase.setText("niet het goede wachtwoord")
        screen.try_unlock()
        _wait_done(qtbot, screen)
        assert screen.passphrase.text() == ""
        assert message("wrong_passphrase") in screen.message.text()
        assert screen.failures == attempt
        assert not window.ctx.is_unlocked
    screen.passphrase.setText("nog steeds fout")
    screen.try_unlock()
    _wait_done(qtbot, screen)
    assert not screen.unlock_button.isEnabled()  # third failure: wait a second
    assert "1" in screen.message.text()
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=5000)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert screen.failures == 0


def test_failure_delay_grows_and_is_capped() -> None:
    delays = [failure_delay(n) for n in range(0, 12)]
    assert delays[:3] == [0, 0, 0]
    assert delays == sorted(delays)
    assert max(delays) == 30


def test_unlock_with_recovery_code(qtbot, make_window, vault_dir: Path, recovery_code: str) -> None:
    window = make_window(vault_dir)
    screen = window.unlock_screen
    screen.switch_button.click()
    assert screen.code.isVisible() and not screen.passphrase.isVisible()
    screen.code.setText("0000-0000")  # wrong length: caught before key derivation
    screen.try_unlock()
    _wait_done(qtbot, screen)
    assert screen.message.text() and screen.failures == 0
    screen.code.setText(recovery_code.lower().replace("-", ""))
    screen.try_unlock()
    qtbot.waitUntil(lambda: window.ctx.is_unlocked, timeout=30_000)
    settle(qtbot)


def test_damaged_vault_gets_its_own_message(qtbot, make_window, vault_dir: Path) -> None:
    for name in ("vault.keys", "vault.keys.bak"):
        data = bytearray((vault_dir / name).read_bytes())
        data[len(data) // 2] ^= 0x55
        (vault_dir / name).write_bytes(bytes(data))
    window = make_window(vault_dir)
    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    _wait_done(qtbot, screen)
    text = screen.message.text()
    assert text and message("wrong_passphrase") not in text
    assert "back-up" in text.lower()
    assert screen.failures == 0


def test_vault_in_use_says_so(qtbot, make_window, vault_dir: Path) -> None:
    other = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        window = make_window(vault_dir)
        screen = window.unlock_screen
        screen.passphrase.setText(PASSPHRASE)
        screen.try_unlock()
        _wait_done(qtbot, screen)
        assert screen.message.text() == message("vault_in_use")
        assert not window.ctx.is_unlocked
    finally:
        other.close()


def test_restore_button_opens_the_restore_wizard(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.ui.unlock.screen import restore_available

    window = make_window(vault_dir)
    screen = window.unlock_screen
    assert restore_available()  # the restore wizard ships with the app: a missing module is a failure
    assert screen.restore_button.isVisible()
    with qtbot.waitSignal(screen.restore_requested) as blocker:
        screen.restore_button.click()
    assert blocker.args == [str(vault_dir)]
    wizard = window.restore_wizard
    assert wizard is not None and wizard.objectName() == "restoreWizard" and wizard.isVisible()
    wizard.reject()
