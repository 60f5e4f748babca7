"""The database layer: models, engine, migrations and the queries the services share.

``Database`` and the rest are loaded on first use (PEP 562), so that ``db.location`` and
``db.quick`` (the standard library and numpy only) start without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wego_awards.db.engine import Database
    from wego_awards.db.location import database_url, default_db_path

__all__ = ["Database", "database_url", "default_db_path"]


def __getattr__(name: str) -> Any:
    if name == "Database":
        from wego_awards.db.engine import Database

        return Database
    if name in ("database_url", "default_db_path"):
        from wego_awards.db import location

        return getattr(location, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
