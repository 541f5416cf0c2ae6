"""The file-mode sweep: after the whole test session, every file and folder with vault data that the
suite created must be owner-only (no group or other permission bit). tests/conftest.py runs `sweep`
over the session's temporary roots at the end of the session and fails the run on any offender.

What counts as vault data is decided by name and place (docs/SECURITY.md, "Who may read the files"):
- folders: a vault folder (holds `vault.db` or `vault.keys`), a safety copy (`before-restore-*`), a
  vault being created (`.vault.creating-*`), a backup check's work folder (`.coordinator-verify-*`),
  the log folder (holds `coordinator.log`);
- files: `vault.db*`, `vault.keys*`, `vault.lock`, `restore.pending`, backups (`*.cbak*`), log files
  (`coordinator.log*`), and every file inside one of the folders above.
Files the user saves where she chooses (exports, letters, PDFs, CSVs, spreadsheets, contact cards) and
the folders she chooses for them (including the backup folder itself) are hers and not checked.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

LOOSE_BITS = stat.S_IRWXG | stat.S_IRWXO
VAULT_FILE_PREFIXES = ("vault.db", "vault.keys", "coordinator.log")
VAULT_FILE_NAMES = ("vault.lock", "restore.pending")
PRIVATE_DIR_PREFIXES = ("before-restore-", ".before-restore-", ".vault.creating-", ".coordinator-verify-")
VAULT_MARKERS = ("vault.db", "vault.keys", "coordinator.log")


def is_private_dir(path: Path) -> bool:
    """A folder that holds vault data (checked itself, and everything in it)."""
    if path.name.startswith(PRIVATE_DIR_PREFIXES):
        return True
    return any((path / marker).exists() for marker in VAULT_MARKERS)


def is_vault_file(path: Path) -> bool:
    name = path.name
    return name.startswith(VAULT_FILE_PREFIXES) or name in VAULT_FILE_NAMES or ".cbak" in name


def sweep(roots: Iterable[Path]) -> tuple[int, list[str]]:
    """(number of vault-data paths checked, offenders as "path: mode") under `roots`."""
    checked = 0
    loose: list[str] = []
    for root in roots:
        if not root.is_dir():
            continue
        for folder, dirs, files in os.walk(root):
            here = Path(folder)
            private = any(is_private_dir(p) for p in (here, *here.parents) if p == root or root in p.parents)
            candidates = [(here, private)] + [(here / f, private or is_vault_file(here / f)) for f in files]
            for path, ours in candidates:
                if not ours:
                    continue
                try:
                    st = path.lstat()
                except FileNotFoundError:  # removed while walking
                    continue
                if stat.S_ISLNK(st.st_mode):
                    continue
                checked += 1
                if st.st_mode & LOOSE_BITS:
                    loose.append(f"{path}: {oct(stat.S_IMODE(st.st_mode))}")
            dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
    return checked, loose


__all__ = ["is_private_dir", "is_vault_file", "sweep"]
