"""The case list opens on open cases, newest *activity* first (issue 18): the case touched last — a journal
entry, a task added or done, a milestone, a document, a change to the case — is on top, whatever its opening
date. The expected order is the order in which this test did things, not anything the service computes.
Also: a Dossiers page built on a context whose vault is already open loads its list (it raised
AttributeError: timer)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coordinator_app.codes import code_list
from coordinator_app.services.cases import detail, listing, store, work
from coordinator_app.services.documents import storage
from coordinator_app.ui.cases.page import CasesPage
from coordinator_app.ui.context import AppContext
from tests.helpers import settle

TODAY = dt.date.today()


def _case(vault, number: int, opened_days_ago: int) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on=TODAY - dt.timedelta(days=opened_days_ago + 1),
        opened_on=TODAY - dt.timedelta(days=opened_days_ago), status="active", municipality="Zwolle",
        person=store.PersonInput(first_name=f"Persoon{number}", last_name="Test", estimated_age=30)))


@pytest.fixture
def worked_vault(vault, tmp_path):
    """Seven cases opened on different days, then worked on in a known order; returns (vault, expected ids)."""
    opened = [50, 10, 40, 0, 30, 20, 5]  # case 4 was opened today: the old default put it on top
    ids = [_case(vault, n, days) for n, days in enumerate(opened, start=1)]
    closed = _case(vault, 8, 60)
    store.change_status(vault, closed, "closed", closing_reason=code_list("closing_reason").codes[0])
    touched: list[int] = []  # most recent last

    def did(case_id: int) -> None:
        if case_id in touched:
            touched.remove(case_id)
        touched.append(case_id)

    task = work.add_task(vault, ids[1], "Bellen met de opvang", TODAY + dt.timedelta(days=3))
    did(ids[1])
    work.add_journal(vault, ids[4], "Gesprek gevoerd")
    did(ids[4])
    attachment = tmp_path / "verslag.txt"
    attachment.write_text("verslag", encoding="utf-8")
    storage.add_attachment(vault, ids[0], attachment)
    did(ids[0])
    detail.save_milestone(vault, ids[5], detail.MilestoneInput(kind="reflection_period", status="done", on=TODAY))
    did(ids[5])
    store.update_case(vault, ids[2], store.CaseChanges(municipality="Kampen"))
    did(ids[2])
    work.add_journal(vault, closed, "Afgesloten dossier, toch een notitie")  # closed: not in the list
    work.set_task_done(vault, ids[1], task, True)
    did(ids[1])
    untouched = [i for i in ids if i not in touched]  # only created: in the order they were created
    return vault, list(reversed(untouched + touched))


def test_case_ids_newest_activity_first(worked_vault) -> None:
    vault, expected = worked_vault
    flt = listing.CaseFilter(status=listing.OPEN)
    assert listing.case_ids(vault, flt, sort=listing.ACTIVITY, descending=True) == expected
    assert listing.case_ids(vault, flt, sort=listing.ACTIVITY, descending=False) == list(reversed(expected))
    by_opening = listing.case_ids(vault, flt, sort="opened_on", descending=True)
    assert by_opening != expected  # the test tells the two orders apart


def test_the_list_opens_newest_activity_first(qtbot, worked_vault) -> None:
    vault, expected = worked_vault
    ctx = AppContext()
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10_000)
    assert page.table.horizontalHeader().sortIndicatorSection() == -1  # no column claims the order
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a column click still sorts by that column
    by_number = listing.case_ids(vault, listing.CaseFilter(status=listing.OPEN), sort="case_number")
    qtbot.waitUntil(lambda: page.model.ids() == by_number, timeout=10_000)
    settle(qtbot)
    ctx.lock()
    settle(qtbot)


def test_cases_page_built_on_an_unlocked_context(qtbot, worked_vault) -> None:
    vault, expected = worked_vault
    ctx = AppContext()
    ctx.set_vault(vault)
    page = CasesPage(ctx)  # raised AttributeError: 'CasesPage' object has no attribute 'timer'
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10_000)
    assert page.count.text() != ""
    settle(qtbot)
    ctx.lock()
    settle(qtbot)
    assert page.model.rowCount() == 0
