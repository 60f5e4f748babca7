"""Progress: per judge and per category, what is assigned, scored and still missing.

The rows are read here through the store, on any database; ``wego_awards.statusdata`` counts
them (and ``db.quick`` reads the same rows from a plain SQLite file without SQLAlchemy, for the
command line's ``status``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import func, select

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Criterion, Judge, Score
from wego_awards.statusdata import StatusRows, figures, format_status
from wego_awards.store import pair_key_column, reading

__all__ = ["format_status", "status", "status_rows"]


def status(db: Database) -> dict[str, Any]:
    """Counts and progress as a JSON-ready dict (reads only)."""
    return figures(status_rows(db))


def status_rows(db: Database) -> StatusRows:
    """What the status counts, read from the edition's open round in one transaction."""
    with reading(db) as store:
        edition = store.edition
        judges = store.rows(store.select(Judge.id, Judge.code, Judge.name, Judge.email)
                            .order_by(Judge.code))
        cats = store.rows(store.select(Category.id, Category.code, Category.name)
                          .order_by(Category.position, Category.code))
        apps = np.array(store.rows(select(Application.id, Application.category_id)
                                   .where(store.entered())), dtype=np.int64).reshape(-1, 2)
        n_crit = store.count(Criterion)
        # Keyed and counted per pair by SQL over the (judge, application, criterion) index; the
        # edition's judges are picked out by the figures rather than by a join. The open round's
        # scores only (an earlier round's are no progress in this one).
        keys, counts = store.columns(select(pair_key_column(Score), func.count())
                                    .where(store.mine(Score))
                                    .group_by(Score.judge_id, Score.application_id),
                                    (np.int64, np.int64))
        return StatusRows(
            name=edition.name, year=edition.year, finalized=bool(edition.finalized),
            judges=[tuple(r) for r in judges], categories=[tuple(r) for r in cats],
            apps=apps, n_criteria=int(n_crit), keys=keys, counts=counts,
            conflicts=store.conflict_pairs(), assigned=store.assignment_pairs())
