"""Read-only queries for browsing an edition: the tables the desktop app pages through lazily,
and what a judge sees while scoring.

The big tables follow Anki's browser: :func:`row_ids` answers only the ordered ids of the rows
that pass a filter (cheap even for 20,000 applications), and :func:`fetch_rows` fetches the
cells of the few rows on screen. Nothing here writes, and nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from wego_awards.db import Database, bulk
from wego_awards.db.models import (
    Application,
    Assignment,
    Attachment,
    Category,
    Conflict,
    Criterion,
    Edition,
    Judge,
    Score,
)
from wego_awards.services import catalog
from wego_awards.services.edition import get_edition, settings_of

TABLE_KINDS = ("applications", "judges", "conflicts", "assignments", "categories", "criteria")


@dataclass(frozen=True)
class Column:
    """One column of a browsable table: its key, its heading and the SQL that computes it."""

    key: str
    title: str
    expr: Any
    searchable: bool = True  # the filter text is looked for in it
    numeric: bool = False


@dataclass(frozen=True)
class TableSpec:
    """A browsable table: the row id, the columns, and the joins that restrict it to an edition."""

    kind: str
    id_expr: Any
    columns: tuple[Column, ...]
    scope: Callable[[Select, int], Select]

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.kind} has no column '{key}'")


def _app_scope(stmt: Select, eid: int) -> Select:
    return (stmt.select_from(Application)
            .join(Category, Category.id == Application.category_id)
            .where(Application.edition_id == eid))


def _judge_scope(stmt: Select, eid: int) -> Select:
    return stmt.select_from(Judge).where(Judge.edition_id == eid)


def _conflict_scope(stmt: Select, eid: int) -> Select:
    return (stmt.select_from(Conflict)
            .join(Judge, Judge.id == Conflict.judge_id)
            .join(Application, Application.id == Conflict.application_id)
            .join(Category, Category.id == Application.category_id)
            .where(Judge.edition_id == eid))


def _category_scope(stmt: Select, eid: int) -> Select:
    return stmt.select_from(Category).where(Category.edition_id == eid)


def _criterion_scope(stmt: Select, eid: int) -> Select:
    return stmt.select_from(Criterion).where(Criterion.edition_id == eid)


def _assignment_scope(stmt: Select, eid: int) -> Select:
    return (stmt.select_from(Assignment)
            .join(Judge, Judge.id == Assignment.judge_id)
            .join(Application, Application.id == Assignment.application_id)
            .join(Category, Category.id == Application.category_id)
            .where(Judge.edition_id == eid))


# Correlated counts: evaluated only for the rows fetched (or once per row when sorting by them,
# which the score indexes keep fast).
_APP_SCORED_BY = (select(func.count(func.distinct(Score.judge_id)))
                  .where(Score.application_id == Application.id)
                  .correlate(Application).scalar_subquery())
# The document's file name: shown, and found by the filter ("pdf", "brochure").
_APP_DOCUMENT = func.coalesce(select(Attachment.filename)
                              .where(Attachment.application_id == Application.id)
                              .correlate(Application).scalar_subquery(), "")
_CATEGORY_APPLICATIONS = (select(func.count()).select_from(Application)
                          .where(Application.category_id == Category.id)
                          .correlate(Category).scalar_subquery())
_JUDGE_CONFLICTS = (select(func.count()).select_from(Conflict)
                    .where(Conflict.judge_id == Judge.id).correlate(Judge).scalar_subquery())
_JUDGE_SCORED = (select(func.count(func.distinct(Score.application_id)))
                 .where(Score.judge_id == Judge.id).correlate(Judge).scalar_subquery())
_PAIR_SCORED = (select(func.count()).select_from(Score)
                .where(Score.judge_id == Assignment.judge_id,
                       Score.application_id == Assignment.application_id)
                .correlate(Assignment).scalar_subquery())

TABLES: dict[str, TableSpec] = {
    "applications": TableSpec("applications", Application.id, (
        Column("code", "Code", Application.code),
        Column("title", "Title", Application.title),
        Column("category", "Category", Category.code),
        Column("city", "City", Application.city),
        Column("country", "Country", Application.country),
        Column("organisation", "Organisation", Application.organisation),
        Column("document", "Document", _APP_DOCUMENT),
        Column("scored_by", "Scored by", _APP_SCORED_BY, searchable=False, numeric=True),
    ), _app_scope),
    "judges": TableSpec("judges", Judge.id, (
        Column("code", "Code", Judge.code),
        Column("name", "Name", Judge.name),
        Column("affiliation", "Affiliation", Judge.affiliation),
        Column("country", "Country", Judge.country),
        Column("email", "Email", Judge.email),
        Column("conflicts", "Conflicts", _JUDGE_CONFLICTS, searchable=False, numeric=True),
        Column("scored", "Scored", _JUDGE_SCORED, searchable=False, numeric=True),
    ), _judge_scope),
    "conflicts": TableSpec("conflicts", Conflict.id, (
        Column("judge", "Judge", Judge.code),
        Column("judge_name", "Judge's name", Judge.name),
        Column("application", "Application", Application.code),
        Column("category", "Category", Category.code),
        Column("title", "Title", Application.title),
        Column("source", "Declared by", Conflict.source),
    ), _conflict_scope),
    "assignments": TableSpec("assignments", Assignment.id, (
        Column("judge", "Judge", Judge.code),
        Column("judge_name", "Judge's name", Judge.name),
        Column("application", "Application", Application.code),
        Column("category", "Category", Category.code),
        Column("title", "Title", Application.title),
        Column("source", "Source", Assignment.source),
        Column("scores", "Scores given", _PAIR_SCORED, searchable=False, numeric=True),
    ), _assignment_scope),
    "categories": TableSpec("categories", Category.id, (
        Column("code", "Code", Category.code),
        Column("name", "Name", Category.name),
        Column("description", "Description", Category.description),
        Column("applications", "Applications", _CATEGORY_APPLICATIONS, searchable=False,
               numeric=True),
    ), _category_scope),
    "criteria": TableSpec("criteria", Criterion.id, (
        Column("code", "Code", Criterion.code),
        Column("name", "Name", Criterion.name),
        Column("weight", "Weight", Criterion.weight, searchable=False, numeric=True),
        Column("min", "Min", Criterion.min, searchable=False, numeric=True),
        Column("max", "Max", Criterion.max, searchable=False, numeric=True),
        Column("description", "Rubric", Criterion.description),
    ), _criterion_scope),
}


def spec(kind: str) -> TableSpec:
    """The table spec of ``kind`` (one of :data:`TABLE_KINDS`)."""
    try:
        return TABLES[kind]
    except KeyError:
        raise ValueError(f"'{kind}' is not a browsable table; known: "
                         f"{', '.join(TABLE_KINDS)}") from None


def columns(kind: str) -> list[tuple[str, str]]:
    """The (key, heading) of each column of ``kind``, in display order."""
    return [(c.key, c.title) for c in spec(kind).columns]


def _filtered(table: TableSpec, stmt: Select, text: str) -> Select:
    words = text.split()
    for word in words:  # every word must appear in some column: "seoul mobility" narrows
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(*(c.expr.ilike(pattern, escape="\\")
                                for c in table.columns if c.searchable)))
    return stmt


def row_ids(db: Database, kind: str, text: str = "", sort: str | None = None,
            descending: bool = False) -> list[int]:
    """The ids of the rows of ``kind`` whose columns contain every word of ``text``, ordered by
    the column ``sort`` (default: the first), ties broken by id so the order is stable."""
    table = spec(kind)
    col = table.column(sort) if sort else table.columns[0]
    order = col.expr.desc() if descending else col.expr.asc()
    with db.read() as session:
        eid = get_edition(session).id
        stmt = _filtered(table, table.scope(select(table.id_expr), eid), text)
        stmt = stmt.order_by(order, table.id_expr.desc() if descending else table.id_expr)
        return [r[0] for r in bulk.fetch_rows(session, stmt)]


def count(db: Database, kind: str) -> int:
    """How many rows ``kind`` has in the edition (no filter)."""
    table = spec(kind)
    with db.read() as session:
        eid = get_edition(session).id
        stmt = table.scope(select(func.count(table.id_expr)), eid)
        return int(session.scalar(stmt) or 0)


def fetch_rows(db: Database, kind: str, ids: Sequence[int]) -> dict[int, tuple]:
    """The cells of the rows with these ids, as ``{id: (cell, ...)}`` in column order. Ids that
    no longer exist are simply missing from the answer."""
    table = spec(kind)
    if not ids:
        return {}
    with db.read() as session:
        eid = get_edition(session).id
        stmt = table.scope(select(table.id_expr, *(c.expr for c in table.columns)), eid)
        out: dict[int, tuple] = {}
        ids = list(ids)
        for start in range(0, len(ids), 900):  # well under every driver's parameter limit
            chunk = stmt.where(table.id_expr.in_(ids[start:start + 900]))
            for row in bulk.fetch_rows(session, chunk):
                out[int(row[0])] = tuple(row[1:])
        return out


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
    criteria: int
    categories: int

    def to_json(self) -> dict[str, object]:
        """The dict ``edition_info`` gave before it was typed: the fields, in order."""
        from dataclasses import fields

        return {f.name: getattr(self, f.name) for f in fields(self)}


def edition_info(db: Database) -> EditionInfo:
    """Name, year, state and counts of the edition (cheap ones: no score count, which takes a
    while on 500,000 rows); ``package_judge`` is set in a judge's package, and ``judge_only``
    names the judge this database shows only (their package, or their own server login)."""
    from wego_awards.services.acting import acting_in

    with db.read() as session:
        edition = get_edition(session)
        return EditionInfo(
            judge_only=acting_in(session, edition).judge,
            name=edition.name, year=edition.year, uid=edition.uid,
            finalized=bool(edition.finalized), finalized_at=edition.finalized_at,
            package_judge=edition.package_judge,
            method=settings_of(edition)["method"],
            applications=catalog.count(session, Application, edition),
            judges=catalog.count(session, Judge, edition),
            criteria=catalog.count(session, Criterion, edition),
            categories=catalog.count(session, Category, edition),
        )


def judges(db: Database) -> list[dict[str, str]]:
    """Every judge (code, name, country), by code."""
    with db.read() as session:
        edition = get_edition(session)
        rows = session.execute(select(Judge.code, Judge.name, Judge.country)
                               .where(Judge.edition_id == edition.id)
                               .order_by(Judge.code)).all()
    return [{"code": c, "name": n, "country": k} for c, n, k in rows]


def categories(db: Database) -> list[dict[str, str]]:
    """Every category (code, name), in the edition's order."""
    with db.read() as session:
        edition = get_edition(session)
        rows = session.execute(select(Category.code, Category.name)
                               .where(Category.edition_id == edition.id)
                               .order_by(Category.position, Category.code)).all()
    return [{"code": c, "name": n} for c, n in rows]


def criteria(db: Database) -> list[dict[str, Any]]:
    """Every criterion with its weight, range and rubric text, in the edition's order."""
    with db.read() as session:
        return _criteria(session, get_edition(session))


def _criteria(session: Session, edition: Edition) -> list[dict[str, Any]]:
    rows = session.scalars(select(Criterion).where(Criterion.edition_id == edition.id)
                           .order_by(Criterion.position, Criterion.code)).all()
    return [{"code": c.code, "name": c.name, "weight": c.weight, "min": c.min, "max": c.max,
             "description": c.description} for c in rows]


# --- what a judge sees ------------------------------------------------------------------------


def _judge(session: Session, edition: Edition, code: str) -> Judge:
    from wego_awards.services.judging import find_judge

    return find_judge(session, edition, code)


def _visible_app_ids(session: Session, edition: Edition, judge: Judge) -> np.ndarray:
    """The applications ``judge`` is to score: assigned (or all, without assignments) and never
    one they are conflicted with."""
    all_ids = np.array(session.scalars(select(Application.id)
                                       .where(Application.edition_id == edition.id)).all(),
                       dtype=np.int64)
    keys = catalog.pair_keys(np.full(len(all_ids), judge.id, np.int64), all_ids)
    keep = ~np.isin(keys, catalog.conflict_pairs(session, edition))
    assigned = catalog.assignment_pairs(session, edition)
    if assigned is not None:
        keep &= np.isin(keys, assigned)
    return all_ids[keep]


def judge_workload(db: Database, judge: str) -> list[dict[str, Any]]:
    """The applications ``judge`` is to score, by category then code, each with how many of its
    criteria the judge has scored (``scored`` of ``criteria``)."""
    with db.read() as session:
        edition = get_edition(session)
        j = _judge(session, edition, judge)
        ids = _visible_app_ids(session, edition, j)
        n_crit = catalog.count(session, Criterion, edition)
        if not len(ids):
            return []
        done = dict(session.execute(
            select(Score.application_id, func.count()).where(Score.judge_id == j.id)
            .group_by(Score.application_id)).all())
        rows = session.execute(
            select(Application.id, Application.code, Application.title, Application.city,
                   Application.country, Category.code, Category.name)
            .join(Category, Category.id == Application.category_id)
            .where(Application.id.in_([int(i) for i in ids]))
            .order_by(Category.position, Category.code, Application.code)).all()
    return [{"application": code, "title": title, "city": city, "country": country,
             "category": cat, "category_name": cat_name, "scored": int(done.get(aid, 0)),
             "criteria": int(n_crit)}
            for aid, code, title, city, country, cat, cat_name in rows]


def application_detail(db: Database, code: str) -> dict[str, Any]:
    """What a judge reads about an application; ``attachment`` is the document's file name and
    size, or None."""
    from wego_awards.errors import Refused

    with db.read() as session:
        edition = get_edition(session)
        app = session.scalar(select(Application).where(
            Application.edition_id == edition.id,
            func.lower(Application.code) == code.strip().lower()))
        if app is None:
            raise Refused(f"'{code}' is not an application")
        doc = session.execute(select(Attachment.filename, func.length(Attachment.content))
                              .where(Attachment.application_id == app.id)).first()
        return {"application": app.code, "title": app.title, "city": app.city,
                "country": app.country, "organisation": app.organisation, "email": app.email,
                "summary": app.summary, "category": app.category.code,
                "category_name": app.category.name,
                "attachment": {"filename": doc[0], "size": int(doc[1] or 0)} if doc else None}


def attachment(db: Database, code: str) -> tuple[str, bytes] | None:
    """The application's document as (file name, bytes), or None when it has none."""
    with db.read() as session:
        edition = get_edition(session)
        row = session.execute(
            select(Attachment.filename, Attachment.content)
            .join(Application, Application.id == Attachment.application_id)
            .where(Application.edition_id == edition.id,
                   func.lower(Application.code) == code.strip().lower())).first()
    return (row[0], bytes(row[1])) if row else None


def judge_scores(db: Database, judge: str, application: str) -> dict[str, Any]:
    """The judge's scores of one application: ``{"scores": {criterion: value}, "comment": text,
    "updated_at": latest time or None}``."""
    with db.read() as session:
        edition = get_edition(session)
        j = _judge(session, edition, judge)
        rows = session.execute(
            select(Criterion.code, Score.value, Score.comment, Score.updated_at)
            .join(Score, Score.criterion_id == Criterion.id)
            .join(Application, Application.id == Score.application_id)
            .where(Score.judge_id == j.id, Application.edition_id == edition.id,
                   func.lower(Application.code) == application.strip().lower())).all()
    comment = next((r[2] for r in rows if r[2]), "")
    return {"scores": {c: v for c, v, _, _ in rows}, "comment": comment,
            "updated_at": max((r[3] for r in rows), default=None)}


def score_distributions(db: Database, judge: str) -> dict[str, Any]:
    """The judge's own weighted totals (0..10) beside the whole panel's, anonymous: only the
    list of totals, never who gave them. In a judge's package the panel is that judge alone."""
    from wego_awards.scoring import ScoringInput
    from wego_awards.scoring.totals import weighted_totals

    with db.read() as session:
        edition = get_edition(session)
        j = _judge(session, edition, judge)
        crits = session.execute(select(Criterion.id, Criterion.weight, Criterion.min,
                                       Criterion.max)
                                .where(Criterion.edition_id == edition.id)
                                .order_by(Criterion.id)).all()
        sj, sa, sc, sv = bulk.fetch_columns(
            session,
            select(Score.judge_id, Score.application_id, Score.criterion_id, Score.value)
            .join(Judge, Judge.id == Score.judge_id).where(Judge.edition_id == edition.id),
            (np.int64, np.int64, np.int64, np.float64))
        excluded = np.isin(catalog.pair_keys(sj, sa), catalog.conflict_pairs(session, edition))
    if not crits or not len(sv):
        return {"own": [], "panel": [], "judges": 0}
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
    mine = judge_ids[totals.judge] == j.id
    return {"own": [round(float(t), 3) for t in totals.total[mine]],
            "panel": [round(float(t), 3) for t in totals.total],
            "judges": int(len(np.unique(totals.judge)))}


def weighted_total(criteria: Sequence[dict[str, Any]], values: dict[str, float]) -> float:
    """One judge's weighted total (0..10) of one application from its criterion scores, by the
    same formula the results use (shown to a judge as they score)."""
    from wego_awards.scoring import ScoringInput
    from wego_awards.scoring.totals import weighted_totals

    n = len(criteria)
    inp = ScoringInput(
        n_apps=1, n_judges=1, n_categories=1, app_category=np.zeros(1, np.int64),
        s_app=np.zeros(n, np.int64), s_judge=np.zeros(n, np.int64),
        s_crit=np.arange(n, dtype=np.int64),
        s_value=np.array([float(values[c["code"]]) for c in criteria], np.float64),
        crit_weight=np.array([c["weight"] for c in criteria], np.float64),
        crit_min=np.array([c["min"] for c in criteria], np.float64),
        crit_max=np.array([c["max"] for c in criteria], np.float64))
    return float(weighted_totals(inp).total[0])


def judge_detail(db: Database, code: str) -> dict[str, Any]:
    """One judge as the secretariat looks them up: who they are, their conflicts, and how far
    their scoring is."""
    with db.read() as session:
        edition = get_edition(session)
        j = _judge(session, edition, code)
        conflicts = session.execute(
            select(Application.code, Application.title, Conflict.source)
            .join(Conflict, Conflict.application_id == Application.id)
            .where(Conflict.judge_id == j.id).order_by(Application.code)).all()
        to_score = len(_visible_app_ids(session, edition, j))
        n_crit = catalog.count(session, Criterion, edition)
        per_app = session.execute(select(func.count()).select_from(Score)
                                  .where(Score.judge_id == j.id)
                                  .group_by(Score.application_id)).scalars().all()
    return {"code": j.code, "name": j.name, "affiliation": j.affiliation, "country": j.country,
            "email": j.email, "to_score": to_score,
            "scored": sum(1 for n in per_app if n_crit and n >= n_crit),
            "partial": sum(1 for n in per_app if n_crit and n < n_crit),
            "conflicts": [{"application": a, "title": t, "source": s}
                          for a, t, s in conflicts]}


def application_choices(db: Database) -> list[tuple[str, str]]:
    """Every application as (code, "code · city · title"), by code: for pickers."""
    with db.read() as session:
        eid = get_edition(session).id
        rows = bulk.fetch_rows(session, select(Application.code, Application.city,
                                               Application.title)
                               .where(Application.edition_id == eid)
                               .order_by(Application.code))
        return [(code, f"{code} · {city} · {title}") for code, city, title in rows]
