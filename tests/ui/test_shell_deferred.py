"""The real start-up path (`prepare_gui`): the unlock screen first, the pages built right after the first
paint; unlocking before that builds them at once. Every page, the Ctrl+N action and the Go menu are there."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db import keys
from coordinator_app.ui.app import prepare_gui
from coordinator_app.ui.settings.page import SettingsPage
from tests.ui.shell_fixtures import compile_translations, settle, unlock


def _window(qtbot, folder: Path):
    compile_translations()
    SettingsPage.kdf_profile = keys.TEST_ONLY
    _app, window = prepare_gui(folder, "nl")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window


def _close(window) -> None:
    window._close_confirmed = True
    window.close()


def test_pages_are_built_after_the_first_paint(qtbot, demo_vault_dir: Path) -> None:
    window = _window(qtbot, demo_vault_dir)
    assert window.pages == {}
    assert window.stack.currentWidget() is window.unlock_screen
    window.show()
    qtbot.waitUntil(lambda: len(window.pages) >= 8, timeout=10_000)
    assert "intake" in window.pages and "cases" in window.pages
    names = {a.objectName() for a in window.findChildren(type(window.lock_action))}
    assert {"newIntakeAction", "goto_dashboard", "goto_cases"} <= names
    assert not window.findChild(type(window.lock_action), "newIntakeAction").isEnabled()  # locked
    unlock(qtbot, window)
    assert window.findChild(type(window.lock_action), "newIntakeAction").isEnabled()
    assert window.stack.currentWidget() is window.workspace
    settle(qtbot)
    _close(window)


def test_unlock_before_the_pages_exist_builds_them(qtbot, demo_vault_dir: Path) -> None:
    window = _window(qtbot, demo_vault_dir)
    assert window.pages == {}
    unlock(qtbot, window)  # without showing: the deferred build has not run yet
    assert len(window.pages) >= 8
    assert window.stack.currentWidget() is window.workspace
    settle(qtbot)
    _close(window)
