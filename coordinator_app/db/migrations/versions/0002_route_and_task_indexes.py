"""Composite indexes for open tasks by due date and for milestones by kind and date.

The dashboard asks for open tasks due before a date, and the quarterly statistics and reflection-period
reminders ask for milestones of one kind within a date range; with single-column indexes SQLite could use
only one of the two conditions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch_op:
        batch_op.create_index("ix_tasks_open_due", ["done_on", "due_on"], unique=False)
    with op.batch_alter_table("milestones") as batch_op:
        batch_op.create_index("ix_milestones_kind_on", ["kind", "on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("milestones") as batch_op:
        batch_op.drop_index("ix_milestones_kind_on")
    with op.batch_alter_table("tasks") as batch_op:
        batch_op.drop_index("ix_tasks_open_due")
