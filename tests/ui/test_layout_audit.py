"""The layout audit of issue 18: every page, tab, intake step and the main dialogs at 1366×768 and
1280×720 (each less a 40 px task bar), in Dutch and English, with the longest organisation names of
the region, a person of 60 characters and a reporter from the AVIM. The app runs in a child process
because the offscreen screen's size is fixed when Qt starts (tests/ui/layout_audit.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tests.ui.layout_audit import Audit, screen_config
from tests.ui.shell_fixtures import compile_translations

TASK_BAR = 40
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 720)])
def test_every_screen_fits(tmp_path: Path, width: int, height: int, lang: str) -> None:
    compile_translations()
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(width, height - TASK_BAR, tmp_path))
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout_audit", lang], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == []


def test_the_audit_finds_what_it_looks_for(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    scroll = QScrollArea(objectName="tooWide")
    wide = QWidget()
    wide.setMinimumWidth(900)
    scroll.setWidget(wide)
    scroll.setWidgetResizable(True)
    layout.addWidget(scroll)
    cut = QLabel("Politie Oost-Nederland, AVIM (Vreemdelingenpolitie, Identificatie en Mensenhandel)")
    cut.setMaximumWidth(120)
    layout.addWidget(cut)
    button = QPushButton("Een knop met een lange tekst erop")
    button.setFixedWidth(60)
    layout.addWidget(button)
    stray = QLabel("x", dialog)
    dialog.resize(400, 300)
    dialog.show()
    stray.setGeometry(390, 290, 40, 40)
    qtbot.waitUntil(dialog.isVisible)
    audit = Audit(qtbot, QRect(0, 0, 380, 280))
    audit.settle = lambda rounds=0: None
    audit.check(dialog, "test")
    text = "\n".join(audit.problems)
    assert "larger than the free screen" in text
    assert "horizontal scroll bar on QScrollArea 'tooWide'" in text
    assert "label 'Politie Oost-Nederland" in text and "without a tool tip" in text
    assert "button 'Een knop" in text
    assert "outside the window" in text
    cut.setToolTip(cut.text())
    button.setToolTip(button.text())
    audit.problems.clear()
    audit.check(dialog, "test")
    assert "label 'Politie" not in "\n".join(audit.problems) and "button 'Een" not in "\n".join(audit.problems)


def test_first_launch_fits_the_free_screen() -> None:
    from coordinator_app.ui import fit
    from coordinator_app.ui.main_window import first_size

    for width, height in [(1366, 728), (1280, 680), (1024, 600)]:
        size, maximised = first_size(QRect(0, 0, width, height))
        assert size.width() + fit.FRAME.width() <= width and size.height() + fit.FRAME.height() <= height
        assert maximised
    size, maximised = first_size(QRect(0, 0, 1920, 1040))
    assert size == QSize(1366, 768) and not maximised
