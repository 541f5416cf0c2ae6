"""The quarterly tables that left the vault, kept so every later export is protected against them.

Only published counts and marks are stored (the rows of the CSV contract), never cases or persons.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_releases")),
    )
    op.create_index("ix_published_releases_quarter_version", "published_releases", ["quarter", "version"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_published_releases_quarter_version", table_name="published_releases")
    op.drop_table("published_releases")
