"""Read-only queries for browsing an edition: the tables the desktop app pages through lazily,
and what a judge sees while scoring.

The big tables follow Anki's browser: :func:`row_ids` answers only the ordered ids of the rows
that pass a filter (cheap even for 20,000 applications), and :func:`fetch_rows` fetches the
cells of the few rows on screen. Nothing here writes, and nothing here knows about Qt.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Assignment,
    Attachment,
    Category,
    Conflict,
    Criterion,
    Judge,
    Score,
)
from wego_awards.store import EditionStore, browsing, reading

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

TABLE_KINDS = browsing.TABLE_KINDS
spec = browsing.spec
columns = browsing.columns


def row_ids(db: Database, kind: str, text: str = "", sort: str | None = None,
            descending: bool = False) -> list[int]:
    """The ids of the rows of ``kind`` whose columns contain every word of ``text``, ordered by
    the column ``sort`` (default: the first), ties broken by id so the order is stable."""
    with reading(db) as store:
        return browsing.row_ids(store, kind, text, sort, descending)


def count(db: Database, kind: str) -> int:
    """How many rows ``kind`` has in the edition (no filter)."""
    with reading(db) as store:
        return browsing.count(store, kind)


def fetch_rows(db: Database, kind: str, ids: Sequence[int]) -> dict[int, tuple]:
    """The cells of the rows with these ids, as ``{id: (cell, ...)}`` in column order."""
    with reading(db) as store:
        return browsing.fetch_rows(store, kind, ids)


# --- the edition at a glance ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditionInfo:
    """Name, year, state and counts of the edition, as the app shows it."""

    judge_only: str | None  # the judge this database shows only (their package or login)
    name: str
    year: int
    uid: str
    finalized: bool
    finalized_at: str | None
    package_judge: str | None  # set in a judge's package
    method: str  # the edition's default method
    applications: int
    judges: int
    criteria: int  # the open round's
    categories: int
    round: str = "R1"  # the open round's code
    round_name: str = "Round 1"
    round_number: int = 1  # its place among the rounds
    rounds: int = 1  # how many rounds the edition has
    round_kind: str = "scoring"  # or "qualifying": its results are the screeners' votes

    def to_json(self) -> dict[str, object]:
        """The dict ``edition_info`` gave before it was typed: the fields, in order."""

        return {f.name: getattr(self, f.name) for f in fields(self)}


def edition_info(db: Database) -> EditionInfo:
    """Name, year, state and counts of the edition (cheap ones: no score count, which takes a
    while on 500,000 rows); ``package_judge`` is set in a judge's package, and ``judge_only``
    names the judge this database shows only (their package, or their own server login)."""
    from wego_awards.services.acting import acting_in

    with reading(db) as store:
        edition = store.edition
        return EditionInfo(
            judge_only=acting_in(store.session, edition).judge,
            name=edition.name, year=edition.year, uid=edition.uid,
            finalized=bool(edition.finalized), finalized_at=edition.finalized_at,
            package_judge=edition.package_judge,
            method=store.settings()["method"],
            applications=store.count(Application),
            judges=store.count(Judge),
            criteria=store.count(Criterion),
            categories=store.count(Category),
            round=store.round.code, round_name=store.round.name,
            round_number=store.round.position, rounds=len(store.rounds()),
            round_kind=store.round.kind,
        )


# --- the typed reads below: each a frozen record whose fields are the keys of the dict the read
# gave before it was typed, in the same order, so ``to_json()`` gives that dict back.


@dataclass(frozen=True, slots=True)
class _Record:
    """A frozen dataclass whose fields are its JSON keys, in order."""

    def to_json(self) -> dict[str, object]:
        """The dict the read gave before it was typed: records as dicts, tuples as lists,
        mappings as dicts."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}


def _plain(value: object) -> object:
    """A field's value as JSON data."""
    if isinstance(value, _Record):
        return value.to_json()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class JudgeRow(_Record):
    """A judge as the pickers list them."""

    code: str
    name: str
    country: str  # "" when not given


def judges(db: Database) -> list[JudgeRow]:
    """Every judge (code, name, country), by code."""
    with reading(db) as store:
        rows = store.session.execute(store.select(Judge.code, Judge.name, Judge.country)
                                     .order_by(Judge.code)).all()
    return [JudgeRow(code=c, name=n, country=k) for c, n, k in rows]


@dataclass(frozen=True, slots=True)
class CategoryRow(_Record):
    """A category as the pickers list it."""

    code: str
    name: str


def categories(db: Database) -> list[CategoryRow]:
    """Every category (code, name), in the edition's order."""
    with reading(db) as store:
        rows = store.session.execute(store.select(Category.code, Category.name)
                                     .order_by(Category.position, Category.code)).all()
    return [CategoryRow(code=c, name=n) for c, n in rows]


@dataclass(frozen=True, slots=True)
class CriterionInfo(_Record):
    """A criterion of the open round as a judge scores it."""

    code: str
    name: str
    weight: float  # its share of the total is weight / the sum of the weights
    min: float  # the lowest score it takes
    max: float  # the highest score it takes
    description: str  # the rubric: an intro, then bands such as "1-3: ...", "" when none


def criteria(db: Database) -> list[CriterionInfo]:
    """Every criterion with its weight, range and rubric text, in the edition's order."""
    with reading(db) as store:
        return _criteria(store)


def _criteria(store: EditionStore) -> list[CriterionInfo]:
    rows = store.all(Criterion, order_by=(Criterion.position, Criterion.code))
    return [CriterionInfo(code=c.code, name=c.name, weight=c.weight, min=c.min, max=c.max,
                          description=c.description) for c in rows]


# --- what a judge sees ------------------------------------------------------------------------


def _judge(store: EditionStore, code: str) -> Judge:
    from wego_awards.services.judging import find_judge

    return find_judge(store.session, store.edition, code)


def _visible_app_ids(store: EditionStore, judge: Judge) -> np.ndarray:
    """The applications ``judge`` is to score: assigned (or all, without assignments) and never
    one they are conflicted with."""
    import numpy as np

    (all_ids,) = store.columns(select(Application.id).where(store.entered()), (np.int64,))
    conflicts = store.conflict_pairs()
    keep = ~np.isin(all_ids, conflicts[(conflicts >> 32) == judge.id] & 0xFFFFFFFF)
    if store.has_assignments():  # this judge's own assignments, not every judge's pairs
        (assigned,) = store.columns(store.select(Assignment.application_id, of=Assignment)
                                   .where(Assignment.judge_id == judge.id), (np.int64,))
        keep &= np.isin(all_ids, assigned)
    return all_ids[keep]


@dataclass(frozen=True, slots=True)
class WorkloadRow(_Record):
    """One application a judge is to score, and how far they are with it."""

    application: str  # its code
    title: str
    city: str
    country: str
    category: str  # the category's code
    category_name: str
    scored: int  # how many of its criteria the judge has scored
    criteria: int  # how many criteria the open round has

    @property
    def complete(self) -> bool:
        """Every criterion is scored."""
        return bool(self.criteria) and self.scored >= self.criteria


def judge_workload(db: Database, judge: str) -> list[WorkloadRow]:
    """The applications ``judge`` is to score, by category then code, each with how many of its
    criteria the judge has scored (``scored`` of ``criteria``)."""
    with reading(db) as store:
        session = store.session
        j = _judge(store, judge)
        ids = _visible_app_ids(store, j)
        n_crit = store.count(Criterion)
        if not len(ids):
            return []
        done = dict(session.execute(
            select(Score.application_id, func.count())
            .where(Score.judge_id == j.id, store.mine(Score))
            .group_by(Score.application_id)).all())
        rows = session.execute(
            select(Application.id, Application.code, Application.title, Application.city,
                   Application.country, Category.code, Category.name)
            .join(Category, Category.id == Application.category_id)
            .where(Application.id.in_([int(i) for i in ids]))
            .order_by(Category.position, Category.code, Application.code)).all()
    return [WorkloadRow(application=code, title=title, city=city, country=country,
                        category=cat, category_name=cat_name, scored=int(done.get(aid, 0)),
                        criteria=int(n_crit))
            for aid, code, title, city, country, cat, cat_name in rows]


@dataclass(frozen=True, slots=True)
class AttachmentInfo(_Record):
    """An application's document, without its bytes (:func:`attachment` reads those)."""

    filename: str
    size: int  # in bytes


@dataclass(frozen=True, slots=True)
class ApplicationDetail(_Record):
    """What a judge (or the secretariat) reads about an application."""

    application: str  # its code
    title: str
    city: str
    country: str
    organisation: str
    email: str
    summary: str
    category: str  # the category's code
    category_name: str
    attachment: AttachmentInfo | None  # its document, None when it has none


def application_detail(db: Database, code: str) -> ApplicationDetail:
    """What a judge reads about an application; ``attachment`` is the document's file name and
    size, or None."""
    from wego_awards.errors import Refused

    with reading(db) as store:
        app = store.session.scalar(store.select(Application).where(
            func.lower(Application.code) == code.strip().lower()))
        if app is None:
            raise Refused(f"'{code}' is not an application")
        doc = store.session.execute(select(Attachment.filename, func.length(Attachment.content))
                              .where(Attachment.application_id == app.id)).first()
        return ApplicationDetail(
            application=app.code, title=app.title, city=app.city, country=app.country,
            organisation=app.organisation, email=app.email, summary=app.summary,
            category=app.category.code, category_name=app.category.name,
            attachment=AttachmentInfo(filename=doc[0], size=int(doc[1] or 0)) if doc else None)


def attachment(db: Database, code: str) -> tuple[str, bytes] | None:
    """The application's document as (file name, bytes), or None when it has none."""
    with reading(db) as store:
        row = store.session.execute(
            select(Attachment.filename, Attachment.content)
            .join(Application, Application.id == Attachment.application_id)
            .where(store.mine(Application),
                   func.lower(Application.code) == code.strip().lower())).first()
    return (row[0], bytes(row[1])) if row else None


@dataclass(frozen=True, slots=True)
class JudgeScores(_Record):
    """One judge's scores of one application."""

    scores: Mapping[str, float]  # criterion code -> value, only the criteria scored
    comment: str  # "" when none
    updated_at: str | None  # the latest score's time, None when nothing is scored


def judge_scores(db: Database, judge: str, application: str) -> JudgeScores:
    """The judge's scores of one application, their comment, and when they last scored it."""
    with reading(db) as store:
        j = _judge(store, judge)
        rows = store.session.execute(
            select(Criterion.code, Score.value, Score.comment, Score.updated_at)
            .join(Score, Score.criterion_id == Criterion.id)
            .join(Application, Application.id == Score.application_id)
            .where(Score.judge_id == j.id, store.mine(Application), store.mine(Score),
                   func.lower(Application.code) == application.strip().lower())).all()
    comment = next((r[2] for r in rows if r[2]), "")
    return JudgeScores(scores={c: v for c, v, _, _ in rows}, comment=comment,
                       updated_at=max((r[3] for r in rows), default=None))


@dataclass(frozen=True, slots=True)
class ScoreDistribution(_Record):
    """A judge's weighted totals beside the whole panel's, anonymous."""

    own: tuple[float, ...]  # the judge's totals (0..10), rounded to 3 places
    panel: tuple[float, ...]  # every judge's totals, the judge's own among them; no names
    judges: int  # how many judges gave those totals (1 in a judge's package)


@dataclass(frozen=True, slots=True)
class _Panel:
    """Every judge's weighted totals at one data state, kept for the next judge asked about."""

    state: tuple[str, int | None, str | None]  # the edition's uid, open round and history head
    judge_ids: np.ndarray  # whose each total is (judge id)
    totals: np.ndarray  # the totals (0..10), unrounded
    panel: tuple[float, ...]  # the totals rounded to 3 places, as every answer gives them
    judges: int  # how many judges gave them


# The panel's totals last computed for each open database, under the data state they were
# computed at (the entry goes with the database). Only the judge's own totals differ from one
# judge to the next: the chart of a second judge takes the panel from here (0.4 s of reading
# every score saved), until the data changes.
_panels: weakref.WeakKeyDictionary[Database, _Panel] = weakref.WeakKeyDictionary()
_panels_lock = threading.Lock()


def _data_state(store: EditionStore) -> tuple[str, int | None, str | None]:
    """What the panel's totals are computed from, in a word: the edition's history head (with
    its uid and open round, read with it for nothing). Every act that changes the data (a score
    saved or cleared, an import, a conflict declared, a criterion's weight, a setting, a record
    saved, deleted or undone, a package's return, a round advanced) appends a history entry and
    moves the head to that entry's hash, whichever program or user wrote it (another window, the
    command line, a judge on the shared server). Read with the edition, before the scores: an
    act committed in between gives scores newer than the key, which the next ask, under the
    newer head, computes again; never older ones under a newer key."""
    edition = store.edition
    return edition.uid, edition.open_round_id, edition.history_head


def _panel_totals(db: Database, store: EditionStore) -> _Panel | None:
    """The panel's totals at the data state ``store`` reads, computed once per state (None when
    nothing is scored, or there are no criteria)."""
    import numpy as np

    from wego_awards.scoring import ScoringInput
    from wego_awards.scoring.totals import weighted_totals
    from wego_awards.services.results import load_scores

    state = _data_state(store)
    with _panels_lock:
        kept = _panels.get(db)
    if kept is not None and kept.state == state:
        return kept
    crits = store.session.execute(store.select(Criterion.id, Criterion.weight,
                                               Criterion.min, Criterion.max)
                                  .order_by(Criterion.id)).all()
    sj, sa, sc, sv, excluded = load_scores(store)
    if not crits or not len(sv):
        return None
    crit_ids = np.array([c[0] for c in crits], np.int64)
    judge_ids, s_judge = np.unique(sj, return_inverse=True)
    app_ids, s_app = np.unique(sa, return_inverse=True)
    inp = ScoringInput(
        n_apps=len(app_ids), n_judges=len(judge_ids), n_categories=1,
        app_category=np.zeros(len(app_ids), np.int64), s_app=s_app, s_judge=s_judge,
        s_crit=np.searchsorted(crit_ids, sc), s_value=sv,
        crit_weight=np.array([c[1] for c in crits], np.float64),
        crit_min=np.array([c[2] for c in crits], np.float64),
        crit_max=np.array([c[3] for c in crits], np.float64), excluded=excluded)
    totals = weighted_totals(inp)
    found = _Panel(state=state, judge_ids=judge_ids[totals.judge], totals=totals.total,
                   panel=tuple(round(t, 3) for t in totals.total.tolist()),
                   judges=int(len(np.unique(totals.judge))))
    with _panels_lock:
        _panels[db] = found
    return found


def score_distributions(db: Database, judge: str) -> ScoreDistribution:
    """The judge's own weighted totals (0..10) beside the whole panel's, anonymous: only the
    list of totals, never who gave them. In a judge's package the panel is that judge alone.

    The panel's totals are computed once per data state (see :func:`_data_state`) and kept
    for the next judge asked about; only the judge's own are picked out each time."""
    with reading(db) as store:
        j = _judge(store, judge)
        panel = _panel_totals(db, store)
    if panel is None:
        return ScoreDistribution(own=(), panel=(), judges=0)
    mine = panel.totals[panel.judge_ids == j.id]
    return ScoreDistribution(own=tuple(round(t, 3) for t in mine.tolist()), panel=panel.panel,
                             judges=panel.judges)


def weighted_total(criteria: Sequence[CriterionInfo], values: Mapping[str, float]) -> float:
    """One judge's weighted total (0..10) of one application from its criterion scores, by the
    same formula the results use (shown to a judge as they score)."""
    import numpy as np

    from wego_awards.scoring import ScoringInput
    from wego_awards.scoring.totals import weighted_totals

    n = len(criteria)
    inp = ScoringInput(
        n_apps=1, n_judges=1, n_categories=1, app_category=np.zeros(1, np.int64),
        s_app=np.zeros(n, np.int64), s_judge=np.zeros(n, np.int64),
        s_crit=np.arange(n, dtype=np.int64),
        s_value=np.array([float(values[c.code]) for c in criteria], np.float64),
        crit_weight=np.array([c.weight for c in criteria], np.float64),
        crit_min=np.array([c.min for c in criteria], np.float64),
        crit_max=np.array([c.max for c in criteria], np.float64))
    return float(weighted_totals(inp).total[0])


@dataclass(frozen=True, slots=True)
class JudgeConflict(_Record):
    """A conflict declared for a judge (the own-country rule's pairs are not among them)."""

    application: str  # its code
    title: str
    source: str  # who declared it, e.g. "secretariat" or "judge"


@dataclass(frozen=True, slots=True)
class JudgeDetail(_Record):
    """One judge as the secretariat looks them up."""

    code: str
    name: str
    affiliation: str
    country: str
    email: str
    to_score: int  # the applications the judge is to score (assigned, never conflicted)
    scored: int  # the applications with every criterion scored by the judge
    partial: int  # the applications with some criteria scored, not all
    conflicts: tuple[JudgeConflict, ...]  # by application code


def judge_detail(db: Database, code: str) -> JudgeDetail:
    """One judge as the secretariat looks them up: who they are, their conflicts, and how far
    their scoring is."""
    with reading(db) as store:
        session = store.session
        j = _judge(store, code)
        conflicts = session.execute(
            select(Application.code, Application.title, Conflict.source)
            .join(Conflict, Conflict.application_id == Application.id)
            .where(Conflict.judge_id == j.id).order_by(Application.code)).all()
        to_score = len(_visible_app_ids(store, j))
        n_crit = store.count(Criterion)
        per_app = session.execute(select(func.count()).select_from(Score)
                                  .where(Score.judge_id == j.id, store.mine(Score))
                                  .group_by(Score.application_id)).scalars().all()
    return JudgeDetail(
        code=j.code, name=j.name, affiliation=j.affiliation, country=j.country, email=j.email,
        to_score=to_score, scored=sum(1 for n in per_app if n_crit and n >= n_crit),
        partial=sum(1 for n in per_app if n_crit and n < n_crit),
        conflicts=tuple(JudgeConflict(application=a, title=t, source=s)
                        for a, t, s in conflicts))


def application_choices(db: Database) -> list[tuple[str, str]]:
    """Every application as (code, "code · city · title"), by code: for pickers."""
    with reading(db) as store:
        rows = store.rows(store.select(Application.code, Application.city, Application.title)
                          .order_by(Application.code))
        return [(code, f"{code} · {city} · {title}") for code, city, title in rows]
