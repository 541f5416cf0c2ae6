"""Contacts keep what an address book gives: address, website, birthday, nickname, department, and the
international form of each phone number beside the number as typed.

A person may now have only a first name or only an e-mail address. `contacts.last_name` stays NOT NULL:
a person without a surname is stored with the empty text "" (changing the column would rebuild the
table, and dropping the old table would run the ON DELETE CASCADE of its involvements). The search
trigger concatenates last_name, so "" keeps it working; it now also indexes the nickname and department.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CONTACT_KIND = 4  # FTS_KINDS["contact"] in 0001
_OLD_BODY = (
    "coalesce(NEW.first_name, '') || ' ' || NEW.last_name || ' ' || coalesce(NEW.function, '')"
    " || ' ' || coalesce(NEW.email, '')"
)
_NEW_BODY = (
    "coalesce(NEW.first_name, '') || ' ' || NEW.last_name || ' ' || coalesce(NEW.nickname, '')"
    " || ' ' || coalesce(NEW.function, '') || ' ' || coalesce(NEW.department, '')"
    " || ' ' || coalesce(NEW.email, '')"
)
_CONTACT_COLUMNS = (
    ("address", sa.String(200)),
    ("postal_code", sa.String(16)),
    ("city", sa.String(80)),
    ("region", sa.String(80)),
    ("country", sa.String(80)),
    ("website", sa.String(200)),
    ("birthday", sa.String(10)),  # YYYY-MM-DD, or --MM-DD when the year is not known (vCard 4.0)
    ("nickname", sa.String(100)),
    ("department", sa.String(120)),
    ("phone_intl", sa.String(40)),
    ("phone_alt_intl", sa.String(40)),
)


def _contact_triggers(body: str) -> None:
    insert = (
        "INSERT INTO search_index(rowid, kind, ref_id, case_id, body) "
        f"VALUES (NEW.id * 8 + {_CONTACT_KIND}, 'contact', NEW.id, NULL, {body});"
    )
    delete_old = f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {_CONTACT_KIND};"
    op.execute("DROP TRIGGER IF EXISTS fts_contacts_ai")
    op.execute("DROP TRIGGER IF EXISTS fts_contacts_au")
    op.execute(f"CREATE TRIGGER fts_contacts_ai AFTER INSERT ON contacts BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER fts_contacts_au AFTER UPDATE ON contacts BEGIN {delete_old} {insert} END")


def upgrade() -> None:
    # plain ADD COLUMN (no batch rebuild of the table: see the docstring)
    for name, type_ in _CONTACT_COLUMNS:
        op.execute(f"ALTER TABLE contacts ADD COLUMN {name} {type_.compile(dialect=op.get_bind().dialect)}")
    op.execute("ALTER TABLE organisations ADD COLUMN phone_intl VARCHAR(40)")
    _contact_triggers(_NEW_BODY)


def downgrade() -> None:
    _contact_triggers(_OLD_BODY)
    op.execute("ALTER TABLE organisations DROP COLUMN phone_intl")
    for name, _type in reversed(_CONTACT_COLUMNS):
        op.execute(f"ALTER TABLE contacts DROP COLUMN {name}")
