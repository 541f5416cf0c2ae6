"""Dashboard: its counts match the demo data (compared with direct queries), reflection periods
ending soon and drafts show, and every item opens what it names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from coordinator_app.db.models import AuditEvent, Case, IntakeDraft, Milestone, Task
from coordinator_app.domain import dates
from coordinator_app.services import dashboard
from coordinator_app.ui.dashboard.models import DashboardItem, DashboardListModel, ItemRole
from tests.ui.shell_fixtures import settle, unlock


def test_add_months_clamps() -> None:
    assert dates.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert dates.add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    assert dates.add_months(dt.date(2026, 3, 10), -3) == dt.date(2025, 12, 10)


def test_service_counts_match_direct_queries(demo_vault) -> None:
    today = dt.date.today()
    board = dashboard.load(demo_vault, today)
    with demo_vault.read() as s:
        for status in ("signal", "intake", "active"):
            n = s.scalar(select(func.count(Case.id)).where(Case.status == status))
            assert board.open_by_status[status] == n
        overdue = s.scalar(select(func.count(Task.id)).where(Task.done_on.is_(None), Task.due_on < today))
        due_today = s.scalar(select(func.count(Task.id)).where(Task.done_on.is_(None), Task.due_on == today))
        drafts = s.scalar(select(func.count(IntakeDraft.id)))
    assert (board.overdue_count, board.today_count, len(board.drafts)) == (overdue, due_today, drafts)
    assert board.is_demo and board.last_backup_days is None and board.backup_overdue


def test_reflection_and_backup(vault) -> None:
    from coordinator_app.services import audit
    from coordinator_app.services.cases import store

    today = dt.date(2026, 6, 20)
    case_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-03-01", status="active"))
    other_id = store.create_case(vault, store.CaseInput(signal_received_on="2026-01-01", status="active"))
    with vault.write() as s:
        s.add(Milestone(case_id=case_id, kind="reflection_period", on=dt.date(2026, 3, 25)))  # ends 25 June
        s.add(Milestone(case_id=other_id, kind="reflection_period", on=dt.date(2026, 1, 5)))  # ended in April
    audit.log(vault, "backup_created")
    with vault.write() as s:
        s.execute(AuditEvent.__table__.update().values(at=dt.datetime(2026, 6, 10, 12, 0)))
    board = dashboard.load(vault, today)
    assert [r.case_id for r in board.reflection_ending] == [case_id]
    assert board.reflection_ending[0].ends_on == dt.date(2026, 6, 25)
    assert board.last_backup_days == 10 and board.backup_overdue  # default reminder: 7 days
    assert dashboard.last_backup_age_days(vault, today) == 10


def test_dashboard_page_matches_demo_and_opens_items(qtbot, make_window, demo_vault_dir: Path) -> None:
    window = make_window(demo_vault_dir)
    unlock(qtbot, window)
    page = window.pages["dashboard"]
    expected = dashboard.load(window.ctx.vault)
    assert page.data is not None
    assert page.data.open_by_status == expected.open_by_status
    for status, button in page.status_buttons.items():
        number = expected.open_total if status == "all" else expected.open_by_status[status]
        assert button.text().split("\n")[0] == str(number)
    assert page.tasks_model.rowCount() == len(expected.tasks_overdue) + len(expected.tasks_today)
    assert page.demo_label.isVisible()
    assert window.page_title.text() == "Overzicht"

    with qtbot.waitSignal(window.ctx.navigate) as blocker:
        page.status_buttons["active"].click()
    assert blocker.args == ["cases", "status:active", -1]
    first = page.tasks_model.index(0, 0)
    item = first.data(ItemRole)
    with qtbot.waitSignal(window.ctx.navigate) as blocker:
        page.tasks_view.activated.emit(first)
    assert blocker.args == [item.page_id, item.kind, item.item_id]
    with qtbot.waitSignal(window.ctx.navigate) as blocker:
        page.backup_button.click()
    assert blocker.args == ["backups", "make", -1]  # makes the backup: tests/ui/test_dashboard_backup.py
    settle(qtbot)
    window.show_page("dashboard")
    page.search_button.click()  # "Zoeken" focuses the global search
    assert window.focusWidget() is window.search


def test_dashboard_model_is_sound(qtmodeltester) -> None:
    model = DashboardListModel()
    model.set_items([
        DashboardItem("a", "cases", "case", 1, warning=True), DashboardItem("b", "", "", -1, placeholder=True)
    ])
    qtmodeltester.check(model)
    assert len(model.items()) == 1


def test_draft_shows_and_opens_the_intake(qtbot, make_window, vault_dir: Path) -> None:
    from coordinator_app.db.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault, vault.write() as s:
        s.add(IntakeDraft(step="person", state={}))
    window = make_window(vault_dir)
    unlock(qtbot, window)
    page = window.pages["dashboard"]
    items = page.drafts_model.items()
    assert len(items) == 1 and "Persoon" in items[0].text
    with qtbot.waitSignal(window.ctx.navigate) as blocker:
        page.drafts_view.activated.emit(page.drafts_model.index(0, 0))
    assert blocker.args == ["intake", "draft", items[0].item_id]
