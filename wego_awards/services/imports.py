"""Imports: CSV and Excel files into the edition, all or nothing.

Every file is read and checked whole before anything is written; one bad row refuses the file
with a message naming the file, row, column and value, and changes nothing (not even the
history). The writes of one file are one transaction, so an import killed halfway leaves the
database as it was. Rows are upserts by their key: the same file twice changes nothing the
second time, and then nothing is recorded either.

The checking machinery (plans, reports, problems) is in ``planning``; scores take the bulk path
in ``scores``, shared with the judges' sheets (read back by ``sheets.read_sheet``) and packages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wego_awards.db import Database
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
    Round,
    Score,
)
from wego_awards.errors import InputRefused, Refused, quoted
from wego_awards.io.tables import ROW, CodedTable, Table, read_coded_csv, read_table
from wego_awards.services import filekind, glyphs, history
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ImportedFile, TableRows
from wego_awards.services.conflicts import declare
from wego_awards.services.edition import get_edition, require_unlocked
from wego_awards.services.planning import (
    ImportReport,
    Plan,
    Problems,
    Progress,
    duplicate_ids,
    lookup_codes,
    plan_by_round,
    unknown_codes,
)
from wego_awards.services.scores import plan_score_rows
from wego_awards.services.sheets import read_sheet
from wego_awards.store import (
    COLUMNS,
    KINDS,
    EditionStore,
    all_columns,
    bulk,
    in_edition,
    number_text,
    pair_keys,
)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def _duplicates(frame: pd.DataFrame, keys: list[str], problems: Problems) -> None:
    """Duplicate codes (any case) in one file, before they are mapped to ids."""
    folded = [pd.factorize(frame[k].str.casefold())[0] for k in keys]
    duplicate_ids(frame, folded, keys, problems)



# --- small kinds -----------------------------------------------------------------------------


def _plan_categories(session: Session, edition: Edition, table: Table) -> Plan:
    problems = Problems(table)
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
                session.scalars(select(Category).where(in_edition(Category, edition)))}
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


def plan_criteria_in(session: Session, edition: Edition, table: Table,
                     round: Round | None = None) -> Plan:
    """Criteria rows planned into ``round`` (default: the open round)."""
    store = EditionStore(session, edition, round)
    if store.round.kind == "qualifying":
        raise Refused(f"round {store.round.code} ({store.round.name}) is a qualifying round: its "
                      "screeners pass or fail, with no criteria; criteria go into a scoring "
                      "round ('wego-awards round add CODE --name NAME --criteria FILE')")
    problems = Problems(table)
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
    existing = store.by_code(Criterion)
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
                        lambda r, pos: Criterion(edition_id=edition.id, position=pos,
                                                 round_id=store.round.id, **r),
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

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
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
        return ChangeSet(upserts=TableRows.of(kind, (
            dict(r, **{k: number_text(v) for k, v in r.items() if isinstance(v, float)})
            for _, r in todo)))

    return Plan(report, apply)


def _plan_applications(session: Session, edition: Edition, table: Table) -> Plan:
    problems = Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    cats = session.scalars(select(Category).where(in_edition(Category, edition))).all()
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
                session.scalars(select(Application).where(in_edition(Application, edition)))}
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
        .where(in_edition(Application, edition)))}
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

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
        fields = ("code", "category_id", "city", "country", "title", "summary", "organisation",
                  "email")
        fresh = [r for obj, r, _, _ in todo if obj is None]
        bulk.insert_rows(session, Application.__table__, ("edition_id", *fields),
                         [(edition.id, *(r[f] for f in fields)) for r in fresh])
        ids = {code.casefold(): id_ for code, id_ in session.execute(
            select(Application.code, Application.id)
            .where(in_edition(Application, edition)))}
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
        return ChangeSet(upserts=TableRows(applications=tuple(logged)))

    return Plan(report, apply)


def _checked_email(r: dict[str, Any], row: int, problems: Problems) -> str:
    """The row's e-mail address (may be empty), with a problem added when it is not one."""
    email = r.get("email", "")
    if email and ("@" not in email or " " in email):
        problems.add(f"{quoted(email)} is not an e-mail address", row, "email", email)
    return email


def frame_value(frame: pd.DataFrame, row: int, column: str) -> str:
    """The text of ``column`` in the file's row number ``row``."""
    return str(frame.loc[frame[ROW] == row, column].iloc[0])


def _plan_judges(session: Session, edition: Edition, table: Table) -> Plan:
    problems = Problems(table)
    frame = table.frame
    _duplicates(frame, ["code"], problems)
    maps = EditionStore(session, edition).code_maps()
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
                session.scalars(select(Judge).where(in_edition(Judge, edition)))}
    declared: dict[int, set[int]] = {}
    by_judge: dict[int, set[int]] = {}  # declared by the judges themselves: the file keeps them
    for j, a, src in session.execute(
            select(Conflict.judge_id, Conflict.application_id, Conflict.source)
            .where(in_edition(Conflict, edition))):
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
    real_codes = EditionStore(session, edition).id_codes(Application)

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
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
        return ChangeSet(upserts=TableRows(judges=tuple(logged)))

    return Plan(report, apply)


def _plan_assignments(session: Session, edition: Edition, table: Table) -> Plan:
    store = EditionStore(session, edition)
    frame = table.frame
    if "round" in frame.columns:
        rest = frame.drop(columns=["round"])
        return plan_by_round(store, frame["round"], frame[ROW].to_numpy(), table.name,
                             "assignments",
                             lambda st, mask: _assignments_in(st, rest[mask], table.name))
    return _assignments_in(store, table.frame, table.name)


def _assignments_in(store: EditionStore, frame: pd.DataFrame, name: str) -> Plan:
    """Assignment rows planned in the store's round."""
    problems = Problems(name)
    round_code = store.round.code
    maps = store.code_maps()
    j = lookup_codes(frame["judge"].to_numpy(), maps["judge"])
    a = lookup_codes(frame["application"].to_numpy(), maps["application"])
    unknown_codes(frame, j, "judge", "judge", maps["judge"], problems)
    unknown_codes(frame, a, "application", "application", maps["application"], problems)
    duplicate_ids(frame, [j, a], ["judge", "application"], problems)
    ok = (j >= 0) & (a >= 0)
    keys = pair_keys(j, a)
    rows = frame[ROW].to_numpy()
    for i in problems.first(ok & np.isin(keys, store.conflict_pairs())):
        problems.add(f"judge {frame['judge'].iat[i]} has a conflict with "
                     f"{frame['application'].iat[i]} and cannot be assigned to it",
                     int(rows[i]), "application", frame["application"].iat[i])
    if store.round.position > 1:  # only what went on into the round is assigned in it
        entered = np.array(store.session.scalars(select(Application.id)
                                                 .where(store.entered())).all(), np.int64)
        for i in problems.first(ok & ~np.isin(a, entered)):
            problems.add(f"{frame['application'].iat[i]} did not go on into round {round_code} "
                         f"({store.round.name}): it cannot be assigned there", int(rows[i]),
                         "application", frame["application"].iat[i])
    problems.raise_if_any()
    have = store.assignment_pairs()
    new = ~np.isin(keys, have) if have is not None else np.ones(len(keys), bool)
    report = ImportReport("assignments", name, added=int(new.sum()),
                          unchanged=int((~new).sum()))
    judge_codes = frame["judge"].to_numpy()[new]
    app_codes = frame["application"].to_numpy()[new]
    pairs = list(zip(j[new].tolist(), a[new].tolist(), strict=True))

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
        rid = store.round.id
        bulk.insert_rows(session, Assignment.__table__,
                         ("round_id", "judge_id", "application_id", "source"),
                         [(rid, jj, aa, "import") for jj, aa in pairs], progress)
        return ChangeSet(upserts=TableRows(assignments=tuple(
            {"judge": jc, "application": ac, "round": round_code}
            for jc, ac in zip(judge_codes.tolist(), app_codes.tolist(), strict=True))))

    return Plan(report, apply)


# --- scores: the bulk path ---------------------------------------------------------------------


def _score_frame(session: Session, edition: Edition, table: Table) -> pd.DataFrame:
    """The long (judge, application, criterion, score, comment) rows of a scores file or of a
    filled judge sheet (wide: one column per criterion code; the judge named above the table)."""
    frame = table.frame
    if "judge" in frame.columns:
        _require_score_columns(table, frame.columns)
        return frame  # plan_score_rows fills in what a scores file may leave out
    return read_sheet(session, edition, table)


def _require_score_columns(table: Table | CodedTable, columns: Any) -> None:
    missing = [c for c in ("criterion", "score") if c not in columns]
    if missing:
        raise InputRefused([table.problem(f"missing column {', '.join(missing)} in the "
                                          "header row", row=1)])


def _plan_scores(session: Session, edition: Edition, table: Table | CodedTable) -> Plan:
    if isinstance(table, CodedTable):  # a scores file, streamed (see _read)
        _require_score_columns(table, table.columns)
        return plan_score_rows(session, edition, table, table.name)
    return plan_score_rows(session, edition, _score_frame(session, edition, table), table.name)


PLANNERS: dict[str, Callable[[Session, Edition, Any], Plan]] = {
    "categories": _plan_categories,
    "criteria": plan_criteria_in,
    "applications": _plan_applications,
    "judges": _plan_judges,
    "assignments": _plan_assignments,
    "scores": _plan_scores,
}
# Each report names the cells holding characters no shipped font can print (a WARNING note).
PLANNERS = glyphs.noting_missing_glyphs(PLANNERS)


def read_file(kind: str, path: Path) -> Table:
    """A file of ``kind`` read whole, its kind checked from its header, optional columns
    filled in: as every import reads one."""
    _check_kind_name(kind)
    required = ("application",) if kind == "scores" else COLUMNS[kind][0]
    table = read_table(path, required)
    # However the file came (the command line, the app, a script), one of another kind is
    # refused here, saying what its columns look like: judges.csv is never six categories.
    header = tuple(c for c in table.frame.columns if c != ROW)
    filekind.check_kind(filekind.from_header(path, header), kind)
    for col in all_columns(kind):
        if col not in table.frame.columns and col not in ("judge", "criterion", "score"):
            table.frame[col] = ""
    return table


def _check_kind_name(kind: str) -> None:
    if kind not in PLANNERS:
        raise Refused(f"'{kind}' is not something to import; choose one of "
                      f"{', '.join(KINDS)}")


def _read(kind: str, path: Path) -> Table | CodedTable:
    """A file as an import reads it: a .csv scores file (not a judge's sheet) streamed into a
    :class:`CodedTable` (500,000 rows in a few MB of codes), any other as :func:`read_file`
    reads it; the same checks, refusals and messages either way."""
    if kind != "scores" or path.suffix.lower() != ".csv":
        return read_file(kind, path)
    _check_kind_name(kind)
    coded = read_coded_csv(path, ("application",))
    if "judge" not in coded:  # a judge's sheet saved as CSV: read as a sheet
        return read_file(kind, path)
    filekind.check_kind(filekind.from_header(path, tuple(coded.header)), kind)
    if "comment" not in coded:
        coded = coded.with_column("comment", [""])
    return coded


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
        who = acting(edition)
        if who.is_judge and kind != "scores":
            raise Refused(f"this is {who.where()}: it takes only their scores, not {kind}")
        # The file's rows are not kept past planning: the plan holds what it writes.
        plan = PLANNERS[kind](session, edition, _read(kind, path))
        report = plan.report
        if not report.touched:
            return report
        changes = replace(plan.apply(session, progress), source=ImportedFile(path.name, kind))
        history.record(session, edition, f"import {kind}", str(report), changes=changes,
                       actor=actor)
    return report
