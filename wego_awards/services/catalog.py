"""The edition's rows as the interface's tables, and the lookups the other services share.

``table_rows`` is the one place that turns the database into the import columns: ``export``
writes it, and ``audit verify`` compares it with what the history says the rows must be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wego_awards.db import bulk
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
from wego_awards.errors import Refused
from wego_awards.services.edition import settings_of

KINDS = ("categories", "criteria", "applications", "judges", "assignments", "scores")

# kind -> (required columns, optional columns, key columns)
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "categories": (("code", "name"), ("description",), ("code",)),
    "criteria": (("code", "name", "weight", "min", "max"), ("description",), ("code",)),
    "applications": (("code", "category", "city", "country", "title"),
                     ("summary", "organisation", "email", "attachment"), ("code",)),
    "judges": (("code", "name"), ("affiliation", "country", "email", "conflicts"), ("code",)),
    "assignments": (("judge", "application"), (), ("judge", "application")),
    "scores": (("judge", "application", "criterion", "score"), ("comment",),
               ("judge", "application", "criterion")),
}


def all_columns(kind: str) -> tuple[str, ...]:
    required, optional, _ = COLUMNS[kind]
    return required + optional


def number_text(value: float) -> str:
    """A number as a person writes it: 7 not 7.0, 7.5 stays 7.5."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return repr(value)


class CodeMap(dict[str, int]):
    """Casefolded code -> id, remembering the codes as they are written (for messages)."""

    def __init__(self, rows: list[tuple[str, int]]) -> None:
        super().__init__((code.casefold(), id_) for code, id_ in rows)
        self.written = sorted(code for code, _ in rows)
        self.code_of = {id_: code for code, id_ in rows}  # id -> the code as written


def code_maps(session: Session, edition: Edition) -> dict[str, CodeMap]:
    """Code -> id maps for the edition's judges, applications, criteria and categories."""
    out: dict[str, CodeMap] = {}
    for name, model in (("judge", Judge), ("application", Application),
                        ("criterion", Criterion), ("category", Category)):
        rows = session.execute(
            select(model.code, model.id).where(model.edition_id == edition.id)).all()
        out[name] = CodeMap([(code, id_) for code, id_ in rows])
    return out


def find(session: Session, edition: Edition, model: Any, code: str, what: str) -> Any:
    """The edition's judge, application, criterion or category with this code (any case);
    Refused, naming what is known, when there is none."""
    obj = session.scalar(select(model).where(model.edition_id == edition.id,
                                             func.lower(model.code) == code.strip().lower()))
    if obj is None:
        known = sorted(session.scalars(select(model.code)
                                       .where(model.edition_id == edition.id)).all())
        hint = f"; known: {', '.join(known[:12])}{', …' if len(known) > 12 else ''}" \
            if model is not Application else ""
        article = "an" if what[0] in "aeiou" else "a"
        raise Refused(f"'{code}' is not {article} {what}{hint}")
    return obj


def id_codes(session: Session, model: Any, edition: Edition) -> dict[int, str]:
    return dict(session.execute(
        select(model.id, model.code).where(model.edition_id == edition.id)).all())


def count(session: Session, model: Any, edition: Edition) -> int:
    if model in (Category, Criterion, Application, Judge):
        return session.scalar(
            select(func.count()).select_from(model).where(model.edition_id == edition.id)) or 0
    if model is Score:
        return session.scalar(
            select(func.count()).select_from(Score).join(Judge, Judge.id == Score.judge_id)
            .where(Judge.edition_id == edition.id)) or 0
    return session.scalar(
        select(func.count()).select_from(model).join(Judge, Judge.id == model.judge_id)
        .where(Judge.edition_id == edition.id)) or 0


def pair_keys(judge_ids: np.ndarray, app_ids: np.ndarray) -> np.ndarray:
    """One int64 per (judge, application) pair, for fast set tests with numpy."""
    return judge_ids.astype(np.int64) * (1 << 32) + app_ids.astype(np.int64)


def conflict_pairs(session: Session, edition: Edition) -> np.ndarray:
    """Every conflicted (judge, application) pair as pair keys: declared ones, plus the
    own-country rule's when the edition has it on."""
    pairs = bulk.fetch_rows(session,
        select(Conflict.judge_id, Conflict.application_id)
        .join(Judge, Judge.id == Conflict.judge_id).where(Judge.edition_id == edition.id))
    arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    keys = pair_keys(arr[:, 0], arr[:, 1])
    if settings_of(edition).get("own_country_rule"):
        keys = np.concatenate([keys, _same_country_pairs(session, edition)])
    return np.unique(keys)


def _same_country_pairs(session: Session, edition: Edition) -> np.ndarray:
    """(judge, application) pairs from the same country, matched in memory: a join on
    lower(country) has no index to use and takes seconds on a large edition."""
    judges = bulk.fetch_rows(session, select(Judge.id, Judge.country)
                             .where(Judge.edition_id == edition.id, Judge.country != ""))
    apps = bulk.fetch_rows(session, select(Application.id, Application.country)
                           .where(Application.edition_id == edition.id))
    by_country: dict[str, list[int]] = {}
    for app_id, country in apps:
        by_country.setdefault(country.strip().casefold(), []).append(app_id)
    parts = [pair_keys(np.full(len(ids), judge_id), np.array(ids))
             for judge_id, country in judges
             for ids in [by_country.get(country.strip().casefold(), [])] if ids]
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)


def has_assignments(session: Session, edition: Edition) -> bool:
    """Whether the edition assigns judges at all (without, every judge is assigned every
    application they have no conflict with): one row looked at, not every pair."""
    return session.execute(
        select(Assignment.id).join(Judge, Judge.id == Assignment.judge_id)
        .where(Judge.edition_id == edition.id).limit(1)).first() is not None


def assignment_pairs(session: Session, edition: Edition) -> np.ndarray | None:
    """Assigned pairs as pair keys, or None when the edition has no assignments at all (then
    every judge is assigned every application they have no conflict with)."""
    rows = bulk.fetch_rows(session,
        select(Assignment.judge_id, Assignment.application_id)
        .join(Judge, Judge.id == Assignment.judge_id).where(Judge.edition_id == edition.id))
    if not rows:
        return None
    arr = np.array(rows, dtype=np.int64)
    return np.unique(pair_keys(arr[:, 0], arr[:, 1]))


def table_rows(session: Session, edition: Edition, kind: str) -> list[dict[str, str]]:
    """The edition's rows of one kind in the import columns, in a stable order."""
    eid = edition.id
    if kind == "categories":
        return [{"code": c.code, "name": c.name, "description": c.description}
                for c in session.scalars(select(Category).where(Category.edition_id == eid)
                                         .order_by(Category.position, Category.code))]
    if kind == "criteria":
        return [{"code": c.code, "name": c.name, "weight": number_text(c.weight),
                 "min": number_text(c.min), "max": number_text(c.max),
                 "description": c.description}
                for c in session.scalars(select(Criterion).where(Criterion.edition_id == eid)
                                         .order_by(Criterion.position, Criterion.code))]
    if kind == "applications":
        files = dict(session.execute(
            select(Attachment.application_id, Attachment.filename)
            .join(Application, Application.id == Attachment.application_id)
            .where(Application.edition_id == eid)).all())
        return [{"code": a.code, "category": a.category.code, "city": a.city,
                 "country": a.country, "title": a.title, "summary": a.summary,
                 "organisation": a.organisation, "email": a.email,
                 "attachment": files.get(a.id, "")}
                for a in session.scalars(select(Application).where(Application.edition_id == eid)
                                         .order_by(Application.code))]
    if kind == "judges":
        apps = id_codes(session, Application, edition)
        conflicts: dict[int, list[str]] = {}
        for j, a in session.execute(
                select(Conflict.judge_id, Conflict.application_id)
                .join(Judge, Judge.id == Conflict.judge_id).where(Judge.edition_id == eid)):
            conflicts.setdefault(j, []).append(apps[a])
        return [{"code": j.code, "name": j.name, "affiliation": j.affiliation,
                 "country": j.country, "email": j.email,
                 "conflicts": ";".join(sorted(conflicts.get(j.id, [])))}
                for j in session.scalars(select(Judge).where(Judge.edition_id == eid)
                                         .order_by(Judge.code))]
    if kind == "assignments":
        rows = session.execute(
            select(Judge.code, Application.code)
            .join(Assignment, Assignment.judge_id == Judge.id)
            .join(Application, Application.id == Assignment.application_id)
            .where(Judge.edition_id == eid).order_by(Judge.code, Application.code)).all()
        return [{"judge": j, "application": a} for j, a in rows]
    if kind == "scores":
        scores = session.execute(
            select(Judge.code, Application.code, Criterion.code, Score.value, Score.comment)
            .join(Score, Score.judge_id == Judge.id)
            .join(Application, Application.id == Score.application_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Judge.edition_id == eid)
            .order_by(Judge.code, Application.code, Criterion.position, Criterion.code)).all()
        return [{"judge": j, "application": a, "criterion": c, "score": number_text(v),
                 "comment": m} for j, a, c, v, m in scores]
    raise ValueError(f"unknown kind {kind}")


def score_table(session: Session, edition: Edition) -> list[tuple[str, ...]]:
    """Every score as a row of the scores file (judge, application, criterion, score, comment),
    in the order ``table_rows(..., "scores")`` gives, for an export of 500,000 rows: the ids
    read without joins, the codes put in by numpy and the rows ordered by lexsort instead of a
    sort in SQL over joined text. (SQLite compares text byte by byte, which for UTF-8 is the
    order of the code points, Python's order of strings.)"""
    eid = edition.id
    mine = Judge.edition_id == eid
    j_id, a_id, c_id, value = bulk.fetch_columns(session, select(
        Score.judge_id, Score.application_id, Score.criterion_id, Score.value)
        .join(Judge, Judge.id == Score.judge_id).where(mine).order_by(Score.id),
        (np.int64, np.int64, np.int64, np.float64))
    if not j_id.size:
        return []
    comment = [r[0] for r in bulk.fetch_rows(session, select(Score.comment)
                                             .join(Judge, Judge.id == Score.judge_id)
                                             .where(mine).order_by(Score.id))]
    judges = dict(session.execute(select(Judge.id, Judge.code).where(mine)).all())
    apps = dict(bulk.fetch_rows(session, select(Application.id, Application.code)
                                .where(Application.edition_id == eid)))
    crits = session.execute(select(Criterion.id, Criterion.code, Criterion.position)
                            .where(Criterion.edition_id == eid)).all()

    def ranks(ids: np.ndarray, codes: dict[int, Any]) -> tuple[np.ndarray, list[Any]]:
        """Each id's place in the codes' order, and the codes in that order."""
        order = sorted(codes, key=lambda i: codes[i])
        known = np.array(sorted(codes), dtype=np.int64)
        place = np.empty(len(known), dtype=np.int64)
        place[np.searchsorted(known, np.array(order, dtype=np.int64))] = np.arange(len(order))
        return place[np.searchsorted(known, ids)], [codes[i] for i in order]

    jr, j_codes = ranks(j_id, judges)
    ar, a_codes = ranks(a_id, apps)
    cr, c_keys = ranks(c_id, {cid: (pos, code) for cid, code, pos in crits})
    order = np.lexsort((cr, ar, jr)).tolist()
    texts = {v: number_text(v) for v in np.unique(value).tolist()}
    jl, al, cl, vl = jr.tolist(), ar.tolist(), cr.tolist(), value.tolist()
    return [(j_codes[jl[k]], a_codes[al[k]], c_keys[cl[k]][1], texts[vl[k]], comment[k])
            for k in order]


def keyed(kind: str, rows: Iterable[Mapping[str, Any]]
          ) -> dict[tuple[str, ...], Mapping[str, Any]]:
    """Rows by their key (casefolded codes), for comparing two versions of a table."""
    keys = COLUMNS[kind][2]
    return {tuple(str(r[k]).casefold() for k in keys): r for r in rows}
