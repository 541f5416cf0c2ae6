"""Private by construction: the vault folder is 0700 even when it existed, every file with vault data is 0600
(database, WAL, SHM, key files, set-aside key files, safety copies, backups), the log folder 0700 and its
files 0600, whatever the umask allows."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app import logging_setup
from coordinator_app.db import keys
from coordinator_app.db.vault import Vault
from coordinator_app.services.backups import backup, restore
from coordinator_app.services.cases import store
from tests.conftest import PASSPHRASE
from tests.security.figures import record

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual desktop umask: what the app does not set itself would be 0644/0755
    yield
    os.umask(old)


def _loose(folder: Path, file_mode: int = 0o600, dir_mode: int = 0o700) -> list[str]:
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = dir_mode if path.is_dir() else file_mode
        if path.name == "vault.lock":
            want = 0o600
        if mode & ~want:
            found.append(f"{path.relative_to(folder.parent)}: {oct(mode)}")
    return found


def test_everything_the_vault_writes_is_owner_only(tmp_path: Path) -> None:
    checked: list[Path] = []
    loose: list[str] = []
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o755)  # an existing, world-readable folder
    os.chmod(folder, 0o755)
    v, code = Vault.create(folder, PASSPHRASE, profile=keys.TEST_ONLY)
    with v:
        store.create_case(v, store.CaseInput(signal_received_on="2026-01-05", case_number="MODE-1"))
        assert (folder / "vault.db-wal").exists() and (folder / "vault.db-shm").exists()
        loose += _loose(folder)  # while open: WAL and SHM too
        backups = tmp_path / "backups"
        backups.mkdir()
        made = backup.create_backup(v, backups)
        v.rotate_data_key(PASSPHRASE, profile=keys.TEST_ONLY)
        loose += _loose(folder)
    loose += _loose(backups, dir_mode=0o755)  # the backup folder is the user's; its files are ours
    # a vault written by an older version (0644 files in a 0755 folder) is tightened when opened
    for path in folder.iterdir():
        os.chmod(path, 0o644)
    os.chmod(folder, 0o755)
    Vault.open(folder, passphrase=PASSPHRASE).close()
    loose += _loose(folder)
    for path in folder.iterdir():  # and a restore keeps the old vault only in an owner-only safety copy
        os.chmod(path, 0o644)
    result = restore.restore(made, folder, code=code)
    assert result.safety_copy is not None and any(result.safety_copy.iterdir())
    loose += _loose(folder)
    checked += [p for p in folder.rglob("*")] + [made]
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    os.chmod(logs, 0o755)
    handler_path = logging_setup.setup(logs)
    logging.getLogger("coordinator.test").warning("mode check")
    loose += _loose(logs)
    checked += [logs, handler_path]
    record("file modes: vault folder, database, WAL, SHM, key files, safety copies, backups, logs", len(checked),
           len(checked) - len(loose), "umask 022, pre-existing 0755 folders and 0644 files from an older version")
    assert loose == []
