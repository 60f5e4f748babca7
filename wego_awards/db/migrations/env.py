"""Alembic environment: runs on a connection the application hands over (see db/migrate.py)."""

from alembic import context

from wego_awards.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the ``alembic`` command line, for developers making revisions
        from sqlalchemy import create_engine

        connection = create_engine(config.get_main_option("sqlalchemy.url") or "").connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
