"""The bulk path: hundreds of thousands of rows in and out without an object per row.

Rows go in through the driver's ``executemany`` with plain tuples and come out of the driver's
cursor as tuples into numpy arrays. The statements are built with SQLAlchemy, so the same code
runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from wego_awards.progress import Progress

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

CHUNK = 50_000
BULK_CACHE_KIB = 16 * 1024  # SQLite's page cache while many rows go in (its default: 2 MB)


def _placeholder(session: Session) -> str:
    style = session.get_bind().dialect.paramstyle
    return "?" if style == "qmark" else "%s"


def _insert_sql(session: Session, table: Any, columns: Sequence[str]) -> str:
    mark = _placeholder(session)
    return (f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})")


def insert_rows(session: Session, table: Any, columns: Sequence[str],
                rows: Sequence[tuple], progress: Progress | None = None) -> None:
    """INSERT many rows (tuples in ``columns`` order) into ``table`` (a model's ``__table__``)
    inside the session's transaction."""
    if not rows:
        return
    sql = _insert_sql(session, table, columns)
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, list(rows[start:start + CHUNK]))
        if progress:
            progress(min(start + CHUNK, len(rows)), len(rows))


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

    if all(np.dtype(d).kind in "iuf" for d in dtypes):
        return fetch_arrays(session, stmt, dtypes)
    rows = fetch_rows(session, stmt)
    if not rows:
        return [np.zeros(0, dtype=d) for d in dtypes]
    cols = list(zip(*rows, strict=True))
    return [np.array(c, dtype=d) for c, d in zip(cols, dtypes, strict=True)]


def _chunk_rows(values: Sequence[Any], start: int, stop: int) -> list[tuple]:
    """Rows ``start:stop`` as tuples, from columns (numpy arrays, or one value for every row)."""
    import numpy as np

    cols = [v[start:stop].tolist() if isinstance(v, np.ndarray) else repeat(v, stop - start)
            for v in values]
    return list(zip(*cols, strict=True))


@contextmanager
def _page_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache raised to BULK_CACHE_KIB for a bulk write, then put back: each row
    goes into the table and its indexes at scattered places, and with the default 2 MB most
    index pages are evicted and read again (500,000 scores: 0.2 s less). Bounded: 16 MB at most,
    whatever the number of rows."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    page = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 4096)
    have_kib = -old if old < 0 else old * page // 1024
    if have_kib >= BULK_CACHE_KIB:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {old}")


def insert_columns(session: Session, table: Any, columns: Sequence[str], values: Sequence[Any],
                   n: int, progress: Progress | None = None) -> None:
    """INSERT ``n`` rows given as columns (numpy arrays of ``n`` values, or one value for every
    row) in ``columns`` order, a chunk of tuples at a time: memory holds one chunk, never a
    tuple per row of the whole table."""
    if not n:
        return
    sql = _insert_sql(session, table, columns)
    conn = session.connection()
    with _page_cache(session):
        for start in range(0, n, CHUNK):
            conn.exec_driver_sql(sql, _chunk_rows(values, start, min(start + CHUNK, n)))
            if progress:
                progress(min(start + CHUNK, n), n)


def update_columns(session: Session, table: Any, columns: Sequence[str], keys: Sequence[str],
                   values: Sequence[Any], n: int) -> None:
    """UPDATE ``n`` rows found by their ``keys`` columns (a unique key): ``values`` are the new
    values in ``columns`` order, then the keys' (numpy arrays of ``n``, or one for every row)."""
    if not n:
        return
    mark = _placeholder(session)
    sets = ", ".join(f"{c} = {mark}" for c in columns)
    where = " AND ".join(f"{k} = {mark}" for k in keys)
    sql = f"UPDATE {table.name} SET {sets} WHERE {where}"
    conn = session.connection()
    with _page_cache(session):
        for start in range(0, n, CHUNK):
            conn.exec_driver_sql(sql, _chunk_rows(values, start, min(start + CHUNK, n)))


def fetch_arrays(session: Session, stmt: Select, dtypes: Sequence[type]) -> list[np.ndarray]:
    """A select's numeric columns as numpy arrays of the given dtypes, each row going from the
    driver's cursor straight into one structured array (no list of tuples in between)."""
    import numpy as np

    dtype = np.dtype([(f"f{i}", d) for i, d in enumerate(dtypes)])
    result = session.connection().execute(stmt)
    try:
        if result.cursor is None:
            block = np.zeros(0, dtype=dtype)
        else:
            block = np.fromiter(iter(result.cursor), dtype=dtype)  # type: ignore[call-overload]
    finally:
        result.close()
    return [np.ascontiguousarray(block[f"f{i}"]) for i in range(len(dtypes))]
