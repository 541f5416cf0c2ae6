"""Helpers for the app-shell tests: compile the translations, unlock a window, wait for the vault
worker. The `make_window` fixture lives in tests/ui/conftest.py."""

from __future__ import annotations

from pathlib import Path

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


def settle(qtbot) -> None:
    """Wait until the queued vault-worker results have arrived on the GUI thread (tests.helpers.settle)."""
    from tests.helpers import settle as wait_for_jobs

    wait_for_jobs(qtbot)


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    screen = window.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.try_unlock()
    qtbot.waitUntil(lambda: window.ctx.is_unlocked, timeout=30_000)
    settle(qtbot)
