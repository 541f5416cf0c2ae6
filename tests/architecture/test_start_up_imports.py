"""What start-up loads: the late imports marked "start-up time" keep these libraries out of it.

The unlock screen is painted before the pages and reportlab are loaded (run_gui builds the pages just
after the first paint), and before the Help menu's dialogs and importlib.metadata (the version is read from
the package's own dist-info folder, coordinator_app.installed_version; SQLAlchemy loads importlib.metadata
later, with the pages).
The window (unlock screen and every page, as build_main_window makes it) is usable without Alembic,
SciPy, openpyxl, phonenumbers, zxcvbn, email-validator or charset-normalizer;
`coordinator-app --help` loads neither the vault (SQLAlchemy, SQLCipher) nor Qt nor reportlab nor
importlib.metadata.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

WINDOW_NEVER = {"alembic", "scipy", "openpyxl", "phonenumbers", "zxcvbn", "email_validator", "charset_normalizer"}
HELP_NEVER = {"sqlalchemy", "sqlcipher3", "PySide6", "reportlab", "alembic", "zxcvbn"}
PAINT_NEVER = {"reportlab", "coordinator_app.ui.cases", "importlib.metadata", "coordinator_app.ui.shell.dialogs"}

WINDOW = """
import json, sys
from coordinator_app.ui import app
window = app.build_main_window(sys.argv[1], None)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""
PAINT = """
import json, sys
from coordinator_app.ui import app
app.build_main_window(sys.argv[1], None, defer_pages=True)  # what run_gui builds before the first paint
print(json.dumps(sorted(sys.modules)))
"""
HELP = """
import contextlib, io, json, sys
from coordinator_app import cli
try:
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["--help"])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def _loaded(script: str, *args: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=True)
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_the_window_is_usable_without_the_libraries_loaded_on_first_use(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(ROOT / "tests" / "fixtures" / "vault_rev0005", folder)
    loaded = _loaded(WINDOW, str(folder))
    assert {"PySide6", "sqlalchemy", "coordinator_app"} <= loaded  # the window was really built
    assert loaded & WINDOW_NEVER == set()


def test_the_unlock_screen_is_painted_before_the_pages_and_reportlab_load(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(ROOT / "tests" / "fixtures" / "vault_rev0005", folder)
    loaded = _loaded(PAINT, str(folder))
    assert {"PySide6", "coordinator_app.ui.unlock.screen"} <= loaded  # the unlock screen was really built
    assert loaded & PAINT_NEVER == set()


def test_help_loads_neither_the_vault_nor_qt() -> None:
    modules = _loaded(HELP)
    loaded = {name.split(".")[0] for name in modules}
    assert {"argparse", "coordinator_app"} <= loaded
    assert loaded & HELP_NEVER == set()
    assert "importlib.metadata" not in modules
