"""Conflicts of interest: declared by the secretariat, by the judge from their package, or by the
edition's own-country rule.

A conflicted pair can never be assigned, scored, imported or counted, so declaring a conflict
also removes that judge's assignment to the application and clears their scores of it. Nothing is
lost: the history keeps the scores cleared, and ``audit verify`` replays the removal.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Assignment, Conflict, Edition, Judge, Score
from wego_awards.errors import Refused
from wego_awards.keys import country_key
from wego_awards.services import history
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ScoreChanges, TableRows
from wego_awards.services.edition import get_edition, require_unlocked, settings_of
from wego_awards.store import EditionStore, in_edition

OWN_COUNTRY = "own country"  # the source shown for pairs the own-country rule forbids


@dataclass(frozen=True)
class ConflictChange:
    """What declaring or removing one conflict did."""

    judge: str
    application: str
    source: str
    changed: bool
    assignment_removed: bool = False
    scores_cleared: int = 0

    def __str__(self) -> str:
        if not self.changed:
            return f"judge {self.judge} and {self.application}: nothing to change"
        text = f"judge {self.judge} now has a conflict with {self.application} ({self.source})"
        extra = []
        if self.assignment_removed:
            extra.append("the assignment was removed")
        if self.scores_cleared:
            extra.append(f"{self.scores_cleared} score{'s' if self.scores_cleared > 1 else ''} "
                         "cleared (kept in the history)")
        return text + (f"; {' and '.join(extra)}" if extra else "")


def _judge(session: Session, edition: Edition, code: str) -> Judge:
    return EditionStore(session, edition).find(Judge, code, "judge")


def _application(session: Session, edition: Edition, code: str) -> Application:
    return EditionStore(session, edition).find(Application, code, "application")


def judge_row(session: Session, edition: Edition, judge: Judge) -> dict[str, str]:
    """The judge's row as the judges file has it (with the conflicts column), for the history."""
    for row in EditionStore(session, edition).table_rows("judges"):
        if row["code"] == judge.code:
            return row
    raise Refused(f"'{judge.code}' is not a judge")  # pragma: no cover - the judge exists


def declare(session: Session, edition: Edition, judge: Judge, app: Application, *,
            source: str, reason: str | None = None, actor: str | None = None) -> ConflictChange:
    """Record a conflict inside the caller's transaction: remove the pair's assignment, clear
    its scores, and write one history entry (nothing when the conflict is declared already)."""
    have = session.scalar(select(Conflict).where(Conflict.judge_id == judge.id,
                                                 Conflict.application_id == app.id))
    if have is not None:
        return ConflictChange(judge.code, app.code, have.source, False)
    session.add(Conflict(judge_id=judge.id, application_id=app.id, source=source))
    assigned = session.scalar(select(Assignment).where(Assignment.judge_id == judge.id,
                                                       Assignment.application_id == app.id,
                                                       in_edition(Assignment, edition)))
    if assigned is not None:
        session.delete(assigned)
    scores = session.scalars(select(Score).where(Score.judge_id == judge.id,
                                                 Score.application_id == app.id,
                                                 in_edition(Score, edition))).all()
    cleared = None
    if scores:
        cleared = ScoreChanges.cleared([s.judge_id for s in scores],
                                       [s.application_id for s in scores],
                                       [s.criterion_id for s in scores],
                                       [s.value for s in scores])
        for s in scores:
            session.delete(s)
    session.flush()
    unassigned = (({"judge": judge.code, "application": app.code},) if assigned is not None
                  else ())
    changes = ChangeSet(upserts=TableRows(judges=(judge_row(session, edition, judge),)),
                        removals=TableRows(assignments=unassigned), scores=cleared)
    result = ConflictChange(judge.code, app.code, source, True, assigned is not None,
                            len(scores))
    history.record(session, edition, "conflict", str(result), reason=reason or None,
                   changes=changes, actor=actor)
    return result


def add_conflict(db: Database, judge: str, application: str, *, reason: str | None = None,
                 actor: str | None = None) -> ConflictChange:
    """Declare that ``judge`` must never score ``application``.

    In the secretariat's edition the source is "secretariat"; in a judge's package only that
    judge can declare, the source is "judge", and the package's signature is renewed so the
    return carries the declaration to the secretariat.
    """
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "declaring conflicts")
        j = _judge(session, edition, judge)
        a = _application(session, edition, application)
        who = acting(edition)
        why = who.not_for_others(j.code, "only they can declare a conflict")
        if why:
            raise Refused(why)
        source = "judge" if who.is_judge else "secretariat"
        result = declare(session, edition, j, a, source=source, reason=reason, actor=actor)
    return result


def remove_conflict(db: Database, judge: str, application: str, *, reason: str | None = None,
                    actor: str | None = None) -> ConflictChange:
    """Withdraw a declared conflict (the secretariat's decision; never in a judge's package).

    The pair is not assigned again by this: run ``assign`` or import an assignment for that.
    """
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "removing conflicts")
        acting(edition).secretariat_only("withdrawing a conflict")
        j = _judge(session, edition, judge)
        a = _application(session, edition, application)
        row = session.scalar(select(Conflict).where(Conflict.judge_id == j.id,
                                                    Conflict.application_id == a.id))
        if row is None:
            if _own_country(edition, j, a):
                raise Refused(f"judge {j.code} and {a.code} are both from {a.country}: the "
                              "own-country rule forbids the pair; turn it off with "
                              "'settings own_country_rule no' if the edition allows that")
            raise Refused(f"judge {j.code} has no conflict with {a.code}")
        source = row.source
        session.delete(row)
        session.flush()
        result = ConflictChange(j.code, a.code, source, True)
        history.record(session, edition, "conflict removed",
                       f"judge {j.code} no longer has a conflict with {a.code} (was declared by "
                       f"the {source})", reason=reason or None,
                       changes=ChangeSet(
                           upserts=TableRows(judges=(judge_row(session, edition, j),))),
                       actor=actor)
    return result


def _own_country(edition: Edition, judge: Judge, app: Application) -> bool:
    own = country_key(judge.country)
    return bool(settings_of(edition).get("own_country_rule") and own
                and own == country_key(app.country))


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One conflicted pair, as ``conflict list`` shows it."""

    judge: str  # the judge's code
    application: str  # the application's code
    source: str  # who declared it ("secretariat", "judge"), or "own country" for the rule

    def to_json(self) -> dict[str, str]:
        """The row as ``conflict list --json`` prints it (the dict this read gave before it
        was typed)."""
        return {"judge": self.judge, "application": self.application, "source": self.source}


def list_conflicts(db: Database, judge: str | None = None) -> list[ConflictRow]:
    """Every conflicted pair: judge, application and source ("secretariat", "judge", or
    "own country" for the edition's rule), by judge then application."""
    with db.read() as session:
        edition = get_edition(session)
        judge_id = _judge(session, edition, judge).id if judge else None
        declared = {(j, a): src for j, a, src in session.execute(
            select(Conflict.judge_id, Conflict.application_id, Conflict.source)
            .where(in_edition(Conflict, edition)))}
        keys = EditionStore(session, edition).conflict_pairs()
        judges = EditionStore(session, edition).id_codes(Judge)
        apps = EditionStore(session, edition).id_codes(Application)
    out = []
    for key in keys.tolist():
        j, a = key >> 32, key & 0xFFFFFFFF
        if judge_id is not None and j != judge_id:
            continue
        out.append(ConflictRow(judge=judges[j], application=apps[a],
                               source=declared.get((j, a), OWN_COUNTRY)))
    out.sort(key=lambda r: (r.judge.casefold(), r.application.casefold()))
    return out
