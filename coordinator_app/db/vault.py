"""A vault: a folder holding `vault.db` (SQLCipher 4), `vault.keys` (+ `.bak`) and `vault.lock`.

Create, unlock, open, lock and close; sessions for reading and writing; the generation counter
(raised on every committed write, kept in the database and in the key file: a database older
than its key file is an old copy put back and is reported); change passphrase (re-wrap, instant),
new recovery code, rotate the data key (re-encrypt, crash-safe).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine, event, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.atomic import fsync_dir
from coordinator_app.db import keys, migrate, recovery_code, swap
from coordinator_app.db.engine import connect, make_engine
from coordinator_app.db.folder import DB_FILE, is_vault
from coordinator_app.db.lockfile import FolderLock
from coordinator_app.db.models import Case, Contact, JournalEntry, Organisation, Person, VaultMeta, utcnow
from coordinator_app.errors import (
    RollbackDetected,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongSecret,
    disk_error,
)

log = logging.getLogger("coordinator.vault")

SEARCHABLE = (Case, Person, JournalEntry, Contact, Organisation)  # rows that feed the FTS5 search_index
ROTATE_DB = "vault.db.rotating"
ROTATE_KEYS = "vault.keys.rotating"


@dataclass
class Unlocked:
    """The result of the slow part of opening (key derivation): hand it to `Vault.open_unlocked`."""

    folder: Path
    keyfile: keys.KeyFile
    data_key: bytes
    lock: FolderLock


def unlock(folder: Path | str, *, passphrase: str | None = None, code: str | None = None) -> Unlocked:
    """Take the folder lock and derive the data key (slow: run off the GUI thread).

    Raises VaultNotFound, VaultInUse, WrongSecret, RecoveryCodeInvalid or VaultDamaged.
    """
    folder = Path(folder)
    if not is_vault(folder) and not swap.interrupted(folder):
        raise VaultNotFound(folder=str(folder))
    lock = FolderLock(folder)
    lock.acquire()
    try:
        if swap.interrupted(folder):  # a restore was cut off: finish or undo it first
            swap.finish_interrupted_restore_locked(folder)
            if not is_vault(folder):
                raise VaultNotFound(folder=str(folder))
        for stale in folder.glob(".vault.*.tmp"):  # left by a write that was killed half-way
            stale.unlink(missing_ok=True)
        _finish_interrupted_rotation(folder, passphrase=passphrase, code=code)
        keyfile, used_backup = keys.read_keyfile(folder)
        data_key = keys.unlock(keyfile, passphrase=passphrase, code=code)
        if used_backup:  # the main key file was damaged: repair it from its verified copy
            keys.write_keyfile(folder, keyfile, with_backup=False)
    except BaseException:
        lock.release()
        raise
    return Unlocked(folder, keyfile, data_key, lock)


def _opens_with(folder: Path, key: bytes) -> bool:
    try:
        connect(folder / DB_FILE, key).close()
    except VaultDamaged:
        return False
    return True


def _finish_interrupted_rotation(folder: Path, *, passphrase: str | None, code: str | None) -> None:
    """A key rotation stopped half-way: finish it if the new database is in place, else undo it.

    Which database is in place is decided only with a key that was really unwrapped, so a wrong or
    old secret never throws the pending key file away (that would lose the new data key).
    """
    pending = folder / ROTATE_KEYS
    if not pending.exists():
        with contextlib.suppress(FileNotFoundError):
            (folder / ROTATE_DB).unlink()
        return
    if (folder / ROTATE_DB).exists():  # the swap never happened: the old database and keys still hold
        (folder / ROTATE_DB).unlink()
        pending.unlink()
        return
    new_keyfile = keys.KeyFile.from_bytes(pending.read_bytes())  # written atomically: whole or absent
    try:
        new_key = keys.unlock(new_keyfile, passphrase=passphrase, code=code)
    except WrongSecret:
        old_keyfile, _ = keys.read_keyfile(folder)
        old_key = keys.unlock(old_keyfile, passphrase=passphrase, code=code)  # WrongSecret if neither fits
        if _opens_with(folder, old_key):  # the old database is still in place: undo
            pending.unlink()
            return
        raise  # the new database is in place but this secret (an old recovery code) does not open it
    if _opens_with(folder, new_key):
        keys.write_keyfile(folder, new_keyfile)
    pending.unlink()


class Vault:
    """An open vault. Use `write()` for sessions that change data and `read()` for the rest."""

    def __init__(self, unlocked: Unlocked, *, accept_rollback: bool = False) -> None:
        self.folder = unlocked.folder
        self._keyfile = unlocked.keyfile
        self._key = bytearray(unlocked.data_key)
        self._lock = unlocked.lock
        self._write_lock = threading.Lock()
        self.engine: Engine | None = make_engine(self.folder / DB_FILE, bytes(self._key))
        self._search_stale = False
        # Data services prepare from this vault and keep while it is open (the names the search compares);
        # emptied by close(), so nothing read from the vault outlives the lock.
        self.caches: dict[str, object] = {}
        self._sessions = self._make_sessions()
        try:
            migrate.upgrade(self.engine)
            self.generation = self._check_generation(accept_rollback)
        except sqlalchemy.exc.DatabaseError as exc:  # the key fitted (slot unlocked), so the file is damaged
            self.close()
            raise VaultDamaged() from exc
        except BaseException:
            self.close()
            raise

    # --- life cycle -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path | str, passphrase: str, *, profile: keys.KdfProfile = keys.PRODUCTION
    ) -> tuple[Vault, str]:
        """Create a new vault. Returns the open vault and the recovery code (show it once)."""
        folder = Path(folder)
        if is_vault(folder) or (folder / DB_FILE).exists():
            raise VaultExists(folder=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise disk_error(exc) from exc
        lock = FolderLock(folder)
        lock.acquire()
        try:
            data_key = os.urandom(keys.DATA_KEY_BYTES)
            vault_id = uuid.uuid4().hex
            code = recovery_code.generate()
            keyfile = keys.new_keyfile(data_key, passphrase, code, vault_id, profile)
            conn = connect(folder / DB_FILE, data_key, create=True)
            conn.close()
            engine = make_engine(folder / DB_FILE, data_key)
            try:
                migrate.upgrade(engine)
                with Session(engine) as session, session.begin():
                    session.add_all(
                        [
                            VaultMeta(key="vault_id", value=vault_id),
                            VaultMeta(key="generation", value="0"),
                            VaultMeta(key="created_at", value=utcnow().isoformat()),
                        ]
                    )
            finally:
                engine.dispose()
            keys.write_keyfile(folder, keyfile)
            fsync_dir(folder)
        except OSError as exc:
            lock.release()
            raise disk_error(exc) from exc
        except BaseException:
            lock.release()
            raise
        return cls(Unlocked(folder, keyfile, data_key, lock)), code

    @classmethod
    def open(
        cls,
        folder: Path | str,
        *,
        passphrase: str | None = None,
        code: str | None = None,
        accept_rollback: bool = False,
    ) -> Vault:
        return cls(unlock(folder, passphrase=passphrase, code=code), accept_rollback=accept_rollback)

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    def _make_sessions(self) -> sessionmaker:
        sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(sessions, "before_flush", self._note_search_changes)
        return sessions

    def _note_search_changes(self, session: Session, _context: object, _instances: object) -> None:
        """A searchable row was changed or deleted: its old words stay in FTS5's index segments (as delete
        markers) until the index is merged, so remember to merge before the vault closes."""
        if any(isinstance(obj, SEARCHABLE) for obj in (*session.deleted, *session.dirty)):
            self._search_stale = True

    def purge_search_index(self) -> None:
        """Merge the FTS5 index into one segment (dropping deleted and replaced words; freed pages are
        zeroed by secure_delete) and fold the WAL into the database file."""
        engine = self._require_open()
        with self._write_lock, engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        self.checkpoint()
        self._search_stale = False

    def close(self) -> None:
        """Dispose the engine (no idle connection stays), wipe the key from memory, release the lock.

        Old words of changed or deleted rows are purged from the search index first."""
        if self.engine is not None and self._search_stale:
            try:
                self.purge_search_index()
            except Exception:  # never block a lock; the next close tries again
                log.warning("search index could not be merged at close")
        self.caches.clear()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        for i in range(len(self._key)):
            self._key[i] = 0
        self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_open(self) -> Engine:
        if self.engine is None:
            raise VaultLocked()
        return self.engine

    # --- sessions -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        self._require_open()
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write session: commits on success (raising the generation), rolls back on error."""
        self._require_open()
        with self._write_lock:
            with self._sessions() as session, session.begin():
                yield session
                session.flush()
                new_generation = self.generation + 1
                session.execute(
                    update(VaultMeta).where(VaultMeta.key == "generation").values(value=str(new_generation))
                )
            self.generation = new_generation
            self._keyfile = self._keyfile.with_generation(new_generation)
            try:
                keys.write_keyfile(self.folder, self._keyfile, with_backup=False)
            except OSError as exc:  # the commit is durable; the key file catches up on the next write
                raise disk_error(exc) from exc

    def _check_generation(self, accept_rollback: bool) -> int:
        with self.read() as session:
            row = session.scalar(select(VaultMeta.value).where(VaultMeta.key == "generation"))
            stored_id = session.scalar(select(VaultMeta.value).where(VaultMeta.key == "vault_id"))
        if row is None or stored_id != self._keyfile.vault_id:
            raise VaultDamaged()
        db_generation = int(row)
        if db_generation < self._keyfile.generation and not accept_rollback:
            raise RollbackDetected()
        if db_generation != self._keyfile.generation:
            self._keyfile = self._keyfile.with_generation(db_generation)
            keys.write_keyfile(self.folder, self._keyfile, with_backup=False)
        return db_generation

    # --- checks -------------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Run SQLCipher's and SQLite's integrity checks; returns a list of problems (empty = fine)."""
        engine = self._require_open()
        problems: list[str] = []
        with engine.connect() as conn:
            for pragma in ("PRAGMA cipher_integrity_check", "PRAGMA integrity_check", "PRAGMA foreign_key_check"):
                try:
                    rows = [tuple(r) for r in conn.exec_driver_sql(pragma).fetchall()]
                except sqlalchemy.exc.DatabaseError as exc:
                    problems.append(f"{pragma.split()[1]}: {type(exc.orig).__name__}: {exc.orig}")
                    continue
                if pragma.endswith("integrity_check") and rows == [("ok",)]:
                    continue
                problems.extend(f"{pragma.split()[1]}: {' '.join(map(str, r))}" for r in rows)
        return problems

    def pragma(self, name: str) -> object:
        with self._require_open().connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def checkpoint(self) -> None:
        """Fold the WAL into the database file and truncate it (after deletions)."""
        with self._require_open().connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- secrets ------------------------------------------------------------------------------------

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongSecret unless `passphrase` opens this vault's passphrase slot (slow)."""
        keys.unlock(self._keyfile, passphrase=passphrase)

    def change_passphrase(self, old: str, new: str, *, profile: keys.KdfProfile = keys.PRODUCTION) -> None:
        """Re-wrap the data key under a new passphrase (the database is not touched)."""
        keys.unlock(self._keyfile, passphrase=old)
        self.set_passphrase(new, profile=profile)

    def set_passphrase(self, new: str, *, profile: keys.KdfProfile = keys.PRODUCTION) -> None:
        """Re-wrap under a new passphrase without the old one (the vault is open: e.g. by recovery code)."""
        self._require_open()
        self._store_keyfile(self._keyfile.with_slot(keys.passphrase_slot(self.data_key, new, self.vault_id, profile)))

    def new_recovery_code(self, passphrase: str) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code (show once)."""
        key = keys.unlock(self._keyfile, passphrase=passphrase)
        code = recovery_code.generate()
        self._store_keyfile(self._keyfile.with_slot(keys.recovery_slot(key, code, self.vault_id)))
        return code

    def _store_keyfile(self, keyfile: keys.KeyFile) -> None:
        with self._write_lock:
            try:
                keys.write_keyfile(self.folder, keyfile)
            except OSError as exc:
                raise disk_error(exc) from exc
            self._keyfile = keyfile

    def rotate_data_key(self, passphrase: str, *, profile: keys.KdfProfile = keys.PRODUCTION) -> str:
        """Re-encrypt the database under a new data key. Returns the new recovery code.

        Crash-safe: export into `vault.db.rotating`, write `vault.keys.rotating`, swap the database,
        then the key file. `unlock()` finishes or undoes an interrupted rotation, so the vault opens
        with the old or the new secrets at every instant.
        """
        keys.unlock(self._keyfile, passphrase=passphrase)
        engine = self._require_open()
        new_key = os.urandom(keys.DATA_KEY_BYTES)
        code = recovery_code.generate()
        new_keyfile = keys.new_keyfile(new_key, passphrase, code, self.vault_id, profile).with_generation(
            self.generation
        )
        rotating = self.folder / ROTATE_DB
        with self._write_lock:
            with contextlib.suppress(FileNotFoundError):
                rotating.unlink()
            raw = connect(self.folder / DB_FILE, bytes(self._key))
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                raw.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"", (str(rotating),))
                raw.execute("SELECT sqlcipher_export('rotated')").fetchall()
                raw.execute("DETACH DATABASE rotated")
            finally:
                raw.close()
            connect(rotating, new_key).close()
            with open(rotating, "rb+") as fh:
                os.fsync(fh.fileno())
            keys.atomic_write_bytes(self.folder / ROTATE_KEYS, new_keyfile.to_bytes())
            engine.dispose()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / (DB_FILE + suffix)).unlink()
            os.replace(rotating, self.folder / DB_FILE)
            fsync_dir(self.folder)
            keys.write_keyfile(self.folder, new_keyfile)
            (self.folder / ROTATE_KEYS).unlink()
            fsync_dir(self.folder)
            self._keyfile = new_keyfile
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = bytearray(new_key)
            self.engine = make_engine(self.folder / DB_FILE, new_key)
            self._sessions = self._make_sessions()
        return code

    # --- raw access for backups ----------------------------------------------------------------------

    @property
    def data_key(self) -> bytes:
        """The raw data key (for the backup service only: it keys the backup copy and its MAC)."""
        self._require_open()
        return bytes(self._key)

    @property
    def keyfile(self) -> keys.KeyFile:
        return self._keyfile

    def execute_sql(self, sql: str) -> list[tuple]:
        with self._require_open().connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).fetchall()]


def remove_vault_files(folder: Path) -> None:
    """Delete a vault folder's files (used by tests and the restore safety copy clean-up)."""
    shutil.rmtree(folder, ignore_errors=True)
