"""Per-case composite indexes: a case's open tasks by due date, a case's milestones of one kind by date.

The case list asks, per row, for the case's next open task and its reflection-period start; with only
single-column indexes SQLite walks every task or milestone of the case (or, misled, every open task).
A first version of this revision indexed (done_on, due_on) and (kind, on) without the case: the planner
then chose those for the per-case subqueries and the case list became 20x slower (found by `make bench`).

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
        batch_op.create_index("ix_tasks_case_open_due", ["case_id", "done_on", "due_on"], unique=False)
    with op.batch_alter_table("milestones") as batch_op:
        batch_op.create_index("ix_milestones_case_kind_on", ["case_id", "kind", "on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("milestones") as batch_op:
        batch_op.drop_index("ix_milestones_case_kind_on")
    with op.batch_alter_table("tasks") as batch_op:
        batch_op.drop_index("ix_tasks_case_open_due")
