"""Verifying a backup (docs/FORMATS.md §3): header, manifest MAC, payload hash, then the integrity checks.

The payload is copied into a private folder (0700, removed afterwards) beside the backup file, not
into the system temp folder (often a RAM-limited tmpfs); only when the backup's folder is read-only
is the system temp folder used. The copy stays encrypted.
Every failure names what is wrong (BackupInvalid codes in the catalogue messages_backup.po).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import overload

import sqlcipher3

from coordinator_app.db import keys, migrate
from coordinator_app.db.engine import connect
from coordinator_app.errors import VaultDamaged, disk_error
from coordinator_app.services.backups.file_format import (
    BackupHeader,
    BackupInvalid,
    copy_payload,
    mac_ok,
    read_header,
)

Progress = Callable[[int, int], None] | None
Check = Callable[[], None] | None


WORKDIR_PREFIX = ".coordinator-verify-"
STALE_SECONDS = 3600


def _remove_stale_workdirs(*folders: Path) -> None:
    """Private folders left by a verification that was killed, beside the backup and in the system
    temp folder (their copy is encrypted, but tidy up)."""
    limit = time.time() - STALE_SECONDS
    uid = os.getuid() if hasattr(os, "getuid") else None
    for folder in folders:
        with contextlib.suppress(OSError):
            for old in folder.glob(f"{WORKDIR_PREFIX}*"):
                with contextlib.suppress(OSError):
                    info = old.stat()
                    if old.is_dir() and info.st_mtime < limit and (uid is None or info.st_uid == uid):
                        shutil.rmtree(old, ignore_errors=True)


def _make_workdir(backup: Path) -> Path:
    """A private 0700 folder beside the backup; the system temp folder when that folder is read-only."""
    try:
        return Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=backup.parent))
    except OSError:
        try:
            return Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX))
        except OSError as exc:
            raise disk_error(exc) from exc


@dataclass(frozen=True)
class BackupContents:
    """What a verified backup holds, read from its decrypted payload."""

    header: BackupHeader
    cases: int
    contacts: int
    generation: int
    schema_revision: str


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory  # start-up time: loaded on first use

    return frozenset(r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())


# --- verifying --------------------------------------------------------------------------------------


def _data_key_for(
    header: BackupHeader, passphrase: str | None, code: str | None, data_key: bytes | None
) -> tuple[bytes | bytearray, keys.KeyFile]:
    """The given data key, or the one unlocked from the backup's key slots (a bytearray, so that
    whoever keeps it can overwrite it)."""
    keyfile = header.keyfile
    if data_key is not None:
        if header.vault_id != keyfile.vault_id:
            raise BackupInvalid("backup_altered")
        return data_key, keyfile
    if passphrase is None and code is None:
        raise ValueError("passphrase, code or data_key required")
    return keys.unlock(keyfile, passphrase=passphrase, code=code), keyfile


@overload
def verify_full(
    path: Path | str,
    *,
    passphrase: str | None = None,
    code: str | None = None,
    data_key: None = None,
    expected_vault_id: str | None = None,
    progress: Progress = None,
    check: Check = None,
) -> tuple[BackupContents, bytearray, keys.KeyFile]: ...


@overload
def verify_full(
    path: Path | str,
    *,
    passphrase: str | None = None,
    code: str | None = None,
    data_key: bytes,
    expected_vault_id: str | None = None,
    progress: Progress = None,
    check: Check = None,
) -> tuple[BackupContents, bytes, keys.KeyFile]: ...


def verify_full(
    path: Path | str,
    *,
    passphrase: str | None = None,
    code: str | None = None,
    data_key: bytes | None = None,
    expected_vault_id: str | None = None,
    progress: Progress = None,
    check: Check = None,
) -> tuple[BackupContents, bytes | bytearray, keys.KeyFile]:
    """`verify`, also returning the data key and the key slots (for restore)."""
    header = read_header(path)
    if expected_vault_id is not None and header.vault_id != expected_vault_id:
        raise BackupInvalid("backup_other_vault")
    key, keyfile = _data_key_for(header, passphrase, code, data_key)
    if not mac_ok(header.manifest, key):
        raise BackupInvalid("backup_key_mismatch" if data_key is not None else "backup_altered")
    if header.schema_revision not in known_revisions():
        raise BackupInvalid("backup_newer_app", app_version=header.app_version)
    if progress is not None:
        progress(10, 100)
    backup_file = Path(path)
    _remove_stale_workdirs(backup_file.parent, Path(tempfile.gettempdir()))
    workdir = _make_workdir(backup_file)  # 0700; the copy stays encrypted
    try:
        db = workdir / "payload.db"
        try:
            digest = copy_payload(header, db, check)
        except OSError as exc:
            raise disk_error(exc) from exc
        if digest != header.payload_sha256:
            raise BackupInvalid("backup_altered")
        if progress is not None:
            progress(50, 100)
        contents = _check_payload(header, db, key)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if progress is not None:
        progress(100, 100)
    return contents, key, keyfile


def _check_payload(header: BackupHeader, db: Path, key: bytes | bytearray) -> BackupContents:
    try:
        conn = connect(db, key)
    except VaultDamaged as exc:
        raise BackupInvalid("backup_damaged", problem="database") from exc
    try:
        problems: list[str] = []
        for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
            rows = [tuple(r) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            if rows and rows != [("ok",)]:
                problems.append(pragma)
        if problems:
            raise BackupInvalid("backup_damaged", problem=", ".join(problems))
        meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        raise BackupInvalid("backup_damaged", problem="database") from exc
    finally:
        conn.close()
    if meta.get("vault_id") != header.vault_id or revision != header.schema_revision:
        raise BackupInvalid("backup_altered")
    return BackupContents(header, int(cases), int(contacts), int(meta.get("generation", 0)), str(revision))


def verify(
    path: Path | str,
    *,
    passphrase: str | None = None,
    code: str | None = None,
    data_key: bytes | None = None,
    progress: Progress = None,
    check: Check = None,
) -> BackupContents:
    """Check a backup completely: header, manifest MAC, payload hash, then SQLCipher's and SQLite's
    integrity and foreign-key checks on a private, still encrypted copy of the payload.

    Raises BackupInvalid (code names what is wrong), WrongSecret / RecoveryCodeInvalid, DiskError.
    """
    return verify_full(path, passphrase=passphrase, code=code, data_key=data_key, progress=progress, check=check)[0]


def inspect(path: Path | str, *, passphrase: str | None = None, code: str | None = None) -> BackupContents:
    """What a backup holds (date, app version, cases, contacts): verified first."""
    return verify(path, passphrase=passphrase, code=code)


