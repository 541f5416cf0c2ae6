"""Deleted and replaced words leave the full-text index: FTS5 keeps old words in its index segments
until they are merged, so the vault merges them before it closes (and right after a case deletion)."""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db.engine import connect
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store, work
from coordinator_app.services.network import contacts
from tests.conftest import PASSPHRASE


def _index_bytes(vault_dir: Path) -> bytes:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        key = v.data_key
        v.engine.dispose()  # type: ignore[union-attr]
        conn = connect(vault_dir / "vault.db", key)
        try:
            blocks = [b for (b,) in conn.execute("SELECT block FROM search_index_data") if b]
            content = [str(r) for r in conn.execute("SELECT * FROM search_index_content")]
        finally:
            conn.close()
    return (b"".join(blocks) + "".join(content).encode()).lower()


def test_deleted_journal_entry_and_renamed_person_leave_the_index(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        case_id = store.create_case(v, store.CaseInput(
            signal_received_on="2026-03-03", person=store.PersonInput(last_name="Jansenovicz")))
        entry = store.add_journal_entry(v, case_id, "Verkeerd genoteerd: Wrongnamez woont bij tante.")
        contact = contacts.create_contact(v, contacts.ContactInput(last_name="Oldcontactz"))
        store.add_journal_entry(v, case_id, "Blijft staan: Keepwordz.")
    assert b"wrongnamez" in _index_bytes(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        work.delete_journal(v, case_id, entry)
        store.update_case(v, case_id, store.CaseChanges(), person=store.PersonChanges(last_name="Pietersz"))
        contacts.update_contact(v, contact, contacts.ContactInput(last_name="Newcontactz"))
    data = _index_bytes(vault_dir)
    for gone in (b"wrongnamez", b"jansenovicz", b"oldcontactz"):
        assert gone not in data, gone
    for kept in (b"keepwordz", b"pietersz", b"newcontactz"):
        assert kept in data, kept


def test_folded_words_leave_the_index_too(vault_dir: Path) -> None:
    """The index also holds every text in folded form (ł → l, ó → o): those words are purged as well."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        case_id = store.create_case(v, store.CaseInput(
            signal_received_on="2026-03-03",
            person=store.PersonInput(last_name="Łukaszewiczówna", other_spellings="Ñandúzqx")))
        entry = store.add_journal_entry(v, case_id, "Woont bij Đặngquyx.")
    data = _index_bytes(vault_dir)
    for folded in (b"lukaszewiczowna", b"nanduzqx", b"dangquyx"):
        assert folded in data, folded
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        work.delete_journal(v, case_id, entry)
        changes = store.PersonChanges(last_name="Pietersz", other_spellings=None)
        store.update_case(v, case_id, store.CaseChanges(), person=changes)
    data = _index_bytes(vault_dir)
    for gone in (b"lukaszewiczowna", b"nanduzqx", b"dangquyx", "łukaszewiczówna".encode()):
        assert gone not in data, gone
    assert b"pietersz" in data
