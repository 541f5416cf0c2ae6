""""Is deze persoon al bekend?" end to end through the intake page (pytest-qt): a person already in the
vault under another spelling is offered when a new intake or a quick signal starts; "dit is dezelfde
persoon" adds the signal to that file (audited, no second case); "nieuwe persoon" starts the intake with
what was typed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from sqlalchemy import func, select

from coordinator_app.db.models import AuditEvent, Case, JournalEntry, Person
from coordinator_app.services.cases import store
from coordinator_app.services.intake import finish
from coordinator_app.ui.intake.page import HOME, WIZARD
from tests.helpers import type_text
from tests.intake.conftest import settle

TODAY = dt.date.today()


@pytest.fixture
def dutch(qapp):
    from coordinator_app.ui import i18n

    i18n.install(qapp, "nl")
    yield
    i18n.uninstall(qapp)


def _known(vault) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-10", status="active", opened_on="2026-01-12",
        person=store.PersonInput(first_name="Łukasz", last_name="Wiśniewski", date_of_birth="1994-06-01",
                                 nationality="PL")))


def _dialog(qtbot):
    def found() -> QWidget | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if w.objectName() == "knownPersonDialog" and w.isVisible()), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def _type(qtbot, dialog, first: str, last: str) -> None:
    type_text(dialog.findChild(QLineEdit, "knownFirstName"), first)
    type_text(dialog.findChild(QLineEdit, "knownLastName"), last)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)


def _counts(vault) -> tuple[int, int]:
    with vault.read() as s:
        return s.scalar(select(func.count()).select_from(Case)), s.scalar(select(func.count()).select_from(Person))


def test_intake_for_a_known_person_under_another_spelling_joins_the_existing_file(
        qtbot, dutch, page, vault, tmp_path) -> None:
    known = _known(vault)
    number = store.get_case(vault, known).case_number
    before = _counts(vault)
    opened = []
    page.ctx.navigate.connect(lambda *args: opened.append(args))
    qtbot.mouseClick(page.findChild(QPushButton, "intakeNew"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    assert page.stack.currentIndex() == HOME  # the wizard waits for the answer
    _type(qtbot, dialog, "Lucas", "Wisniewski")  # how it was said on the phone
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[0] == number and "Łukasz Wiśniewski" in row[1] and row[1].startswith("lijkt op")
    assert row[2] == "Actief" and row[3] == "01-06-1994"
    image = dialog.grab()  # the screen, for review (SCREENSHOT_DIR, else a temporary folder)
    assert image.save(str(Path(os.environ.get("SCREENSHOT_DIR", tmp_path)) / "known_person_dialog.png"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownSame"), Qt.MouseButton.LeftButton)
    settle()
    assert opened == [("cases", "case", known)]
    assert page.stack.currentIndex() == HOME  # no wizard, no second file
    assert _counts(vault) == before
    with vault.read() as s:
        notes = s.scalars(select(JournalEntry.text).where(JournalEntry.case_id == known)).all()
        audit = s.scalars(select(AuditEvent).where(AuditEvent.event == "signal_joined")).all()
    assert any("herkend als dezelfde persoon" in n for n in notes)
    assert [(a.case_id, a.detail) for a in audit] == [(known, "intake")]
    assert all("ukasz" not in str(v) and "isniewski" not in str(v) for a in audit for v in vars(a).values())


def test_new_person_starts_the_intake_with_what_was_typed(qtbot, page, vault) -> None:
    _known(vault)
    before = _counts(vault)
    qtbot.mouseClick(page.findChild(QPushButton, "intakeNew"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    _type(qtbot, dialog, "Łukasz", "Nowak")
    dialog.findChild(QLineEdit, "knownBirthDate").setText("02-03-2001")
    qtbot.waitUntil(dialog.new_button.isEnabled, timeout=10_000)  # as a person would: the answer first
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownNew"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD and page.wizard.step_code() == "signal"
    person = page.wizard.state.person
    assert (person.first_name, person.last_name, person.date_of_birth) == ("Łukasz", "Nowak", dt.date(2001, 3, 2))
    assert _counts(vault) == before


def test_cancel_keeps_the_home_screen(qtbot, page, vault) -> None:
    _known(vault)
    qtbot.mouseClick(page.findChild(QPushButton, "intakeNew"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownCancel"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME and page.known_dialog is None


def test_quick_signal_about_a_known_person_goes_into_that_file(qtbot, page, vault) -> None:
    known = _known(vault)
    before = _counts(vault)
    type_text(page.findChild(QLineEdit, "quick_who"), "Wijkagent Zwolle-Zuid")
    type_text(page.findChild(QPlainTextEdit, "quick_what"), "Lukasz werkt weer 's nachts in de kassen.")
    qtbot.mouseClick(page.findChild(QPushButton, "quick_save"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    _type(qtbot, dialog, "Lukasz", "Wisniewski")
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) == known
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownSame"), Qt.MouseButton.LeftButton)
    settle()
    assert _counts(vault) == before
    assert store.get_case(vault, known).case_number in page.findChild(QWidget, "quick_status").text()
    with vault.read() as s:
        notes = s.scalars(select(JournalEntry.text).where(JournalEntry.case_id == known)).all()
    assert any("Lukasz werkt weer 's nachts in de kassen." in n and "Wijkagent Zwolle-Zuid" in n for n in notes)
    assert finish.open_signals(vault) == []  # no new signal case waiting


def test_quick_signal_for_a_new_person_keeps_the_typed_name(qtbot, page, vault) -> None:
    _known(vault)
    type_text(page.findChild(QPlainTextEdit, "quick_what"), "Onbekende man slaapt in een schuur.")
    qtbot.mouseClick(page.findChild(QPushButton, "quick_save"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    type_text(dialog.findChild(QLineEdit, "knownLastName"), "Nguyễn")
    nationality = dialog.findChild(QComboBox, "knownNationality")
    nationality.setCurrentIndex(nationality.findData("VN"))
    qtbot.waitUntil(dialog.new_button.isEnabled, timeout=10_000)  # as a person would: the answer first
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownNew"), Qt.MouseButton.LeftButton)
    settle()
    [signal] = finish.open_signals(vault)
    with vault.read() as s:
        person = s.scalar(select(Person).where(Person.case_id == signal.case_id))
    assert (person.last_name, person.nationality) == ("Nguyễn", "VN")


def test_an_empty_vault_asks_nothing(qtbot, page) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, "intakeNew"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD
    assert not any(w.objectName() == "knownPersonDialog" and w.isVisible() for w in QApplication.topLevelWidgets())
