"""Search as you type: the search index gets FTS5 prefix indexes of one, two and three letters.

A first keystroke ("d", "de", "zm-2") asks FTS5 for every word starting with those letters. Without a
prefix index FTS5 reads and merges the word list of every such word at each keystroke; with it, one list
per prefix is read (docs/SEARCH.md has the figures, and what the larger index costs).

FTS5 takes the option only when the table is created, so the table is made again with the same columns
and tokenizer and filled with exactly the rows it held (same rowid, kind, ids, original and folded text),
copied through a temporary table (temp_store is MEMORY: nothing is written outside the encrypted database).
The triggers of revision 0005 only name the table, so they keep working unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PREFIXES = "1 2 3"
_COLUMNS = "kind, ref_id, case_id, body, folded"


def _recreate(options: str) -> None:
    op.execute(f"CREATE TEMP TABLE search_index_copy AS SELECT rowid AS row_id, {_COLUMNS} FROM search_index")
    op.execute("DROP TABLE search_index")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, body UNINDEXED, folded, "
        f"tokenize = 'unicode61 remove_diacritics 2'{options})"
    )
    op.execute(f"INSERT INTO search_index(rowid, {_COLUMNS}) SELECT row_id, {_COLUMNS} FROM search_index_copy")
    op.execute("DROP TABLE search_index_copy")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def upgrade() -> None:
    _recreate(f", prefix = '{PREFIXES}'")


def downgrade() -> None:
    _recreate("")
