"""Alembic environment: always run programmatically on an open vault connection (see db/migrate.py)."""

from alembic import context

from coordinator_app.db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
