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

Files a test plants itself (a tampered backup, a damaged key file, written by test code through pathlib
or shutil) are inputs, not what the app wrote: `track_plants()` remembers each with its inode and
modification time, and the sweep skips it while it is still that same, unmodified file (the app replacing
or rewriting it makes a new inode or modification time, which is checked). A folder a test made itself
(a snapshot of a vault, a backup folder) is skipped the same way; everything in it is judged on its own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

LOOSE_BITS = stat.S_IRWXG | stat.S_IRWXO
VAULT_FILE_PREFIXES = ("vault.db", "vault.keys", "coordinator.log")
VAULT_FILE_NAMES = ("vault.lock", "restore.pending")
PRIVATE_DIR_PREFIXES = ("before-restore-", ".before-restore-", ".vault.creating-", ".coordinator-verify-")
VAULT_MARKERS = ("vault.db", "vault.keys", "coordinator.log")


PLANTED: dict[str, tuple[int, int, int]] = {}  # path -> (device, inode, mtime) of what test code wrote there


def _from_tests(depth: int = 2) -> bool:
    name = str(sys._getframe(depth).f_globals.get("__name__", ""))
    last = name.rpartition(".")[2]  # "tests.x.test_y", "x.test_y" (a test folder with __init__.py), "test_y"
    return last == "conftest" or name.startswith("tests.") or last.startswith("test_")


def _note(path: Any) -> None:
    with contextlib.suppress(OSError, TypeError, ValueError):
        PLANTED[str(Path(path).resolve())] = _identity(os.stat(path))


def _tracking(real: Callable[..., Any], target: Callable[[tuple[Any, ...], Any], Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if _from_tests():
            _note(target(args, result))
        return result

    wrapper.__wrapped__ = real  # type: ignore[attr-defined]
    return wrapper


def track_plants() -> None:
    """Remember every file or folder test code writes itself (pathlib and shutil), so the sweep can tell a
    planted input from what the app wrote."""
    for name in ("write_bytes", "write_text", "touch", "mkdir"):
        real = getattr(Path, name)
        if not hasattr(real, "__wrapped__"):
            setattr(Path, name, _tracking(real, lambda args, _r: args[0]))
    for name in ("copy", "copy2", "copyfile"):
        real = getattr(shutil, name)
        if not hasattr(real, "__wrapped__"):
            setattr(shutil, name, _tracking(real, lambda _a, result: result))
    if not hasattr(shutil.copytree, "__wrapped__"):  # a fixture vault copied whole: the folder and every file
        shutil.copytree = _tracking_tree(shutil.copytree)  # type: ignore[assignment]


def _tracking_tree(real: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if _from_tests():
            for folder, _dirs, files in os.walk(result):
                _note(folder)
                for name in files:
                    _note(os.path.join(folder, name))
        return result

    wrapper.__wrapped__ = real  # type: ignore[attr-defined]
    return wrapper


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    # a reused inode number comes with a new modification time; a folder's changes with every file added
    return st.st_dev, st.st_ino, 0 if stat.S_ISDIR(st.st_mode) else st.st_mtime_ns


def _planted(path: Path, st: os.stat_result) -> bool:
    return PLANTED.get(str(path.resolve())) == _identity(st)


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
                if _planted(path, st):
                    continue
                checked += 1
                if st.st_mode & LOOSE_BITS:
                    loose.append(f"{path}: {oct(stat.S_IMODE(st.st_mode))}")
            dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
    return checked, loose


__all__ = ["PLANTED", "is_private_dir", "is_vault_file", "sweep", "track_plants"]
