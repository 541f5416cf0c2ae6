"""Single-instance lock on a vault folder: OS file locks held while the vault is open.

The OS releases them when the process dies, so a crash never leaves a vault "in use". Two locks are
held: one on `vault.lock` and, on POSIX, one on `vault.db` itself (flock, which does not interfere
with SQLite's own fcntl locks). Deleting `vault.lock` therefore does not let a second process in: it
still finds the database locked. After a swap replaces `vault.db` (restore, key rotation) the holder
calls `relock_db()` to lock the new file. On Windows an open file cannot be deleted, and a byte-range
lock on the database would block SQLite itself, so only `vault.lock` is locked there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coordinator_app.errors import VaultInUse

LOCK_FILE = "vault.lock"
DB_FILE = "vault.db"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # optional platform module

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # optional platform module

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt  # optional platform module

            os.lseek(fd, 0, 0)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl  # optional platform module

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class FolderLock:
    def __init__(self, folder: Path, name: str = LOCK_FILE) -> None:
        """`name` other than the vault's lock file makes a plain lock (ui/instance.py) that guards no database."""
        self.folder = folder
        self.path = folder / name
        self._guards_db = name == LOCK_FILE
        self._fd: int | None = None
        self._db_fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):  # the lock file may be deleted or replaced between open and lock
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                raise VaultInUse()
            if sys.platform == "win32" or _same_file(fd, self.path):
                self._fd = fd
                break
            _unlock(fd)
        else:
            raise VaultInUse()
        if not self._guards_db:
            return
        try:
            self.relock_db()
        except BaseException:
            self.release()
            raise

    def relock_db(self) -> None:
        """Lock the database file that is in place now (after a swap replaced it); no-op on Windows."""
        if sys.platform == "win32":
            return
        if self._db_fd is not None and _same_file(self._db_fd, self.folder / DB_FILE):
            return  # still the same file: already locked
        old, self._db_fd = self._db_fd, None
        try:
            fd = os.open(self.folder / DB_FILE, os.O_RDONLY)
        except FileNotFoundError:
            fd = None
        if fd is not None and not _try_lock(fd):
            os.close(fd)
            if old is not None:
                _unlock(old)
            raise VaultInUse()
        self._db_fd = fd
        if old is not None:  # after the new file is locked: no moment without a lock
            _unlock(old)

    def release(self) -> None:
        if self._db_fd is not None:
            fd, self._db_fd = self._db_fd, None
            _unlock(fd)
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
