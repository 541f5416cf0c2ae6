"""Fixtures for the app-shell tests: a main window on a vault folder (test-only KDF profile, no
D-Bus), helpers to unlock it and to wait for the vault worker. Import the fixtures you use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def compile_translations() -> None:
    """Build resources/i18n/*.qm from the .ts files when missing or older (what `make translations` does)."""
    import subprocess
    import sys

    from coordinator_app.paths import resource

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in resource("i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def settle(qtbot, rounds: int = 3) -> None:
    """Let queued vault-worker results arrive on the GUI thread."""
    from PySide6.QtWidgets import QApplication

    from coordinator_app.ui.worker import wait_idle

    for _ in range(rounds):
        wait_idle(20_000)
        QApplication.processEvents()
        qtbot.wait(10)


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable]:
    from coordinator_app.db import keys
    from coordinator_app.ui import i18n
    from coordinator_app.ui.app import build_main_window
    from coordinator_app.ui.settings.page import SettingsPage

    compile_translations()
    SettingsPage.kdf_profile = keys.TEST_ONLY
    windows = []
    app_ref = []

    def make(folder: Path, lang: str | None = "nl"):
        app, window = build_main_window(folder, lang, kdf_profile=keys.TEST_ONLY, watch_session=False)
        app_ref.append(app)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window._close_confirmed = True
        window.close()
        if window.first_run is not None:
            window.first_run.discard()
    settle(qtbot)
    SettingsPage.kdf_profile = keys.PRODUCTION
    if app_ref:
        i18n.uninstall(app_ref[0])


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    screen = window.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.try_unlock()
    qtbot.waitUntil(lambda: window.ctx.is_unlocked, timeout=30_000)
    settle(qtbot)
