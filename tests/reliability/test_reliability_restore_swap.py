"""A restore cut off half-way through its swap is finished (marker present) or undone (no marker) by
the next unlock, also when the database was already moved away and the key file belongs to another vault."""

from __future__ import annotations

import shutil
from pathlib import Path

from coordinator_app.db import keys, swap
from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE


def _vault_with_case(folder: Path, number: str) -> None:
    v, _ = Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)
    with v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-01", case_number=number))


def test_unlock_rolls_a_marked_restore_forward(tmp_path: Path) -> None:
    _vault_with_case(tmp_path / "old", "OLD-1")
    _vault_with_case(tmp_path / "new", "NEW-1")
    target = tmp_path / "old"
    shutil.copy2(tmp_path / "new" / "vault.db", target / swap.STAGED_DB)
    shutil.copy2(tmp_path / "new" / keys.KEYS_FILE, target / swap.STAGED_KEYS)
    (target / swap.MARKER).write_text("pending")
    (target / "vault.db").unlink()  # cut off after moving the old database aside
    with Vault.open(target, passphrase=PASSPHRASE) as v:
        assert [r[0] for r in v.execute_sql("SELECT case_number FROM cases")] == ["NEW-1"]
    assert not swap.interrupted(target)


def test_unlock_undoes_an_unmarked_restore(tmp_path: Path) -> None:
    _vault_with_case(tmp_path / "old", "OLD-1")
    _vault_with_case(tmp_path / "new", "NEW-1")
    target = tmp_path / "old"
    shutil.copy2(tmp_path / "new" / "vault.db", target / swap.STAGED_DB)
    with Vault.open(target, passphrase=PASSPHRASE) as v:
        assert [r[0] for r in v.execute_sql("SELECT case_number FROM cases")] == ["OLD-1"]
    assert not swap.interrupted(target)
