"""Finishing or undoing a restore that was cut off (power loss, kill -9) before the vault is opened.

A restore (services/backups/restore.py) stages the restored database and key file beside the vault
(`vault.db.restoring`, `vault.keys.restoring`), writes the marker `restore.pending`, then swaps them
in. With the marker present the swap is rolled forward; without it the staged files are removed and
the old vault stays. Every step checks what is already done, so running it twice is harmless. It is
pure file work and lives in db/ so `vault.unlock()` can run it before anything else touches the folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coordinator_app.atomic import fsync_dir
from coordinator_app.db import keys

DB_FILE = "vault.db"
STAGED_DB = "vault.db.restoring"
STAGED_KEYS = "vault.keys.restoring"
MARKER = "restore.pending"


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def interrupted(folder: Path) -> bool:
    return any((folder / name).exists() for name in (MARKER, STAGED_DB, STAGED_KEYS))


def remove_staged(folder: Path) -> None:
    for name in (STAGED_DB, STAGED_DB + "-wal", STAGED_DB + "-shm", STAGED_DB + "-journal", STAGED_KEYS):
        _unlink(folder / name)
    for temp in (*folder.glob(f".{STAGED_KEYS}.*.tmp"), *folder.glob(f".{MARKER}.*.tmp")):
        _unlink(temp)  # temporary files of atomic writes cut off by a crash


def roll_forward(folder: Path) -> None:
    staged_db, staged_keys = folder / STAGED_DB, folder / STAGED_KEYS
    if staged_db.exists():
        for suffix in ("-wal", "-shm", "-journal"):
            _unlink(folder / (DB_FILE + suffix))
        for suffix in ("-wal", "-shm", "-journal"):
            _unlink(folder / (STAGED_DB + suffix))
        os.replace(staged_db, folder / DB_FILE)
        fsync_dir(folder)
    if staged_keys.exists():
        keys.write_keyfile(folder, keys.KeyFile.from_bytes(staged_keys.read_bytes()))
        staged_keys.unlink()
        fsync_dir(folder)
    _unlink(folder / MARKER)
    fsync_dir(folder)


def finish_interrupted_restore_locked(folder: Path) -> bool:
    """For a caller that holds the folder lock: roll forward (marker present, returns True) or undo."""
    if (folder / MARKER).exists():
        roll_forward(folder)
        return True
    remove_staged(folder)
    return False
