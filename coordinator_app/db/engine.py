"""The SQLCipher connection and SQLAlchemy engine for a vault database, with every pragma it needs.

The data key is used as a raw key (`PRAGMA key = "x'…'"`): no PBKDF2 per connection.
`temp_store=MEMORY` matters: SQLCipher does not encrypt temporary files.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from coordinator_app import folding
from coordinator_app.db import secret
from coordinator_app.errors import NotSQLCipher, VaultDamaged

# cipher_memory_security wipes (and mlocks) every SQLCipher allocation when it is freed. Re-measured
# (docs/SECURITY.md): one interactive write 4.3 -> 11.2 ms, 500 demo cases 1.1 -> 4.1 s, 10,000 demo
# cases 9.2 -> 46.6 s; after a lock, copies of five journal words left in freed memory 21 -> 3 (the rest
# is Python's own heap). A lock on suspend is meant to leave as little as possible for the swap or
# hibernation file, and the interactive cost is not noticeable, so it is ON, as docs/ARCHITECTURE.md asks.
MEMORY_SECURITY = "ON"
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
)


def apply_key(conn: sqlcipher3.Connection, key: bytes | bytearray) -> None:
    """Key a connection. The pragma text holds the key in hex: it is run without the statement cache
    (`executescript`) and overwritten afterwards, so no Python object keeps it."""
    if not any(key):
        raise VaultDamaged()  # a wiped key: the vault was locked meanwhile
    hexed = key.hex()
    pragma = "PRAGMA key = \"x'" + hexed + "'\";"
    secret.wipe(hexed)
    try:
        conn.executescript(pragma)
    finally:
        secret.wipe(pragma)


def connect(db_path: Path, key: bytes | bytearray, *, create: bool = False) -> sqlcipher3.Connection:
    """Open one SQLCipher connection, key it, check it really is SQLCipher and the key fits."""
    if not create and not db_path.is_file():
        raise VaultDamaged()
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
        apply_key(conn, key)
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise NotSQLCipher()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:  # wrong key is excluded by the key slot: so the file is damaged
            raise VaultDamaged() from exc
        for pragma in PRAGMAS:
            conn.execute(pragma)
        folding.register(conn)  # coordinator_fold(), used by the search index triggers (revision 0004)
        conn.isolation_level = None  # transactions are begun explicitly (see make_engine)
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, key: bytearray) -> Engine:
    """A SQLAlchemy engine over SQLCipher connections. Bound values never appear in error text.

    `key` is the vault's own key buffer, not a copy: once the vault wipes it at lock, this engine
    cannot open a connection any more and holds no copy of the key."""

    def creator() -> sqlcipher3.Connection:
        return connect(db_path, key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3,  # so SQLAlchemy wraps SQLCipher's exceptions as its own DBAPIError
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Connection) -> None:  # one writer at a time, no upgrade deadlocks
        conn.exec_driver_sql("BEGIN")

    return engine
