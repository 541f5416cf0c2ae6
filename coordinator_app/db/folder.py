"""What a vault folder holds, without opening anything (cheap to import: no SQLAlchemy)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
KEYS_BACKUP = "vault.keys.bak"


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
DATA_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", DB_FILE + "-journal", KEYS_FILE, KEYS_BACKUP, "vault.lock")


def make_private(folder: Path) -> None:
    """Owner-only permissions for the vault folder (0700) and every file in it that holds vault data (0600),
    also when the folder existed before or the files were made by an older version. POSIX only."""
    if os.name != "posix":
        return
    os.chmod(folder, PRIVATE_DIR)
    for name in DATA_FILES:
        with contextlib.suppress(FileNotFoundError):
            if (folder / name).stat().st_mode & 0o077:
                os.chmod(folder / name, PRIVATE_FILE)


def create_private(path: Path) -> None:
    """Create `path` empty with owner-only permissions, so SQLite keeps them (its WAL and SHM files take the
    database file's permissions); an existing file is only tightened."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE))
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def is_vault(folder: Path | str) -> bool:
    folder = Path(folder)
    has_keys = (folder / KEYS_FILE).is_file() or (folder / KEYS_BACKUP).is_file()
    return (folder / DB_FILE).is_file() and has_keys
