"""A consistent copy of an edition while it is in use."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from wego_awards.db import Database, sealed
from wego_awards.errors import Refused


def backup(db: Database, out: str | Path) -> Path:
    """Copy the edition to ``out`` as one SQLite file.

    SQLite's online backup copies a consistent snapshot even while the app or an import is
    writing; a PostgreSQL edition is copied table by table inside one repeatable-read snapshot.
    """
    out = Path(out)
    if db.path is not None and out.resolve() == Path(db.path).resolve():
        raise Refused(f"{out}: is the edition's own file; back it up to another file")
    if out.exists() and out.is_dir():
        raise Refused(f"{out}: is a folder; give a file name for the backup")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    if db.is_sqlite:
        _copy_file(db, tmp)
    else:
        _copy_server(db, tmp)
    tmp.replace(out)
    return out


def _copy_file(db: Database, tmp: Path) -> None:
    """SQLite's online backup, from the edition's own connection: a judge's sealed package is
    copied sealed alike (same key and salt, so the secretariat opens the copy with the key it
    keeps), a plain edition plain."""
    module = sealed.sqlcipher_module() if db.key is not None else sqlite3
    dst = module.connect(str(tmp))
    try:
        if db.key is not None:
            dst.execute(sealed.key_pragma(*db.key))
        with db.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.backup(dst)
    finally:
        dst.close()


def _copy_server(db: Database, tmp: Path) -> None:
    from sqlalchemy import insert, select

    from wego_awards.db.migrate import upgrade
    from wego_awards.db.models import Base

    target = Database(tmp, create=True)
    try:
        upgrade(target)
        with db.engine.connect() as src, target.write() as dst:
            src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in src.execute(select(table))]
                if rows:
                    dst.execute(insert(table), rows)
    finally:
        target.close()
