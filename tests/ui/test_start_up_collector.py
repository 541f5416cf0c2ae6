"""Start-up runs without the automatic cyclic garbage collector: `coordinator-app` (cli.main) turns it off
before it imports the GUI, the window's first paint (prepare_gui) freezes what start-up made, and from then on
the GUI thread's collector (ui/collector.py) collects; the automatic one never comes back on while the GUI runs."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coordinator_app import cli
from coordinator_app.ui import app as gui
from coordinator_app.ui.collector import GuiThreadCollector
from tests.ui.shell_fixtures import compile_translations


def test_the_gui_is_started_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def fake_run_gui(vault: str | None = None, lang: str | None = None) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(gui, "run_gui", fake_run_gui)
    gc.enable()  # as a fresh interpreter has it
    try:
        assert cli.main(["--vault", "unused"]) == 0
    finally:
        gc.disable()  # this session's GUI-thread collector (tests/conftest.py) keeps it off
    assert seen == [False]


def test_the_first_paint_freezes_start_up_and_the_gui_thread_collects(qtbot, demo_vault_dir: Path) -> None:
    compile_translations()
    gc.unfreeze()
    _app, window = gui.prepare_gui(demo_vault_dir, "nl")
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0  # building the window does not freeze: the paint does
    with qtbot.waitSignal(window.pages_built, timeout=60_000):
        window.show()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=10_000)
    assert not gc.isenabled()
    assert QApplication.instance().findChild(GuiThreadCollector, "guiThreadCollector") is not None
    window._close_confirmed = True
    window.close()
