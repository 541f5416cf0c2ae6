"""Start-up runs without the cyclic garbage collector: `coordinator-app` (cli.main) turns it off before it
imports the GUI, and the window's first paint (prepare_gui) freezes what start-up made and turns it on again."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from coordinator_app import cli
from coordinator_app.ui import app as gui
from tests.ui.shell_fixtures import compile_translations


def test_the_gui_is_started_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def fake_run_gui(vault: str | None = None, lang: str | None = None) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(gui, "run_gui", fake_run_gui)
    assert gc.isenabled()
    try:
        assert cli.main(["--vault", "unused"]) == 0
    finally:
        gc.enable()
    assert seen == [False]


def test_the_first_paint_turns_the_collector_on_again(qtbot, demo_vault_dir: Path) -> None:
    compile_translations()
    gc.disable()
    try:
        _app, window = gui.prepare_gui(demo_vault_dir, "nl")
        qtbot.addWidget(window)
        assert not gc.isenabled()  # building the window does not turn it on: the paint does
        with qtbot.waitSignal(window.pages_built, timeout=60_000):
            window.show()
            qtbot.waitUntil(gc.isenabled, timeout=10_000)
    finally:
        gc.enable()
    window._close_confirmed = True
    window.close()
