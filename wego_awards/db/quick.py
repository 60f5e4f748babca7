"""A plain SQLite edition read with the standard library's ``sqlite3``, for ``status``.

``status`` is what a secretariat officer types most, and on a large edition (500,000 scores) its
whole work is a third of a second; loading SQLAlchemy and the models would add as much again.
So for a plain SQLite file already at the newest schema, the command line reads the rows the
status counts here, in one read transaction, with the conditions ``store.EditionStore`` writes
through the models (``in_edition``, ``entered``, ``conflict_pairs``, ``assignment_pairs``)
spelled in SQL. Everything else goes through the store: a PostgreSQL server, a judge's sealed
package, a file at an older schema (which opening through the store upgrades), a file with no
edition or no open round (which the store names), and any file this reader cannot read. For all
of those :func:`status_rows` answers None and the caller takes the ordinary way.

tests/core/test_status.py holds the figures from here equal to those from the store on editions
of every shape (rounds, assignments or none, conflicts, the own-country rule), so the two
spellings cannot drift apart unseen.
"""

from __future__ import annotations

import json
import os
import sqlite3
from typing import TYPE_CHECKING

from wego_awards.db import sealed
from wego_awards.db.location import sqlite_file
from wego_awards.db.migrate import HEAD
from wego_awards.keys import same_country_pairs, sorted_unique

if TYPE_CHECKING:
    from wego_awards.statusdata import StatusRows

BUSY_TIMEOUT_S = 120.0  # as the engine's: a writer holding the file is waited for, not failed
PAIR = "judge_id * 4294967296 + application_id"  # keys.pair_keys, in SQL


def status_rows(target: str | os.PathLike[str] | None) -> StatusRows | None:
    """The rows the status counts, from the edition in the SQLite file ``target`` names (None:
    the default file); None when the ordinary way must read them (see the module's text)."""
    path = sqlite_file(target)
    if path is None or not path.is_file():
        return None
    try:
        if sealed.file_head(path) != sealed.SQLITE_MAGIC:
            return None  # a sealed package, or not a database: the store says which
        conn = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every query
        return _read(conn)
    except (sqlite3.Error, ValueError):  # the store reads it, or names what is wrong
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> StatusRows | None:
    import numpy as np

    from wego_awards.statusdata import StatusRows

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'alembic_version'").fetchone():
        return None
    if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD,):
        return None  # opened through the store, it is upgraded first
    edition = conn.execute("SELECT id, name, year, finalized, settings, open_round_id "
                           "FROM editions ORDER BY id LIMIT 1").fetchone()
    if edition is None or edition[5] is None:
        return None  # the store names what is missing
    eid, name, year, finalized, settings, rid = edition
    found = conn.execute("SELECT position FROM rounds WHERE id = ?", (rid,)).fetchone()
    if found is None:
        return None
    judges = conn.execute("SELECT id, code, name, email FROM judges WHERE edition_id = ? "
                          "ORDER BY code", (eid,)).fetchall()
    cats = conn.execute("SELECT id, code, name FROM categories WHERE edition_id = ? "
                        "ORDER BY position, code", (eid,)).fetchall()
    if found[0] == 1:  # every application takes part in the first round
        entered = conn.execute("SELECT id, category_id FROM applications WHERE edition_id = ?",
                               (eid,))
    else:  # those that went on into a later one
        entered = conn.execute("SELECT id, category_id FROM applications WHERE id IN "
                               "(SELECT application_id FROM round_entries WHERE round_id = ?)",
                               (rid,))
    apps = np.array(entered.fetchall(), dtype=np.int64).reshape(-1, 2)
    (n_crit,) = conn.execute("SELECT count(*) FROM criteria WHERE round_id = ?",
                             (rid,)).fetchone()
    per_pair = np.array(conn.execute(
        f"SELECT {PAIR}, count(*) FROM scores WHERE criterion_id IN "
        "(SELECT id FROM criteria WHERE round_id = ?) GROUP BY judge_id, application_id",
        (rid,)).fetchall(), dtype=np.int64).reshape(-1, 2)
    conflicts = np.array(conn.execute(
        f"SELECT {PAIR} FROM conflicts WHERE judge_id IN "
        "(SELECT id FROM judges WHERE edition_id = ?)", (eid,)).fetchall(),
        dtype=np.int64).reshape(-1)
    stored = json.loads(settings or "null")  # a ValueError: not JSON, the store names it
    if isinstance(stored, dict) and stored.get("own_country_rule"):  # as settings_of reads
        conflicts = np.concatenate([conflicts, same_country_pairs(
            conn.execute("SELECT id, country FROM judges WHERE edition_id = ? AND country != ''",
                         (eid,)),
            conn.execute("SELECT id, country FROM applications WHERE edition_id = ?", (eid,)))])
    assigned = np.array(conn.execute(f"SELECT {PAIR} FROM assignments WHERE round_id = ?",
                                     (rid,)).fetchall(), dtype=np.int64).reshape(-1)
    return StatusRows(
        name=name, year=year, finalized=bool(finalized), judges=judges, categories=cats,
        apps=apps, n_criteria=int(n_crit), keys=per_pair[:, 0], counts=per_pair[:, 1],
        conflicts=sorted_unique(conflicts),
        assigned=sorted_unique(assigned) if len(assigned) else None)
