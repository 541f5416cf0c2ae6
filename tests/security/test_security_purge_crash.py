"""Deletion survives a crash: the search-index purge is recorded in the vault in the same transaction as
the change, and a vault killed before it could merge the index finishes the purge on the next open."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from coordinator_app.db.engine import connect
from coordinator_app.db.vault import PURGE_PENDING, Vault
from coordinator_app.services.cases import store
from coordinator_app.services.network import contacts
from tests.conftest import PASSPHRASE
from tests.security.figures import record

ROOT = Path(__file__).resolve().parent.parent.parent

KILLED_AFTER_CHANGES = textwrap.dedent("""
    import os, signal, sys
    from coordinator_app.db.vault import Vault
    from coordinator_app.services.cases import work as case_work
    from coordinator_app.services.cases import detail as case_detail, store as cases
    from coordinator_app.services.network import contacts
    folder, passphrase, case_id, entry, contact = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
    v = Vault.open(folder, passphrase=passphrase)
    case_work.delete_journal(v, case_id, entry)
    cases.update_case(v, case_id, cases.CaseChanges(), person=cases.PersonChanges(last_name="Pietersz"))
    contacts.update_contact(v, contact, contacts.ContactInput(last_name="Newcontactz"))
    os.kill(os.getpid(), signal.SIGKILL)  # no close: the merge never ran
""")


def _raw(vault_dir: Path) -> tuple[bytes, bool]:
    """The search index's stored bytes (lower case) and whether a purge is still recorded as pending."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        key = bytes(v.data_key)
        v.engine.dispose()  # type: ignore[union-attr]
        conn = connect(vault_dir / "vault.db", key)
        try:
            blocks = [b for (b,) in conn.execute("SELECT block FROM search_index_data") if b]
            content = [str(r) for r in conn.execute("SELECT * FROM search_index_content")]
            pending = conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (PURGE_PENDING,)).fetchone()
        finally:
            conn.close()
    return (b"".join(blocks) + "".join(content).encode()).lower(), pending is not None


def _pending_in_file(vault_dir: Path, key: bytes) -> bool:
    conn = connect(vault_dir / "vault.db", key)
    try:
        return conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (PURGE_PENDING,)).fetchone() is not None
    finally:
        conn.close()


def test_purge_is_recorded_with_the_change_and_finished_after_a_kill(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        case_id = store.create_case(v, store.CaseInput(
            signal_received_on="2026-03-03", person=store.PersonInput(last_name="Jansenovicz")))
        entry = store.add_journal_entry(v, case_id, "Verkeerd genoteerd: Wrongnamez woont bij tante.")
        contact = contacts.create_contact(v, contacts.ContactInput(last_name="Oldcontactz"))
        store.add_journal_entry(v, case_id, "Blijft staan: Keepwordz.")
        key = bytes(v.data_key)
    data, pending = _raw(vault_dir)
    assert b"wrongnamez" in data and not pending
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_CHANGES, str(vault_dir), PASSPHRASE, *map(str, (case_id, entry, contact))],
        cwd=ROOT, capture_output=True, timeout=120,
    )
    assert done.returncode == -9, done.stderr[-2000:]
    assert _pending_in_file(vault_dir, key), "the pending purge was committed with the changes"
    data, pending = _raw(vault_dir)  # one open and close
    assert not pending
    for gone in (b"wrongnamez", b"jansenovicz", b"oldcontactz"):
        assert gone not in data, gone
    for kept in (b"keepwordz", b"pietersz", b"newcontactz"):
        assert kept in data, kept
    record("kill -9 between a change or deletion and the search-index merge: old words after one reopen", 3,
           sum(w not in data for w in (b"wrongnamez", b"jansenovicz", b"oldcontactz")),
           "the pending merge is recorded in vault_meta with the change and finished on the next open")
