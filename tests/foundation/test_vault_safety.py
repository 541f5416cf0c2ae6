"""Vault safety: pragmas on every connection, no bound values in errors, no plaintext anywhere,
single instance, kill -9 during writes, rollback detection, refusal of a plain SQLite build."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from coordinator_app import paths
from coordinator_app.db import engine as engine_module
from coordinator_app.db.models import Case
from coordinator_app.db.vault import Vault
from coordinator_app.errors import NotSQLCipher, RollbackDetected, VaultInUse
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from tests.conftest import PASSPHRASE
from tests.helpers import ROOT, canary_hits, file_contents, holds


def test_pragmas_on_every_connection(vault: Vault) -> None:
    assert vault.engine is not None
    conns = [vault.engine.connect() for _ in range(4)]  # several pooled and overflow connections
    try:
        for conn in conns:
            raw = conn.connection.dbapi_connection
            assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert raw.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        for conn in conns:
            conn.close()


def test_failing_query_hides_bound_values(vault: Vault) -> None:
    secret = "Xqzwvy Geheimenaam"
    with pytest.raises(sqlalchemy.exc.StatementError) as err, vault.write() as session:
        session.execute(text("INSERT INTO no_such_table(name) VALUES (:name)"), {"name": secret})
    assert secret not in str(err.value)
    assert secret not in repr(err.value)
    with pytest.raises(sqlalchemy.exc.IntegrityError) as err2, vault.write() as session:
        session.add(Case(case_number=secret, signal_received_on=None))  # NOT NULL violated
    assert secret not in str(err2.value)


def test_canary_is_nowhere_in_plaintext(vault_dir: Path) -> None:
    canary = "Zqxjvarowa Canarisdottir"
    tmp = Path(tempfile.gettempdir())
    started = time.time()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        case_id = store.create_case(
            v,
            store.CaseInput(
                signal_received_on="2026-02-01",
                person=store.PersonInput(first_name=canary.split()[0], last_name=canary.split()[1], alias=canary),
                signal_text=f"Melding over {canary}",
            ),
        )
        store.add_journal_entry(v, case_id, f"Gesprek met {canary}, ëçł")
        contacts.create_contact(v, contacts.ContactInput(last_name=canary, notes=canary))
        assert v.execute_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'Canarisdottir'")[0][0] >= 3
        hits_open = canary_hits(canary, vault_dir)
        assert hits_open == []
    recent_tmp = []
    for entry in os.scandir(tmp):  # other programs may remove their files meanwhile: a vanished file holds nothing
        with contextlib.suppress(FileNotFoundError):
            if entry.is_file() and entry.stat().st_mtime >= started - 1:
                recent_tmp.append(Path(entry.path))
    assert canary_hits(canary, vault_dir, paths.log_dir(), paths.data_dir()) == []
    for path in recent_tmp:  # each new file in the system's temporary folder, in its content (PDF text, ZIP members)
        with contextlib.suppress(FileNotFoundError):
            assert not holds(file_contents(path), canary), path


def test_second_opener_is_refused(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE):
        with pytest.raises(VaultInUse):
            Vault.open(vault_dir, passphrase=PASSPHRASE)
        script = (
            "import sys\nfrom coordinator_app.db.vault import Vault\nfrom coordinator_app.errors import VaultInUse\n"
            f"try:\n    Vault.open({str(vault_dir)!r}, passphrase={PASSPHRASE!r})\n"
            "except VaultInUse:\n    sys.exit(4)\nsys.exit(0)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
        assert result.returncode == 4
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # free again after close


WRITER = """
import sys
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store as cases
v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
i = 0
while True:
    i += 1
    cases.create_case(v, cases.CaseInput(signal_received_on="2026-03-01", case_number=f"K-{i:06d}"))
    print(i, flush=True)
"""


@pytest.mark.parametrize("kill_after", [5, 23, 61])
def test_kill_during_write_loop_loses_no_acknowledged_commit(vault_dir: Path, kill_after: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault_dir), PASSPHRASE], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    acknowledged = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        acknowledged = int(line)
        if acknowledged >= kill_after:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        numbers = {r[0] for r in v.execute_sql("SELECT case_number FROM cases")}
        assert {f"K-{i:06d}" for i in range(1, acknowledged + 1)} <= numbers
        assert v.check() == []


def test_old_database_swapped_in_is_reported(vault_dir: Path, tmp_path: Path, recovery_code: str) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-01"))
    old = tmp_path / "old.db"
    shutil.copy2(vault_dir / "vault.db", old)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-02"))
    shutil.copy2(old, vault_dir / "vault.db")
    with pytest.raises(RollbackDetected) as err:
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert "ouder dan het sleutelbestand" in err.value.message("nl")
    with pytest.raises(RollbackDetected) as err:  # accepting needs the recovery code, not the passphrase
        Vault.open(vault_dir, passphrase=PASSPHRASE, accept_rollback=True)
    assert "herstelcode" in err.value.message("nl")
    with Vault.open(vault_dir, code=recovery_code, accept_rollback=True) as v:
        assert store.count_cases(v) == 1
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # accepted once: the key file follows


def test_plain_sqlite_build_is_refused(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    def plain_connect(path: str, **kw: object) -> sqlite3.Connection:
        return sqlite3.connect(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module.sqlcipher3, "connect", plain_connect)
    with pytest.raises(NotSQLCipher):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
