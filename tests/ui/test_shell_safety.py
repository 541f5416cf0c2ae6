"""Safety shortcuts of issue 18: Ctrl+L and the idle lock from every window and dialog (the letter
window first), the lock screen says why it locked, and a second Coordinator on the same vault folder
says "al geopend" before any passphrase is typed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coordinator_app.errors import message
from coordinator_app.services.settings.defaults import Settings, default_settings
from tests.ui.shell_fixtures import settle, unlock


def _lock_settings(idle_lock_minutes: int, lock_on_minimise: bool) -> Settings:
    return dataclasses.replace(default_settings(), idle_lock_minutes=idle_lock_minutes,
                               lock_on_minimise=lock_on_minimise)


def _first_case_id(window) -> int:
    return int(window.ctx.vault.execute_sql("SELECT min(id) FROM cases")[0][0])


def _letter(qtbot, window):
    from coordinator_app.ui.documents.letter_dialog import open_letter_dialog

    dialog = open_letter_dialog(window.ctx, _first_case_id(window), window)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    settle(qtbot)
    return dialog


def _visible_dialogs(window) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_ctrl_l_in_the_letter_window_locks_and_closes_it(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    dialog = _letter(qtbot, window)
    dialog.activateWindow()
    dialog.organisation_combo.setFocus()
    qtbot.keyClick(dialog.organisation_combo, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)
    assert window.stack.currentWidget() is window.unlock_screen
    assert _visible_dialogs(window) == []
    reason = window.unlock_screen.reason_label
    assert reason.isVisibleTo(window) and reason.text() == "Vergrendeld met Ctrl+L of de knop Vergrendelen."


def test_ctrl_l_under_a_message_box_over_the_letter_window(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    dialog = _letter(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Doorgaan?", QMessageBox.StandardButton.Ok, dialog)
    box.open()
    qtbot.waitUntil(box.isVisible, timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)
    assert _visible_dialogs(window) == []


def test_ctrl_shift_l_is_not_the_lock_key(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot)
    assert window.ctx.is_unlocked


def test_idle_lock_while_the_letter_window_is_open(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    dialog = _letter(qtbot, window)
    assert dialog.isVisible()
    window.lock_manager.set_idle_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)
    assert _visible_dialogs(window) == []
    assert window.unlock_screen.reason_label.text() == "Vergrendeld omdat Coordinator een tijd niet is gebruikt."


def test_activity_in_a_dialog_postpones_the_idle_lock(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    dialog = _letter(qtbot, window)
    timer = window.lock_manager.idle
    window.lock_manager.set_idle_timeout_ms(2_500)
    for _ in range(3):  # wait until most of the idle time is gone, then act in the dialog: the time starts again
        qtbot.waitUntil(lambda: 0 <= timer.remainingTime() < 1_500, timeout=10_000)
        qtbot.keyClick(dialog.organisation_combo, Qt.Key.Key_Shift)
        assert timer.remainingTime() > 2_000
    assert window.ctx.is_unlocked
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10_000)


def test_lock_screen_says_why(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.ui.locking import SessionWatcher

    window = make_window(vault_dir)
    screen = window.unlock_screen
    assert not screen.reason_label.isVisibleTo(window)  # at start-up there is no reason to give
    watcher = SessionWatcher()  # the D-Bus signals end here; emitting its slots stands in for the bus
    watcher.lock_requested.connect(window.lock_manager.lock)
    expected = [
        (lambda: watcher._sleeping(True), "Vergrendeld omdat de computer in de slaapstand ging."),
        (watcher._session_locked, "Vergrendeld omdat de computer werd vergrendeld."),
        (lambda: watcher._screensaver(True), "Vergrendeld omdat de schermbeveiliging begon."),
    ]
    for trigger, text in expected:
        unlock(qtbot, window)
        trigger()
        assert not window.ctx.is_unlocked
        assert screen.reason_label.isVisibleTo(window) and screen.reason_label.text() == text
    unlock(qtbot, window)
    window.lock_manager.apply_settings(_lock_settings(1, False))
    window.lock_manager.lock("idle")
    assert screen.reason_label.text() == "Vergrendeld na 1 minuut zonder activiteit."
    unlock(qtbot, window)
    window.lock_manager.apply_settings(_lock_settings(10, False))
    window.lock_manager.lock("idle")
    assert screen.reason_label.text() == "Vergrendeld na 10 minuten zonder activiteit."


def test_lock_reason_in_english(qtbot, make_window, vault_dir: Path) -> None:
    window = make_window(vault_dir, "en")
    unlock(qtbot, window)
    window.lock_manager.lock("suspend")
    assert window.unlock_screen.reason_label.text() == "Locked because the computer went to sleep."


def test_second_instance_says_in_use_before_the_passphrase(qtbot, make_window, vault_dir: Path) -> None:
    first = make_window(vault_dir)
    assert first.unlock_screen.passphrase.isEnabled()
    assert first.unlock_screen.message.text() == ""
    second = make_window(vault_dir)  # still locked: the first one has not even been unlocked
    screen = second.unlock_screen
    assert screen.message.text() == message("vault_in_use")
    assert "al geopend" in screen.message.text()
    assert screen.message.isVisibleTo(second)
    assert not screen.passphrase.isEnabled() and not screen.unlock_button.isEnabled()
    screen.passphrase.setText("anything")
    screen.try_unlock()
    settle(qtbot)
    assert not second.ctx.is_unlocked
    first._close_confirmed = True
    first.close()
    qtbot.waitUntil(lambda: screen.passphrase.isEnabled(), timeout=10_000)  # the first one is gone: free
    assert screen.message.text() == ""
    unlock(qtbot, second)
    assert second.ctx.is_unlocked


def test_lock_and_unlock_keep_the_folder_claimed(qtbot, make_window, vault_dir: Path) -> None:
    first = make_window(vault_dir)
    unlock(qtbot, first)
    first.lock_manager.lock("manual")
    second = make_window(vault_dir)  # the first one is locked, not closed: the folder is still its own
    assert not second.unlock_screen.passphrase.isEnabled()
    unlock(qtbot, first)
    assert first.ctx.is_unlocked


def test_ctrl_n_then_esc_in_the_window_leaves_no_draft(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.ui.intake.page import HOME, WIZARD

    window = make_window(vault_dir)
    unlock(qtbot, window)
    page = window.pages["intake"]
    for _ in range(2):
        window.activateWindow()
        qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.stack.currentIndex() == WIZARD, timeout=5000)
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.stack.currentIndex() == HOME, timeout=5000)
    settle(qtbot)
    assert window.ctx.vault.execute_sql("SELECT count(*) FROM intake_drafts")[0][0] == 0
    window.close()  # nothing to ask about: the window closes at once
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
