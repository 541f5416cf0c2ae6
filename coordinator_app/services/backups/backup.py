"""Secure local backups (docs/FORMATS.md §3): create, verify, inspect, list, rotate and schedule.

A backup is one `.cbak` file (format in `file_format`). Its payload is an encrypted SQLCipher
copy of the open vault under the same data key, made with SQLCipher's online backup API from a raw
connection into a temporary file in the target folder; the backup file is then written under a
temporary name, fsynced and renamed, and verified at once. Nothing unencrypted is ever written.
Restoring lives in `restore`.

Long functions take `progress(done, total)` and `check()` callables (check raises to cancel):
the UI passes its JobControl's methods, the CLI passes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import select

from coordinator_app import __version__
from coordinator_app.atomic import atomic_writer
from coordinator_app.db.engine import MEMORY_SECURITY, apply_key, connect
from coordinator_app.db.folder import DB_FILE
from coordinator_app.db.models import AuditEvent
from coordinator_app.db.vault import Vault
from coordinator_app.errors import DiskError, KnownError, disk_error, message
from coordinator_app.services import audit
from coordinator_app.services.backups.file_format import (
    NAME_PREFIX,
    SUFFIX,
    BackupHeader,
    BackupInvalid,
    build_manifest,
    header_bytes,
    read_header,
)
from coordinator_app.services.backups.verify import BackupContents, Check, Progress, verify, verify_full
from coordinator_app.services.settings import settings

STALE_TEMP_SECONDS = 3600
PAGES_PER_STEP = 512
SQLITE_DISK_ERRORS = {13: "disk_full", 8: "read_only", 14: "backup_folder_missing", 10: "backup_io_error"}
SQLITE_DISK_TEXTS = (
    ("disk is full", "disk_full"), ("readonly", "read_only"), ("unable to open", "backup_folder_missing"),
    ("disk i/o error", "backup_io_error"),
)

__all__ = [
    "BackupEntry", "BackupFolderNotSet", "BackupStatus", "auto_backup_if_due", "backup_now", "backup_status",
    "create_backup", "is_due", "last_good_backup", "list_backups", "rotate", "verification_states", "verify_and_record",
]


class BackupFolderNotSet(KnownError):
    code = "backup_folder_not_set"


@dataclass(frozen=True)
class BackupEntry:
    """One `.cbak` file in a folder: its header, or the code of what is wrong with it."""

    path: Path
    size: int
    header: BackupHeader | None
    problem: str | None

    @property
    def created_at(self) -> dt.datetime:
        if self.header is not None:
            return self.header.created_at
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime, dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class BackupStatus:
    """For the dashboard: where backups go, whether that folder is there, and the last good one."""

    folder: str
    folder_available: bool
    last_good: dt.datetime | None  # UTC, naive
    overdue: bool


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone()


def _sqlite_disk_error(exc: sqlcipher3.Error) -> KnownError | None:
    """SQLite's full/read-only/I-O errors as a DiskError (the backup API does not always set the code)."""
    code = SQLITE_DISK_ERRORS.get((getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF)
    if code is None:
        text = str(exc).lower()
        code = next((c for needle, c in SQLITE_DISK_TEXTS if needle in text), None)
    return DiskError(reason=message(code)) if code else None


# --- creating ----------------------------------------------------------------------------------------


def backup_name(folder: Path, now: dt.datetime) -> Path:
    """`coordinator-backup-YYYYMMDD-HHMMSS.cbak` in local time; a suffix when the second is taken."""
    stamp = _local(now).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{NAME_PREFIX}{stamp}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{NAME_PREFIX}{stamp}-{n}{SUFFIX}"
        n += 1
    return target


def _remove_stale_temps(folder: Path) -> None:
    """Temporary files left by a backup that was killed (they are encrypted, but clutter the stick)."""
    limit = time.time() - STALE_TEMP_SECONDS
    for path in folder.glob(f".{NAME_PREFIX}*.tmp*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def _open_target(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
    apply_key(conn, key)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _export(vault: Vault, target: Path, progress: Progress, check: Check) -> str:
    """Copy the open vault into `target` with the online backup API (same key); returns the schema revision."""
    key = vault.data_key
    source = connect(vault.folder / DB_FILE, key)
    try:
        revision = source.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        dest = _open_target(target, key)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if check is not None:
                    check()
                if progress is not None and total:
                    progress(int(60 * (total - remaining) / total), 100)

            source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        finally:
            dest.close()
    finally:
        source.close()
    return str(revision)


def _sha256(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def create_backup(
    vault: Vault, folder: Path | str, *, now: dt.datetime | None = None, progress: Progress = None, check: Check = None
) -> Path:
    """Write one verified backup of the open vault into `folder`; returns its path.

    Raises DiskError (folder absent, read-only or full: nothing is left under a backup's name and
    the vault is untouched), BackupInvalid (the new file failed verification and was removed).
    """
    folder = Path(folder).expanduser()
    now = now or _utcnow()
    if not folder.is_dir():
        raise DiskError(reason=message("backup_folder_missing"))
    _remove_stale_temps(folder)
    target = backup_name(folder, now)
    payload = folder / f".{target.name}.{secrets.token_hex(4)}.tmp-payload"
    try:
        try:
            os.close(os.open(payload, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            revision = _export(vault, payload, progress, check)
            size, digest = _sha256(payload)
            manifest = build_manifest(
                created_at=now, app_version=__version__, schema_revision=revision, keyfile=vault.keyfile,
                payload_size=size, payload_sha256=digest, data_key=vault.data_key,
            )
            with atomic_writer(target) as out, open(payload, "rb") as src:
                out.write(header_bytes(manifest))
                shutil.copyfileobj(src, out, 1 << 20)
                if check is not None:
                    check()
        except OSError as exc:
            raise disk_error(exc) from exc
        except sqlcipher3.Error as exc:
            known = _sqlite_disk_error(exc)
            if known is None:
                raise
            raise known from exc
    finally:
        for leftover in (payload, Path(f"{payload}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    if progress is not None:
        progress(80, 100)
    try:
        verify(target, data_key=vault.data_key)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        with contextlib.suppress(Exception):  # never hide the verification error behind a failing audit write
            audit.log(vault, "backup_verify_failed", "backup", detail=target.name)
        raise
    with vault.write() as session:
        audit.record(session, "backup_created", "backup", detail=target.name)
        audit.record(session, "backup_verified", "backup", detail=target.name)
    if progress is not None:
        progress(100, 100)
    return target


# --- listing and rotating ---------------------------------------------------------------------------


def list_backups(folder: Path | str) -> list[BackupEntry]:
    """Every `.cbak` file in `folder`, newest first; unreadable ones carry the code of their problem."""
    folder = Path(folder).expanduser()
    entries: list[BackupEntry] = []
    if not folder.is_dir():
        return entries
    for path in folder.iterdir():
        if path.name.startswith(".") or path.suffix != SUFFIX or not path.is_file():
            continue
        try:
            entries.append(BackupEntry(path, path.stat().st_size, read_header(path), None))
        except KnownError as exc:
            with contextlib.suppress(OSError):
                entries.append(BackupEntry(path, path.stat().st_size, None, exc.code))
    entries.sort(key=lambda e: (e.created_at, e.path.name), reverse=True)
    return entries


def rotate(folder: Path | str, vault_id: str, *, keep: int = 10, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest `keep` backups of this vault plus the newest of each month of the past year.

    Files of other vaults and files that cannot be read are never touched. Returns the removed files.
    """
    now = now or _utcnow()
    ours = [e for e in list_backups(folder) if e.header is not None and e.header.vault_id == vault_id]
    kept = {e.path for e in ours[: max(keep, 1)]}
    months: set[tuple[int, int]] = set()
    for entry in ours:  # newest first: the first one seen in a month is that month's newest
        local = _local(entry.created_at)
        month = (local.year, local.month)
        if now - entry.created_at <= dt.timedelta(days=365) and month not in months:
            months.add(month)
            kept.add(entry.path)
    removed = []
    for entry in ours:
        if entry.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                entry.path.unlink()
            removed.append(entry.path)
    return removed


# --- schedule and status ----------------------------------------------------------------------------


def last_good_backup(vault: Vault) -> dt.datetime | None:
    """When the last backup was made and verified (UTC, naive), from the audit log."""
    with vault.read() as session:
        return session.scalar(
            select(AuditEvent.at).where(AuditEvent.event == "backup_verified").order_by(AuditEvent.id.desc()).limit(1)
        )


def verification_states(vault: Vault) -> dict[str, bool]:
    """File name -> last verification result (True = verified) from the audit log."""
    with vault.read() as session:
        rows = session.execute(
            select(AuditEvent.event, AuditEvent.detail)
            .where(AuditEvent.event.in_(("backup_verified", "backup_verify_failed")))
            .order_by(AuditEvent.id)
        ).all()
    return {detail: event == "backup_verified" for event, detail in rows if detail}


def is_due(vault: Vault, *, now: dt.datetime | None = None) -> bool:
    """A backup is due when none was made on the last `backup_min_age_days` calendar days."""
    now = now or _utcnow()
    last = last_good_backup(vault)
    if last is None:
        return True
    min_age = max(int(settings.get(vault, "backup_min_age_days")), 0)
    return (_local(now).date() - _local(last).date()).days >= min_age


def backup_status(vault: Vault, *, now: dt.datetime | None = None) -> BackupStatus:
    now = now or _utcnow()
    folder = str(settings.get(vault, "backup_folder") or "")
    last = last_good_backup(vault)
    days = int(settings.get(vault, "backup_reminder_days"))
    overdue = last is None or (now - last) > dt.timedelta(days=days)
    return BackupStatus(folder, bool(folder) and Path(folder).expanduser().is_dir(), last, overdue)


def auto_backup_if_due(
    vault: Vault, *, now: dt.datetime | None = None, progress: Progress = None, check: Check = None
) -> Path | None:
    """On close and on lock: back up to the configured folder when due, then rotate.

    Returns the new backup, or None when no folder is configured or no backup is due. A missing,
    read-only or full folder raises DiskError (recorded as `backup_failed`); the vault is untouched.
    """
    folder = str(settings.get(vault, "backup_folder") or "")
    if not folder or not is_due(vault, now=now):
        return None
    try:
        path = create_backup(vault, folder, now=now, progress=progress, check=check)
    except KnownError as exc:
        with contextlib.suppress(Exception):
            audit.log(vault, "backup_failed", "backup", detail=exc.code[:64])
        raise
    with contextlib.suppress(OSError):
        rotate(folder, vault.vault_id, keep=int(settings.get(vault, "backup_keep")), now=now)
    return path


def backup_now(vault: Vault, *, progress: Progress = None, check: Check = None) -> Path:
    """The "Make a backup" button: back up to the configured folder now, then rotate."""
    folder = str(settings.get(vault, "backup_folder") or "")
    if not folder:
        raise BackupFolderNotSet()
    path = create_backup(vault, folder, progress=progress, check=check)
    with contextlib.suppress(OSError):
        rotate(folder, vault.vault_id, keep=int(settings.get(vault, "backup_keep")))
    return path


def verify_and_record(
    vault: Vault, path: Path | str, *, progress: Progress = None, check: Check = None
) -> BackupContents:
    """Verify a backup of the open vault with its data key and record the result in the audit log."""
    path = Path(path)
    try:
        contents = verify_full(
            path, data_key=vault.data_key, expected_vault_id=vault.vault_id, progress=progress, check=check
        )[0]
    except BackupInvalid as exc:
        if exc.code not in ("backup_other_vault", "backup_file_missing"):
            audit.log(vault, "backup_verify_failed", "backup", detail=path.name[:64])
        raise
    audit.log(vault, "backup_verified", "backup", detail=path.name[:64])
    return contents
