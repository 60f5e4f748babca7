"""Schema migrations with Alembic: every database is brought to the head revision when opened.

The revision files live in ``migrations/versions`` inside the package, so an installed copy (or a
PyInstaller bundle) upgrades an older edition file without the ``alembic`` command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from wego_awards.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at the packaged revisions."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


# The newest revision. Checked against the revision files by a test, so that opening a database
# that is already up to date costs one query and no import of Alembic.
HEAD = "0001_first_schema"


def head_revision() -> str:
    """The head revision as the revision files say (one head: the chain is linear)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database) -> bool:
    """Bring the database to the head revision; True if anything was done."""
    if current_revision(db) == HEAD:
        return False
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.connect() as conn:
        conn = conn.execution_options(wego_write=True)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    return True
