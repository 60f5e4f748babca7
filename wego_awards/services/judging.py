"""A judge at work: their applications, and each score saved the moment it is given.

The same rules as a scores import apply to a single score: the judge must exist, be assigned
and not conflicted, the value must be a number in the criterion's range, and the edition must
not be finalized. In a judge's package only that judge's scores can be entered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Criterion, Edition, Judge, Score
from wego_awards.errors import Refused
from wego_awards.services import history
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ScoreChanges
from wego_awards.services.clock import now
from wego_awards.services.edition import get_edition, require_unlocked
from wego_awards.store import EditionStore, in_edition, number_text, pair_keys


@dataclass(frozen=True)
class SavedScore:
    judge: str
    application: str
    criterion: str
    value: float | None  # None: the score was cleared
    comment: str
    at: str


def find_judge(session: Session, edition: Edition, code: str) -> Judge:
    return EditionStore(session, edition).find(Judge, code, "judge")


def _find(session: Session, edition: Edition, model: type, code: str, what: str):
    return EditionStore(session, edition).find(model, code, what)


def may_score(session: Session, edition: Edition, judge: Judge, app: Application) -> str | None:
    """Why ``judge`` may not score ``app`` (None when they may)."""
    why = acting(edition).not_for_others(judge.code)
    if why:
        return why
    key = pair_keys(np.array([judge.id]), np.array([app.id]))
    if np.isin(key, EditionStore(session, edition).conflict_pairs())[0]:
        return f"judge {judge.code} has a conflict with {app.code}"
    assigned = EditionStore(session, edition).assignment_pairs()
    if assigned is not None and not np.isin(key, assigned)[0]:
        return f"judge {judge.code} is not assigned to {app.code}"
    return None


def save_score(db: Database, judge: str, application: str, criterion: str,
               value: float | None, comment: str | None = None,
               source: str = "app") -> SavedScore:
    """Save (or, with ``value`` None, clear) one score, with its history entry, at once."""
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "scoring")
        j = find_judge(session, edition, judge)
        a = _find(session, edition, Application, application, "application")
        c = _find(session, edition, Criterion, criterion, "criterion")
        why = may_score(session, edition, j, a)
        if why:
            raise Refused(why)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or math.isnan(value) or math.isinf(value):
                raise Refused(f"{value!r} is not a number")
            if not c.min <= value <= c.max:
                raise Refused(f"{number_text(value)} is outside the range "
                              f"{number_text(c.min)}..{number_text(c.max)} of "
                              f"criterion {c.code}")
        row = session.scalar(select(Score).where(Score.judge_id == j.id,
                                                 Score.application_id == a.id,
                                                 Score.criterion_id == c.id))
        at = now()
        old = row.value if row is not None else math.nan
        if value is None:
            if row is None:
                return SavedScore(j.code, a.code, c.code, None, "", at)
            session.delete(row)
            text = ""
        else:
            text = (comment if comment is not None else (row.comment if row else "")).strip()
            if row is not None and row.value == value and row.comment == text:
                return SavedScore(j.code, a.code, c.code, value, text, row.updated_at)
            if row is None:
                session.add(Score(judge_id=j.id, application_id=a.id, criterion_id=c.id,
                                  value=float(value), comment=text, updated_at=at, source=source))
            else:
                row.value, row.comment, row.updated_at, row.source = float(value), text, at, source
        shown = "cleared" if value is None else number_text(value)
        history.record(
            session, edition, "score",
            f"{j.code} scored {a.code} {c.code}: {shown}",
            changes=ChangeSet(scores=ScoreChanges(
                judge=np.array([j.id], np.int64), application=np.array([a.id], np.int64),
                criterion=np.array([c.id], np.int64),
                value=np.array([math.nan if value is None else float(value)]),
                old=np.array([old]), comment=(text,))))
        package = acting(edition).in_package
    if package:
        db.checkpoint()
    return SavedScore(j.code, a.code, c.code, value, text, at)


def save_comment(db: Database, judge: str, application: str, comment: str) -> None:
    """Set the judge's comment on an application: it is kept with each of their scores of it."""
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "scoring")
        j = find_judge(session, edition, judge)
        a = _find(session, edition, Application, application, "application")
        why = may_score(session, edition, j, a)
        if why:
            raise Refused(why)
        rows = session.scalars(select(Score).where(Score.judge_id == j.id,
                                                   Score.application_id == a.id,
                                                   in_edition(Score, edition))).all()
        text = comment.strip()
        if not rows and text:
            raise Refused(f"give {a.code} a score first: the comment is kept with the scores")
        changed = [r for r in rows if r.comment != text]
        if not changed:
            return
        at = now()
        for r in changed:
            r.comment, r.updated_at = text, at
        history.record(
            session, edition, "comment", f"{j.code} commented on {a.code}",
            changes=ChangeSet(scores=ScoreChanges(
                judge=np.array([r.judge_id for r in changed], np.int64),
                application=np.array([r.application_id for r in changed], np.int64),
                criterion=np.array([r.criterion_id for r in changed], np.int64),
                value=np.array([r.value for r in changed], np.float64),
                old=np.array([r.value for r in changed], np.float64),
                comment=(text,) * len(changed))))
        package = acting(edition).in_package
    if package:
        db.checkpoint()
