"""One date field everywhere (issue 18): what can be typed, how a date is shown in Dutch and English, the
calendar popup with Today and Yesterday, and the field in every form of the app."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from coordinator_app.domain.validation import parse_date
from coordinator_app.ui.dates import DateField, display, parse_typed
from tests.ui.shell_fixtures import settle, unlock

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("typed,expected", [
    ("05-12-2026", dt.date(2026, 12, 5)),
    ("5-12-2026", dt.date(2026, 12, 5)),
    ("05122026", dt.date(2026, 12, 5)),
    ("5-12-26", dt.date(2026, 12, 5)),
    ("1-4-99", dt.date(1999, 4, 1)),   # 2099 is more than ten years ahead: the last century
    ("1-4-36", dt.date(2036, 4, 1)),   # ten years ahead at most: this century
    ("1-4-37", dt.date(1937, 4, 1)),
    ("2026-12-05", dt.date(2026, 12, 5)),
    ("05/12/2026", dt.date(2026, 12, 5)),
    ("5 Dec 2026", dt.date(2026, 12, 5)),
    ("5 dec 2026", dt.date(2026, 12, 5)),
    ("5 mrt 2026", dt.date(2026, 3, 5)),
    ("v", TODAY), ("vandaag", TODAY), ("T", TODAY), ("today", TODAY),
    ("g", dt.date(2026, 12, 5)), ("yesterday", dt.date(2026, 12, 5)),
    ("", None), ("   ", None),
])
def test_what_can_be_typed(typed: str, expected: dt.date | None) -> None:
    assert parse_typed(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["31-02-2026", "0512202", "5-12", "12/2026", "5 Foo 2026", "morgen", "2026-13-01",
                                   "051220266"])
def test_typos_are_refused_not_guessed(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_typed(typed, TODAY)


def test_one_display_format_per_language() -> None:
    assert display(dt.date(2026, 12, 5), "nl") == "05-12-2026"
    assert display(dt.date(2026, 12, 5), "en") == "5 Dec 2026"
    assert display(dt.datetime(2026, 3, 1, 14, 5), "en") == "1 Mar 2026 14:05"
    assert display(None, "nl") == ""
    for lang in ("nl", "en"):  # what is shown is read back by the services unchanged
        for day in (dt.date(2026, 1, 31), dt.date(1999, 5, 9), dt.date(2026, 12, 5)):
            assert parse_date(display(day, lang)) == day
            assert parse_typed(display(day, lang), TODAY) == day


def test_typing_tidies_on_leaving_the_field(qtbot) -> None:
    field = DateField("when", today=lambda: TODAY)
    qtbot.addWidget(field)
    field.show()
    for typed, shown in (("05122026", "05-12-2026"), ("5-12-26", "05-12-2026"), ("g", "05-12-2026"),
                         ("2026-01-02", "02-01-2026")):
        field.clear()
        field.setFocus()
        qtbot.keyClicks(field, typed)
        field.editingFinished.emit()
        assert field.text() == shown
    field.setText("31-02-2026")
    field.editingFinished.emit()
    assert field.text() == "31-02-2026" and not field.is_valid() and field.date() is None  # kept, flagged


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_calendar_popup_today_and_yesterday(qtbot) -> None:  # a popup: the offscreen plugin warns, harmlessly
    field = DateField("when", today=lambda: TODAY)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == TODAY
    popup.findChild(QPushButton, "dateYesterday").click()
    assert not popup.isVisible() and field.date() == dt.date(2026, 12, 5)
    field.calendar_action.trigger()  # the calendar button in the field
    assert popup.isVisible() and popup.calendar.selectedDate().toPython() == dt.date(2026, 12, 5)
    popup.calendar.setSelectedDate(popup.calendar.selectedDate().addDays(-30))
    popup.calendar.activated.emit(popup.calendar.selectedDate())
    assert field.date() == dt.date(2026, 11, 5) and field.text() == "05-11-2026"
    field.calendar_action.trigger()
    popup.findChild(QPushButton, "dateToday").click()
    assert field.date() == TODAY


DATE_PLACEHOLDER = re.compile(r"dd-mm|DD-MM|jjjj|yyyy", re.IGNORECASE)


# Date-like inputs that are deliberately not a DateField, each with its reason.
NOT_A_DATE_FIELD = {"birthday": "a contact's birthday may have no year (DD-MM, as vCard allows)"}


def _loose_date_edits(root) -> list[str]:
    """Line edits that look like date fields but are not the app's DateField."""
    return [e.objectName() or e.placeholderText() for e in root.findChildren(QLineEdit)
            if DATE_PLACEHOLDER.search(e.placeholderText()) and not isinstance(e, DateField)
            and e.objectName() not in NOT_A_DATE_FIELD]


def test_every_form_uses_the_date_field(qtbot, make_window, demo_vault_dir: Path) -> None:
    from coordinator_app.ui.network.edit_dialogs import ContactDialog, OrganisationDialog
    from coordinator_app.ui.network.work_dialogs import __dict__ as work_dialogs

    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    case_id = int(window.ctx.vault.execute_sql("SELECT min(id) FROM cases")[0][0])
    window.show_page("cases")
    window.pages["cases"].show_item("case", case_id)
    window.pages["intake"].show_item("new", 0)
    settle(qtbot)
    assert _loose_date_edits(window) == []
    fields = {f.objectName() for f in window.findChildren(DateField)}
    expected = {"signal_received_on", "person_date_of_birth", "consultation_on", "followups_police_report_on",
                "quick_when", "routeDate", "consentDate", "journalDate", "taskDue", "networkStarted"}
    assert expected <= fields, expected - fields
    for dialog in (OrganisationDialog(None, window), ContactDialog([], None, window)):
        assert _loose_date_edits(dialog) == [] and dialog.findChildren(DateField)
        dialog.deleteLater()
    work_classes = [v for k, v in work_dialogs.items() if k.endswith("Dialog") and isinstance(v, type)]
    assert work_classes  # the network work dialogs build their dates with forms.date_line (a DateField)
    from coordinator_app.ui.network import forms

    assert isinstance(forms.date_line(dt.date(2026, 12, 5)), DateField)
    assert forms.date_line(dt.date(2026, 12, 5)).text() == "05-12-2026"
    window.pages["intake"]._discard_new()
    settle(qtbot)


def test_task_due_date_typed_short_is_stored(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    case_id = int(window.ctx.vault.execute_sql("SELECT min(id) FROM cases")[0][0])
    before = window.ctx.vault.execute_sql(f"SELECT count(*) FROM tasks WHERE case_id = {case_id}")[0][0]
    window.show_page("cases")
    window.pages["cases"].show_item("case", case_id)
    settle(qtbot)
    from coordinator_app.ui.cases.tabs_work import TasksTab

    tab = window.findChild(TasksTab)
    tab.new_record()
    tab.title.setText("Bellen met de opvang")
    tab.due.setFocus()
    qtbot.keyClicks(tab.due, "5-1-27")
    tab.due.editingFinished.emit()
    assert tab.due.text() == "05-01-2027"
    tab.save_button.click()
    qtbot.waitUntil(lambda: window.ctx.vault.execute_sql(
        f"SELECT count(*) FROM tasks WHERE case_id = {case_id}")[0][0] == before + 1, timeout=10_000)
    stored = window.ctx.vault.execute_sql(
        f"SELECT due_on FROM tasks WHERE case_id = {case_id} AND title = 'Bellen met de opvang'")[0][0]
    assert str(stored) == "2027-01-05"


def test_english_shows_and_stores_the_english_form(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir, "en")
    unlock(qtbot, window)
    case_id = int(window.ctx.vault.execute_sql("SELECT min(id) FROM cases")[0][0])
    window.show_page("cases")
    window.pages["cases"].show_item("case", case_id)
    settle(qtbot)
    from coordinator_app.ui.cases.tabs_work import TasksTab

    tab = window.findChild(TasksTab)
    tab.new_record()
    tab.title.setText("Call the shelter")
    qtbot.keyClicks(tab.due, "05012027")
    tab.due.editingFinished.emit()
    assert tab.due.text() == "5 Jan 2027"
    assert tab.due.placeholderText() == "dd-mm-yyyy"
    tab.save_button.click()
    qtbot.waitUntil(lambda: window.ctx.vault.execute_sql(
        "SELECT count(*) FROM tasks WHERE title = 'Call the shelter'")[0][0] == 1, timeout=10_000)
    assert str(window.ctx.vault.execute_sql("SELECT due_on FROM tasks WHERE title = 'Call the shelter'")[0][0]) \
        == "2027-01-05"
