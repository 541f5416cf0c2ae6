"""Fixtures of the UI tests: `make_window(folder, lang)` builds the app's main window on a vault folder
(test-only KDF profile, no D-Bus) and closes it, and leaves the application without our translators."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.shell_fixtures import compile_translations, settle


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
