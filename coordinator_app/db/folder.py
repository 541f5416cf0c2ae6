"""What a vault folder holds, without opening anything (cheap to import: no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
KEYS_BACKUP = "vault.keys.bak"


def is_vault(folder: Path | str) -> bool:
    folder = Path(folder)
    has_keys = (folder / KEYS_FILE).is_file() or (folder / KEYS_BACKUP).is_file()
    return (folder / DB_FILE).is_file() and has_keys
