""""Is deze persoon al bekend?" again before "Dossier aanmaken" (pytest-qt, through the real wizard): a name
or date of birth typed or changed on the person step after the first check is checked on the final data;
a known person not declined before is offered, "dit is dezelfde persoon" adds the signal to that file (no
second case, the intake kept as a draft), "nieuwe persoon" creates the case; a person declined at the start
is not offered again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from sqlalchemy import func, select

from coordinator_app.db.models import AuditEvent, Case, IntakeDraft, JournalEntry
from coordinator_app.services.cases import store
from coordinator_app.ui.intake.page import DONE, HOME, WIZARD
from tests.helpers import type_text
from tests.intake.conftest import settle
from tests.intake.test_intake_wizard import TODAY, choose, fill_consultation, find, next_page, write


def _known(vault) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-10", status="active", opened_on="2026-01-12",
        person=store.PersonInput(first_name="Łukasz", last_name="Wiśniewski", date_of_birth="1994-06-01",
                                 nationality="PL")))


def _dialog(qtbot) -> QWidget:
    def found() -> QWidget | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if w.objectName() == "knownPersonDialog" and w.isVisible()), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def _no_dialog() -> bool:
    return not any(w.objectName() == "knownPersonDialog" and w.isVisible() for w in QApplication.topLevelWidgets())


def _start(qtbot, page, first: str, last: str) -> set[int]:
    """Ctrl+N's first question, answered "new person" after typing a name; returns the cases then listed."""
    qtbot.mouseClick(find(page, "intakeNew", QPushButton), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    type_text(dialog.findChild(QLineEdit, "knownFirstName"), first)
    type_text(dialog.findChild(QLineEdit, "knownLastName"), last)
    settle()
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=10_000)
    settle()
    listed = dialog.shown_ids()
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownNew"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD
    return listed


def _walk_to_summary(qtbot, page, first: str, last: str, born: str) -> None:
    choose(page, "signal_channel", "phone")
    choose(page, "signal_reporter_org_type", "healthcare")
    write(page, "signal_text", "Werkt 14 uur per dag in de kassen.")
    choose(page, "municipality", "Zwolle")
    next_page(qtbot, page, "safety")
    choose(page, "safety_acute_danger", False)
    choose(page, "safety_is_minor", False)
    next_page(qtbot, page, "indicators")
    choose(page, "primary_form", "unknown")
    next_page(qtbot, page, "person")
    write(page, "person_first_name", first)  # typed or changed after the first check
    write(page, "person_last_name", last)
    write(page, "person_date_of_birth", born)
    choose(page, "person_gender", "male")
    next_page(qtbot, page, "consultation")
    fill_consultation(page)
    next_page(qtbot, page, "consent")
    choose(page, "consent_comensha_registration_given", True)
    write(page, "consent_comensha_registration_signed_on", TODAY.strftime("%d-%m-%Y"))
    choose(page, "consent_comensha_registration_signer", "person")
    next_page(qtbot, page, "followups")
    next_page(qtbot, page, "summary")


def _counts(vault) -> tuple[int, int, int]:
    with vault.read() as s:
        return (s.scalar(select(func.count()).select_from(Case)),
                s.scalar(select(func.count()).select_from(IntakeDraft)),
                s.scalar(select(func.count()).select_from(JournalEntry)))


def test_a_name_changed_on_the_person_step_is_checked_again_and_joins_the_existing_file(qtbot, page, vault) -> None:
    known = _known(vault)
    assert _start(qtbot, page, "Jan", "Nowak") == set()  # nobody like that: nothing declined
    _walk_to_summary(qtbot, page, "Lucas", "Wisniewski", "01-06-1994")
    cases_before = _counts(vault)[0]
    opened = []
    page.ctx.navigate.connect(lambda *args: opened.append(args))
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert page.stack.currentIndex() == WIZARD and _counts(vault)[0] == cases_before  # nothing created yet
    assert dialog.findChild(QLineEdit, "knownLastName").text() == "Wisniewski"  # the final data, filled in
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[0] == store.get_case(vault, known).case_number and "Łukasz Wiśniewski" in row[1]
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownSame"), Qt.MouseButton.LeftButton)
    settle()
    assert opened[-1] == ("cases", "case", known) and page.stack.currentIndex() == HOME
    count, drafts, _journal = _counts(vault)
    assert count == cases_before and drafts == 1  # no second file; what was entered is kept as a draft
    with vault.read() as s:
        notes = s.scalars(select(JournalEntry.text).where(JournalEntry.case_id == known)).all()
        joined = s.scalars(select(AuditEvent).where(AuditEvent.event == "signal_joined")).all()
        draft = s.scalar(select(IntakeDraft))
    assert any("herkend als dezelfde persoon" in n for n in notes)
    assert [(a.case_id, a.detail) for a in joined] == [(known, "intake")]
    assert draft.case_id is None


def test_new_person_at_the_recheck_creates_the_case(qtbot, page, vault) -> None:
    _known(vault)
    _start(qtbot, page, "Jan", "Nowak")
    _walk_to_summary(qtbot, page, "Lukasz", "Wisniewski", "")
    cases_before = _counts(vault)[0]
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownNew"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == DONE and _counts(vault)[0] == cases_before + 1
    assert store.get_case(vault, page.case_id).person.last_name == "Wisniewski"


def test_a_person_declined_at_the_start_is_not_offered_again(qtbot, page, vault) -> None:
    known = _known(vault)
    assert _start(qtbot, page, "Lukasz", "Wisniewski") == {known}  # offered, and answered "new person"
    _walk_to_summary(qtbot, page, "Lukasz", "Wiśniewski", "")
    cases_before = _counts(vault)[0]
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert _no_dialog()
    assert page.stack.currentIndex() == DONE and _counts(vault)[0] == cases_before + 1


def test_the_signal_an_intake_completes_is_not_offered_as_its_own_known_person(qtbot, page, vault) -> None:
    from coordinator_app.services.intake import finish

    known = _known(vault)
    signal = finish.quick_signal(vault, "Wijkagent", "Man slaapt in een schuur.", TODAY.isoformat(), "labour",
                                 person=store.PersonInput(first_name="Piet", last_name="Bakker"))
    cases_before = _counts(vault)[0]
    page.show_item("case", signal)  # the signal taken through the full intake
    settle()
    assert page.stack.currentIndex() == WIZARD and page.wizard.state.case_id == signal
    _walk_to_summary(qtbot, page, "Piet", "Bakker", "")
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert _no_dialog()  # its own signal case (same name) is not "a person already known"
    assert page.stack.currentIndex() == DONE and page.case_id == signal and _counts(vault)[0] == cases_before
    assert known != signal


def test_a_resumed_draft_offers_the_declined_person_again(qtbot, page, vault) -> None:
    """What was declined is kept only while the intake stays open: a draft resumed later asks again."""
    known = _known(vault)
    assert _start(qtbot, page, "Lukasz", "Wisniewski") == {known}
    write(page, "signal_text", "Eerste gesprek.")
    qtbot.mouseClick(find(page, "intakeClose", QPushButton), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == HOME and page.draft_id is not None
    page.show_item("draft", page.draft_id)
    settle()
    assert page.stack.currentIndex() == WIZARD
    _walk_to_summary(qtbot, page, "Lukasz", "Wiśniewski", "")
    qtbot.mouseClick(find(page, "intakeFinish", QPushButton), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert dialog.shown_ids() == {known}
    qtbot.mouseClick(dialog.findChild(QPushButton, "knownCancel"), Qt.MouseButton.LeftButton)
    settle()
    assert page.stack.currentIndex() == WIZARD and page.wizard.isEnabled()  # cancel: back in the intake
