"""The dashboard shows free text isolated: a task title with a right-to-left override (U+202E) or an
isolate (U+2067) is wrapped in FSI ... PDI on its row, so it cannot reorder the date and case number;
the stored title is unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from coordinator_app.db.models import Task
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store, work
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import unlock

FSI, PDI = "\u2068", "\u2069"
TITLES = ("Bel \u202eAmal Haddad\u202c terug", "Brief aan \u2067مريم\u2069 sturen")


def test_task_titles_are_isolated_on_the_dashboard(qtbot, make_window, vault_dir: Path) -> None:
    today = dt.date.today()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        case_id = store.create_case(vault, store.CaseInput(signal_received_on=today, status="active"))
        for title in TITLES:
            work.add_task(vault, case_id, title, today)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: len(page.tasks_model.items()) == len(TITLES), timeout=10_000)
    rows = [item.text for item in page.tasks_model.items()]
    for title in TITLES:
        row = next(r for r in rows if title in r)
        start = row.index(title)
        assert row[start - 1] == FSI and row[start + len(title)] == PDI, row
        assert row.endswith(FSI + title + PDI)  # nothing after the isolated title can be reordered by it
    with window.ctx.vault.read() as s:
        assert sorted(s.scalars(select(Task.title).where(Task.case_id == case_id))) == sorted(TITLES)
