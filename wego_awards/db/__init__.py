"""The database layer: models, engine, migrations and the queries the services share."""

from wego_awards.db.engine import Database, database_url, default_db_path

__all__ = ["Database", "database_url", "default_db_path"]
