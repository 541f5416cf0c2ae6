"""Damaged backups are refused precisely: a bit flipped anywhere, a file cut off anywhere, a foreign
file, an empty file. Never half-restored: the target vault stays as it was."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import backup, file_format, restore, verify
from coordinator_app.services.backups.file_format import BackupInvalid
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.helpers import folder_hashes


@pytest.fixture
def made(vault: Vault, tmp_path: Path) -> Path:
    for n in range(5):
        store.create_case(
            vault, store.CaseInput(signal_received_on="2026-01-05", person=store.PersonInput(last_name=f"Naam{n}"))
        )
    (tmp_path / "bk").mkdir()
    return backup.create_backup(vault, tmp_path / "bk")


def _code(path: Path, recovery_code: str) -> str:
    with pytest.raises(BackupInvalid) as err:
        verify.verify(path, code=recovery_code)
    return err.value.code


def test_bit_flips_at_100_random_offsets_are_refused_as_altered(made: Path, recovery_code: str, tmp_path: Path) -> None:
    data = made.read_bytes()
    header = file_format.read_header(made)
    rng = random.Random(20261129)
    # a third of the flips in the header and manifest, the rest anywhere
    offsets = [rng.randrange(header.payload_offset) for _ in range(34)] + [rng.randrange(len(data)) for _ in range(66)]
    seen = {}
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 1 << rng.randrange(8)
        target = tmp_path / "flipped.cbak"
        target.write_bytes(bytes(damaged))
        code = _code(target, recovery_code)
        seen[offset] = code
        assert code == "backup_altered", (offset, code)
    assert verify.verify(made, code=recovery_code).cases == 5  # the original is still fine


def test_truncation_at_20_random_lengths_is_refused_as_truncated(
    made: Path, recovery_code: str, tmp_path: Path
) -> None:
    data = made.read_bytes()
    header = file_format.read_header(made)
    rng = random.Random(7)
    lengths = [1, 8, 11, header.payload_offset - 1, len(data) - 1]
    lengths += [rng.randrange(1, header.payload_offset) for _ in range(5)]
    lengths += [rng.randrange(header.payload_offset, len(data)) for _ in range(10)]
    for length in lengths:
        target = tmp_path / "cut.cbak"
        target.write_bytes(data[:length])
        assert _code(target, recovery_code) == "backup_truncated", length


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "backup_empty"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, "backup_not_a_backup"),
        (b"SQLite format 3\x00" + b"\x00" * 4000, "backup_not_a_backup"),
        (b"PK\x03\x04", "backup_not_a_backup"),
    ],
)
def test_foreign_and_empty_files_refused(tmp_path: Path, recovery_code: str, content: bytes, expected: str) -> None:
    target = tmp_path / "coordinator-backup-20260101-000000.cbak"
    target.write_bytes(content)
    assert _code(target, recovery_code) == expected


def test_vault_file_itself_is_not_a_backup(vault_dir: Path, recovery_code: str) -> None:
    assert _code(vault_dir / "vault.db", recovery_code) == "backup_not_a_backup"


def test_damaged_backup_never_touches_the_target_vault(made: Path, vault_dir: Path, tmp_path: Path) -> None:
    data = bytearray(made.read_bytes())
    data[-5000] ^= 0x10
    damaged = tmp_path / "damaged.cbak"
    damaged.write_bytes(bytes(data))
    target = tmp_path / "target"
    import shutil

    shutil.copytree(vault_dir, target)
    before = folder_hashes(target)
    with pytest.raises(BackupInvalid):
        restore.restore(damaged, target, passphrase=PASSPHRASE)
    assert folder_hashes(target) == before
