"""The real start-up path (`prepare_gui`): the unlock screen first, the pages built in the background after the
first paint (modules imported on a worker thread, one page per turn of the event loop); unlocking before that
builds them at once. Every page, the Ctrl+N action and the Go menu are there."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db import keys
from coordinator_app.ui.app import prepare_gui
from coordinator_app.ui.pages import PAGES
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
    with qtbot.waitSignal(window.pages_built, timeout=60_000):
        window.show()
    assert window.pages_ready
    assert list(window.pages) == [entry[0] for entry in PAGES]
    assert window.nav.count() == len(PAGES)
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
    assert window.pages_ready
    assert list(window.pages) == [entry[0] for entry in PAGES]
    assert window.stack.currentWidget() is window.workspace
    settle(qtbot)
    _close(window)


def test_unlock_while_the_pages_build_in_the_background(qtbot, demo_vault_dir: Path) -> None:
    """Unlocking while the background build is under way finishes it at once: every page exactly once."""
    window = _window(qtbot, demo_vault_dir)
    window.build_pages_in_background()  # what the first paint starts
    unlock(qtbot, window)
    assert window.pages_ready
    assert list(window.pages) == [entry[0] for entry in PAGES]
    assert window.nav.count() == len(PAGES) == window.page_stack.count()
    settle(qtbot)  # the background job's late result builds nothing more
    assert window.nav.count() == len(PAGES) == window.page_stack.count()
    _close(window)


def test_a_page_that_fails_to_import_in_the_background_raises(qtbot, demo_vault_dir: Path, monkeypatch) -> None:
    """A broken page is not skipped by the background build: the import error is raised on the GUI thread."""
    from coordinator_app.ui import main_window

    broken = (*PAGES, ("ghost", "coordinator_app.ui.ghost.page", "GhostPage", "Ctrl+0"))
    monkeypatch.setattr(main_window, "PAGES", broken)
    window = _window(qtbot, demo_vault_dir)
    with qtbot.captureExceptions() as raised:
        window.build_pages_in_background()
        qtbot.waitUntil(lambda: bool(raised), timeout=60_000)
    assert isinstance(raised[0][1], ModuleNotFoundError)
    assert not window.pages_ready
    _close(window)


FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from coordinator_app.ui import app as gui

app, window = gui.prepare_gui(sys.argv[1], "nl")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"screen": window.stack.currentWidget().objectName(), "modules": sorted(sys.modules)}))
            sys.stdout.flush()
            app.exit(0)
        return False

watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def test_the_unlock_screen_is_painted_before_the_heavy_modules_load(tmp_path: Path, demo_vault_dir: Path) -> None:
    """docs/ARCHITECTURE.md: SQLAlchemy, Alembic, reportlab, Argon2 and the services load after the first paint."""
    import json
    import os
    import subprocess
    import sys

    from tests.helpers import ROOT

    script = tmp_path / "first_paint.py"
    script.write_text(FIRST_PAINT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), str(demo_vault_dir)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == "unlockScreen"
    heavy = ("sqlalchemy", "alembic", "reportlab", "argon2", "cryptography", "coordinator_app.services.search.index",
             "coordinator_app.db.vault", "coordinator_app.db.keys")
    loaded = [m for m in report["modules"] if m.split(".")[0] in heavy or m in heavy]
    assert loaded == []
    assert not [entry[1] for entry in PAGES if entry[1] in report["modules"]]  # no page's module either
