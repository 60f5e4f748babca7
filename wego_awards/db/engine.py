"""Opening an edition's database: a SQLite file or a PostgreSQL URL.

The engine is made from the path or URL the user chose, never at import time. SQLite runs in WAL
mode with foreign keys on and a long busy timeout, and every writing transaction starts with
``BEGIN IMMEDIATE``: a writer takes the write lock up front and waits its turn instead of failing
with "database is locked" when it would upgrade a read lock. On PostgreSQL a writer takes a
transaction-scoped advisory lock for the same effect.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from wego_awards.errors import Refused

BUSY_TIMEOUT_MS = 120_000
_WRITE_LOCK_KEY = 0x5745474F  # "WEGO": the advisory lock writers share on PostgreSQL


def default_db_path() -> Path:
    """``$WEGO_AWARDS_DB``, else ``awards.db`` in the platform's user data folder."""
    env = os.environ.get("WEGO_AWARDS_DB")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "wego-awards" / "awards.db"


def display_target(target: str) -> str:
    """A file path or URL as the app shows it: never with its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:
        return target.split("@")[-1]


def database_url(target: str | os.PathLike[str] | None) -> str:
    """The SQLAlchemy URL for a file path or URL (None: the default file)."""
    if target is None:
        target = default_db_path()
    target = str(target)
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().absolute())


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DBAPI objects
        # Let SQLAlchemy's "begin" event (below) decide how each transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        immediate = conn.get_execution_options().get("wego_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One open edition database. Sessions come from :meth:`read` and :meth:`write`.

    The caller owns the transaction: everything done inside ``with db.write() as s:`` commits
    together at the end of the block, or not at all if it raises.
    """

    def __init__(self, target: str | os.PathLike[str] | None = None, *, create: bool = True):
        self.url = database_url(target)
        try:
            url = make_url(self.url)
            url.get_dialect()
        except Exception:  # ArgumentError, NoSuchModuleError: not a URL we can use
            raise Refused(f"{display_target(str(target))}: is not a database file path or URL "
                          "such as postgresql+psycopg://user:pw@host:5432/awards") from None
        self.is_sqlite = url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = Path(url.database or "")
            self.path: Path | None = path
            if not path.exists():
                if not create:
                    raise Refused(f"{path}: no such database file")
                path.parent.mkdir(parents=True, exist_ok=True)
            elif path.is_dir():
                raise Refused(f"{path}: is a folder, not a database file")
            else:
                _check_sqlite_file(path)
            self.engine = create_engine(self.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _sqlite_setup(self.engine)
        else:
            self.path = None
            self.engine = create_engine(self.url, pool_pre_ping=True)

    def close(self) -> None:
        self.checkpoint()
        self.engine.dispose()

    def checkpoint(self) -> None:
        """Fold SQLite's write-ahead log into the file itself, so that a copy of the file (a
        judge's package sent back while the app is still open) holds every saved score."""
        if not self.is_sqlite:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # a busy reader only delays the fold; SQLite retries on its own
            pass

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never writes. Closing it ends (rolls back) its transaction
        without expiring the objects read, so they stay usable after the block."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction holds the write lock from its first statement."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(wego_write=True)
            with Session(bind=conn, expire_on_commit=False) as session:
                if not self.is_sqlite:
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                    {"k": _WRITE_LOCK_KEY})
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLAlchemy stumbles on it."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise Refused(f"{path}: cannot be read ({exc.strerror})") from None
    if head and head != b"SQLite format 3\x00":
        raise Refused(f"{path}: is not an edition database (not a SQLite file)")
