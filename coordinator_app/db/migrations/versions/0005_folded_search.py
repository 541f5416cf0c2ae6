"""Search that finds names as people type them: the search index also holds every text in folded form
(plain lower-case Latin, coordinator_app/folding.py, through the SQL function coordinator_fold that
every vault connection registers) and persons get other spellings of their name, searched too.

The original text stays in the index (unindexed) for display; only the folded column is matched.
The index is rebuilt from the source tables, so nothing outside the encrypted database is written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FTS_KINDS = {"case": 1, "person": 2, "journal": 3, "contact": 4, "organisation": 5}
_PERSON_0001 = (
    "coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' || coalesce(NEW.alias, '')"
)
_SOURCES = {
    # kind: (table, case id expression, body expression) — as in 0001 and 0004, persons with other spellings
    "case": ("cases", "NEW.id", "NEW.case_number"),
    "person": ("persons", "NEW.case_id", _PERSON_0001 + " || ' ' || coalesce(NEW.other_spellings, '')"),
    "journal": ("journal_entries", "NEW.case_id", "NEW.text"),
    "contact": (
        "contacts",
        "NULL",
        "coalesce(NEW.first_name, '') || ' ' || NEW.last_name || ' ' || coalesce(NEW.nickname, '')"
        " || ' ' || coalesce(NEW.function, '') || ' ' || coalesce(NEW.department, '')"
        " || ' ' || coalesce(NEW.email, '')",
    ),
    "organisation": ("organisations", "NULL", "NEW.name || ' ' || coalesce(NEW.city, '')"),
}


def _drop_index() -> None:
    for table, _case, _body in _SOURCES.values():
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS fts_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")


def _create_index(folded: bool) -> None:
    sources = dict(_SOURCES)
    if not folded:
        sources["person"] = ("persons", "NEW.case_id", _PERSON_0001)
    columns = "body UNINDEXED, folded" if folded else "body"
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        f"kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, {columns}, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for kind, (table, case_expr, body) in sources.items():
        number = FTS_KINDS[kind]
        names = "kind, ref_id, case_id, body, folded" if folded else "kind, ref_id, case_id, body"
        values = f"'{kind}', NEW.id, {case_expr}, {body}" + (f", coordinator_fold({body})" if folded else "")
        insert = f"INSERT INTO search_index(rowid, {names}) VALUES (NEW.id * 8 + {number}, {values});"
        delete_old = f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {number};"
        op.execute(f"CREATE TRIGGER fts_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER fts_{table}_au AFTER UPDATE ON {table} BEGIN {delete_old} {insert} END")
        op.execute(f"CREATE TRIGGER fts_{table}_ad AFTER DELETE ON {table} BEGIN {delete_old} END")
        # Fill the new index from what is stored now.
        row_values = values.replace("NEW.", "")
        op.execute(f"INSERT INTO search_index(rowid, {names}) SELECT id * 8 + {number}, {row_values} FROM {table}")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def upgrade() -> None:
    op.add_column("persons", sa.Column("other_spellings", sa.Text(), nullable=True))
    _drop_index()
    _create_index(folded=True)


def downgrade() -> None:
    _drop_index()
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("other_spellings")
    _create_index(folded=False)
