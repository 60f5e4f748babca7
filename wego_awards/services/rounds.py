"""Judging rounds: a qualifying round (screeners say pass or fail), scoring rounds, a final
round with its own criteria; the applications that go on, per category, and the jury's say at
the cut.

An edition starts with one round, ``R1``, which takes every application. ``round add`` appends a
round (planned, not yet open) with criteria of its own or, without, the criteria of the round
before it, copied when the round opens. ``round advance --to CODE`` takes, per category, the
applications that go on from the open round's results (the top N, those at or above a score, or
those a majority of screeners passed) into the next round, which becomes the open round: its
criteria, assignments and scores are then the ones every command reads and writes. A tie at the
cut is never broken silently: the advance is refused until the jury promotes or demotes the
tied applications (``round promote`` / ``round demote``, each with its reason). Every act is
recorded in the history with its reason, and ``audit verify`` replays the rounds' criteria and
assignments with the rest.

The earlier rounds' results stay as they were: ``results --round CODE`` computes any round from
its own criteria and scores. The awards come from the last round only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Category,
    Criterion,
    Edition,
    Round,
    RoundDecision,
    RoundEntry,
    Score,
)
from wego_awards.errors import Refused
from wego_awards.services import history
from wego_awards.services.changes import Advance, ChangeSet, CutDecision, RoundAdded, TableRows
from wego_awards.services.clock import current_actor, now
from wego_awards.services.edition import get_edition, require_unlocked
from wego_awards.services.results import compute_in_session
from wego_awards.store import EditionStore, in_sorted, number_text, pair_keys, reading

KINDS = ("scoring", "qualifying")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
# A qualifying round's one criterion: each screener's vote, 1 (pass) or 0 (fail).
PASS_CRITERION = {"code": "PASS", "name": "Qualifies (pass or fail)", "weight": 1.0,
                  "min": 0.0, "max": 1.0,
                  "description": "pass (1) if the application qualifies for the next round, "
                                 "fail (0) if it does not"}


@dataclass(frozen=True)
class RoundInfo:
    """One round as ``round list`` shows it."""

    code: str
    name: str
    kind: str
    position: int
    open: bool
    last: bool
    opened_at: str | None
    advanced_by: str
    applications: int
    criteria: tuple[str, ...]  # its criteria's codes; empty for a round not yet open that takes
    # the previous round's (copied when it opens)
    own_criteria: bool

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "kind": self.kind,
                "position": self.position, "open": self.open, "last": self.last,
                "opened_at": self.opened_at, "advanced_by": self.advanced_by,
                "applications": self.applications, "criteria": list(self.criteria),
                "own_criteria": self.own_criteria}


def _info(store: EditionStore, r: Round, last: int, n_apps: int) -> RoundInfo:
    at = store.in_round(r)
    crits = tuple(store.session.scalars(at.select(Criterion.code)
                                        .order_by(Criterion.position, Criterion.code)))
    if r.position == 1:
        n = n_apps
    else:
        n = store.session.scalar(select(func.count()).select_from(RoundEntry)
                                 .where(RoundEntry.round_id == r.id)) or 0
    return RoundInfo(r.code, r.name, r.kind, r.position, r.id == store.edition.open_round_id,
                     r.position == last, r.opened_at, r.advanced_by, int(n), crits,
                     bool(r.own_criteria))


def list_rounds(db: Database) -> list[RoundInfo]:
    """The edition's rounds in order, with which is open and what each holds."""
    with reading(db) as store:
        rounds = store.rounds()
        n_apps = store.count(Application)
        last = max(r.position for r in rounds)
        return [_info(store, r, last, n_apps) for r in rounds]


def format_rounds(rounds: list[RoundInfo]) -> str:
    lines = []
    for r in rounds:
        state = "open" if r.open else ("done" if r.opened_at else "planned")
        crits = ", ".join(r.criteria) if r.criteria else "the previous round's (when it opens)"
        lines.append(f"{'>' if r.open else ' '} {r.code:<6} {r.name:<24} {r.kind:<10} "
                     f"{state:<7} {r.applications:>6} applications   criteria: {crits}")
        if r.advanced_by:
            lines.append(f"{'':9}went on by: {r.advanced_by}")
    return "\n".join(lines)


def add_round(db: Database, code: str, name: str, *, kind: str = "scoring",
              criteria: str | Path | None = None, actor: str | None = None) -> RoundInfo:
    """Append a round after the last; ``criteria`` (a criteria file) gives it criteria of its
    own. Refused, changing nothing, for a code in use, an unknown kind, a qualifying round given
    criteria, or a bad criteria file (every problem named)."""
    code, name, kind = code.strip(), name.strip(), kind.strip().lower()
    if not _CODE.match(code):
        raise Refused(f"{code!r} cannot be a round's code: letters, digits, '-', '_' or '.', "
                      "at most 32, starting with a letter or digit (R2, FINAL)")
    if not name:
        raise Refused("the round needs a name (--name), e.g. 'Shortlist' or 'Final'")
    if kind not in KINDS:
        raise Refused(f"'{kind}' is not a kind of round; choose {' or '.join(KINDS)}")
    if kind == "qualifying" and criteria is not None:
        raise Refused("a qualifying round has no criteria: its screeners say pass or fail")
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "adding a round")
        store = EditionStore(session, edition)
        if session.scalar(store.select(Round.id)
                          .where(func.lower(Round.code) == code.lower())) is not None:
            raise Refused(f"the edition already has a round {code}; give the new one another "
                          "code")
        position = (session.scalar(select(func.max(Round.position))
                                   .where(store.mine(Round))) or 0) + 1
        if kind == "scoring" and criteria is None and not any(
                r.kind == "scoring" for r in store.rounds()):
            raise Refused(f"round {code} would follow qualifying rounds only, so it has no "
                          "scoring round's criteria to take: give it its own (--criteria FILE)")
        new = Round(edition_id=edition.id, code=code, name=name, kind=kind, position=position,
                    own_criteria=kind == "qualifying" or criteria is not None,
                    created_at=now(), opened_at=None, advanced_by="")
        session.add(new)
        session.flush()
        if kind == "qualifying":
            session.add(Criterion(edition_id=edition.id, round_id=new.id, position=0,
                                  **PASS_CRITERION))
        elif criteria is not None:  # read and checked as 'import criteria' reads a file
            from wego_awards.services.imports import plan_criteria_in, read_file  # pandas

            plan_criteria_in(session, edition, read_file("criteria", Path(criteria)),
                             new).apply(session, None)
        session.flush()
        rows = _criteria_rows(session, edition, new)
        history.record(session, edition, "round add",
                       f"added round {code} ({name}, {kind}) as round {position}"
                       + (f" with {len(rows)} criteria of its own" if rows else
                          ", taking the previous round's criteria"),
                       changes=ChangeSet(
                           round_added=RoundAdded(code, name, kind, position),
                           upserts=TableRows(criteria=rows)),
                       actor=actor)
        last = position
        return _info(store, new, last, store.count(Application))


def edit_round(db: Database, code: str, *, name: str | None = None, kind: str | None = None,
               actor: str | None = None) -> RoundInfo:
    """Rename a round, or change its kind while nothing has been scored in it (the first round
    of a competition that starts with screeners: ``round edit R1 --kind qualifying``)."""
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "changing a round")
        store = EditionStore(session, edition)
        r = store.find_round(code)
        at = store.in_round(r)
        said = []
        if name is not None and name.strip() and name.strip() != r.name:
            said.append(f"renamed round {r.code} from '{r.name}' to '{name.strip()}'")
            r.name = name.strip()
        rows: tuple[dict[str, str], ...] = ()
        removed: list[dict[str, str]] = []
        if kind is not None and kind.strip().lower() != r.kind:
            kind = kind.strip().lower()
            if kind not in KINDS:
                raise Refused(f"'{kind}' is not a kind of round; choose {' or '.join(KINDS)}")
            if session.scalar(select(Score.id).where(at.mine(Score)).limit(1)) is not None:
                raise Refused(f"round {r.code} already holds scores: its kind stays {r.kind}")
            old = at.all(Criterion)
            removed = [{"code": c.code, "round": r.code} for c in old]
            for c in old:
                session.delete(c)
            session.flush()
            if kind == "qualifying":
                session.add(Criterion(edition_id=edition.id, round_id=r.id, position=0,
                                      **PASS_CRITERION))
                session.flush()
                rows = _criteria_rows(session, edition, r)
            r.kind = kind
            r.own_criteria = kind == "qualifying"
            said.append(f"round {r.code} is now a {kind} round"
                        + (" (screeners pass or fail)" if kind == "qualifying" else
                           "; import its criteria"))
        if not said:
            raise Refused(f"round {r.code} is already so; give --name or --kind to change it")
        session.flush()
        history.record(session, edition, "round edit", "; ".join(said),
                       changes=ChangeSet(upserts=TableRows(criteria=rows),
                                         removals=TableRows(criteria=tuple(removed))),
                       actor=actor)
        last = session.scalar(select(func.max(Round.position)).where(store.mine(Round))) or 1
        return _info(store, r, last, store.count(Application))


def _criteria_rows(session: Session, edition: Edition,
                   round: Round) -> tuple[dict[str, str], ...]:
    """A round's criteria as the history records them: the import columns, and the round."""
    return tuple(dict(r, round=round.code)
                 for r in EditionStore(session, edition, round).table_rows("criteria"))


# --- the jury at the cut ------------------------------------------------------------------------


def decide(db: Database, application: str, decision: str, reason: str, *,
           actor: str | None = None) -> str:
    """The jury's decision at the open round's cut: ``promote`` takes the application on at the
    next advance whatever its place, ``demote`` leaves it out. A reason is required."""
    if decision not in ("promote", "demote"):
        raise ValueError(decision)
    reason = reason.strip()
    if not reason:
        raise Refused(f"a jury's {decision} needs its reason (--reason TEXT)")
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, f"a jury's {decision}")
        store = EditionStore(session, edition)
        app = store.find(Application, application, "application")
        if session.scalar(select(Application.id).where(store.entered(),
                                                       Application.id == app.id)) is None:
            raise Refused(f"{app.code} is not in the open round {store.round.code} "
                          f"({store.round.name}): only what is judged there can be "
                          f"{decision}d at its cut")
        session.execute(delete(RoundDecision).where(RoundDecision.round_id == store.round.id,
                                                    RoundDecision.application_id == app.id))
        who = actor or current_actor()
        session.add(RoundDecision(round_id=store.round.id, application_id=app.id,
                                  decision=decision, reason=reason, actor=who, at=now()))
        words = "goes on" if decision == "promote" else "stays out"
        summary = (f"{decision}d {app.code} at the cut of round {store.round.code}: it {words} "
                   "when the round advances")
        history.record(session, edition, f"round {decision}", summary, reason=reason,
                       changes=ChangeSet(round_decision=CutDecision(
                           store.round.code, app.code, decision)), actor=who)
        return summary


# --- advancing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """An application of the open round as the cut sees it."""

    application: str
    city: str
    title: str
    score: float | None  # the round's score (a scoring round) or share of pass votes
    passes: int = 0
    fails: int = 0
    goes_on: bool = False
    by_jury: str | None = None  # "promote" / "demote" when the jury decided
    tied: bool = False  # tied at the cut


@dataclass(frozen=True)
class CategoryCut:
    code: str
    name: str
    candidates: tuple[Candidate, ...]  # in order, best first
    cut_after: int  # how many go on by the rule (before the jury's decisions)
    tie: tuple[str, ...] = ()  # applications tied at the cut that the jury has not decided

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "cut_after": self.cut_after,
                "tie": list(self.tie),
                "candidates": [{"application": c.application, "city": c.city,
                                "title": c.title, "score": c.score, "passes": c.passes,
                                "fails": c.fails, "goes_on": c.goes_on, "by_jury": c.by_jury,
                                "tied": c.tied} for c in self.candidates]}


@dataclass(frozen=True)
class AdvancePlan:
    """What ``round advance`` does (or, previewed, would do)."""

    source: str
    target: str
    target_name: str
    rule: str
    categories: tuple[CategoryCut, ...]
    criteria_copied: tuple[str, ...] = ()
    done: bool = False

    @property
    def going_on(self) -> list[str]:
        return [c.application for cat in self.categories for c in cat.candidates if c.goes_on]

    @property
    def ties(self) -> list[str]:
        return [a for cat in self.categories for a in cat.tie]

    def to_json(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "rule": self.rule, "done": self.done,
                "going_on": self.going_on, "ties": self.ties,
                "categories": [c.to_json() for c in self.categories]}

    def __str__(self) -> str:
        lines = [f"round {self.source} -> {self.target} ({self.target_name}) by {self.rule}: "
                 f"{len(self.going_on)} applications go on"
                 + ("" if self.done else " (nothing moved yet)")]
        for cat in self.categories:
            on = [c for c in cat.candidates if c.goes_on]
            lines.append(f"  {cat.code} {cat.name}: {len(on)} of {len(cat.candidates)} go on"
                         + (f"; TIE at the cut: {', '.join(cat.tie)}" if cat.tie else ""))
        if self.ties:
            lines.append("a tie at the cut is for the jury: 'wego-awards round promote "
                         "--application X --reason TEXT' or 'round demote ...' for each tied "
                         "application, then advance again")
        return "\n".join(lines)


@dataclass
class _Rule:
    top: int | None = None
    min_score: float | None = None
    passed: bool = False
    min_share: float | None = None
    words: str = field(default="")


def _rule(top: int | None, min_score: float | None, passed: bool,
          min_share: float | None) -> _Rule:
    given = sum(x is not None and x is not False for x in (top, min_score, passed or None))
    if given != 1:
        raise Refused("say how applications go on, with one of --top N, --min-score X or "
                      "--passed")
    if min_share is not None and not passed:
        raise Refused("--min-share goes with --passed (the share of screeners who passed it)")
    if top is not None:
        if top < 1:
            raise Refused(f"--top must be at least 1, not {top}")
        return _Rule(top=top, words=f"the top {top} of each category")
    if min_score is not None:
        return _Rule(min_score=min_score,
                     words=f"a score of at least {number_text(min_score)}")
    if min_share is not None and not 0 < min_share <= 1:
        raise Refused(f"--min-share must be above 0 and at most 1, not {min_share}")
    words = ("a pass from more than half of the screeners" if min_share is None else
             f"a pass from at least {min_share:.0%} of the screeners")
    return _Rule(passed=True, min_share=min_share, words=words)


def plan_advance(db: Database, to: str, *, top: int | None = None,
                 min_score: float | None = None, passed: bool = False,
                 min_share: float | None = None) -> AdvancePlan:
    """What advancing to round ``to`` would do, writing nothing (the app shows it first)."""
    rule = _rule(top, min_score, passed, min_share)
    with db.read() as session:
        edition = get_edition(session)
        return _plan(session, edition, to, rule)


def advance(db: Database, to: str, *, top: int | None = None, min_score: float | None = None,
            passed: bool = False, min_share: float | None = None,
            actor: str | None = None) -> AdvancePlan:
    """Take the applications that go on, per category, from the open round into round ``to``,
    which becomes the open round. Refused, moving nothing, while a tie at the cut is undecided."""
    rule = _rule(top, min_score, passed, min_share)
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "advancing to the next round")
        plan = _plan(session, edition, to, rule)
        if plan.ties:
            raise Refused(f"a tie at the cut of round {plan.source}: "
                          f"{', '.join(plan.ties)} "
                          f"{'is' if len(plan.ties) == 1 else 'are'} tied with the last "
                          "application that goes on; the jury decides with 'wego-awards round "
                          "promote --application X --reason TEXT' (or 'round demote') for "
                          "each, then advances again; nothing moved")
        if not plan.going_on:
            raise Refused(f"no application goes on by {rule.words}; nothing moved")
        store = EditionStore(session, edition)
        target = store.find_round(to)
        ids = store.code_maps()["application"]
        jury = {c.application for cat in plan.categories for c in cat.candidates
                if c.goes_on and c.by_jury == "promote"}
        session.add_all([RoundEntry(round_id=target.id, application_id=ids[a.casefold()],
                                    source="promote" if a in jury else "advance")
                         for a in plan.going_on])
        copied: tuple[dict[str, str], ...] = ()
        if not target.own_criteria:  # the last scoring round's criteria, as they are now
            before = [r for r in store.rounds()
                      if r.kind == "scoring" and r.position < target.position]
            if not before:
                raise Refused(f"round {target.code} has no criteria of its own and no scoring "
                              "round before it to take them from; nothing moved")
            for c in EditionStore(session, edition, before[-1]).all(Criterion):
                session.add(Criterion(edition_id=edition.id, round_id=target.id, code=c.code,
                                      name=c.name, weight=c.weight, min=c.min, max=c.max,
                                      description=c.description, position=c.position))
            session.flush()
            copied = _criteria_rows(session, edition, target)
        target.opened_at = now()
        target.advanced_by = rule.words
        edition.open_round_id = target.id
        session.flush()
        history.record(session, edition, "round advance", str(plan).splitlines()[0],
                       changes=ChangeSet(
                           advance=Advance(plan.source, plan.target, rule.words,
                                           tuple(plan.going_on), tuple(sorted(jury))),
                           upserts=TableRows(criteria=copied)),
                       actor=actor)
        return AdvancePlan(plan.source, plan.target, plan.target_name, plan.rule,
                           plan.categories, tuple(c["code"] for c in copied), done=True)


def _plan(session: Session, edition: Edition, to: str, rule: _Rule) -> AdvancePlan:
    store = EditionStore(session, edition)
    source = store.round
    target = store.find_round(to)
    if target.position != source.position + 1:
        nxt = session.scalar(store.select(Round.code)
                             .where(Round.position == source.position + 1))
        raise Refused(f"round {target.code} is not the round after the open round "
                      f"{source.code}" + (f"; the next round is {nxt}" if nxt else
                                          "; add the next round first with 'wego-awards "
                                          "round add CODE --name NAME'"))
    if rule.passed and source.kind != "qualifying":
        raise Refused(f"--passed takes what the screeners passed in a qualifying round; round "
                      f"{source.code} is a scoring round: use --top N or --min-score X")
    if not rule.passed and source.kind == "qualifying":
        raise Refused(f"round {source.code} is a qualifying round: its applications go on by "
                      "the screeners' votes (--passed)")
    decisions = {app_id: d for app_id, d in session.execute(
        select(RoundDecision.application_id, RoundDecision.decision)
        .where(RoundDecision.round_id == source.id))}
    codes = store.code_maps()["application"]
    if source.kind == "qualifying":
        cats = qualifying_votes(store)
    else:
        cats = _ranked(session, edition)
    out = []
    for code, name, rows in cats:
        cands, cut, tie = _cut(rows, rule, decisions, codes)
        out.append(CategoryCut(code, name, tuple(cands), cut, tuple(tie)))
    return AdvancePlan(source.code, target.code, target.name, rule.words, tuple(out))


def _ranked(session: Session, edition: Edition) -> list[tuple[str, str, list[Candidate]]]:
    """The open round's ranking per category, best first, from its results."""
    data, _ = compute_in_session(session, edition)
    store = EditionStore(session, edition)
    # Those without a score yet are listed last: the jury may still take one on.
    unscored: dict[str, list[Candidate]] = {}
    ranked = {r.application for c in data.categories for r in c.ranking}
    for code, city, title, cat in session.execute(
            select(Application.code, Application.city, Application.title, Category.code)
            .join(Category, Category.id == Application.category_id)
            .where(store.entered()).order_by(Application.code)):
        if code not in ranked:
            unscored.setdefault(cat, []).append(Candidate(code, city, title, None))
    return [(c.code, c.name, [Candidate(r.application, r.city, r.title, r.score)
                              for r in c.ranking if r.score is not None]
             + [Candidate(r.application, r.city, r.title, None)
                for r in c.ranking if r.score is None] + unscored.get(c.code, []))
            for c in data.categories]


def qualifying_votes(store: EditionStore) -> list[tuple[str, str, list[Candidate]]]:
    """Each application of a qualifying round with its screeners' votes, per category: most
    passes first (share, then code)."""
    session = store.session
    apps = session.execute(
        select(Application.id, Application.code, Application.city, Application.title,
               Category.code, Category.name)
        .join(Category, Category.id == Application.category_id)
        .where(store.entered())
        .order_by(Category.position, Category.code, Application.code)).all()
    # A screener's vote counts unless they have a conflict with the application (declared,
    # or by the own-country rule), as a score does in the results.
    j, a, v = store.columns(store.select(Score.judge_id, Score.application_id, Score.value),
                            (np.int64, np.int64, np.float64))
    keep = ~in_sorted(pair_keys(j, a), store.conflict_pairs())
    votes: dict[int, list[float]] = {}
    for app_id, value in zip(a[keep].tolist(), v[keep].tolist(), strict=True):
        votes.setdefault(app_id, []).append(value)
    by_cat: dict[tuple[str, str], list[Candidate]] = {}
    for app_id, code, city, title, cat, cat_name in apps:
        v = np.array(votes.get(app_id, []))
        passes, fails = int((v >= 0.5).sum()), int((v < 0.5).sum())
        share = round(passes / len(v), 4) if len(v) else None
        by_cat.setdefault((cat, cat_name), []).append(
            Candidate(code, city, title, share, passes, fails))
    out = []
    for (cat, cat_name), rows in by_cat.items():
        rows.sort(key=lambda c: (-(c.score if c.score is not None else -1), c.application))
        out.append((cat, cat_name, rows))
    return out


def _cut(rows: list[Candidate], rule: _Rule, decisions: dict[int, str],
         codes: Any) -> tuple[list[Candidate], int, list[str]]:
    """Who goes on in one category: by the rule, then the jury's decisions; and the tie at the
    cut that no decision settles."""
    scored = [c for c in rows if c.score is not None]
    if rule.top is not None:
        n = min(rule.top, len(scored))
        goes = {c.application for c in scored[:n]}
        cut_score = scored[n - 1].score if n else None
        tied = {c.application for c in scored
                if n < len(scored) and cut_score is not None and c.score == cut_score
                and scored[n].score == cut_score}
    elif rule.min_score is not None:
        goes = {c.application for c in scored if c.score is not None
                and c.score >= rule.min_score}
        tied = set()
    else:
        if rule.min_share is None:
            goes = {c.application for c in scored if c.score is not None and c.score > 0.5}
        else:
            goes = {c.application for c in scored if c.score is not None
                    and c.score >= rule.min_share - 1e-9}
        tied = set()
    by_rule = len(goes)
    jury = {code: decisions.get(codes.get(code.casefold(), -1)) for code in
            (c.application for c in rows)}
    undecided = sorted(a for a in tied if jury.get(a) is None)
    out = []
    for c in rows:
        d = jury.get(c.application)
        on = (c.application in goes and d != "demote") or d == "promote"
        if c.application in tied and d is None:
            on = False  # held until the jury decides
        out.append(Candidate(c.application, c.city, c.title, c.score, c.passes, c.fails,
                             on, d, c.application in tied))
    return out, by_rule, undecided


# --- a qualifying round's results: the votes ------------------------------------------------------


@dataclass(frozen=True)
class QualifyingResults:
    """Each application of a qualifying round with its screeners' votes."""

    edition: str
    year: int
    round: str
    name: str
    categories: tuple[tuple[str, str, tuple[Candidate, ...]], ...]

    def to_json(self) -> dict[str, Any]:
        return {"edition": self.edition, "year": self.year,
                "round": {"code": self.round, "name": self.name, "kind": "qualifying"},
                "categories": [
                    {"code": code, "name": name, "applications": [
                        {"application": c.application, "city": c.city, "title": c.title,
                         "pass": c.passes, "fail": c.fails, "share": c.score}
                        for c in rows]}
                    for code, name, rows in self.categories]}

    def __str__(self) -> str:
        lines = [f"{self.edition} ({self.year}) — round {self.round} ({self.name}): "
                 "qualifying, the screeners' votes"]
        for code, name, rows in self.categories:
            lines += ["", f"{code}  {name}"]
            for c in rows:
                share = "no votes yet" if c.score is None else f"{c.score:.0%} pass"
                lines.append(f"  {c.application:<10} pass {c.passes:>2}  fail {c.fails:>2}  "
                             f"{share:<13} {c.city}: {c.title[:50]}")
        return "\n".join(lines)


def is_qualifying(db: Database, round_code: str | None = None) -> bool:
    """Whether round ``round_code`` (default: the open round) is a qualifying round."""
    with reading(db) as store:
        return store.in_round(round_code).round.kind == "qualifying"


def qualifying_results(db: Database, round_code: str | None = None) -> QualifyingResults:
    """The votes of a qualifying round (default: the open round)."""
    with reading(db) as store:
        at = store.in_round(round_code)
        if at.round.kind != "qualifying":
            raise Refused(f"round {at.round.code} is a scoring round: its results are scores")
        cats = tuple((code, name, tuple(rows)) for code, name, rows in qualifying_votes(at))
        return QualifyingResults(store.edition.name, store.edition.year, at.round.code,
                                 at.round.name, cats)
