"""The session-end file-mode sweep (tests/conftest.py, tests/security/mode_sweep.py) catches what it must:
a vault database, key file, lock, backup, log or safety copy readable by others, and leaves alone the files
a user saves where she chooses (exports, PDFs, CSVs) and the folders she chose for them."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.mode_sweep import sweep

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _remove_planted(tmp_path: Path) -> Iterator[None]:
    """The loose files planted here would (rightly) fail the session's own sweep: remove them afterwards."""
    yield
    for child in tmp_path.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()


def _file(path: Path, mode: int) -> Path:
    """A file written the way the app writes (os.open), not through pathlib: the sweep must judge it."""
    os.makedirs(path.parent, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"x")
    os.close(fd)
    os.chmod(path, mode)
    return path


def test_the_sweep_catches_a_world_readable_vault_db(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)[0].close()
    checked, loose = sweep([tmp_path])
    assert loose == [] and checked >= 4  # folder, vault.db, both key files (and the lock)
    os.chmod(folder / "vault.db", 0o644)
    assert sweep([tmp_path])[1] == [f"{folder / 'vault.db'}: 0o644"]


@pytest.mark.parametrize(("relative", "mode"), [
    ("v/vault.db-wal", 0o644), ("v/vault.db-shm", 0o640), ("v/vault.keys", 0o604), ("v/vault.keys.bak", 0o660),
    ("v/vault.lock", 0o644), ("usb/coordinator-backup-20260101-000000.cbak", 0o644),
    ("v/before-restore-20260101-000000-000000/anything", 0o644), ("logs/coordinator.log", 0o644),
    ("logs/coordinator.log.1", 0o644), ("v/.vault.creating-ab12/vault.db", 0o644),
    ("v/vault.keys.set-aside-20260101-000000-x", 0o644), ("v/restore.pending", 0o644),
])
def test_each_kind_of_vault_file_is_caught(tmp_path: Path, relative: str, mode: int) -> None:
    path = _file(tmp_path / relative, mode)
    for parent in path.parents:  # folders owner-only, so only the planted file can offend
        if parent == tmp_path:
            break
        os.chmod(parent, 0o700)
    assert sweep([tmp_path])[1] == [f"{path}: {oct(mode)}"]


def test_loose_private_folders_are_caught(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    _file(vault / "vault.keys", 0o600)
    os.chmod(vault, 0o755)
    logs = tmp_path / "logs"
    _file(logs / "coordinator.log", 0o600)
    os.chmod(logs, 0o750)
    assert sorted(sweep([tmp_path])[1]) == sorted([f"{vault}: 0o755", f"{logs}: 0o750"])


def test_files_the_user_saves_are_not_vault_data(tmp_path: Path) -> None:
    exports = tmp_path / "Documenten"
    os.mkdir(exports)
    os.chmod(exports, 0o755)
    for name in ("kwartaal-2026-Q1.pdf", "kwartaal-2026-Q1.csv", "kwartaal.xlsx", "contacten.vcf", "brief.pdf"):
        _file(exports / name, 0o644)
    usb = tmp_path / "usb"  # the backup folder is the user's choice; only the backups in it are ours
    _file(usb / "coordinator-backup-20260101-000000.cbak", 0o600)
    os.chmod(usb, 0o755)
    checked, loose = sweep([tmp_path])
    assert loose == [] and checked == 1


def test_a_file_a_test_plants_is_an_input_until_the_app_replaces_it(tmp_path: Path) -> None:
    from coordinator_app.atomic import atomic_write_bytes

    usb = tmp_path / "usb"
    os.mkdir(usb)
    planted = usb / "damaged.cbak"
    planted.write_bytes(b"not a backup")  # through pathlib, from test code: a planted input
    os.chmod(planted, 0o644)
    assert sweep([tmp_path])[1] == []
    os.unlink(planted)  # the same name written again by other code (here os.open): judged
    _file(planted, 0o644)
    assert sweep([tmp_path])[1] == [f"{planted}: 0o644"]
    atomic_write_bytes(planted, b"written by the app")  # the app's own writer: a new file, owner-only
    assert sweep([tmp_path])[1] == []
