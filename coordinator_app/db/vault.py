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
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Engine, event, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.atomic import atomic_write_bytes, fsync_dir
from coordinator_app.db import keys, migrate, recovery_code, secret, swap
from coordinator_app.db.engine import connect, make_engine
from coordinator_app.db.folder import DB_FILE, create_private, is_vault, make_private
from coordinator_app.db.lockfile import FolderLock
from coordinator_app.db.models import (
    AuditEvent,
    Case,
    Contact,
    Document,
    JournalEntry,
    Milestone,
    Organisation,
    Person,
    Task,
    VaultMeta,
    utcnow,
)
from coordinator_app.errors import (
    KeyFileOlder,
    KeyFileOtherVault,
    KeyFileReplaced,
    KnownError,
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
PURGE_PENDING = "search_purge_pending"  # vault_meta key: old words wait in the search index to be purged
KEYSLOTS = "keyslots_sha256"  # vault_meta key: digest of the key slots that belong to this database
KEYSLOTS_NEXT = "keyslots_next_sha256"  # ... and of the slots being written by a passphrase change
SET_ASIDE = "vault.keys.set-aside-"  # prefix of a key file that unlocked but did not belong here
STAGING_PREFIX = ".vault.creating-"  # a vault being built by `Vault.create`, moved in when complete
ROTATE_DB = "vault.db.rotating"
ROTATE_KEYS = "vault.keys.rotating"


class VaultSession(Session):
    """The session class of every open vault (one class, so one class-level event listener)."""


@event.listens_for(VaultSession, "before_flush")
def _record_search_purge(session: Session, _context: object, _instances: object) -> None:
    """A searchable row is changed or deleted: its old words stay in FTS5's index segments (as delete
    markers) until the index is merged. Record that a merge is due in `vault_meta`, in the same
    transaction as the change, so a crash before the merge is finished on the next open."""
    if any(isinstance(obj, SEARCHABLE) for obj in (*session.deleted, *session.dirty)):
        session.connection().exec_driver_sql(
            f"INSERT INTO vault_meta (key, value) VALUES ('{PURGE_PENDING}', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = '1'"
        )


CASE_PARTS = (Person, JournalEntry, Task, Milestone, Document)  # a change to one is activity on its case


@event.listens_for(VaultSession, "before_flush")
def _touch_cases(session: Session, _context: object, _instances: object) -> None:
    """A journal entry, task, milestone, document or the person added, changed or deleted is activity on the
    case: the part and its case get the same moment as their timestamp, so the case's `updated_at` is its
    latest activity (the case list's default order, services/cases/listing.py) without a query over every part."""
    parts = [obj for obj in (*session.new, *session.dirty, *session.deleted) if isinstance(obj, CASE_PARTS)]
    if not parts:
        return
    now = utcnow()
    case_ids: set[int] = set()
    for obj in parts:
        if obj not in session.deleted:
            if isinstance(obj, Document):
                if obj in session.new:
                    obj.created_at = now
            else:
                obj.updated_at = now
        if obj.case_id is not None:
            case_ids.add(obj.case_id)
    with session.no_autoflush:
        for case_id in case_ids:
            case = session.get(Case, case_id)
            if case is not None:
                case.updated_at = now


def _own_key(unlocked: Unlocked) -> bytearray:
    """Take over the unlocked data key as a bytearray (wiped at lock); a bytes key is copied and wiped."""
    key = unlocked.data_key
    if isinstance(key, bytearray):
        return key
    owned = bytearray(key)
    secret.wipe(key)
    return owned


@dataclass
class Unlocked:
    """The result of the slow part of opening (key derivation): hand it to `Vault.open_unlocked`."""

    folder: Path
    keyfile: keys.KeyFile
    data_key: bytearray  # handed over to the Vault, which overwrites it at lock
    lock: FolderLock
    by_code: bool = False  # opened with the recovery code (needed to accept a rollback report)


def _vault_meta(folder: Path, key: bytes | bytearray) -> dict[str, str] | None:
    """The database's `vault_meta` facts read with `key`, or None when the key does not open it."""
    try:
        conn = connect(folder / DB_FILE, key)
    except VaultDamaged:
        return None
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM vault_meta").fetchall()}
    except sqlcipher3.DatabaseError:  # not this key's database, or one without vault_meta (its subclasses too)
        return None
    finally:
        conn.close()


def _accepted_slots(meta: dict[str, str]) -> set[str]:
    """Digests of the key slots the database accepts (the current ones, and the next during a change).
    Empty for a vault made before the digests were recorded: any key file that fits is then accepted."""
    return {meta[k] for k in (KEYSLOTS, KEYSLOTS_NEXT) if k in meta}


def _choose_keyfile(
    folder: Path, passphrase: str | None, code: str | None
) -> tuple[keys.KeyFile, bytearray]:
    """Try `vault.keys`, then its spare when that differs: the first whose key opens *this* database (same
    vault id) and whose slots the database accepts wins. A key file that unlocks but belongs to another
    vault is skipped (it is set aside later); a key file that fits but whose slots the database does not
    accept is only used when nothing better fits (the vault then reports `keyfile_replaced`)."""
    candidates = keys.read_candidates(folder)  # VaultDamaged when neither file can be read
    wrong: WrongSecret | None = None
    foreign = False
    fallback: tuple[keys.KeyFile, bytearray] | None = None
    for keyfile in candidates:
        try:
            key = keys.unlock(keyfile, passphrase=passphrase, code=code)
        except WrongSecret as exc:
            wrong = wrong or exc
            continue
        meta = _vault_meta(folder, key)
        if meta is None or meta.get("vault_id") != keyfile.vault_id:
            foreign = True
            secret.wipe(key)
            continue
        accepted = _accepted_slots(meta)
        if not accepted or keys.slots_digest(keyfile) in accepted:
            if fallback is not None:
                secret.wipe(fallback[1])
            return keyfile, key
        if fallback is None:
            fallback = (keyfile, key)
        else:
            secret.wipe(key)
    if fallback is not None:
        return fallback
    if foreign:
        raise KeyFileOtherVault()
    if wrong is not None:
        raise wrong
    raise VaultDamaged("keyfile_damaged")


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
            lock.relock_db()
            if not is_vault(folder):
                raise VaultNotFound(folder=str(folder))
        for stale in folder.glob(".vault.*.tmp"):  # left by a write that was killed half-way
            stale.unlink(missing_ok=True)
        _remove_staging(folder)
        with contextlib.suppress(PermissionError):  # a folder of another owner stays as it is
            make_private(folder)
        _finish_interrupted_rotation(folder, passphrase=passphrase, code=code)
        keyfile, data_key = _choose_keyfile(folder, passphrase, code)
    except BaseException:
        lock.release()
        raise
    return Unlocked(folder, keyfile, data_key, lock, by_code=code is not None)


def _opens_with(folder: Path, key: bytes | bytearray) -> bool:
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
        old_in_place = _opens_with(folder, old_key)
        secret.wipe(old_key)
        if old_in_place:  # the old database is still in place: undo
            pending.unlink()
            return
        raise  # the new database is in place but this secret (an old recovery code) does not open it
    new_in_place = _opens_with(folder, new_key)
    secret.wipe(new_key)
    if new_in_place:
        keys.write_keyfile(folder, new_keyfile)
    pending.unlink()


class Vault:
    """An open vault. Use `write()` for sessions that change data and `read()` for the rest."""

    def __init__(self, unlocked: Unlocked, *, accept_rollback: bool = False) -> None:
        self.folder = unlocked.folder
        self._keyfile = unlocked.keyfile
        self._key = _own_key(unlocked)
        self._lock = unlocked.lock
        self._write_lock = threading.Lock()
        self.engine: Engine | None = make_engine(self.folder / DB_FILE, self._key)
        # Data services prepare from this vault and keep while it is open (the names the search compares);
        # emptied by close(), so nothing read from the vault outlives the lock.
        self.caches: dict[str, object] = {}
        self._sessions: sessionmaker[VaultSession] | None = self._make_sessions()
        self.accepted_report: str | None = None  # the rollback report the owner accepted at this opening
        try:
            migrate.upgrade(self.engine)
            self.generation = self._check_generation(accept_rollback, by_code=unlocked.by_code)
            if self._purge_pending():  # a change or deletion was not followed by a merge (crash)
                self.purge_search_index()
        except sqlalchemy.exc.DatabaseError as exc:  # the key fitted (slot unlocked), so the file is damaged
            self.close()
            raise VaultDamaged() from exc
        except BaseException:
            self.close()
            raise

    # --- life cycle -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        profile: keys.KdfProfile = keys.PRODUCTION,
        fill: Callable[[Vault], None] | None = None,
    ) -> tuple[Vault, str]:
        """Create a new vault. Returns the open vault and the recovery code (show it once).

        Atomic: the vault is built, and filled by `fill` (demo data, the first audit event), in a private
        staging folder `.vault.creating-<random>` inside `folder`, then moved in: key files first, the
        database last (the commit point). A run killed before that leaves no vault, and the next create
        or open removes the staging folder; a run killed after it leaves a whole vault.
        """
        folder = Path(folder)
        if is_vault(folder) or (folder / DB_FILE).exists():
            raise VaultExists(folder=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            make_private(folder)  # 0700 even when the folder existed
        except OSError as exc:
            raise disk_error(exc) from exc
        lock = FolderLock(folder)
        lock.acquire()
        staging = folder / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
        try:
            _remove_staging(folder)
            staging.mkdir(mode=0o700)
            data_key = bytearray(os.urandom(keys.DATA_KEY_BYTES))
            vault_id = uuid.uuid4().hex
            code = recovery_code.generate()
            keyfile = keys.new_keyfile(data_key, passphrase, code, vault_id, profile)
            create_private(staging / DB_FILE)  # 0600 before SQLite writes: its WAL and SHM inherit the mode
            conn = connect(staging / DB_FILE, data_key, create=True)
            conn.close()
            engine = make_engine(staging / DB_FILE, data_key)
            try:
                migrate.upgrade(engine)
                with Session(engine) as session, session.begin():
                    session.add_all(
                        [
                            VaultMeta(key="vault_id", value=vault_id),
                            VaultMeta(key="generation", value="0"),
                            VaultMeta(key="created_at", value=utcnow().isoformat()),
                            VaultMeta(key=KEYSLOTS, value=keys.slots_digest(keyfile)),
                        ]
                    )
            finally:
                engine.dispose()
            keys.write_keyfile(staging, keyfile)
            if fill is not None:
                staging_lock = FolderLock(staging)
                staging_lock.acquire()
                staged = cls(Unlocked(staging, keyfile, bytearray(data_key), staging_lock))
                try:
                    fill(staged)
                finally:
                    staged.close()
                keyfile = keys.read_candidates(staging)[0]  # the filling raised the generation
            for name in (keys.KEYS_FILE, keys.KEYS_BACKUP, DB_FILE + "-wal", DB_FILE + "-shm"):
                if (staging / name).exists():
                    os.replace(staging / name, folder / name)
            os.replace(staging / DB_FILE, folder / DB_FILE)  # the commit point: now there is a vault
            fsync_dir(folder)
            shutil.rmtree(staging, ignore_errors=True)
            lock.relock_db()
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            lock.release()
            raise disk_error(exc) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
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

    def _make_sessions(self) -> sessionmaker[VaultSession]:
        # One class-level listener (below) for every vault: a listener per vault would keep the vault,
        # its engine and so its key reachable from SQLAlchemy's event registry after a lock.
        return sessionmaker(self.engine, class_=VaultSession, expire_on_commit=False)

    def purge_search_index(self) -> None:
        """Merge the FTS5 index into one segment (dropping deleted and replaced words; freed pages are
        zeroed by secure_delete) and fold the WAL into the database file."""
        engine = self._require_open()
        with self._write_lock, engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
            conn.exec_driver_sql(f"DELETE FROM vault_meta WHERE key = '{PURGE_PENDING}'")
        self.checkpoint()

    def _purge_pending(self) -> bool:
        with self._require_open().connect() as conn:
            return conn.exec_driver_sql(f"SELECT 1 FROM vault_meta WHERE key = '{PURGE_PENDING}'").first() is not None

    def close(self) -> None:
        """Dispose the engine (no idle connection stays), wipe the key from memory, release the lock.

        Old words of changed or deleted rows are purged from the search index first."""
        if self.engine is not None:
            try:
                if self._purge_pending():
                    self.purge_search_index()
            except Exception:  # never block a lock; the next close tries again
                log.warning("search index could not be merged at close")
        self.caches.clear()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        self._sessions = None
        secret.wipe(self._key)
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
        assert self._sessions is not None  # open: engine and sessions exist together
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write session: commits on success (raising the generation), rolls back on error."""
        self._require_open()
        assert self._sessions is not None
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
            try:  # both files with the same generation: neither can be used to hide a rollback
                keys.write_keyfile(self.folder, self._keyfile)
            except OSError as exc:  # the commit is durable; the key file catches up on the next write
                raise disk_error(exc) from exc

    def _meta(self) -> dict[str, str]:
        with self.read() as session:
            return {k: v for k, v in session.execute(select(VaultMeta.key, VaultMeta.value)).all()}

    def _check_generation(self, accept_rollback: bool, *, by_code: bool = False) -> int:
        """Database and key files must tell one story (docs/SECURITY.md):

        - the key file's slots are the ones the database recorded (else an old key file was put back:
          `keyfile_replaced`, it would make an old passphrase work again);
        - the database is not older than the key file (`vault_rollback`: an old copy, a lost WAL, or a
          key file with a raised generation);
        - the key file is not older than the database by more than the one write a crash can cut off
          between the commit and the key file (`keyfile_older`).

        A report can be accepted only when the vault was opened with the recovery code and the caller
        passes `accept_rollback` after the user confirmed it; that is audited (`rollback_accepted`).
        Afterwards both key files are written with the database's generation (a spare that was damaged
        or missing is recreated), and a key file that did not belong here is set aside, not deleted.
        """
        meta = self._meta()
        if "generation" not in meta or meta.get("vault_id") != self._keyfile.vault_id:
            raise VaultDamaged()
        db_generation = int(meta["generation"])
        digest = keys.slots_digest(self._keyfile)
        accepted = _accepted_slots(meta)
        problem: KnownError | None = None
        if accepted and digest not in accepted:
            problem = KeyFileReplaced()
        elif db_generation < self._keyfile.generation:
            problem = RollbackDetected()
        elif db_generation > self._keyfile.generation + 1:
            problem = KeyFileOlder()
        if problem is not None:
            if not accept_rollback:
                raise problem
            if not by_code:
                raise RollbackDetected("rollback_accept_needs_code")
        self.generation = db_generation
        if problem is not None or meta.get(KEYSLOTS) != digest or KEYSLOTS_NEXT in meta:
            self._set_aside_foreign_keyfiles(digest)
            self.generation = max(db_generation, self._keyfile.generation)
            self._keyfile = self._keyfile.with_generation(self.generation)
            with self.write() as session:  # writes both key files with the new generation
                _set_meta(session, {KEYSLOTS: digest, KEYSLOTS_NEXT: None})
                if problem is not None:
                    session.add(AuditEvent(event="rollback_accepted", object_kind="vault", detail=problem.code))
            self.accepted_report = problem.code if problem is not None else None
            return self.generation
        expected = self._keyfile.with_generation(db_generation)
        self._set_aside_foreign_keyfiles(digest)
        if any(_read_bytes(self.folder / name) != expected.to_bytes() for name in (keys.KEYS_FILE, keys.KEYS_BACKUP)):
            self._keyfile = expected
            keys.write_keyfile(self.folder, self._keyfile)
        self._keyfile = expected
        return db_generation

    def _set_aside_foreign_keyfiles(self, digest: str) -> None:
        """A `vault.keys` or spare that is a whole key file of another vault is renamed to
        `vault.keys.set-aside-<time>-…` (kept for its owner, never used here). An outdated key file of this
        vault (other slots: an old passphrase) is simply overwritten by the caller."""
        stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
        for name in (keys.KEYS_FILE, keys.KEYS_BACKUP):
            path = self.folder / name
            try:
                other = keys.KeyFile.from_bytes(path.read_bytes())
            except (OSError, VaultDamaged):
                continue  # missing or damaged: simply rewritten
            if other.vault_id != self._keyfile.vault_id:
                os.replace(path, self.folder / f"{SET_ASIDE}{stamp}-{name}")
                log.warning("a key file that did not belong to this vault was set aside")

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
        """New key slots, crash-safe: the database first accepts both the old and the new slots, then both
        key files get the new slots, then the database accepts only the new ones. A crash at any point
        leaves a vault that opens with the old or the new secret, and an old key file put back later is
        reported (`keyfile_replaced`) instead of reviving an old passphrase."""
        digest = keys.slots_digest(keyfile)
        with self.write() as session:
            _set_meta(session, {KEYSLOTS_NEXT: digest})
        with self._write_lock:
            new = keyfile.with_generation(self.generation)
            try:
                keys.write_keyfile(self.folder, new)
            except OSError as exc:
                raise disk_error(exc) from exc
            self._keyfile = new
        with self.write() as session:
            _set_meta(session, {KEYSLOTS: digest, KEYSLOTS_NEXT: None})

    def rotate_data_key(self, passphrase: str, *, profile: keys.KdfProfile = keys.PRODUCTION) -> str:
        """Re-encrypt the database under a new data key. Returns the new recovery code.

        Crash-safe: export into `vault.db.rotating`, write `vault.keys.rotating`, swap the database,
        then the key file. `unlock()` finishes or undoes an interrupted rotation, so the vault opens
        with the old or the new secrets at every instant.
        """
        keys.unlock(self._keyfile, passphrase=passphrase)
        engine = self._require_open()
        new_key = bytearray(os.urandom(keys.DATA_KEY_BYTES))
        code = recovery_code.generate()
        new_keyfile = keys.new_keyfile(new_key, passphrase, code, self.vault_id, profile).with_generation(
            self.generation
        )
        rotating = self.folder / ROTATE_DB
        with self._write_lock:
            with contextlib.suppress(FileNotFoundError):
                rotating.unlink()
            create_private(rotating)
            raw = connect(self.folder / DB_FILE, self._key)
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                hexed = new_key.hex()
                quoted = str(rotating).replace("'", "''")
                attach = "ATTACH DATABASE '" + quoted + "' AS rotated KEY \"x'" + hexed + "'\";"
                secret.wipe(hexed)
                try:
                    raw.executescript(attach)
                finally:
                    secret.wipe(attach)
                raw.execute("SELECT sqlcipher_export('rotated')").fetchall()
                raw.execute("DELETE FROM rotated.vault_meta WHERE key IN (?, ?)", (KEYSLOTS, KEYSLOTS_NEXT))
                raw.execute("INSERT INTO rotated.vault_meta (key, value) VALUES (?, ?)",
                            (KEYSLOTS, keys.slots_digest(new_keyfile)))
                raw.execute("DETACH DATABASE rotated")
            finally:
                raw.close()
            connect(rotating, new_key).close()
            with open(rotating, "rb+") as fh:
                os.fsync(fh.fileno())
            atomic_write_bytes(self.folder / ROTATE_KEYS, new_keyfile.to_bytes())
            engine.dispose()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / (DB_FILE + suffix)).unlink()
            os.replace(rotating, self.folder / DB_FILE)
            fsync_dir(self.folder)
            self._lock.relock_db()
            keys.write_keyfile(self.folder, new_keyfile)
            (self.folder / ROTATE_KEYS).unlink()
            fsync_dir(self.folder)
            self._keyfile = new_keyfile
            secret.wipe(self._key)
            self._key = new_key
            self.engine = make_engine(self.folder / DB_FILE, self._key)
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

    def execute_sql(self, sql: str) -> list[tuple[int | float | str | bytes | None, ...]]:
        with self._require_open().connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).fetchall()]


def _remove_staging(folder: Path) -> None:
    """Staging folders of a `create` that was killed before its commit point (never a vault)."""
    for staging in folder.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _set_meta(session: Session, values: dict[str, str | None]) -> None:
    """Upsert (or delete, for None) `vault_meta` rows in the session's transaction."""
    for key, value in values.items():
        row = session.get(VaultMeta, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(VaultMeta(key=key, value=value))
        else:
            row.value = value


def remove_vault_files(folder: Path) -> None:
    """Delete a vault folder's files (used by tests and the restore safety copy clean-up)."""
    shutil.rmtree(folder, ignore_errors=True)
