"""Restoring a backup into a vault folder, crash-safe (docs/FORMATS.md §3).

The steps, each durable (fsync) before the next:

1. Verify the backup completely (header, MAC, payload hash, integrity checks) with the passphrase
   or recovery code; take the folder's single-instance lock (creating the folder on a new laptop).
2. If the old vault left a WAL behind and the backup's key opens it, fold the WAL in.
3. Stage: copy the payload to `vault.db.restoring`, set its generation counter above both the
   backup's and the old key file's (so the old key file never makes it look like a rollback) and
   write the backup's key slots with that generation to `vault.keys.restoring`.
4. Safety copy: hard links (or copies) of the old `vault.db`, `vault.db-wal`, `vault.keys` and
   `vault.keys.bak` in `before-restore-<time>/` inside the vault folder: a complete vault that
   opens with the old passphrase. It is built as `.before-restore-<time>.partial` and renamed when
   complete; old copies are renamed back to that name before they are deleted (the newest three
   are kept), so a folder named `before-restore-*` is always a whole vault.
5. Write the marker `restore.pending`: the commit point.
6. Roll forward: drop the old WAL/SHM (kept in the safety copy), rename `vault.db.restoring` over
   `vault.db`, write `vault.keys` + `vault.keys.bak` from `vault.keys.restoring`, remove the marker.
7. Open the restored vault with the key already derived: Alembic migrates an older schema forward;
   audit `backup_restored`; `check()`.

`finish_interrupted_restore(folder)` (needs no secret) repairs a crash: without the marker it
removes the staged files (the old vault never changed); with it, it redoes step 6, whose parts are
each idempotent. So after a crash the folder holds the old vault or the restored one, both openable.
Call it before unlocking a vault folder (the restore functions and the CLI do).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.atomic import atomic_write_bytes, fsync_dir
from coordinator_app.db import keys, swap
from coordinator_app.db.engine import connect
from coordinator_app.db.folder import DB_FILE, is_vault, make_private
from coordinator_app.db.lockfile import FolderLock
from coordinator_app.db.vault import KEYSLOTS, KEYSLOTS_NEXT, Unlocked, Vault
from coordinator_app.errors import KnownError, VaultDamaged, VaultInUse, disk_error
from coordinator_app.services import audit
from coordinator_app.services.backups.file_format import BackupInvalid, copy_payload, read_header
from coordinator_app.services.backups.verify import BackupContents, Check, Progress, verify_full

STAGED_DB = swap.STAGED_DB
STAGED_KEYS = swap.STAGED_KEYS
MARKER = swap.MARKER
SAFETY_PREFIX = "before-restore-"
KEEP_SAFETY = 3
OLD_FILES = (DB_FILE, DB_FILE + "-wal", keys.KEYS_FILE, keys.KEYS_BACKUP)


class RestoreFolderInvalid(KnownError):
    """The chosen vault folder holds other files: a restore would mix the vault with them."""

    code = "restore_folder_not_empty"


@dataclass(frozen=True)
class RestoreResult:
    contents: BackupContents
    folder: Path
    safety_copy: Path | None
    problems: tuple[str, ...]


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


_remove_staged = swap.remove_staged
_roll_forward = swap.roll_forward


def finish_interrupted_restore(folder: Path | str) -> bool:
    """Finish (marker present) or undo (marker absent) a restore that was cut off. True = finished one.

    Does nothing while another process holds the vault (it may be restoring right now).
    """
    folder = Path(folder)
    if not folder.is_dir():
        return False
    if not (folder / MARKER).exists() and not (folder / STAGED_DB).exists() and not (folder / STAGED_KEYS).exists():
        return False
    lock = FolderLock(folder)
    try:
        lock.acquire()
    except VaultInUse:
        return False
    try:
        return finish_interrupted_restore_locked(folder)
    finally:
        lock.release()


finish_interrupted_restore_locked = swap.finish_interrupted_restore_locked


def _old_generation(folder: Path) -> int:
    try:
        return keys.read_keyfile(folder)[0].generation
    except VaultDamaged:
        return 0


def _fold_old_wal(folder: Path, key: bytearray) -> None:
    wal = folder / (DB_FILE + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    with contextlib.suppress(Exception):  # another key: the WAL goes into the safety copy as it is
        conn = connect(folder / DB_FILE, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()


def _stage(
    folder: Path, path: Path, contents: BackupContents, key: bytearray, keyfile: keys.KeyFile, check: Check
) -> int:
    """Step 3; returns the generation of the restored database."""
    _remove_staged(folder)
    header = read_header(path)
    if copy_payload(header, folder / STAGED_DB, check) != header.payload_sha256:
        raise BackupInvalid("backup_altered")  # the file changed since it was verified
    generation = max(contents.generation, _old_generation(folder)) + 1
    conn = connect(folder / STAGED_DB, key)
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'generation'", (str(generation),))
        conn.execute("DELETE FROM vault_meta WHERE key IN (?, ?)", (KEYSLOTS, KEYSLOTS_NEXT))
        conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)", (KEYSLOTS, keys.slots_digest(keyfile)))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    _fsync_file(folder / STAGED_DB)
    atomic_write_bytes(folder / STAGED_KEYS, keyfile.with_generation(generation).to_bytes())
    return generation


def _safety_copy(folder: Path, now: dt.datetime) -> Path | None:
    """Step 4: the old vault's files, linked (instant) or copied, into `before-restore-<time>/`."""
    present = [name for name in OLD_FILES if (folder / name).exists()]
    if DB_FILE not in present:
        return None
    safety = folder / f"{SAFETY_PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}"
    partial = folder / f".{safety.name}.partial"  # renamed only when complete
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(mode=0o700)
    for name in present:
        try:
            os.link(folder / name, partial / name)
        except OSError:
            shutil.copy2(folder / name, partial / name)
            _fsync_file(partial / name)
        if os.name == "posix":
            os.chmod(partial / name, 0o600)  # vault data: owner only, also when made by an older version
    fsync_dir(partial)
    os.replace(partial, safety)
    fsync_dir(folder)
    return safety


def _prune_safety_copies(folder: Path) -> None:
    for partial in folder.glob(f".{SAFETY_PREFIX}*.partial"):  # left by a restore that was cut off
        shutil.rmtree(partial, ignore_errors=True)
    copies = sorted((p for p in folder.glob(f"{SAFETY_PREFIX}*") if p.is_dir()), key=lambda p: p.name, reverse=True)
    for old in copies[KEEP_SAFETY:]:
        doomed = folder / f".{old.name}.partial"  # renamed first: a half-deleted copy never looks complete
        os.replace(old, doomed)
        shutil.rmtree(doomed, ignore_errors=True)


def restore(
    path: Path | str,
    vault_folder: Path | str,
    *,
    passphrase: str | None = None,
    code: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress = None,
    check: Check = None,
) -> RestoreResult:
    """Verify `path`, then make it the vault in `vault_folder` (keeping the old vault as a safety copy).

    Afterwards the vault opens with the passphrase or recovery code that were valid when the backup
    was made. Raises BackupInvalid, WrongSecret, RecoveryCodeInvalid, VaultInUse or DiskError; in
    every failure before the commit point the old vault is unchanged.
    """
    path, folder = Path(path), Path(vault_folder).expanduser()
    now = now or dt.datetime.now()

    def sub(start: int, span: int) -> Progress:
        return None if progress is None else (lambda d, t: progress(start + span * d // max(t, 1), 100))

    if not is_restorable_folder(folder):
        raise RestoreFolderInvalid()
    contents, key, keyfile = verify_full(path, passphrase=passphrase, code=code, progress=sub(0, 50), check=check)
    finish_interrupted_restore(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        make_private(folder)
    except OSError as exc:
        raise disk_error(exc) from exc
    lock = FolderLock(folder)
    lock.acquire()
    handed_over = False
    try:
        committed = False
        # A restore cut off after its safety copy never reached the prune at its end: prune now, so killed
        # restores cannot pile up whole copies of the vault (at most KEEP_SAFETY + the one made below).
        _prune_safety_copies(folder)
        try:
            _fold_old_wal(folder, key)
            _stage(folder, path, contents, key, keyfile, check)
            if progress is not None:
                progress(70, 100)
            if check is not None:
                check()
            safety = _safety_copy(folder, now)
            atomic_write_bytes(folder / MARKER, json.dumps({"safety": safety.name if safety else None}).encode())
            committed = True
            _roll_forward(folder)
        except OSError as exc:
            if not committed:
                _remove_staged(folder)
            raise disk_error(exc) from exc
        except BaseException:
            if not committed:
                _remove_staged(folder)
            raise
        if progress is not None:
            progress(85, 100)
        restored_keys, _ = keys.read_keyfile(folder)
        lock.relock_db()  # the database file was replaced: lock the restored one
        handed_over = True
        vault = Vault(Unlocked(folder, restored_keys, key, lock))  # runs the migrations; closes itself on error
        try:
            audit.log(vault, "backup_restored", "backup", detail=path.name[:64])
            problems = tuple(vault.check())
        finally:
            vault.close()
    finally:
        if not handed_over:
            lock.release()
    _prune_safety_copies(folder)
    if progress is not None:
        progress(100, 100)
    if problems:
        raise VaultDamaged()
    return RestoreResult(contents, folder, safety, problems)


@dataclass(frozen=True)
class SafetyCopy:
    """A `before-restore-<time>/` folder: the whole vault as it was before a restore. It opens with the
    passphrase that was valid then and still holds everything deleted since."""

    path: Path
    made_at: dt.datetime  # local time, from the folder name
    size: int


def safety_copies(folder: Path | str) -> list[SafetyCopy]:
    """The safety copies in a vault folder, newest first."""
    found = []
    for path in Path(folder).glob(f"{SAFETY_PREFIX}*"):
        if not path.is_dir():
            continue
        try:
            made_at = dt.datetime.strptime(path.name.removeprefix(SAFETY_PREFIX), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        found.append(SafetyCopy(path, made_at, size))
    return sorted(found, key=lambda c: c.made_at, reverse=True)


def delete_safety_copies(folder: Path | str) -> int:
    """Delete every safety copy (each renamed first, so a half-deleted one never looks whole). Returns the count."""
    copies = safety_copies(folder)
    for copy in copies:
        doomed = copy.path.with_name(f".{copy.path.name}.partial")
        os.replace(copy.path, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
    fsync_dir(Path(folder))
    return len(copies)


def is_restorable_folder(folder: Path | str) -> bool:
    """True when `folder` is absent, empty or holds a vault: a restore never mixes with other files."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    if is_vault(folder):
        return True
    ours = ("vault.", "restore.", SAFETY_PREFIX, ".vault.", ".restore.", "." + SAFETY_PREFIX)
    return not any(not p.name.startswith(ours) for p in folder.iterdir())


__all__ = [
    "RestoreFolderInvalid", "RestoreResult", "SafetyCopy", "delete_safety_copies", "finish_interrupted_restore",
    "finish_interrupted_restore_locked", "is_restorable_folder", "restore", "safety_copies",
]
