"""Plurals through Qt's numerus forms (issue 18): "1 dag" and "2 dagen", never "1 dagen"; in English
"1 case" and "301 cases", never "301 case(s)"; spin box units follow their number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

from tests.ui.shell_fixtures import compile_translations


@pytest.fixture
def language(qapp):
    from coordinator_app.ui import i18n

    compile_translations()

    def use(lang: str) -> None:
        i18n.install(qapp, lang)

    yield use
    i18n.uninstall(qapp)


def test_dutch_numerus_forms(language) -> None:
    language("nl")
    tr = QCoreApplication.translate
    assert tr("SettingsPage", "%n day(s)", "", 1) == "1 dag"
    assert tr("SettingsPage", "%n day(s)", "", 2) == "2 dagen"
    assert tr("TasksTab", "%n day(s) before", "", 1) == "1 dag van tevoren"
    assert tr("CasesPage", "%n case(s)", "", 1).startswith("1 ") and "(" not in tr("CasesPage", "%n case(s)", "", 1)
    assert "(" not in tr("ShellStatusBar", "Last backup: %n day(s) ago", "", 1)


def test_english_plurals(language) -> None:
    language("en")
    tr = QCoreApplication.translate
    assert tr("CasesPage", "%n case(s)", "", 1) == "1 case"
    assert tr("CasesPage", "%n case(s)", "", 301) == "301 cases"
    assert tr("ShellStatusBar", "Last backup: %n day(s) ago", "", 2) == "Last backup: 2 days ago"
    assert tr("SettingsPage", "Security") == "Security"  # everything else stays as written


@pytest.mark.parametrize("lang,one,two", [("nl", " dag", " dagen"), ("en", " day", " days")])
def test_spin_box_unit_follows_the_number(qtbot, language, lang, one, two) -> None:
    from coordinator_app.ui.i18n import numerus_suffix

    language(lang)
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 30)
    numerus_suffix(spin, lambda n: QCoreApplication.translate("SettingsPage", "%n day(s)", "", n))
    spin.setValue(1)
    assert spin.suffix() == one and spin.text() == "1" + one
    spin.setValue(2)
    assert spin.suffix() == two and spin.text() == "2" + two
