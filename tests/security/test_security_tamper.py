"""Bit flips and truncations of the vault and its key file: every one is detected on open or by
`check`, never silently wrong data. A whole-file rollback and a replayed first page are reported."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from coordinator_app.errors import KnownError, RollbackDetected, VaultDamaged, WrongSecret
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.security.figures import record

FLIPS = 1000
TRUNCATIONS = 100


def _detected(folder: Path) -> bool:
    """True when opening or checking the vault reports damage (a KnownError other than WrongSecret)."""
    try:
        vault = Vault.open(folder, passphrase=PASSPHRASE)
    except WrongSecret:
        return False  # damage shown as a wrong passphrase would be a failure
    except KnownError:
        return True
    try:
        return bool(vault.check())
    except Exception:
        return True
    finally:
        vault.close()


@pytest.fixture(scope="module")
def sample_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tamper") / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)
    with vault:
        from coordinator_app.services import demo

        demo.generate(vault, cases=40, seed=3)
    return folder


def _copy(src: Path, dst: Path) -> Path:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("vault.lock"))
    return dst


def test_bit_flips_in_the_database_are_all_detected(sample_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(1234)
    original = (sample_vault / "vault.db").read_bytes()
    work = _copy(sample_vault, tmp_path / "work")
    missed = []
    for _ in range(FLIPS):
        offset = rng.randrange(len(original))
        data = bytearray(original)
        data[offset] ^= 1 << rng.randrange(8)
        (work / "vault.db").write_bytes(bytes(data))
        if not _detected(work):
            missed.append(offset)
    record("vault.db: single bit flips", FLIPS, FLIPS - len(missed), "open or `check`")
    assert missed == []


def test_truncations_of_the_database_are_all_detected(sample_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(99)
    original = (sample_vault / "vault.db").read_bytes()
    work = _copy(sample_vault, tmp_path / "work")
    missed = []
    lengths = [0, 1, 15, 16, 1023, 4096, *(rng.randrange(len(original)) for _ in range(TRUNCATIONS - 6))]
    for length in lengths:
        (work / "vault.db").write_bytes(original[:length])
        if not _detected(work):
            missed.append(length)
    record("vault.db: truncations", len(lengths), len(lengths) - len(missed), "open or `check`")
    assert missed == []


def test_key_file_flips_are_damage_never_wrong_passphrase(sample_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    main = (sample_vault / keys.KEYS_FILE).read_bytes()
    work = _copy(sample_vault, tmp_path / "work")
    outcomes = {"damaged": 0, "repaired": 0, "wrong": 0}
    tries = 300
    for i in range(tries):
        data = bytearray(main)
        offset = rng.randrange(len(data))
        data[offset] ^= 1 << rng.randrange(8)
        both = i % 2 == 0  # half the time the spare copy is damaged the same way
        (work / keys.KEYS_FILE).write_bytes(bytes(data))
        (work / keys.KEYS_BACKUP).write_bytes(bytes(data) if both else main)
        try:
            Vault.open(work, passphrase=PASSPHRASE).close()
            outcomes["repaired"] += 1
            assert not both or bytes(data) == main
        except WrongSecret:
            outcomes["wrong"] += 1
        except VaultDamaged:
            outcomes["damaged"] += 1
    record("vault.keys: single bit flips (half with the copy damaged too)", tries,
           outcomes["damaged"] + outcomes["repaired"],
           f"{outcomes['repaired']} repaired from the spare copy, {outcomes['damaged']} reported damaged")
    assert outcomes["wrong"] == 0


def test_key_file_truncations_are_damage_never_wrong_passphrase(sample_vault: Path, tmp_path: Path) -> None:
    rng = random.Random(8)
    main = (sample_vault / keys.KEYS_FILE).read_bytes()
    work = _copy(sample_vault, tmp_path / "work")
    lengths = [0, 1, len(main) - 1, *(rng.randrange(len(main)) for _ in range(47))]
    wrong = 0
    for length in lengths:
        (work / keys.KEYS_FILE).write_bytes(main[:length])
        (work / keys.KEYS_BACKUP).write_bytes(main[:length])
        try:
            Vault.open(work, passphrase=PASSPHRASE).close()
        except WrongSecret:
            wrong += 1
        except VaultDamaged:
            pass
    record("vault.keys and its copy truncated", len(lengths), len(lengths) - wrong, "reported damaged")
    assert wrong == 0


def test_whole_file_rollback_and_replayed_first_page(sample_vault: Path, tmp_path: Path) -> None:
    work = _copy(sample_vault, tmp_path / "work")
    old = (work / "vault.db").read_bytes()
    with Vault.open(work, passphrase=PASSPHRASE) as v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-05-01"))
    new = (work / "vault.db").read_bytes()
    (work / "vault.db").write_bytes(old)
    with pytest.raises(RollbackDetected):
        Vault.open(work, passphrase=PASSPHRASE)
    # an old page spliced into the newer file: the page holding the generation counter
    detected = 0
    page = 4096
    pages_tried = 0
    for number in range(len(new) // page):
        if old[number * page:(number + 1) * page] == new[number * page:(number + 1) * page]:
            continue
        pages_tried += 1
        spliced = new[: number * page] + old[number * page:(number + 1) * page] + new[(number + 1) * page:]
        (work / "vault.db").write_bytes(spliced)
        try:
            with Vault.open(work, passphrase=PASSPHRASE) as v:
                if v.check():
                    detected += 1
        except KnownError:
            detected += 1
    record("page replay (old page spliced into newer file)", pages_tried, detected,
           "detected when the page holds the generation counter or breaks the b-tree; other replays pass "
           "SQLCipher's checks and are a known limit")
    assert detected >= 1
