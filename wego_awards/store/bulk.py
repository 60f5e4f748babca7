"""The bulk path: hundreds of thousands of rows in and out without an object per row.

Rows go in through the driver's ``executemany`` with plain tuples and come out of the driver's
cursor as tuples into numpy arrays. The statements are built with SQLAlchemy, so the same code
runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from wego_awards.progress import Progress

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

CHUNK = 50_000


def _placeholder(session: Session) -> str:
    style = session.get_bind().dialect.paramstyle
    return "?" if style == "qmark" else "%s"


def insert_rows(session: Session, table: Any, columns: Sequence[str],
                rows: Sequence[tuple], progress: Progress | None = None) -> None:
    """INSERT many rows (tuples in ``columns`` order) into ``table`` (a model's ``__table__``)
    inside the session's transaction."""
    if not rows:
        return
    mark = _placeholder(session)
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, list(rows[start:start + CHUNK]))
        if progress:
            progress(min(start + CHUNK, len(rows)), len(rows))


def update_rows(session: Session, table: Any, columns: Sequence[str],
                rows: Sequence[tuple]) -> None:
    """UPDATE rows by id: each tuple is (new values in ``columns`` order..., id)."""
    if not rows:
        return
    mark = _placeholder(session)
    sets = ", ".join(f"{c} = {mark}" for c in columns)
    sql = f"UPDATE {table.name} SET {sets} WHERE id = {mark}"
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, list(rows[start:start + CHUNK]))


def fetch_rows(session: Session, stmt: Select) -> list[tuple]:
    """A select's rows as the driver's plain tuples (no Row objects)."""
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def fetch_columns(session: Session, stmt: Select, dtypes: Sequence[type]) -> list[np.ndarray]:
    """A select's columns as numpy arrays of the given dtypes (object for text)."""
    import numpy as np

    rows = fetch_rows(session, stmt)
    if not rows:
        return [np.zeros(0, dtype=d) for d in dtypes]
    if all(np.dtype(d).kind in "iuf" for d in dtypes):
        # One conversion of the whole block; ids below 2**53 are exact in float64.
        block = np.array(rows, dtype=np.float64)
        return [block[:, i].astype(d) for i, d in enumerate(dtypes)]
    cols = list(zip(*rows, strict=True))
    return [np.array(c, dtype=d) for c, d in zip(cols, dtypes, strict=True)]
