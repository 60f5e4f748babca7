"""Opening an edition's database: a SQLite file or a PostgreSQL URL.

The engine is made from the path or URL the user chose, never at import time. SQLite runs in WAL
mode with foreign keys on and a long busy timeout, and every writing transaction starts with
``BEGIN IMMEDIATE``: a writer takes the write lock up front and waits its turn instead of failing
with "database is locked" when it would upgrade a read lock. On PostgreSQL a writer takes a
transaction-scoped advisory lock for the same effect.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from wego_awards.db import sealed
from wego_awards.db.location import database_url
from wego_awards.errors import PassphraseNeeded, Refused

BUSY_TIMEOUT_MS = 120_000
_WRITE_LOCK_KEY = 0x5745474F  # "WEGO": the advisory lock writers share on PostgreSQL


def display_target(target: str) -> str:
    """A file path or URL as the app shows it: never with its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:
        return target.split("@")[-1]


def _sqlite_setup(engine: Engine, key: str | None = None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DBAPI objects
        # Let SQLAlchemy's "begin" event (below) decide how each transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if key is not None:  # a sealed package: the key before anything reads a page
            cur.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not logs
            cur.execute(key)
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

    def __init__(self, target: str | os.PathLike[str] | None = None, *, create: bool = True,
                 passphrase: str | None = None, key: tuple[bytes, bytes] | None = None):
        """``passphrase`` opens a sealed judge's package (else ``$WEGO_AWARDS_PASSPHRASE``);
        ``key`` is the (raw key, salt) of one, as the secretariat keeps it."""
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
            elif key is None:
                key = _package_key(path, passphrase)
            self.key = key  # (raw key, salt) of a sealed package; a copy is sealed alike
            if key is None:
                self.engine = create_engine(self.url,
                                            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
                _sqlite_setup(self.engine)
            else:
                self.engine = create_engine(self.url, module=sealed.sqlcipher_module(),
                                            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
                _sqlite_setup(self.engine, sealed.key_pragma(*key))
                if path.exists():
                    self._check_key(path)
        else:
            self.path = None
            self.key = None
            url = secured_url(url)
            self.url = url.render_as_string(hide_password=False)
            self.engine = create_engine(url, pool_pre_ping=True)

    def _check_key(self, path: Path) -> None:
        """Read the first page with the key: a wrong key fails SQLCipher's check, and nothing of
        the file was read or written."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except Exception:
            self.engine.dispose()
            raise PassphraseNeeded(
                f"{path}: the passphrase does not open this file (a wrong passphrase, or not a "
                "judge's package at all); nothing was read or changed", path, wrong=True) from None

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


_LOOPBACK = ("127.0.0.1", "::1", "localhost")
_WEAK = {"disable": "leave the link unencrypted", "allow": "leave the link unencrypted",
         "prefer": "leave the link unencrypted", "require": "not check the server's certificate",
         "verify-ca": "not check the server's name"}


def secured_url(url):  # noqa: ANN001, ANN201 - sqlalchemy.engine.URL in and out
    """A server URL that connects over TLS and checks the server (``sslmode=verify-full``
    unless it says otherwise); a weaker mode is refused for any host but this machine's own,
    and verify-full needs the server's certificate authority (``sslrootcert=FILE`` in the URL,
    ``PGSSLROOTCERT``, or libpq's ``~/.postgresql/root.crt``)."""
    query = dict(url.query)
    host = url.host or ""
    local = host in _LOOPBACK or not host or host.startswith("/")
    mode = str(query.get("sslmode") or "")
    where = display_target(url.render_as_string(hide_password=True))
    if not mode:
        if not host or host.startswith("/"):
            return url  # a Unix socket on this machine: no network to encrypt
        mode = "verify-full"
        url = url.update_query_dict({"sslmode": mode})
    if mode in _WEAK and not local:
        raise Refused(f"{where}: sslmode={mode} would {_WEAK[mode]}; the shared server is "
                      "reached with sslmode=verify-full and its certificate authority "
                      "(sslrootcert=FILE in the URL, or PGSSLROOTCERT)")
    if mode == "verify-full":
        root = str(query.get("sslrootcert") or os.environ.get("PGSSLROOTCERT") or
                   Path.home() / ".postgresql" / "root.crt")
        if root != "system" and not Path(root).is_file():
            raise Refused(f"{where}: the server's certificate authority is needed to check it "
                          f"is the server (no file {root}); add sslrootcert=FILE to the URL or "
                          "set PGSSLROOTCERT (the secretariat hands out the file ca.crt)")
    return url


def _package_key(path: Path, passphrase: str | None) -> tuple[bytes, bytes] | None:
    """None for a plain SQLite file; the (key, salt) of a sealed package from its passphrase
    (given, else ``$WEGO_AWARDS_PASSPHRASE``); refused when the file is neither or the
    passphrase is missing. A file too short to be either is refused as not a database."""
    try:
        head = sealed.file_head(path)
    except OSError as exc:
        raise Refused(f"{path}: cannot be read ({exc.strerror})") from None
    if not head or head == sealed.SQLITE_MAGIC:
        return None
    salt = sealed.salt_in(head)
    if salt is None or os.path.getsize(path) < 512:
        raise Refused(f"{path}: is not an edition database (not a SQLite file)")
    phrase = passphrase if passphrase is not None else os.environ.get(sealed.ENV, "")
    if not phrase.strip():
        raise PassphraseNeeded(
            f"{path}: is not an edition database (not a SQLite file), or it is a judge's sealed "
            f"package: give its passphrase (the app asks for it; on the command line, set "
            f"{sealed.ENV})", path)
    return sealed.derive_key(phrase, salt), salt
