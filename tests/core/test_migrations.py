"""Schema migrations: a linear chain, an empty file upgrades to head, older files keep data."""

from __future__ import annotations

import sqlite3

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from wego_awards.db import Database
from wego_awards.db.migrate import (
    HEAD,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
    upgrade,
)
from wego_awards.db.models import Base


def test_revision_chain_is_linear_and_head_is_known():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    revs = list(script.walk_revisions())  # head first
    assert revs[-1].down_revision is None
    for newer, older in zip(revs, revs[1:], strict=False):
        assert newer.down_revision == older.revision
    assert head_revision() == HEAD


def test_empty_file_upgrades_to_head_matching_the_models(tmp_path):
    db = Database(tmp_path / "new.db")
    assert upgrade(db) is True
    assert current_revision(db) == HEAD
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert upgrade(db) is False  # already at head: nothing to do
    db.close()


def test_every_revision_upgrades_an_older_file_without_losing_data(tmp_path, demo_template):
    """Take the demo edition down to the first revision, then up again: the data survives."""
    path = tmp_path / "old.db"
    with sqlite3.connect(demo_template) as a, sqlite3.connect(path) as b:
        a.backup(b)
    script = ScriptDirectory.from_config(alembic_config())
    first = list(script.walk_revisions())[-1].revision
    db = Database(path)
    migrate(db, "downgrade", first)
    assert current_revision(db) == first
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    assert upgrade(db) is (first != HEAD)
    assert current_revision(db) == HEAD
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
        # Revision 0005: the edition became one round, R1, holding its criteria and
        # assignments, open; every score kept (it names its round through its criterion).
        rounds = conn.execute("SELECT code, position, kind FROM rounds").fetchall()
        open_round = conn.execute("SELECT r.code FROM editions e JOIN rounds r "
                                  "ON r.id = e.open_round_id").fetchall()
        loose = conn.execute("SELECT count(*) FROM criteria WHERE round_id IS NULL OR "
                             "round_id NOT IN (SELECT id FROM rounds)").fetchone()[0]
        criteria = conn.execute("SELECT count(*) FROM criteria").fetchone()[0]
    assert before == after == 1540
    assert rounds == [("R1", 1, "scoring")] and open_round == [("R1",)]
    assert criteria == 5 and loose == 0
    db.close()
    from wego_awards.services.audit import verify
    from wego_awards.services.edition import open_database

    with open_database(path) as upgraded:  # revision 0002 anchored the history's end
        assert verify(upgraded).ok


def test_sqlite_is_in_wal_mode_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 30_000
