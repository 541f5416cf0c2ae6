"""One Coordinator per vault folder, checked at start-up before the passphrase is asked.

The vault's own folder lock (db/lockfile.py) is held only while the vault is open, so a second
program would otherwise find out only after the passphrase was typed. This lock is held for the
whole life of the window: an OS file lock (released by the OS when the process dies, so a crash
never leaves it behind) on a file in the user's data folder, named by a hash of the vault folder's
path (no name or path of the user in it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from coordinator_app import paths
from coordinator_app.db.lockfile import FolderLock
from coordinator_app.errors import VaultInUse

INSTANCE_FOLDER = "instances"


def instance_lock_name(folder: Path | str) -> str:
    key = str(Path(folder).expanduser().resolve()).encode("utf-8", "surrogatepass")
    return f"{hashlib.sha256(key).hexdigest()[:24]}.lock"


class InstanceLock:
    """`acquire()` returns False when another Coordinator holds this vault folder."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self._lock: FolderLock | None = None

    def acquire(self) -> bool:
        if self._lock is not None:
            return True
        where = paths.data_dir() / INSTANCE_FOLDER
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = FolderLock(where, instance_lock_name(self.folder))
        try:
            lock.acquire()
        except VaultInUse:
            return False
        self._lock = lock
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None
