"""Secrets under attack: 100 wrong passphrases change nothing on disk; typos in recovery codes are
caught by the check characters before any key derivation (10,000 generated codes)."""

from __future__ import annotations

import random
from pathlib import Path

from coordinator_app.db import recovery_code
from coordinator_app.db.vault import Vault
from coordinator_app.errors import RecoveryCodeInvalid, WrongSecret
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes
from tests.security.figures import record

CODES = 10_000


def test_hundred_wrong_passphrases_change_nothing(vault_dir: Path) -> None:
    before = folder_hashes(vault_dir)
    rng = random.Random(5)
    refused = 0
    for i in range(100):
        guess = PASSPHRASE[: rng.randrange(len(PASSPHRASE))] + chr(rng.randrange(33, 0x2FF)) + str(i)
        try:
            Vault.open(vault_dir, passphrase=guess).close()
        except WrongSecret:
            refused += 1
    assert folder_hashes(vault_dir) == before
    record("wrong passphrases (vault files unchanged)", 100, refused)
    assert refused == 100
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def _typos(code: str, rng: random.Random) -> list[str]:
    groups = code.split("-")
    g = rng.randrange(len(groups))
    group = groups[g]
    pos = rng.randrange(4)
    wrong = rng.choice([c for c in recovery_code.ALPHABET if c != group[pos]])
    substituted = groups.copy()
    substituted[g] = group[:pos] + wrong + group[pos + 1:]
    out = ["-".join(substituted)]
    pos = rng.randrange(3)
    if group[pos] != group[pos + 1]:
        swapped = groups.copy()
        swapped[g] = group[:pos] + group[pos + 1] + group[pos] + group[pos + 2:]
        out.append("-".join(swapped))
    h = rng.randrange(len(groups) - 1)
    if groups[h] != groups[h + 1]:
        exchanged = groups.copy()
        exchanged[h], exchanged[h + 1] = exchanged[h + 1], exchanged[h]
        out.append("-".join(exchanged))
    return out


def test_recovery_code_typos_are_caught() -> None:
    rng = random.Random(2026)
    tried = caught = 0
    for _ in range(CODES):
        code = recovery_code.generate()
        assert recovery_code.normalise(code.lower().replace("-", "")) == code
        for typo in _typos(code, rng):
            tried += 1
            try:
                recovery_code.normalise(typo)
            except RecoveryCodeInvalid:
                caught += 1
    record("recovery-code typos (substitution, neighbour swap, group swap)", tried, caught,
           f"over {CODES:,} generated codes")
    assert caught == tried
