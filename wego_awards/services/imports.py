"""Imports: CSV and Excel files into the edition, all or nothing.

Every file is read and checked whole before anything is written; one bad row refuses the file
with a message naming the file, row, column and value, and changes nothing (not even the
history). The writes of one file are one transaction, so an import killed halfway leaves the
database as it was. Rows are upserts by their key: the same file twice changes nothing the
second time, and then nothing is recorded either.

Scores take the bulk path: codes are mapped to ids and checked with pandas/numpy, and new and
changed rows go in with executemany, never one ORM object per score.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import delete, select
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
    Override,
    Score,
)
from wego_awards.errors import InputRefused, Problem, Refused, quoted
from wego_awards.io.tables import ROW, Table, read_table
from wego_awards.services import catalog, history
from wego_awards.services.edition import get_edition, now, require_unlocked

Progress = Callable[[int, int], None]
MAX_PROBLEMS = 50  # a file with thousands of bad rows: the first ones tell the story


@dataclass
class ImportReport:
    """What an import did (or, for a preview, would do)."""

    kind: str
    file: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.removed

    def __str__(self) -> str:
        if not self.touched:
            return (f"{self.file}: nothing to change ({self.unchanged} {self.kind} already as in "
                    "the file)")
        parts = [f"{self.added} added", f"{self.changed} changed", f"{self.unchanged} unchanged"]
        if self.removed:
            parts.append(f"{self.removed} removed")
        return f"{self.file}: {self.kind}: " + ", ".join(parts)


class _Problems:
    """Collects a file's problems in row order; refuses the file at the end if any."""

    def __init__(self, table: Table | str) -> None:
        self.name = table if isinstance(table, str) else table.name
        self.items: list[Problem] = []

        self.unshown = 0  # problems counted but not worded (beyond MAX_PROBLEMS of a kind)

    def add(self, message: str, row: int | None = None, column: str | None = None,
            value: object = None) -> None:
        if len(self.items) < MAX_PROBLEMS * 4:
            self.items.append(Problem(self.name, message, row, column, value))
        else:
            self.unshown += 1

    def first(self, mask) -> np.ndarray:
        """The rows a check found wrong, the first MAX_PROBLEMS of them to word; the rest are
        counted, so the message says how many problems the file really has."""
        rows = np.flatnonzero(mask)
        self.unshown += max(0, len(rows) - MAX_PROBLEMS)
        return rows[:MAX_PROBLEMS]

    def raise_if_any(self) -> None:
        if self.items:
            self.items.sort(key=lambda p: (p.row or 0))
            raise InputRefused(self.items, total=len(self.items) + self.unshown)


class Plan:
    """A checked file, ready to write; ``apply`` writes it in the caller's transaction."""

    def __init__(self, report: ImportReport, apply: Callable[[Session, Progress | None], dict]):
        self.report = report
        self._apply = apply

    def apply(self, session: Session, progress: Progress | None = None) -> dict[str, Any]:
        return self._apply(session, progress)


def _known(codes: dict[str, int] | list[str], limit: int = 12) -> str:
    names = getattr(codes, "written", None) or sorted(codes)
    text = ", ".join(names[:limit])
    return text + (", …" if len(names) > limit else "")


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def _lookup(values: np.ndarray, mapping: dict[str, int]) -> np.ndarray:
    """Codes to ids (casefolded), -1 where a code is unknown."""
    codes, uniques = pd.factorize(values)  # a few hundred distinct codes in 500,000 rows
    ids = np.array([mapping.get(u.casefold(), -1) for u in uniques] + [-1], dtype=np.int64)
    return ids[codes]


def _unknown(frame: pd.DataFrame, ids: np.ndarray, column: str, kind: str,
             mapping: dict[str, int], problems: _Problems) -> None:
    rows = frame[ROW].to_numpy()
    hint = f"; known: {_known(mapping)}" if kind != "application" else ""
    for i in problems.first(ids < 0):
        value = frame[column].iat[i]
        problems.add(f"{quoted(value)} is not a{'n' if kind[0] in 'aeiou' else ''} {kind}{hint}",
                     int(rows[i]), column, value)


def _duplicate_ids(frame: pd.DataFrame, keys: list[np.ndarray], columns: list[str],
                   problems: _Problems) -> None:
    """Duplicate keys in one file, found on the mapped ids (fast for 500,000 rows)."""
    ids = pd.DataFrame({str(i): k for i, k in enumerate(keys)})
    dup = ids.duplicated(keep="first").to_numpy() & np.all(np.stack(keys) >= 0, axis=0)
    if not dup.any():
        return
    rows = frame[ROW].to_numpy()
    first = ids.assign(row=rows).drop_duplicates(list(ids.columns), keep="first")
    first_of = {tuple(r[:-1]): r[-1] for r in first.itertuples(index=False, name=None)}
    for i in problems.first(dup):
        key = tuple(int(k[i]) for k in keys)
        shown = " / ".join(frame[c].iat[i] for c in columns)
        problems.add(f"duplicate key {quoted(shown)}: row {first_of[key]} has it already",
                     int(rows[i]), columns[-1], shown)


def _duplicates(frame: pd.DataFrame, keys: list[str], problems: _Problems) -> None:
    """Duplicate codes (any case) in one file, before they are mapped to ids."""
    folded = [pd.factorize(frame[k].str.casefold())[0] for k in keys]
    _duplicate_ids(frame, folded, keys, problems)


# --- small kinds -----------------------------------------------------------------------------


def _plan_categories(session: Session, edition: Edition, table: Table) -> Plan:
    problems = _Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    rows = []
    for r in frame.to_dict("records"):
        if not r["code"]:
            problems.add("the category needs a code", r[ROW], "code", r["code"])
        if not r["name"]:
            problems.add("the category needs a name", r[ROW], "name", r["name"])
        rows.append({"code": r["code"], "name": r["name"], "description": r.get("description", "")})
    problems.raise_if_any()
    existing = {c.code.casefold(): c for c in
                session.scalars(select(Category).where(Category.edition_id == edition.id))}
    names = {c.name.casefold(): c.code for c in existing.values()}
    for r, src in zip(rows, frame[ROW], strict=True):
        clash = names.get(r["name"].casefold())
        if clash and clash.casefold() != r["code"].casefold():
            problems.add(f"the name {quoted(r['name'])} belongs to category {clash} already",
                         int(src), "name", r["name"])
    problems.raise_if_any()
    return _plan_simple("categories", table, existing, rows,
                        lambda r, pos: Category(edition_id=edition.id, position=pos, **r),
                        start=len(existing))


def _plan_criteria(session: Session, edition: Edition, table: Table) -> Plan:
    problems = _Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    rows = []
    for r in frame.to_dict("records"):
        row = r[ROW]
        if not r["code"]:
            problems.add("the criterion needs a code", row, "code", r["code"])
        if not r["name"]:
            problems.add("the criterion needs a name", row, "name", r["name"])
        values = {}
        for col in ("weight", "min", "max"):
            v = _number(r[col])
            if v is None:
                problems.add(f"{quoted(r[col])} is not a number", row, col, r[col])
            values[col] = v
        for col, v in values.items():
            if v is not None and abs(v) > 1_000_000:
                problems.add(f"{r[col]} is too large for a {col} (at most a million)", row, col,
                             r[col])
                values[col] = None
        if values["weight"] is not None and values["weight"] <= 0:
            problems.add(f"the weight must be above 0, not {r['weight']}", row, "weight",
                         r["weight"])
        low, high = values["min"], values["max"]
        if low is not None and high is not None and low >= high:
            problems.add(f"min {r['min']} must be below max {r['max']}", row, "max", r["max"])
        rows.append({"code": r["code"], "name": r["name"], **values,
                     "description": r.get("description", "")})
    problems.raise_if_any()
    existing = {c.code.casefold(): c for c in
                session.scalars(select(Criterion).where(Criterion.edition_id == edition.id))}
    # A new range must still hold every score already given on that criterion.
    for r, src in zip(rows, frame[ROW], strict=True):
        old = existing.get(r["code"].casefold())
        if old is None or (old.min == r["min"] and old.max == r["max"]):
            continue
        outside = session.scalar(
            select(Score.id).where(Score.criterion_id == old.id,
                                   (Score.value < r["min"]) | (Score.value > r["max"])).limit(1))
        if outside is not None:
            problems.add(f"the range {r['min']:g}..{r['max']:g} would leave scores already given "
                         f"outside it", int(src), "min", r["min"])
    problems.raise_if_any()
    return _plan_simple("criteria", table, existing, rows,
                        lambda r, pos: Criterion(edition_id=edition.id, position=pos, **r),
                        start=len(existing))


def _plan_simple(kind: str, table: Table, existing: dict[str, Any], rows: list[dict],
                 make: Callable[[dict, int], Any], start: int) -> Plan:
    """Upsert plain rows keyed by code; unchanged rows are left alone."""
    report = ImportReport(kind, table.name)
    todo: list[tuple[Any, dict]] = []
    for r in rows:
        obj = existing.get(r["code"].casefold())
        if obj is None:
            report.added += 1
            todo.append((None, r))
        elif any(getattr(obj, k) != v for k, v in r.items() if k != "code"):
            report.changed += 1
            todo.append((obj, r))
        else:
            report.unchanged += 1

    def apply(session: Session, progress: Progress | None) -> dict:
        pos = start
        for obj, r in todo:
            if obj is None:
                session.add(make(r, pos))
                pos += 1
            else:
                for k, v in r.items():
                    if k != "code":
                        setattr(obj, k, v)
        session.flush()
        return {"upserts": {kind: [dict(r, **{k: catalog.number_text(v)
                                              for k, v in r.items() if isinstance(v, float)})
                                   for _, r in todo]}}

    return Plan(report, apply)


def _plan_applications(session: Session, edition: Edition, table: Table) -> Plan:
    problems = _Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    cats = session.scalars(select(Category).where(Category.edition_id == edition.id)).all()
    by_name = {c.code.casefold(): c for c in cats} | {c.name.casefold(): c for c in cats}
    known = ", ".join(c.code for c in sorted(cats, key=lambda c: c.code))
    rows = []
    for r in frame.to_dict("records"):
        row = r[ROW]
        for col in ("code", "city", "country", "title"):
            if not r[col]:
                problems.add(f"the application needs a {col}", row, col, r[col])
        cat = by_name.get(r["category"].casefold())
        if cat is None:
            problems.add(f"{quoted(r['category'])} is not a category; known: {known or '(none)'}",
                         row, "category", r["category"])
        email = _checked_email(r, row, problems)
        attachment = None
        rel = r.get("attachment", "")
        if rel:
            apath = (table.path.parent / rel)
            if not apath.is_file():
                problems.add(f"the attachment {quoted(rel)} is not there (looked for {apath})",
                             row, "attachment", rel)
            else:
                data = apath.read_bytes()
                if not data.startswith(b"%PDF"):
                    problems.add(f"the attachment {quoted(rel)} is not a PDF file", row,
                                 "attachment", rel)
                attachment = (apath.name, data)
        rows.append(({"code": r["code"], "category_id": cat.id if cat else None,
                      "city": r["city"], "country": r["country"], "title": r["title"],
                      "summary": r.get("summary", ""), "organisation": r.get("organisation", ""),
                      "email": email}, attachment))
    problems.raise_if_any()
    existing = {a.code.casefold(): a for a in
                session.scalars(select(Application).where(Application.edition_id == edition.id))}
    # An application the jury gave an award cannot leave its category while that decision
    # stands: the decision would point at nothing.
    decided = dict(session.execute(select(Override.application_id, Override.award)).all())
    for (r, _att), src in zip(rows, frame[ROW], strict=True):
        obj = existing.get(r["code"].casefold())
        if obj is not None and obj.id in decided and obj.category_id != r["category_id"]:
            problems.add(f"{obj.code} holds the jury's {decided[obj.id]} award in "
                         f"{obj.category.code}; clear that decision before moving it to another "
                         "category", int(src), "category", frame_value(frame, src, "category"))
    problems.raise_if_any()
    kept = {app_id: (name, digest) for app_id, name, digest in session.execute(
        select(Attachment.application_id, Attachment.filename, Attachment.sha256)
        .join(Application, Application.id == Attachment.application_id)
        .where(Application.edition_id == edition.id))}
    have_files = {app_id: digest for app_id, (_name, digest) in kept.items()}
    report = ImportReport("applications", table.name)
    todo: list[tuple[Any, ...]] = []
    for r, att in rows:
        digest = hashlib.sha256(att[1]).hexdigest() if att else None
        obj = existing.get(r["code"].casefold())
        if obj is None:
            report.added += 1
            todo.append((None, r, att, digest))
            continue
        same = all(getattr(obj, k) == v for k, v in r.items() if k != "code")
        same_file = att is None or have_files.get(obj.id) == digest
        if same and same_file:
            report.unchanged += 1
        else:
            report.changed += 1
            todo.append((obj, r, att, digest))
    cat_codes = {c.id: c.code for c in cats}

    def apply(session: Session, progress: Progress | None) -> dict:
        fields = ("code", "category_id", "city", "country", "title", "summary", "organisation",
                  "email")
        fresh = [r for obj, r, _, _ in todo if obj is None]
        bulk.insert_rows(session, Application.__table__, ("edition_id", *fields),
                         [(edition.id, *(r[f] for f in fields)) for r in fresh])
        ids = {code.casefold(): id_ for code, id_ in session.execute(
            select(Application.code, Application.id)
            .where(Application.edition_id == edition.id))}
        logged = []
        for obj, r, att, digest in todo:
            if obj is not None:
                for k, v in r.items():
                    if k != "code":
                        setattr(obj, k, v)
            if att is not None:
                app_id = ids[r["code"].casefold()]
                old = session.get(Attachment, app_id)
                if old is None:
                    session.add(Attachment(application_id=app_id, filename=att[0], sha256=digest,
                                           content=att[1]))
                else:
                    old.filename, old.sha256, old.content = att[0], digest, att[1]
            entry = {k: v for k, v in r.items() if k != "category_id"}
            entry["category"] = cat_codes[r["category_id"]]
            entry["attachment"] = att[0] if att else ""
            entry["attachment_sha256"] = digest or ""
            if att is None and obj is not None and obj.id in kept:
                # A row without a file keeps the stored one: the history must say which, or
                # audit verify would expect no document.
                entry["attachment"], entry["attachment_sha256"] = kept[obj.id]
            logged.append(entry)
        session.flush()
        return {"upserts": {"applications": logged}}

    return Plan(report, apply)


def _checked_email(r: dict[str, Any], row: int, problems: _Problems) -> str:
    """The row's e-mail address (may be empty), with a problem added when it is not one."""
    email = r.get("email", "")
    if email and ("@" not in email or " " in email):
        problems.add(f"{quoted(email)} is not an e-mail address", row, "email", email)
    return email


def frame_value(frame: pd.DataFrame, row: int, column: str) -> str:
    """The text of ``column`` in the file's row number ``row``."""
    return str(frame.loc[frame[ROW] == row, column].iloc[0])


def _plan_judges(session: Session, edition: Edition, table: Table) -> Plan:
    from wego_awards.services.conflicts import declare

    problems = _Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    maps = catalog.code_maps(session, edition)
    apps = maps["application"]
    rows = []
    for r in frame.to_dict("records"):
        row = r[ROW]
        if not r["code"]:
            problems.add("the judge needs a code", row, "code", r["code"])
        if not r["name"]:
            problems.add("the judge needs a name", row, "name", r["name"])
        email = _checked_email(r, row, problems)
        conflict_ids = []
        for code in [c.strip() for c in r.get("conflicts", "").replace(",", ";").split(";")]:
            if not code:
                continue
            aid = apps.get(code.casefold())
            if aid is None:
                problems.add(f"conflict with {quoted(code)}: no such application "
                             f"(import the applications first)", row, "conflicts", code)
            else:
                conflict_ids.append(aid)
        rows.append(({"code": r["code"], "name": r["name"],
                      "affiliation": r.get("affiliation", ""), "country": r.get("country", ""),
                      "email": email}, sorted(set(conflict_ids)), row))
    problems.raise_if_any()
    existing = {j.code.casefold(): j for j in
                session.scalars(select(Judge).where(Judge.edition_id == edition.id))}
    declared: dict[int, set[int]] = {}
    by_judge: dict[int, set[int]] = {}  # declared by the judges themselves: the file keeps them
    for j, a, src in session.execute(
            select(Conflict.judge_id, Conflict.application_id, Conflict.source)
            .join(Judge, Judge.id == Conflict.judge_id).where(Judge.edition_id == edition.id)):
        declared.setdefault(j, set()).add(a)
        if src == "judge":
            by_judge.setdefault(j, set()).add(a)
    report = ImportReport("judges", table.name)
    todo: list[tuple[Any, ...]] = []
    for r, conflicts, _row in rows:
        obj = existing.get(r["code"].casefold())
        if obj is None:
            report.added += 1
            todo.append((None, r, conflicts))
            continue
        same = all(getattr(obj, k) == v for k, v in r.items() if k != "code")
        conflicts = sorted(set(conflicts) | by_judge.get(obj.id, set()))
        if same and declared.get(obj.id, set()) == set(conflicts):
            report.unchanged += 1
        else:
            report.changed += 1
            todo.append((obj, r, conflicts))
    real_codes = catalog.id_codes(session, Application, edition)

    def apply(session: Session, progress: Progress | None) -> dict:
        logged = []
        for obj, r, conflicts in todo:
            if obj is None:
                obj = Judge(edition_id=edition.id, **r)
                session.add(obj)
                session.flush()
            else:
                for k, v in r.items():
                    if k != "code":
                        setattr(obj, k, v)
            have = declared.get(obj.id, set())
            for a in sorted(set(conflicts) - have):
                # One way to declare a conflict, wherever it comes from: the pair's assignment
                # goes and its scores are cleared, each in the history.
                declare(session, edition, obj, session.get_one(Application, a),
                        source="secretariat", reason=f"declared in {table.name}")
            gone = have - set(conflicts)
            if gone:
                session.execute(delete(Conflict).where(
                    Conflict.judge_id == obj.id, Conflict.application_id.in_(gone)))
            logged.append(dict(r, conflicts=";".join(sorted(real_codes[a] for a in conflicts))))
        session.flush()
        return {"upserts": {"judges": logged}}

    return Plan(report, apply)


def _plan_assignments(session: Session, edition: Edition, table: Table) -> Plan:
    problems = _Problems(table)
    frame = table.frame
    maps = catalog.code_maps(session, edition)
    j = _lookup(frame["judge"].to_numpy(), maps["judge"])
    a = _lookup(frame["application"].to_numpy(), maps["application"])
    _unknown(frame, j, "judge", "judge", maps["judge"], problems)
    _unknown(frame, a, "application", "application", maps["application"], problems)
    _duplicate_ids(frame, [j, a], ["judge", "application"], problems)
    ok = (j >= 0) & (a >= 0)
    keys = catalog.pair_keys(j, a)
    rows = frame[ROW].to_numpy()
    for i in problems.first(ok & np.isin(keys, catalog.conflict_pairs(session, edition))):
        problems.add(f"judge {frame['judge'].iat[i]} has a conflict with "
                     f"{frame['application'].iat[i]} and cannot be assigned to it",
                     int(rows[i]), "application", frame["application"].iat[i])
    problems.raise_if_any()
    have = catalog.assignment_pairs(session, edition)
    new = ~np.isin(keys, have) if have is not None else np.ones(len(keys), bool)
    report = ImportReport("assignments", table.name, added=int(new.sum()),
                          unchanged=int((~new).sum()))
    judge_codes = frame["judge"].to_numpy()[new]
    app_codes = frame["application"].to_numpy()[new]
    pairs = list(zip(j[new].tolist(), a[new].tolist(), strict=True))

    def apply(session: Session, progress: Progress | None) -> dict:
        bulk.insert_rows(session, Assignment.__table__, ("judge_id", "application_id", "source"),
                         [(jj, aa, "import") for jj, aa in pairs], progress)
        return {"upserts": {"assignments": [
            {"judge": jc, "application": ac}
            for jc, ac in zip(judge_codes.tolist(), app_codes.tolist(), strict=True)]}}

    return Plan(report, apply)


# --- scores: the bulk path ---------------------------------------------------------------------


def _score_frame(session: Session, edition: Edition, table: Table) -> pd.DataFrame:
    """The long (judge, application, criterion, score, comment) rows of a scores file or of a
    filled judge sheet (wide: one column per criterion code; the judge named above the table)."""
    frame = table.frame
    if "judge" in frame.columns:
        missing = [c for c in ("criterion", "score") if c not in frame.columns]
        if missing:
            raise InputRefused([table.problem(f"missing column {', '.join(missing)} in the "
                                              "header row", row=1)])
        return frame  # plan_score_rows fills in what a scores file may leave out
    return _sheet_frame(session, edition, table)


def _sheet_frame(session: Session, edition: Edition, table: Table) -> pd.DataFrame:
    """A filled judge sheet (services/sheets.py writes it) as long score rows.

    Every problem names its cell (e.g. D7). An empty score cell is "not scored yet". The
    comment column holds the judge's comment on the application, kept with each of its scores;
    a comment the sheet leaves as it was exported keeps the database's rows as they are, so
    importing an unchanged sheet changes nothing.
    """
    from openpyxl.utils import get_column_letter

    frame = table.frame
    meta = table.sheet_meta
    judge = meta.get("judge code") or meta.get("judge")
    if not judge:
        raise InputRefused([table.problem(
            "missing column judge in the header row (a judge's sheet names its judge above the "
            "table)", row=1)])
    edition_uid = meta.get("edition id")
    if edition_uid and edition_uid != edition.uid:
        raise InputRefused([table.problem(
            f"this sheet was made for another edition ({meta.get('edition', '?')}); "
            f"this database holds '{edition.name}'")])
    maps = catalog.code_maps(session, edition)
    judge_id = maps["judge"].get(judge.casefold())
    if judge_id is None:
        raise InputRefused([table.problem(
            f"the sheet names the judge {quoted(judge)} above its table, who is not a judge of "
            f"this edition; known: {_known(maps['judge'])}")])
    crits = [c for c, in session.execute(
        select(Criterion.code).where(Criterion.edition_id == edition.id)
        .order_by(Criterion.position))]
    columns = list(frame.columns)
    present = {c.casefold(): c for c in columns}
    cols = [present[c.casefold()] for c in crits if c.casefold() in present]
    if not cols:
        raise InputRefused([table.problem(
            f"the table has no criterion columns; expected {', '.join(crits)}", row=1)])
    letters = {c: get_column_letter(columns.index(c) + 1) for c in columns if c != ROW}
    app_col = letters["application"]
    has_comment = "comment" in columns
    comment = frame["comment"] if has_comment else pd.Series([""] * len(frame), dtype=object)

    # The judge's scores already in the edition: the comment each application carries now.
    stored: dict[str, dict[str, str]] = {}
    for a_code, c_code, text in session.execute(
            select(Application.code, Criterion.code, Score.comment)
            .join(Score, Score.application_id == Application.id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Score.judge_id == judge_id).order_by(Criterion.position)):
        stored.setdefault(a_code.casefold(), {})[c_code.casefold()] = text
    current = {a: next((t for t in by_crit.values() if t), "") for a, by_crit in stored.items()}

    problems = _Problems(table)
    seen: dict[str, int] = {}
    for i, (code, row) in enumerate(zip(frame["application"], frame[ROW], strict=True)):
        cell = f"{app_col}{row}"
        if not code:
            if any(frame[c].iat[i] for c in cols) or comment.iat[i]:
                problems.add(f"the row has scores but no application code (cell {cell})", row,
                             "application", code)
            continue
        if code.casefold() not in maps["application"]:
            problems.add(f"{quoted(code)} is not an application (cell {cell})", row,
                         "application", code)
        elif code.casefold() in seen:
            problems.add(f"{code} is in the sheet twice (cell {cell}; row {seen[code.casefold()]} "
                         "has it already)", row, "application", code)
        else:
            seen[code.casefold()] = row
        text = comment.iat[i]
        if text and text != current.get(code.casefold(), "") \
                and not any(frame[c].iat[i] for c in cols):
            problems.add(f"a comment needs at least one score in its row: it is kept with the "
                         f"scores (cell {letters['comment']}{row})", row, "comment", text)
    problems.raise_if_any()

    parts = []
    for c in cols:
        part = pd.DataFrame({
            "judge": judge, "application": frame["application"], "criterion": c,
            "score": frame[c], "comment": comment,
            ROW: frame[ROW], "__col_score__": f"{c} (cell {letters[c]})",
        })
        parts.append(part[(part["score"] != "") & (part["application"] != "")])
    out = pd.concat(parts, ignore_index=True)
    out["__cell__"] = [f"{letters[c]}{r}" for c, r in zip(out["criterion"], out[ROW],
                                                          strict=True)]
    out["__app_cell__"] = [f"{app_col}{r}" for r in out[ROW]]
    # An unchanged comment leaves each stored row's comment as it is (a scores file may keep
    # it on one criterion only); a new score of such an application gets none of its own.
    kept = []
    for a_code, c_code, text in zip(out["application"], out["criterion"], out["comment"],
                                    strict=True):
        key = a_code.casefold()
        if key in current and text == current[key]:
            text = stored[key].get(c_code.casefold(), "" if current[key] else text)
        kept.append(text)
    out["comment"] = pd.Series(kept, dtype=object)
    return out


def _plan_scores(session: Session, edition: Edition, table: Table) -> Plan:
    return plan_score_rows(session, edition, _score_frame(session, edition, table), table.name)


def plan_score_rows(session: Session, edition: Edition, frame: pd.DataFrame, name: str) -> Plan:
    """Check score rows (columns judge, application, criterion, score, comment and ROW, the
    row's number in its file ``name``) and plan their upsert; InputRefused if any is wrong.

    Used for scores files, filled judge sheets and the returns of judge packages alike.
    """
    problems = _Problems(name)
    frame = frame.copy()
    if "__col_score__" not in frame.columns:
        frame["__col_score__"] = "score"
    if "comment" not in frame.columns:
        frame["comment"] = ""
    sheet = "__cell__" in frame.columns
    report = ImportReport("scores", name)
    if frame.empty:
        return Plan(report, lambda s, p: {})
    maps = catalog.code_maps(session, edition)
    rows = frame[ROW].to_numpy()
    j = _lookup(frame["judge"].to_numpy(), maps["judge"])
    a = _lookup(frame["application"].to_numpy(), maps["application"])
    c = _lookup(frame["criterion"].to_numpy(), maps["criterion"])
    for ids, col in ((j, "judge"), (a, "application"), (c, "criterion")):
        _unknown(frame, ids, col, col, maps[col], problems)
    text = frame["score"]
    values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    bad = ~np.isfinite(values)
    for i in problems.first(bad):
        raw = text.iat[i]
        hint = " (write decimals with a point: 7.5)" if "," in raw else ""
        where = frame["__cell__"].iat[i] if sheet else None
        msg = f"{quoted(raw)} is not a number{hint}" + (f" (cell {where})" if where else "")
        problems.add(msg, int(rows[i]), frame["__col_score__"].iat[i], raw)
    crit = session.execute(select(Criterion.id, Criterion.min, Criterion.max)
                           .where(Criterion.edition_id == edition.id)).all()
    lo_of = {cid: lo for cid, lo, _ in crit}
    hi_of = {cid: hi for cid, _, hi in crit}
    known = c >= 0
    lo = np.where(known, pd.Series(c).map(lo_of).fillna(-np.inf).to_numpy(), -np.inf)
    hi = np.where(known, pd.Series(c).map(hi_of).fillna(np.inf).to_numpy(), np.inf)
    out = ~bad & ((values < lo) | (values > hi))
    for i in problems.first(out):
        where = frame["__cell__"].iat[i] if sheet else None
        problems.add(f"{catalog.number_text(values[i])} is outside the range "
                     f"{catalog.number_text(lo[i])}..{catalog.number_text(hi[i])} of criterion "
                     f"{frame['criterion'].iat[i]}" + (f" (cell {where})" if where else ""),
                     int(rows[i]), frame["__col_score__"].iat[i], text.iat[i])
    if not sheet:
        _duplicate_ids(frame, [j, a, c], ["judge", "application", "criterion"], problems)
    ok = (j >= 0) & (a >= 0)
    app_cells = frame["__app_cell__"] if "__app_cell__" in frame.columns else None

    def at(i: int) -> str:  # a sheet names the application's cell too
        return f" (cell {app_cells.iat[i]})" if app_cells is not None else ""

    if edition.package_judge:  # a judge's package takes that judge's scores only
        theirs = frame["judge"].str.casefold().to_numpy() != edition.package_judge.casefold()
        for i in problems.first(theirs & (j >= 0)):
            problems.add(f"this is {edition.package_judge}'s package: only their scores can be "
                         f"entered in it, not {frame['judge'].iat[i]}'s", int(rows[i]), "judge",
                         frame["judge"].iat[i])
    pk = catalog.pair_keys(j, a)
    conflicted = ok & np.isin(pk, catalog.conflict_pairs(session, edition))
    for i in problems.first(conflicted):
        problems.add(f"judge {frame['judge'].iat[i]} has a conflict with "
                     f"{frame['application'].iat[i]}: the score cannot be taken{at(i)}",
                     int(rows[i]), "application", frame["application"].iat[i])
    assigned = catalog.assignment_pairs(session, edition)
    if assigned is not None:
        unassigned = ok & ~conflicted & ~np.isin(pk, assigned)
        for i in problems.first(unassigned):
            problems.add(f"judge {frame['judge'].iat[i]} is not assigned to "
                         f"{frame['application'].iat[i]}{at(i)}", int(rows[i]), "application",
                         frame["application"].iat[i])
    problems.raise_if_any()

    comments = frame["comment"].to_numpy(dtype=object)
    new = pd.DataFrame({"j": j, "a": a, "c": c, "v": values, "m": comments})
    old = pd.DataFrame(bulk.fetch_rows(session,
        select(Score.judge_id, Score.application_id, Score.criterion_id, Score.value,
               Score.comment, Score.id)
        .join(Judge, Judge.id == Score.judge_id).where(Judge.edition_id == edition.id)
        .where(Score.judge_id.in_(np.unique(j).tolist()))),
        columns=["j", "a", "c", "v_old", "m_old", "id"])
    merged = new.merge(old, on=["j", "a", "c"], how="left", sort=False)
    is_new = merged["id"].isna().to_numpy()
    changed = ~is_new & ((merged["v"].to_numpy() != merged["v_old"].to_numpy())
                         | (merged["m"].to_numpy() != merged["m_old"].to_numpy()))
    report.added = int(is_new.sum())
    report.changed = int(changed.sum())
    report.unchanged = len(merged) - report.added - report.changed
    source = name

    def apply(session: Session, progress: Progress | None) -> dict:
        stamp = now()
        total = report.added + report.changed
        ins = merged.loc[is_new]
        bulk.insert_rows(
            session, Score.__table__,
            ("judge_id", "application_id", "criterion_id", "value", "comment", "updated_at",
             "source"),
            [(jj, aa, cc, vv, mm, stamp, source) for jj, aa, cc, vv, mm in zip(
                ins["j"].tolist(), ins["a"].tolist(), ins["c"].tolist(), ins["v"].tolist(),
                ins["m"].tolist(), strict=True)],
            (lambda d, _t: progress(d, total)) if progress else None)
        upd = merged.loc[changed]
        bulk.update_rows(
            session, Score.__table__, ("value", "comment", "updated_at", "source"),
            [(v, m, stamp, source, int(i)) for v, m, i in zip(
                upd["v"].tolist(), upd["m"].tolist(), upd["id"].tolist(), strict=True)])
        if progress:
            progress(total, total)
        touched = merged.loc[is_new | changed]
        return {"scores": {
            "judge": touched["j"].to_numpy(dtype=np.int64),
            "application": touched["a"].to_numpy(dtype=np.int64),
            "criterion": touched["c"].to_numpy(dtype=np.int64),
            "value": touched["v"].to_numpy(dtype=np.float64),
            "old": touched["v_old"].to_numpy(dtype=np.float64),
            "comment": touched["m"].tolist(),
        }}

    return Plan(report, apply)


PLANNERS: dict[str, Callable[[Session, Edition, Table], Plan]] = {
    "categories": _plan_categories,
    "criteria": _plan_criteria,
    "applications": _plan_applications,
    "judges": _plan_judges,
    "assignments": _plan_assignments,
    "scores": _plan_scores,
}


def _read(kind: str, path: Path) -> Table:
    if kind not in PLANNERS:
        raise Refused(f"'{kind}' is not something to import; choose one of "
                      f"{', '.join(catalog.KINDS)}")
    required = ("application",) if kind == "scores" else catalog.COLUMNS[kind][0]
    table = read_table(path, required)
    for col in catalog.all_columns(kind):
        if col not in table.frame.columns and col not in ("judge", "criterion", "score"):
            table.frame[col] = ""
    return table


def preview(db: Database, kind: str, path: str | Path) -> ImportReport:
    """Check a file and say what importing it would do, writing nothing (InputRefused if bad)."""
    with db.read() as session:
        edition = get_edition(session)
        table = _read(kind, Path(path))
        return PLANNERS[kind](session, edition, table).report


def import_file(db: Database, kind: str, path: str | Path, *,
                progress: Progress | None = None, actor: str | None = None) -> ImportReport:
    """Import one file whole, or refuse it whole (raising Refused) and change nothing."""
    path = Path(path)
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, f"importing {kind}")
        if edition.package_judge and kind != "scores":
            raise Refused(f"this is {edition.package_judge}'s package: it takes only their "
                          f"scores, not {kind}")
        table = _read(kind, path)
        plan = PLANNERS[kind](session, edition, table)
        report = plan.report
        if not report.touched:
            return report
        changes = plan.apply(session, progress)
        changes["file"] = path.name
        changes["kind"] = kind
        history.record(session, edition, f"import {kind}", str(report), changes=changes,
                       actor=actor)
    return report
