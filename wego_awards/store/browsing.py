"""The desktop app's browsable tables, after Anki's browser: :func:`row_ids` answers only the
ordered ids of the rows that pass a filter (cheap even for 20,000 applications), and
:func:`fetch_rows` fetches the cells of the few rows on screen. Each table says its columns (key,
heading, the SQL that computes it) and how it is limited to the edition."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select

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
from wego_awards.store.edition import EditionStore

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
    scope: Callable[[Select, EditionStore], Select]

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.kind} has no column '{key}'")


def _app_scope(stmt: Select, store: EditionStore) -> Select:
    return (stmt.select_from(Application)
            .join(Category, Category.id == Application.category_id)
            .where(store.mine(Application)))


def _judge_scope(stmt: Select, store: EditionStore) -> Select:
    return stmt.select_from(Judge).where(store.mine(Judge))


def _conflict_scope(stmt: Select, store: EditionStore) -> Select:
    return (stmt.select_from(Conflict)
            .join(Judge, Judge.id == Conflict.judge_id)
            .join(Application, Application.id == Conflict.application_id)
            .join(Category, Category.id == Application.category_id)
            .where(store.mine(Judge)))


def _category_scope(stmt: Select, store: EditionStore) -> Select:
    return stmt.select_from(Category).where(store.mine(Category))


def _criterion_scope(stmt: Select, store: EditionStore) -> Select:
    return stmt.select_from(Criterion).where(store.mine(Criterion))


def _assignment_scope(stmt: Select, store: EditionStore) -> Select:
    return (stmt.select_from(Assignment)
            .join(Judge, Judge.id == Assignment.judge_id)
            .join(Application, Application.id == Assignment.application_id)
            .join(Category, Category.id == Application.category_id)
            .where(store.mine(Assignment)))  # the open round's, as the criteria table


def _open_round_criteria(edition_id: Any) -> Any:
    """The criteria of the open round of the edition ``edition_id`` (a correlated column): a
    score counts in the tables only in the round it was given in."""
    return (select(Criterion.id)
            .where(Criterion.round_id == select(Edition.open_round_id)
                   .where(Edition.id == edition_id).scalar_subquery()))


# Correlated counts: evaluated only for the rows fetched (or once per row when sorting by them,
# which the score indexes keep fast). Scores count in the open round only.
_APP_SCORED_BY = (select(func.count(func.distinct(Score.judge_id)))
                  .where(Score.application_id == Application.id,
                         Score.criterion_id.in_(_open_round_criteria(Application.edition_id)))
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
                 .where(Score.judge_id == Judge.id,
                        Score.criterion_id.in_(_open_round_criteria(Judge.edition_id)))
                 .correlate(Judge).scalar_subquery())
_PAIR_SCORED = (select(func.count()).select_from(Score)
                .where(Score.judge_id == Assignment.judge_id,
                       Score.application_id == Assignment.application_id,
                       Score.criterion_id.in_(select(Criterion.id)
                                              .where(Criterion.round_id == Assignment.round_id)))
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


def row_ids(store: EditionStore, kind: str, text: str = "", sort: str | None = None,
            descending: bool = False) -> list[int]:
    """The ids of the rows of ``kind`` whose columns contain every word of ``text``, ordered by
    the column ``sort`` (default: the first), ties broken by id so the order is stable."""
    table = spec(kind)
    col = table.column(sort) if sort else table.columns[0]
    order = col.expr.desc() if descending else col.expr.asc()
    stmt = _filtered(table, table.scope(select(table.id_expr), store), text)
    stmt = stmt.order_by(order, table.id_expr.desc() if descending else table.id_expr)
    return [r[0] for r in store.rows(stmt)]


def count(store: EditionStore, kind: str) -> int:
    """How many rows ``kind`` has in the edition (no filter)."""
    table = spec(kind)
    return int(store.session.scalar(table.scope(select(func.count(table.id_expr)), store)) or 0)


def fetch_rows(store: EditionStore, kind: str, ids: Sequence[int]) -> dict[int, tuple]:
    """The cells of the rows with these ids, as ``{id: (cell, ...)}`` in column order. Ids that
    no longer exist are simply missing from the answer."""
    table = spec(kind)
    if not ids:
        return {}
    stmt = table.scope(select(table.id_expr, *(c.expr for c in table.columns)), store)
    out: dict[int, tuple] = {}
    ids = list(ids)
    for start in range(0, len(ids), 900):  # well under every driver's parameter limit
        for row in store.rows(stmt.where(table.id_expr.in_(ids[start:start + 900]))):
            out[int(row[0])] = tuple(row[1:])
    return out
