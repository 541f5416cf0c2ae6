"""Retention review and real deletion: selection by the settings, passphrase, no trace left anywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from coordinator_app.errors import WrongSecret
from coordinator_app.services import audit
from coordinator_app.services.cases import detail, retention, store, work
from coordinator_app.services.documents import storage
from coordinator_app.services.settings import settings
from tests.conftest import PASSPHRASE
from tests.helpers import sqlcipher_plaintext

TODAY = dt.date(2026, 11, 29)
CANARY = "Qzwyxkanarie"


def _case(vault, signal: dt.date, name: str = "Anna") -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on=signal, person=store.PersonInput(first_name=name, last_name="Visser")))


def _closed(vault, signal: dt.date, closed: dt.date) -> int:
    cid = _case(vault, signal)
    store.change_status(vault, cid, "active", on=signal)
    store.change_status(vault, cid, "closed", on=closed, closing_reason="goals_reached")
    return cid


def _tables_holding(vault, canary: str) -> set[str]:
    """Tables (FTS shadow tables included) with the canary in any text or blob value, case-insensitive."""
    found = set()
    for (table,) in vault.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in vault.execute_sql(f'SELECT * FROM "{table}"'):
            for value in row:
                data = value if isinstance(value, bytes) else str(value).encode()
                if canary.lower().encode() in data.lower():
                    found.add(table)
    return found


def test_selection(vault):
    old_closed = _closed(vault, dt.date(2008, 1, 1), dt.date(2010, 6, 1))
    edge_closed = _closed(vault, dt.date(2010, 1, 1), dt.date(2011, 11, 29))  # exactly 15 years
    young_closed = _closed(vault, dt.date(2012, 1, 1), dt.date(2012, 1, 2))
    old_signal = _case(vault, dt.date(2020, 1, 1))
    young_signal = _case(vault, dt.date(2022, 1, 1))
    active = _case(vault, dt.date(2001, 1, 1))
    store.change_status(vault, active, "active", on=dt.date(2001, 1, 2))
    items = retention.review_list(vault, TODAY)
    assert [i.id for i in items] == [old_closed, edge_closed, old_signal]
    assert items[0].reason == "closed" and items[-1].reason == "signal"
    assert items[0].due_on == dt.date(2025, 6, 1)
    settings.set_many(vault, {"retention_years_closed": 10, "retention_years_signal": 7})
    ids = [i.id for i in retention.review_list(vault, TODAY)]
    assert young_closed in ids and old_signal not in ids and young_signal not in ids


def test_wrong_passphrase_deletes_nothing(vault):
    cid = _case(vault, dt.date(2019, 1, 1))
    with pytest.raises(WrongSecret) as err:
        retention.delete_reviewed(vault, [cid], "verkeerd wachtwoord", today=TODAY)
    assert "niets verwijderd" in err.value.message("nl")
    assert store.count_cases(vault) == 1


def test_only_cases_on_the_list_are_deleted(vault):
    keep = _case(vault, dt.date(2025, 1, 1))
    assert retention.delete_reviewed(vault, [keep], PASSPHRASE, today=TODAY) == 0
    assert store.count_cases(vault) == 1


def test_deletion_leaves_no_trace(vault, vault_dir):
    cid = _case(vault, dt.date(2019, 1, 1), name=CANARY)
    other = _case(vault, dt.date(2025, 1, 1), name="Bewaren")
    work.add_journal(vault, cid, f"Gesprek met {CANARY} over opvang", dt.date(2019, 1, 2))
    work.add_task(vault, cid, f"Bel {CANARY}", dt.date(2019, 2, 1))
    detail.save_milestone(vault, cid, detail.MilestoneInput(
        kind="police_report", status="done", on=dt.date(2019, 1, 5), note=CANARY))
    detail.save_consent(vault, cid, detail.ConsentInput(
        purpose="share_partners", given=False, legal_ground="public_task", note=CANARY))
    storage.store_letter(vault, cid, f"%PDF brief aan {CANARY}".encode(), "handover", f"Brief {CANARY}")
    vault.checkpoint()
    assert _tables_holding(vault, CANARY) >= {"persons", "journal_entries", "search_index_content", "search_index_data"}
    assert retention.delete_reviewed(vault, [cid], PASSPHRASE, today=TODAY) == 1
    vault.checkpoint()
    assert _tables_holding(vault, CANARY) == set()
    with vault.read() as session:
        assert session.execute(text("SELECT count(*) FROM search_index WHERE case_id = :c"), {"c": cid}).scalar() == 0
    assert store.count_cases(vault) == 1 and store.get_case(vault, other).person.first_name == "Bewaren"
    key = vault.data_key
    vault.close()
    # The file itself, decrypted page by page (free pages and slack space included): secure_delete and the FTS
    # merge must have overwritten every copy, not just hidden it from SQL.
    files = [p for p in (vault_dir / "vault.db", vault_dir / "vault.db-wal") if p.is_file() and p.stat().st_size]
    plain = b"".join(sqlcipher_plaintext(p, key) for p in files).lower()
    assert b"bewaren" in plain  # the decryption is right: the kept case is readable
    assert CANARY.lower().encode() not in plain


def test_deletion_is_audited_without_personal_data(vault):
    cid = _case(vault, dt.date(2019, 1, 1), name=CANARY)
    retention.delete_reviewed(vault, [cid], PASSPHRASE, today=TODAY)
    deleted = [e for e in audit.events(vault) if e.event == "case_deleted"]
    assert deleted and deleted[0].object_id == cid and deleted[0].detail is None
