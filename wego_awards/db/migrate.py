"""Schema migrations with Alembic: every database is brought to the head revision when opened.

The revision files live in ``migrations/versions`` inside the package, so an installed copy (or a
PyInstaller bundle) upgrades an older edition file without the ``alembic`` command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from wego_awards.db.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at the packaged revisions."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:  # ConfigParser reads % as interpolation: a URL's %2F (sslrootcert=/...) is escaped
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


# The newest revision. Checked against the revision files by a test, so that opening a database
# that is already up to date costs one query and no import of Alembic. This module imports
# nothing heavy at its top, so that ``db.quick`` reads HEAD without SQLAlchemy.
HEAD = "0005_rounds"


def head_revision() -> str:
    """The head revision as the revision files say (one head: the chain is linear)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(db: Database) -> str | None:
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database) -> bool:
    """Bring the database to the head revision; True if anything was done."""
    if current_revision(db) == HEAD:
        return False
    migrate(db, "upgrade", "head")
    return True


def migrate(db: Database, direction: str, revision: str) -> None:
    """Run Alembic ``upgrade`` or ``downgrade`` to ``revision`` in one transaction.

    On SQLite, batch mode alters a table by copying it and dropping the old one; with foreign
    keys on, that drop would cascade and delete every row that refers to the table. So foreign
    keys are switched off for the migration (SQLite allows that only outside a transaction) and
    checked as a whole afterwards.
    """
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            conn.rollback()  # the connection's implicit transaction, if any, must be closed
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            conn = conn.execution_options(wego_write=True)
            cfg.attributes["connection"] = conn
            getattr(command, direction)(cfg, revision)
            if raw is not None:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    conn.rollback()
                    raise RuntimeError(f"the migration would leave {len(broken)} rows pointing "
                                       "at nothing")
            conn.commit()
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
