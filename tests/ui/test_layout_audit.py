"""The layout audit of issue 18: every page, tab, intake step, dialog and first-run step at 1366×768 and
1280×720 (each less a 40 px task bar), in Dutch, English and the stretched pseudo-locale, with the
longest organisation names of the region, a person of 60 characters and a reporter from the AVIM. The
app runs in a child process because the offscreen screen's size is fixed when Qt starts
(tests/ui/layout_audit.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tests.ui.layout_audit import Audit, screen_config
from tests.ui.shell_fixtures import compile_translations

TASK_BAR = 40
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["nl", "en", "pseudo"])
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


def test_alt_letters_are_read_as_qt_reads_them() -> None:
    from tests.ui.layout_audit import mnemonic

    assert mnemonic("&Opslaan") == "o" and mnemonic("Op&slaan") == "s" and mnemonic("Inzage-e&xport…") == "x"
    assert mnemonic("Tom && Jerry") is None and mnemonic("Opslaan") is None and mnemonic("Kopiëren &") is None
    assert mnemonic("&&Oost &Noord") == "n"  # "&&" is a literal ampersand, the next "&" marks the letter


def _form(qtbot, *labels: str) -> QDialog:
    """A dialog with, per text, a label and its field ("label:…"), a button ("button:…"), a checkable group
    box ("group:…"), a tab ("tab:…"), a menu ("menu:…"), a label without a field ("plain:…"), a hidden or a
    disabled button ("hidden:…", "disabled:…")."""
    from PySide6.QtWidgets import QGroupBox, QLineEdit, QMenuBar, QTabBar

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    bar = QMenuBar(dialog)
    layout.setMenuBar(bar)
    tabs = QTabBar(dialog)
    for item in labels:
        kind, text = item.split(":", 1)
        if kind == "label":
            label, field = QLabel(text), QLineEdit()
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        elif kind in ("button", "hidden", "disabled"):
            button = QPushButton(text)
            layout.addWidget(button)
            button.setVisible(kind != "hidden")
            button.setEnabled(kind != "disabled")
        elif kind == "group":
            group = QGroupBox(text)
            group.setCheckable(True)
            layout.addWidget(group)
        elif kind == "tab":
            tabs.addTab(text)
        elif kind == "menu":
            bar.addMenu(text)
        else:
            layout.addWidget(QLabel(text))
    layout.addWidget(tabs)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_audit_finds_an_alt_letter_used_twice(qtbot) -> None:
    from tests.ui.layout_audit import mnemonic_clashes

    clashing = _form(qtbot, "menu:&Bestand", "button:&Bladeren…", "label:&Naam", "group:&Nieuw adres",
                     "tab:Over&zicht", "label:&Zoeken", "button:Op&slaan", "plain:&Soort")
    assert mnemonic_clashes(clashing) == ["Alt+B used by 'Bestand', 'Bladeren…'",
                                          "Alt+N used by 'Naam', 'Nieuw adres'",
                                          "Alt+Z used by 'Overzicht', 'Zoeken'"]  # a label without a field: none
    fine = _form(qtbot, "menu:&Bestand", "button:B&laderen…", "label:&Naam", "group:N&ieuw adres",
                 "tab:Over&zicht", "label:&Tom && Jerry", "button:&&Zoeken", "hidden:&Nieuw", "disabled:&Zoeken")
    assert mnemonic_clashes(fine) == []  # "&&" is no Alt letter; what is hidden or disabled takes none


def test_first_launch_fits_the_free_screen() -> None:
    from coordinator_app.ui import fit
    from coordinator_app.ui.main_window import first_size

    for width, height in [(1366, 728), (1280, 680), (1024, 600)]:
        size, maximised = first_size(QRect(0, 0, width, height))
        assert size.width() + fit.FRAME.width() <= width and size.height() + fit.FRAME.height() <= height
        assert maximised
    size, maximised = first_size(QRect(0, 0, 1920, 1040))
    assert size == QSize(1366, 768) and not maximised


def test_narrowed_columns_share_one_level_and_fit() -> None:
    from coordinator_app.ui.fit import capped_level

    cases = [([330, 170, 480, 110, 80, 100], 720), ([100, 100], 300), ([500, 500], 300), ([900, 50], 400),
             ([300, 300, 300], 100), ([], 100)]
    for widths, room in cases:
        level = capped_level(widths, room, 72)
        total = sum(min(w, level) for w in widths)
        if sum(widths) <= room:
            assert all(w <= level for w in widths)  # nothing narrowed
        elif level > 72:
            assert total <= room  # it fits ...
            assert sum(min(w, level + 1) for w in widths) > room  # ... and no higher level would
        else:
            assert all(min(w, level) >= min(w, 72) for w in widths)  # the minimum wins over fitting
    assert capped_level([900, 50], 400, 72) == 350  # the narrow column keeps its width


def _dialog_classes() -> set[str]:
    """Every class in coordinator_app/ui that derives (also through other classes there) from QDialog or
    QWizard, read from the source (ast), so a dialog nobody opens yet is found too."""
    import ast

    bases: dict[str, set[str]] = {}
    for path in (ROOT / "coordinator_app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(  # one name in two files: both sets of bases
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases)

    def is_dialog(name: str, seen: frozenset[str] = frozenset()) -> bool:
        direct = bases.get(name, set())
        return bool(direct & {"QDialog", "QWizard"}) or any(
            is_dialog(b, seen | {name}) for b in direct if b in bases and b not in seen)

    return {name for name in bases if is_dialog(name)}


def test_every_dialog_class_is_in_the_audit() -> None:
    from tests.ui.layout_audit import AUDITED_DIALOGS, DIALOG_BASES

    found = _dialog_classes()
    assert {"LetterDialog", "RestoreWizard", "TrainingDialog", "_EditDialog"} <= found  # the search works
    assert found - DIALOG_BASES - AUDITED_DIALOGS == set(), "dialogs the layout audit does not open"
    assert AUDITED_DIALOGS - found == set(), "listed in the audit but no dialog class in coordinator_app/ui"


def test_a_flow_row_wraps_instead_of_widening(qtbot) -> None:
    from coordinator_app.ui.flow import FlowLayout

    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, align=Qt.AlignmentFlag.AlignRight)
    buttons = [QPushButton(f"Een knop met tekst {i}") for i in range(4)]
    for button in buttons:
        flow.addWidget(button)
    one_line = sum(b.sizeHint().width() for b in buttons) + 3 * 6
    assert flow.sizeHint().width() == one_line
    assert flow.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)
    host.resize(one_line + 50, 200)
    host.show()
    qtbot.waitUntil(lambda: buttons[-1].geometry().right() == host.width() - 1)  # right-aligned on one line
    assert len({b.y() for b in buttons}) == 1
    narrow = max(b.sizeHint().width() for b in buttons) * 2 + 10
    host.resize(narrow, 200)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)  # two per line
    for button in buttons:
        assert QRect(0, 0, narrow, 200).contains(button.geometry())
        assert button.width() >= button.minimumSizeHint().width()
    assert flow.heightForWidth(narrow) == buttons[-1].geometry().bottom() + 1


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "does not support raise")  # offscreen popups
def test_the_audit_opens_popups_and_finds_one_off_the_screen(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from coordinator_app.ui.dates import DateField

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    combo = QComboBox(objectName="longList")
    combo.addItems([f"Keuze {i}" for i in range(30)])
    layout.addWidget(combo)
    layout.addWidget(DateField("someDate"))
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    from PySide6.QtWidgets import QApplication

    audit = Audit(QApplication.instance(), QRect(0, 0, 60, 40))  # a screen far too small for either popup
    audit.check_popups(dialog, "test")
    text = "\n".join(audit.problems)
    assert "list of longList: popup at" in text and "calendar of someDate: popup at" in text
    audit = Audit(QApplication.instance(), QRect(-5000, -5000, 10000, 10000))
    audit.check_popups(dialog, "test")
    assert audit.problems == []
