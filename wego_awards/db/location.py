"""Where an edition's database is: the default file, and the URL for a path or URL the user
gave. The standard library only, so that the quick reader (``db.quick``) finds the file without
loading SQLAlchemy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["database_url", "default_db_path", "default_target", "sqlite_file"]


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


def default_target() -> str:
    """Where a command goes without ``--db``: ``$WEGO_AWARDS_DB`` as given (a file path or a
    server's URL), else the default file."""
    return os.environ.get("WEGO_AWARDS_DB") or str(default_db_path())


def database_url(target: str | os.PathLike[str] | None) -> str:
    """The SQLAlchemy URL for a file path or URL (None: :func:`default_target`)."""
    target = default_target() if target is None else str(target)
    path = sqlite_file(target)
    return target if path is None else "sqlite:///" + str(path)


def sqlite_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file a path (None: :func:`default_target`) names, as ``database_url`` makes
    its URL; None for a URL (PostgreSQL, or a SQLite URL given in full)."""
    target = default_target() if target is None else str(target)
    if "://" in target:
        return None
    return Path(target).expanduser().absolute()
