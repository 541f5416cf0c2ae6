"""Run Alembic migrations programmatically on an open vault connection (no ini file).

Opening a vault whose schema is already at the head costs one small query: Alembic (about 90 ms of
imports) is loaded only when a migration really has to run. HEAD names the newest revision; a test
checks it against Alembic's own view of the migrations folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from coordinator_app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0006"


def alembic_config() -> Config:
    from alembic.config import Config  # start-up time: loaded on first use

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return HEAD


def alembic_head() -> str:
    """The head as Alembic reads it from the migrations folder (slow; for tests and checks)."""
    from alembic.script import ScriptDirectory  # start-up time: loaded on first use

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # a brand-new database: no table yet
        connection.rollback()
        return None


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the head revision. Returns True when anything ran."""
    with engine.begin() as connection:
        if current_revision(connection) == HEAD:
            return False
    from alembic import command  # start-up time: loaded on first use

    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return True
