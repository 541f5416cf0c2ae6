"""Demo data is deterministic and complete; the schema is at Alembic's head; old vaults still open."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from coordinator_app.db import migrate
from coordinator_app.db.keys import TEST_ONLY
from coordinator_app.db.vault import Vault
from coordinator_app.folding import fold
from coordinator_app.services import demo
from coordinator_app.services.search import index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 11, 1)
TABLES = ("cases", "persons", "milestones", "journal_entries", "tasks", "involvements", "organisations",
          "contacts", "training_sessions", "consents", "case_indicators")


def _dump(vault: Vault) -> dict[str, list[tuple]]:
    return {t: vault.execute_sql(f"SELECT * FROM {t} ORDER BY 1") for t in TABLES}


def _strip_times(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    # created_at/updated_at are wall-clock; everything else must be equal
    return {t: [tuple(v for v in r if not isinstance(v, str) or v[:2] != "20" or len(v) < 19) for r in rs]
            for t, rs in rows.items()}


def test_demo_is_deterministic(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        v, _ = Vault.create(tmp_path / name, "pw", profile=TEST_ONLY)
        with v:
            demo.generate(v, cases=120, seed=11, today=TODAY)
            dumps.append(_strip_times(_dump(v)))
    assert dumps[0] == dumps[1]
    v, _ = Vault.create(tmp_path / "c", "pw", profile=TEST_ONLY)
    with v:
        demo.generate(v, cases=120, seed=12, today=TODAY)
        assert _strip_times(_dump(v)) != dumps[0]


def test_demo_covers_the_domain(demo_vault: Vault) -> None:
    forms = {r[0] for r in demo_vault.execute_sql("SELECT DISTINCT primary_form FROM cases")}
    assert {"sexual", "labour", "criminal"} <= forms
    statuses = {r[0] for r in demo_vault.execute_sql("SELECT DISTINCT status FROM cases")}
    assert statuses == {"signal", "intake", "active", "closed"}
    nationalities = demo_vault.execute_sql("SELECT count(DISTINCT nationality) FROM persons")[0][0]
    assert nationalities >= 8
    overdue = demo_vault.execute_sql(
        "SELECT count(*) FROM tasks WHERE done_on IS NULL AND due_on < date('now')")[0][0]
    assert overdue > 0
    assert demo_vault.execute_sql("SELECT count(*) FROM training_sessions")[0][0] > 10
    assert demo_vault.execute_sql("SELECT count(*) FROM contacts WHERE phone IS NOT NULL")[0][0] == 0
    kinds = {r[0] for r in demo_vault.execute_sql("SELECT DISTINCT kind FROM milestones")}
    assert {"informative_interview", "shelter", "comensha_registration"} <= kinds
    assert demo_vault.check() == []


def test_search_finds_cases_people_and_network(demo_vault: Vault) -> None:
    number = demo_vault.execute_sql("SELECT case_number FROM cases LIMIT 1")[0][0]
    hits = index.search(demo_vault, number)
    assert any(h.kind == "case" for h in hits)
    last = demo_vault.execute_sql("SELECT last_name FROM persons WHERE last_name IS NOT NULL LIMIT 1")[0][0]
    assert any(h.kind == "person" for h in index.search(demo_vault, last[:4]))
    assert any(h.kind == "organisation" for h in index.search(demo_vault, "Veilig Thuis"))
    assert isinstance(index.search(demo_vault, '" OR * NEAR( -- ;'), list)  # odd input never raises
    assert index.search(demo_vault, "   ") == []


def test_schema_is_at_head(vault: Vault) -> None:
    assert vault.engine is not None
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_a_fixture_vault_exists_for_every_revision() -> None:
    revisions = {p.name.removeprefix("vault_rev") for p in FIXTURES.glob("vault_rev*")}
    assert migrate.head_revision() in revisions
    assert revisions == {f"{n:04d}" for n in range(1, int(migrate.head_revision()) + 1)}


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005", "0006"])
def test_vault_made_by_an_older_revision_still_opens(tmp_path: Path, revision: str) -> None:
    """Fixture vaults made with each schema revision (passphrase 'fixture-<rev>', 25 demo cases); keep one
    per revision: opening migrates them to the head."""
    target = tmp_path / "v"
    shutil.copytree(FIXTURES / f"vault_rev{revision}", target)
    with Vault.open(target, passphrase=f"fixture-{revision}") as v:
        assert v.execute_sql("SELECT count(*) FROM cases")[0][0] == 25
        indexes = {r[0] for r in v.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_tasks_case_open_due", "ix_milestones_case_kind_on"} <= indexes
        with v.engine.connect() as conn:  # type: ignore[union-attr]
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert v.check() == []
        # The search index was rebuilt with folded words: every stored name is found as typed plainly.
        for (cid, last) in v.execute_sql("SELECT case_id, last_name FROM persons WHERE last_name IS NOT NULL"):
            assert cid in index.matching_case_ids(v, fold(last)), last


def test_head_constant_matches_the_migrations_folder() -> None:
    assert migrate.head_revision() == migrate.alembic_head()
