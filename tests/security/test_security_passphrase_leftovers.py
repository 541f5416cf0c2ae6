"""What stays on disk after a passphrase change (docs/SECURITY.md, "After a passphrase change"): only the two
key files are rewritten (the same content in both), no safety copy or other file appears, and the
data key does not change, so an old key file still unwraps, with the old passphrase, the key that opens the
current database."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from coordinator_app.errors import WrongSecret
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE

NEW = "Zeven zwanen zwemmen zachtjes door de Zwolse gracht"


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_passphrase_change_rewrites_only_the_key_files(vault_dir: Path) -> None:
    old_keys = (vault_dir / "vault.keys").read_bytes()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-05", case_number="PASS-1"))
        v.checkpoint()
        before = _names(vault_dir)
        old = {name: (vault_dir / name).read_bytes() for name in ("vault.keys", "vault.keys.bak")}
        v.change_passphrase(PASSPHRASE, NEW, profile=keys.TEST_ONLY)
        assert _names(vault_dir) == before  # no safety copy, no other file
        for name, content in old.items():
            assert (vault_dir / name).read_bytes() != content  # both key files rewritten
        assert (vault_dir / "vault.keys").read_bytes() == (vault_dir / "vault.keys.bak").read_bytes()
    assert not list(vault_dir.glob("before-restore-*"))
    # the old passphrase no longer opens the vault ...
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    # ... but the data key is the same: the old key file and the old passphrase still unwrap it
    old_key = keys.unlock(keys.KeyFile.from_bytes(old_keys), passphrase=PASSPHRASE)
    new_key = keys.unlock(keys.read_keyfile(vault_dir)[0], passphrase=NEW)
    assert bytes(old_key) == bytes(new_key)
