"""kill -9 while a vault of an older schema revision is being migrated on open: afterwards the vault
opens (migrated, or migrated again), nothing is lost, and `check` passes. Alembic runs each revision in
one transaction and SQLite's DDL is transactional, so a cut-off migration leaves the old schema."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from coordinator_app.db import keys, migrate
from coordinator_app.db.engine import connect
from coordinator_app.db.vault import Vault
from tests.helpers import ROOT
from tests.security.figures import record

FIXTURE = ROOT / "tests" / "fixtures" / "vault_rev0001"
OPEN = """
import sys
import alembic.command, alembic.config  # loaded before "start": the kill lands in the open and migration
from coordinator_app.db.vault import Vault
print("start", flush=True)
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
    rng = random.Random(2)
    runs, ok = 10, 0
    outcomes = {"0001": 0, migrate.head_revision(): 0}
    for n in range(runs):
        target = tmp_path / f"v{n}"
        shutil.copytree(FIXTURE, target)
        proc = subprocess.Popen([sys.executable, "-c", OPEN, str(target)], stdout=subprocess.PIPE, text=True,
                                cwd=ROOT)
        assert proc.stdout is not None
        proc.stdout.readline()  # "start": imports done, the open (and the migration) begins
        time.sleep(rng.random() * 0.12)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        outcomes[_revision_on_disk(target)] += 1
        with Vault.open(target, passphrase="fixture-0001") as v:
            assert v.execute_sql("SELECT count(*) FROM cases")[0][0] == 25
            with v.engine.connect() as conn:  # type: ignore[union-attr]
                assert migrate.current_revision(conn) == migrate.head_revision()
            assert v.check() == []
            ok += 1
    record("kill -9 during a schema migration on open (revision 0001 → head)", runs, ok,
           f"left at 0001: {outcomes['0001']}, migrated: {outcomes[migrate.head_revision()]}; "
           "data intact; check passes")
    assert ok == runs
