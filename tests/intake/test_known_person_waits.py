""""Nieuwe persoon" waits for the known-person check's answer (pytest-qt): while the check is pending (the
typing pause or the worker) or after it failed, the button is disabled and neither a click nor Enter creates
anything; a failed check offers "Opnieuw proberen", whose answer enables it again; changing a field after an
answer disables it until the new answer; the intake's final re-check checks the alias along."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from coordinator_app.errors import VaultDamaged, VaultLocked
from coordinator_app.services.cases import store
from coordinator_app.services.search.persons import PersonQuery
from coordinator_app.services.search.persons import known_persons as real_known_persons
from coordinator_app.ui.intake import known_person
from tests.helpers import settle, type_text

WAIT = 15_000


@pytest.fixture
def known(vault) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-01-10", status="active", opened_on="2026-01-12",
        person=store.PersonInput(first_name="Łukasz", last_name="Wiśniewski", date_of_birth="1994-06-01",
                                 nationality="PL")))


def _dialog(qtbot, ctx) -> tuple[known_person.KnownPersonDialog, list[object]]:
    dialog = known_person.KnownPersonDialog(ctx)
    qtbot.addWidget(dialog)
    emitted: list[object] = []
    dialog.new_person.connect(emitted.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, emitted


def _new(dialog) -> QPushButton:
    return dialog.findChild(QPushButton, "knownNew")


def _retry(dialog) -> QPushButton | None:
    return dialog.findChild(QPushButton, "knownRetry")


def _press_enter_in(qtbot, edit: QLineEdit) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_a_failed_check_keeps_new_person_disabled_until_a_retry_answers(qtbot, ctx, monkeypatch) -> None:
    calls: list[PersonQuery] = []
    failing = [True]

    def check(vault, query):
        calls.append(query)
        if failing[0]:
            raise VaultDamaged()
        return []

    monkeypatch.setattr(known_person, "known_persons", check)
    dialog, emitted = _dialog(qtbot, ctx)
    type_text(dialog.findChild(QLineEdit, "knownLastName"), "Jansen")
    retry = _retry(dialog)
    assert retry is not None
    qtbot.waitUntil(retry.isVisible, timeout=WAIT)
    assert not _new(dialog).isEnabled()
    assert dialog.status.property("role") == "error"
    assert "Try again" in dialog.status.text() or "Probeer het opnieuw" in dialog.status.text()
    assert retry.accessibleName() and retry.shortcut().toString()  # reachable without the mouse
    qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
    _press_enter_in(qtbot, dialog.findChild(QLineEdit, "knownLastName"))
    settle(qtbot)
    assert emitted == [] and dialog.isVisible()  # nothing created without a check

    failing[0] = False
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert not retry.isVisible() and dialog.status.property("role") == ""
    assert [q.last_name for q in calls] == ["Jansen", "Jansen"]  # the retry ran the check again
    qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
    assert [q.last_name for q in emitted] == ["Jansen"]


def test_a_pending_check_keeps_new_person_disabled_and_neither_click_nor_enter_creates(
        qtbot, ctx, known, monkeypatch) -> None:
    started, release = threading.Event(), threading.Event()

    def blocked(vault, query):
        started.set()
        release.wait(WAIT / 1000)
        return real_known_persons(vault, query)

    monkeypatch.setattr(known_person, "known_persons", blocked)
    dialog, emitted = _dialog(qtbot, ctx)
    last = dialog.findChild(QLineEdit, "knownLastName")
    _new(dialog).setDefault(True)  # the worst case for Enter: New person is the dialog's default button
    try:
        type_text(last, "Nowak")
        assert dialog._timer.isActive()  # the typing pause: no check has run yet
        assert not _new(dialog).isEnabled()
        qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
        _press_enter_in(qtbot, last)
        assert emitted == [] and dialog.isVisible()
        qtbot.waitUntil(started.is_set, timeout=WAIT)  # the check is on the worker, its answer not in
        assert not _new(dialog).isEnabled()
        assert "Checking" in dialog.status.text() or "Bezig met controleren" in dialog.status.text()
        qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
        _press_enter_in(qtbot, last)
        dialog.findChild(QPushButton, "knownNew").click()
        assert emitted == [] and dialog.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert emitted == []
    _press_enter_in(qtbot, last)  # with the answer in, the same Enter does choose New person
    assert [q.last_name for q in emitted] == ["Nowak"]


def test_changing_a_field_after_an_answer_disables_new_person_until_the_new_answer(
        qtbot, ctx, known, monkeypatch) -> None:
    asked: list[PersonQuery] = []

    def check(vault, query):
        asked.append(query)
        return real_known_persons(vault, query)

    monkeypatch.setattr(known_person, "known_persons", check)
    dialog, emitted = _dialog(qtbot, ctx)
    assert _new(dialog).isEnabled()  # nothing typed: nothing to check
    type_text(dialog.findChild(QLineEdit, "knownLastName"), "Wisniewski")
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert dialog.shown_ids() == {known}
    type_text(dialog.findChild(QLineEdit, "knownFirstName"), "Anna")
    assert not _new(dialog).isEnabled()  # the list on screen answers "Wisniewski", not "Anna Wisniewski"
    qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
    assert emitted == []
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert (asked[-1].first_name, asked[-1].last_name) == ("Anna", "Wisniewski")  # the answer is for what is typed
    dialog.findChild(QLineEdit, "knownBirthDate").setText("01-06-1994")
    assert not _new(dialog).isEnabled()
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert asked[-1].date_of_birth is not None and asked[-1].date_of_birth.isoformat() == "1994-06-01"


def test_the_final_recheck_checks_the_alias_along(qtbot, ctx, known) -> None:
    dialog, _emitted = _dialog(qtbot, ctx)
    dialog.recheck(PersonQuery(alias="Lukasz Wisniewski"), set())  # only an alias was entered in the intake
    assert not _new(dialog).isEnabled()  # the re-check's answer is not in yet
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert dialog.shown_ids() == {known}
    dialog.recheck(PersonQuery(alias="Lukasz Wisniewski"), {known})  # declined before: not offered again
    qtbot.waitUntil(_new(dialog).isEnabled, timeout=WAIT)
    assert dialog.shown_ids() == set()


def test_a_check_failed_on_a_locked_vault_says_nothing_and_creates_nothing(qtbot, ctx, monkeypatch) -> None:
    calls: list[PersonQuery] = []

    def locked(vault, query):
        calls.append(query)
        raise VaultLocked()

    monkeypatch.setattr(known_person, "known_persons", locked)
    dialog, emitted = _dialog(qtbot, ctx)
    type_text(dialog.findChild(QLineEdit, "knownLastName"), "Jansen")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=WAIT)
    settle(qtbot)  # the failure has been handled on the GUI thread
    assert not _new(dialog).isEnabled()
    assert dialog.status.property("role") != "error" and not _retry(dialog).isVisible()  # the unlock screen says it
    qtbot.mouseClick(_new(dialog), Qt.MouseButton.LeftButton)
    assert emitted == []
