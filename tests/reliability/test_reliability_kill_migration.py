"""kill -9 while a vault of an older schema revision is being migrated on open: afterwards the vault
opens (migrated, or migrated again), nothing is lost, and `check` passes. Alembic runs each revision in
one transaction and SQLite's DDL is transactional, so a cut-off migration leaves the old schema."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from coordinator_app.db import keys, migrate
from coordinator_app.db.engine import connect
from coordinator_app.db.vault import Vault
from tests.helpers import ROOT
from tests.reliability.crashpoints import CrashTally, kill_at
from tests.security.figures import record

FIXTURE = ROOT / "tests" / "fixtures" / "vault_rev0001"
# Every schema operation of a migration (create table, add index …) goes through Operations.invoke, every statement
# through Connection.execute, the commit of the migration's transaction through Transaction.commit: 14 steps from
# revision 0001 to 0003, the kill walks over them.
HOOKS = ["alembic.operations.base.Operations.invoke", "sqlalchemy.engine.base.Connection.execute",
         "sqlalchemy.engine.base.Transaction.commit"]
OPEN = """
import sys
from coordinator_app.db.vault import Vault
Vault.open(sys.argv[1], passphrase="fixture-0001").close()
print("done", flush=True)
"""


def _revision_on_disk(folder: Path) -> str:
    """The schema revision as the killed process left it (read without migrating)."""
    keyfile, _ = keys.read_keyfile(folder)
    conn = connect(folder / "vault.db", keys.unlock(keyfile, passphrase="fixture-0001"))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_kill_during_migration(tmp_path: Path) -> None:
    runs, ok = 10, 0
    outcomes: Counter[str] = Counter()
    tally = CrashTally()
    for n in range(runs):
        target = tmp_path / f"v{n}"
        shutil.copytree(FIXTURE, target)
        kill_at(OPEN, [str(target)], HOOKS, 1 + n * 13 // (runs - 1), tally)  # step 1 … 14 of the open
        outcomes[_revision_on_disk(target)] += 1
        with Vault.open(target, passphrase="fixture-0001") as v:
            assert v.execute_sql("SELECT count(*) FROM cases")[0][0] == 25
            with v.engine.connect() as conn:  # type: ignore[union-attr]
                assert migrate.current_revision(conn) == migrate.head_revision()
            assert v.check() == []
            ok += 1
    left = ", ".join(f"left at {rev}: {k}" for rev, k in sorted(outcomes.items()))
    record("kill -9 during a schema migration on open (revision 0001 → head)", runs, ok,
           f"{left}; data intact; check passes; " + tally.note())
    assert ok == runs
    assert tally.missed == 0  # every kill landed inside the migration, at the step it was meant for
