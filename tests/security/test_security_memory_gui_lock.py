"""A lock from the GUI (Ctrl+L path) wipes the key at once and leaves no live vault, engine or connection
pool once the worker's queued results have been delivered: no page, model or cache keeps the vault reachable."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from coordinator_app.db import keys
from coordinator_app.ui import i18n
from coordinator_app.ui.app import build_main_window
from coordinator_app.ui.settings.page import SettingsPage
from tests.security.figures import record
from tests.ui.shell_fixtures import settle, unlock


def test_gui_lock_leaves_no_live_vault_objects(qtbot, demo_vault_dir: Path) -> None:
    SettingsPage.kdf_profile = keys.TEST_ONLY
    app, window = build_main_window(demo_vault_dir, "nl", kdf_profile=keys.TEST_ONLY, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    try:
        refs = []
        for _ in range(2):  # two unlock/lock rounds
            unlock(qtbot, window)
            vault = window.ctx.vault
            key_buffer = vault._key
            refs += [weakref.ref(vault), weakref.ref(vault.engine), weakref.ref(vault.engine.pool)]
            del vault
            window.lock_manager.lock("manual")
            qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=30_000)
            settle(qtbot)
            assert not any(key_buffer)
            del key_buffer

        def all_gone() -> bool:  # queued worker results may still be on their way to the GUI thread
            settle(qtbot)
            gc.collect()
            return all(r() is None for r in refs)

        qtbot.waitUntil(all_gone, timeout=30_000)
        alive = [r for r in refs if r() is not None]
        record("key in memory after a GUI lock: live vault, engine and pool objects (2 unlocks, demo vault)",
               len(refs), len(refs) - len(alive), f"weakrefs after gc.collect(); live references: {len(alive)}")
        assert alive == []
    finally:
        window._close_confirmed = True
        window.close()
        settle(qtbot)
        SettingsPage.kdf_profile = keys.PRODUCTION
        i18n.uninstall(app)
