"""Schema revision 0006 (FTS5 prefix indexes of 1, 2 and 3 letters) on a vault made by revision 0005: the
index holds exactly the rows it held, every query finds exactly what it found before, and the triggers keep
the index up to date afterwards.

The oracle: the revision-0005 vault read as it is on disk, without migrating it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from coordinator_app.db import keys, migrate
from coordinator_app.db.engine import connect
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.search import index, persons
from tests.helpers import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "vault_rev0005"
PASSPHRASE = "fixture-0005"
ROWS = "SELECT rowid, kind, ref_id, case_id, body, folded FROM search_index ORDER BY rowid"
MATCH = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid"


def _typed(folded_texts: list[str]) -> list[str]:
    """What a coordinator types, taken from the vault's own words: the first 1, 2, 3 and 4 letters of
    words, whole words, two words together, and a case-number-like run ("zm-2")."""
    words = sorted({w for t in folded_texts for w in t.split()})
    typed = {w[:n] for w in words[::7] for n in (1, 2, 3, 4)} | set(words[::11])
    typed |= {f"{a} {b[:2]}" for a, b in zip(words[::13], words[5::13], strict=False)}
    return sorted(t for t in typed | {"zm-2", "zm-20", "de", "d", "2026"} if index.fts_query(t))


def _old(folder: Path) -> tuple[list[tuple[object, ...]], dict[str, list[int]], list[str]]:
    keyfile, _ = keys.read_keyfile(folder)
    conn = connect(folder / "vault.db", keys.unlock(keyfile, passphrase=PASSPHRASE))
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
        assert "prefix" not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
        rows = [tuple(r) for r in conn.execute(ROWS)]
        typed = _typed([str(r[5]) for r in rows])
        found = {t: [r[0] for r in conn.execute(MATCH, (index.fts_query(t),))] for t in typed}
    finally:
        conn.close()
    return rows, found, typed


@pytest.fixture
def migrated(tmp_path: Path) -> tuple[Path, list[tuple[object, ...]], dict[str, list[int]], list[str]]:
    target = tmp_path / "v"
    shutil.copytree(FIXTURE, target)
    rows, found, typed = _old(target)
    return target, rows, found, typed


def test_0005_vault_gets_the_prefix_index_and_finds_exactly_what_it_found(migrated) -> None:  # type: ignore[no-untyped-def]
    folder, rows, found, typed = migrated
    assert len(rows) > 50 and len(typed) > 50
    assert sum(1 for ids in found.values() if len(ids) > 1) > 20  # the queries do find things
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        with v.engine.connect() as conn:  # type: ignore[union-attr]
            assert migrate.current_revision(conn) == migrate.head_revision() == "0006"
        sql = v.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0][0]
        assert "prefix = '1 2 3'" in str(sql)
        assert v.execute_sql("SELECT name FROM sqlite_temp_master") == []  # the copy is gone
        assert v.execute_sql(ROWS) == rows
        with v.read() as session:
            for t in typed:
                now = [int(r[0]) for r in session.execute(text(MATCH.replace("?", ":q")), {"q": index.fts_query(t)})]
                assert now == found[t], t
        assert v.check() == []


def test_after_0006_the_triggers_keep_the_index_up_to_date(migrated) -> None:  # type: ignore[no-untyped-def]
    folder, *_ = migrated
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        cid = store.create_case(v, store.CaseInput(
            signal_received_on="2026-03-03", person=store.PersonInput(first_name="Łukasz", last_name="Qwiatkowski")))
        store.add_journal_entry(v, cid, "Xylofoonles afgezegd", on="2026-03-04")
        assert [m.case_id for m in persons.find_cases(v, "qw")] == [cid]
        assert [m.case_id for m in persons.find_cases(v, "lukasz q")] == [cid]
        assert [h.case_id for h in index.search(v, "x", kinds=("journal",))] == [cid]
        store.update_case(v, cid, store.CaseChanges(), person=store.PersonChanges(last_name="Zwart"))
        assert persons.find_cases(v, "qw") == []
        store.delete_case(v, cid)
        assert index.search(v, "xylo") == []


def test_0006_downgrades_to_the_same_index_without_prefixes(migrated) -> None:  # type: ignore[no-untyped-def]
    from alembic import command  # only this test runs a downgrade

    folder, rows, *_ = migrated
    with Vault.open(folder, passphrase=PASSPHRASE) as v:
        with v.engine.begin() as conn:  # type: ignore[union-attr]
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        sql = v.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0][0]
        assert "prefix" not in str(sql)
        assert v.execute_sql(ROWS) == rows
