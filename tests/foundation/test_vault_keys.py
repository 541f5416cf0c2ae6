"""Key slots: passphrase, recovery code, change, new code, rotation; damaged vs wrong secret."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coordinator_app.db import keys, recovery_code
from coordinator_app.db.vault import Vault
from coordinator_app.errors import RecoveryCodeInvalid, VaultDamaged, WrongSecret
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes


def _add_case(vault: Vault, number: str) -> int:
    return store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05", case_number=number))


def test_passphrase_and_recovery_code_open_the_same_vault(vault_dir: Path, recovery_code: str) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        _add_case(v, "ZM-2026-0001")
    with Vault.open(vault_dir, code=recovery_code) as v:
        assert store.count_cases(v) == 1
    messy = recovery_code.lower().replace("-", " ")
    with Vault.open(vault_dir, code=messy) as v:
        assert store.count_cases(v) == 1


def test_wrong_passphrase_and_wrong_code(vault_dir: Path) -> None:
    before = folder_hashes(vault_dir)
    with pytest.raises(WrongSecret) as err:
        Vault.open(vault_dir, passphrase="niet het goede wachtwoord")
    assert "wachtwoord klopt niet" in err.value.message("nl")
    other = recovery_code.generate()
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, code=other)
    assert folder_hashes(vault_dir) == before


def test_change_passphrase_and_new_recovery_code(vault_dir: Path, recovery_code: str) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        v.change_passphrase(PASSPHRASE, "nieuw wachtwoord 123", profile=keys.TEST_ONLY)
        with pytest.raises(WrongSecret):
            v.change_passphrase("fout", "x", profile=keys.TEST_ONLY)
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    with Vault.open(vault_dir, passphrase="nieuw wachtwoord 123") as v:
        new_code = v.new_recovery_code("nieuw wachtwoord 123")
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, code=recovery_code)
    Vault.open(vault_dir, code=new_code).close()


def test_rotate_data_key_reencrypts_and_keeps_data(vault_dir: Path, recovery_code: str) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        _add_case(v, "ZM-2026-0001")
        old_key = v.data_key
        old_bytes = (vault_dir / "vault.db").read_bytes()[:4096]
        new_code = v.rotate_data_key(PASSPHRASE, profile=keys.TEST_ONLY)
        assert v.data_key != old_key
        _add_case(v, "ZM-2026-0002")
    assert (vault_dir / "vault.db").read_bytes()[:4096] != old_bytes
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, code=recovery_code)
    with Vault.open(vault_dir, code=new_code) as v:
        assert store.count_cases(v) == 2
        assert v.check() == []
    assert not any(p.name.endswith(".rotating") for p in vault_dir.iterdir())


@pytest.mark.parametrize(
    "passphrase",
    ["quote\"s and 'single' `back`", "back\\slash\\\\x", "emoji 🔐🦄 passphrase", "עברית مرحبا RTL ‏טקסט",
     "x" * 1000, "  spaces around  ", "Coöperatie", "tab\tinside"],
)
def test_awkward_passphrases(tmp_path: Path, passphrase: str) -> None:
    v, _code = Vault.create(tmp_path / "v", passphrase, profile=keys.TEST_ONLY)
    v.close()
    Vault.open(tmp_path / "v", passphrase=passphrase).close()
    with pytest.raises(WrongSecret):
        Vault.open(tmp_path / "v", passphrase=passphrase + "x")


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed, decomposed = "caf\u00e9 wachtwoord", "cafe\u0301 wachtwoord"
    Vault.create(tmp_path / "v", composed, profile=keys.TEST_ONLY)[0].close()
    Vault.open(tmp_path / "v", passphrase=decomposed).close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _wrapped_offset(path: Path, kind: str) -> int:
    raw = path.read_bytes()
    wrapped = next(s["wrapped"] for s in json.loads(raw)["slots"] if s["kind"] == kind)
    return raw.index(wrapped.encode()) + 5


@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
def test_flipped_wrapped_key_is_damage_not_wrong_passphrase(vault_dir: Path, recovery_code: str, kind: str) -> None:
    for name in (keys.KEYS_FILE, keys.KEYS_BACKUP):
        _flip(vault_dir / name, _wrapped_offset(vault_dir / name, kind))
    secret = {"passphrase": PASSPHRASE} if kind == "passphrase" else {"code": recovery_code}
    with pytest.raises(VaultDamaged) as err:
        Vault.open(vault_dir, **secret)
    assert not isinstance(err.value, WrongSecret)
    assert "beschadigd" in err.value.message("nl")


def test_damaged_main_key_file_is_repaired_from_its_copy(vault_dir: Path) -> None:
    main = vault_dir / keys.KEYS_FILE
    _flip(main, _wrapped_offset(main, "passphrase"))
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()
    keys.KeyFile.from_bytes(main.read_bytes())  # valid again


def test_flipped_database_salt_is_damage(vault_dir: Path) -> None:
    _flip(vault_dir / "vault.db", 3)  # the first 16 bytes are SQLCipher's salt
    with pytest.raises(VaultDamaged) as err:
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert not isinstance(err.value, WrongSecret)


def test_recovery_code_typos_are_caught_before_derivation(recovery_code: str) -> None:
    canonical = recovery_code_module_normalise(recovery_code)
    groups = canonical.split("-")
    for index in range(len(groups)):
        group = groups[index]
        replacement = "2" if group[1] != "2" else "3"
        typo = groups.copy()
        typo[index] = group[0] + replacement + group[2:]
        with pytest.raises(RecoveryCodeInvalid) as err:
            recovery_code_module_normalise("-".join(typo))
        assert err.value.params["group"] == index + 1
    swapped = groups.copy()
    swapped[0], swapped[1] = swapped[1], swapped[0]
    if swapped != groups:
        with pytest.raises(RecoveryCodeInvalid):
            recovery_code_module_normalise("-".join(swapped))
    with pytest.raises(RecoveryCodeInvalid):
        recovery_code_module_normalise(canonical[:-2])


def recovery_code_module_normalise(text: str) -> str:
    return recovery_code.normalise(text)


def test_generated_codes_have_enough_entropy_and_valid_checks() -> None:
    codes = {recovery_code.generate() for _ in range(2000)}
    assert len(codes) == 2000
    for code in list(codes)[:200]:
        assert recovery_code.normalise(code) == code
    import math

    bits = recovery_code.GROUPS * recovery_code.DATA_PER_GROUP * math.log2(len(recovery_code.ALPHABET))
    assert bits >= 128


def test_key_file_written_with_owner_only_permissions(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        _add_case(v, "ZM-2026-0003")
    if os.name == "posix":
        assert (vault_dir / keys.KEYS_FILE).stat().st_mode & 0o077 == 0


def test_every_kdf_parameter_is_bound_to_the_wrapped_key() -> None:
    """SECURITY.md: the associated data binds vault id, slot kind and KDF parameters, and a slot's parameters are
    checked against their bounds before anything is derived. A parameter that does not feed the derivation (here
    an added one) is refused before derivation; another vault id fails the tag: nothing is unwrapped."""
    import dataclasses

    vault_x, vault_y = "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"
    data_key = os.urandom(keys.DATA_KEY_BYTES)
    slot = keys.passphrase_slot(data_key, PASSPHRASE, vault_x, keys.TEST_ONLY)
    assert keys.unlock(keys.KeyFile(vault_x, 0, (slot,)), passphrase=PASSPHRASE) == data_key
    assert data_key != bytes(keys.DATA_KEY_BYTES)  # wrapping left the caller's key alone
    forged = dataclasses.replace(slot, kdf={**slot.kdf, "note": "downgraded elsewhere"})
    with pytest.raises((WrongSecret, VaultDamaged)):
        keys.unlock(keys.KeyFile(vault_x, 0, (forged,)), passphrase=PASSPHRASE)
    with pytest.raises(WrongSecret):  # the vault id is bound too
        keys.unlock(keys.KeyFile(vault_y, 0, (slot,)), passphrase=PASSPHRASE)
