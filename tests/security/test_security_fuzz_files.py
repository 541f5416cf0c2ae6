"""Random bytes and 1,000 bit flips against the file readers: the backup reader, the spreadsheet importer.
No crash: every bad file is a clear known error (Dutch message), never silently accepted wrong data."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.db.vault import Vault
from coordinator_app.errors import KnownError
from coordinator_app.services.backups import backup, verify
from coordinator_app.services.backups.file_format import BackupInvalid
from coordinator_app.services.cases import sheet_import, store
from tests.security.figures import record

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.one_of(st.binary(max_size=4096), st.binary(max_size=64).map(lambda b: b"CORDBAK1" + b)))
def test_backup_reader_refuses_random_bytes(tmp_path: Path, recovery_code: str, data: bytes) -> None:
    path = tmp_path / "random.cbak"
    path.write_bytes(data)
    with pytest.raises(KnownError) as err:
        verify.verify(path, code=recovery_code)
    assert err.value.message("nl")


@FUZZ
@given(data=st.binary(max_size=2048))
def test_spreadsheet_importer_refuses_random_bytes(vault: Vault, tmp_path: Path, data: bytes) -> None:
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(data)
        before = store.count_cases(vault)
        try:
            result = sheet_import.check_file(vault, path)
        except KnownError as exc:
            assert exc.message("nl")
            continue
        assert store.count_cases(vault) == before  # checking never writes
        assert result is not None


def test_thousand_bit_flips_in_a_backup_are_all_refused(vault: Vault, tmp_path: Path, recovery_code: str) -> None:
    for n in range(10):
        store.create_case(vault, store.CaseInput(signal_received_on="2026-01-05",
                                                 person=store.PersonInput(last_name=f"Naam{n}")))
    (tmp_path / "bk").mkdir()
    made = backup.create_backup(vault, tmp_path / "bk")
    data = made.read_bytes()
    rng = random.Random(1000)
    refused = 0
    flips = 1000
    for _ in range(flips):
        damaged = bytearray(data)
        damaged[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        target = tmp_path / "flipped.cbak"
        target.write_bytes(bytes(damaged))
        try:
            verify.verify(target, code=recovery_code)
        except BackupInvalid:
            refused += 1
    truncations = 100
    cut = 0
    for _ in range(truncations):
        target = tmp_path / "cut.cbak"
        target.write_bytes(data[: rng.randrange(len(data))])
        try:
            verify.verify(target, code=recovery_code)
        except BackupInvalid:
            cut += 1
    record("backup file: single bit flips", flips, refused, "verify-backup")
    record("backup file: truncations", truncations, cut, "verify-backup")
    assert refused == flips and cut == truncations
