"""kill -9 in the middle of a passphrase change and of a data-key rotation (in a subprocess, held at a
file-system step it reported reaching: every fsync and rename of the key file and of the database swap,
tests/reliability/crashpoints.py): afterwards the vault opens with the old or the new secret, every
acknowledged commit is there, and `check` passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.errors import WrongSecret
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.reliability.crashpoints import CrashTally, kill_at
from tests.security.figures import record

NEW = "nieuw wachtwoord na de wissel"

HOOKS = ["os.fsync", "os.replace"]
LOOP = """
import sys
from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
folder, old, new, mode = sys.argv[1:5]
current = old
v = Vault.open(folder, passphrase=current)
i = 0
while True:
    i += 1
    other = new if current == old else old
    if mode == "change":
        v.change_passphrase(current, other, profile=keys.TEST_ONLY)
    else:
        code = v.rotate_data_key(current, profile=keys.TEST_ONLY)
        v.set_passphrase(other, profile=keys.TEST_ONLY)
    current = other
    print(i, current == new, flush=True)
"""


def _open_either(folder: Path) -> Vault:
    for secret in (PASSPHRASE, NEW):
        try:
            return Vault.open(folder, passphrase=secret)
        except WrongSecret:
            continue
    raise AssertionError("the vault opens with neither the old nor the new passphrase")


@pytest.mark.parametrize("mode", ["change", "rotate"])
def test_kill_during_secret_changes(vault_dir: Path, mode: str) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        for n in range(5):
            store.create_case(v, store.CaseInput(signal_received_on="2026-04-01", case_number=f"KEEP-{n}"))
    runs = 8
    ok = 0
    tally = CrashTally()
    steps = 3 if mode == "change" else 5  # wrapped calls in one change / one rotation: walk past the first round
    for n in range(runs):
        kill_at(LOOP, [str(vault_dir), PASSPHRASE, NEW, mode], HOOKS, 1 + n * steps // 2 + n % 3, tally)
        with _open_either(vault_dir) as v:
            numbers = {r[0] for r in v.execute_sql("SELECT case_number FROM cases")}
            assert {f"KEEP-{n}" for n in range(5)} <= numbers
            assert v.check() == []
            ok += 1
        # reset to the old passphrase for the next run
        with _open_either(vault_dir) as v:
            v.set_passphrase(PASSPHRASE)
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()
    leftovers = [p.name for p in vault_dir.iterdir() if p.name.endswith((".tmp", ".rotating"))]
    record(f"kill -9 during {'passphrase change' if mode == 'change' else 'data-key rotation'}", runs, ok,
           "vault opens with old or new secret, data intact, check passes; " + tally.note())
    assert ok == runs
    assert tally.missed == 0 and sum(tally.at.values()) == runs
    assert set(tally.at) == set(HOOKS)  # killed both before a sync and before a rename
    assert leftovers == []  # opening the vault removes what a killed write left behind


def test_crash_after_database_swap_keeps_the_new_key(vault_dir: Path, recovery_code: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The worst moment of a rotation: the new database is in place, the key file not yet written.
    An old recovery code must not make the vault throw the pending new key away."""
    from coordinator_app.db import keys as keys_module
    from coordinator_app.db import vault as vault_module

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-04-01", case_number="KEEP-X"))

        def crash(*_a, **_k) -> None:
            raise RuntimeError("power cut")

        monkeypatch.setattr(keys_module, "write_keyfile", crash)
        with pytest.raises(RuntimeError):
            v.rotate_data_key(PASSPHRASE, profile=keys_module.TEST_ONLY)
        monkeypatch.undo()
        v._lock.release()  # the process "died": its lock is gone
    assert (vault_dir / vault_module.ROTATE_KEYS).exists()
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, code=recovery_code)  # the old code cannot open the new database
    assert (vault_dir / vault_module.ROTATE_KEYS).exists()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.execute_sql("SELECT count(*) FROM cases WHERE case_number = 'KEEP-X'")[0][0] == 1
        assert v.check() == []
    assert not (vault_dir / vault_module.ROTATE_KEYS).exists()
