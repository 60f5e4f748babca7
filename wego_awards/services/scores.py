"""Scores: the bulk path, one for every way scores come in.

A scores file, a filled judge sheet (read by ``sheets.read_sheet``) and the return of a judge's
package all become long score rows, checked and planned here by :func:`plan_score_rows`: codes
are mapped to ids and checked with pandas/numpy, and new and changed rows go in with
executemany, never one ORM object per score.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from wego_awards.db.models import Application, Criterion, Edition, Round, Score
from wego_awards.errors import quoted
from wego_awards.io.tables import ROW
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ScoreChanges
from wego_awards.services.clock import now
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
from wego_awards.store import EditionStore, bulk, number_text, pair_keys

PASS_WORDS = {"pass": 1.0, "passed": 1.0, "yes": 1.0, "y": 1.0, "qualifies": 1.0,
              "fail": 0.0, "failed": 0.0, "no": 0.0, "n": 0.0}


def plan_score_rows(session: Session, edition: Edition, frame: pd.DataFrame, name: str,
                    round: Round | None = None) -> Plan:
    """Check score rows (columns judge, application, criterion, score, comment and ROW, the
    row's number in its file ``name``; optionally ``round``, a round's code) and plan their
    upsert; InputRefused if any is wrong.

    The rows go into ``round`` (default: the open round), or each into the round its ``round``
    cell names. Used for scores files, filled judge sheets and the returns of judge packages
    alike.
    """
    store = EditionStore(session, edition, round)
    if "round" in frame.columns:
        return plan_by_round(store, frame, name, "scores", lambda st, part: plan_score_rows(
            st.session, st.edition, part, name, st.round))
    problems = Problems(name)
    frame = frame.copy()
    if "__col_score__" not in frame.columns:
        frame["__col_score__"] = "score"
    if "comment" not in frame.columns:
        frame["comment"] = ""
    sheet = "__cell__" in frame.columns
    report = ImportReport("scores", name)
    if frame.empty:
        return Plan(report, lambda s, p: ChangeSet())
    qualifying = store.round.kind == "qualifying"
    if qualifying:  # a vote names no criterion, or the round's one
        if "criterion" not in frame.columns:
            frame["criterion"] = ""
        blank = frame["criterion"].fillna("").astype(str).str.strip() == ""
        frame.loc[blank, "criterion"] = "PASS"
    maps = store.code_maps()
    rows = frame[ROW].to_numpy()
    j = lookup_codes(frame["judge"].to_numpy(), maps["judge"])
    a = lookup_codes(frame["application"].to_numpy(), maps["application"])
    c = lookup_codes(frame["criterion"].to_numpy(), maps["criterion"])
    for ids, col in ((j, "judge"), (a, "application"), (c, "criterion")):
        unknown_codes(frame, ids, col, col, maps[col], problems)
    text = frame["score"]
    values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    if qualifying:  # a screener's vote: pass or fail (1 or 0)
        words = text.astype(str).str.strip().str.casefold().map(PASS_WORDS).to_numpy(
            dtype=np.float64, na_value=np.nan)
        values = np.where(np.isnan(words), values, words)
    bad = ~np.isfinite(values)
    for i in problems.first(bad):
        raw = text.iat[i]
        hint = " (write decimals with a point: 7.5)" if "," in raw else ""
        if qualifying:
            hint = f" (round {store.round.code} is a qualifying round: pass or fail)"
        where = frame["__cell__"].iat[i] if sheet else None
        msg = f"{quoted(raw)} is not a number{hint}" + (f" (cell {where})" if where else "")
        problems.add(msg, int(rows[i]), frame["__col_score__"].iat[i], raw)
    crit = session.execute(store.select(Criterion.id, Criterion.min, Criterion.max)).all()
    lo_of = {cid: lo for cid, lo, _ in crit}
    hi_of = {cid: hi for cid, _, hi in crit}
    known = c >= 0
    lo = np.where(known, pd.Series(c).map(lo_of).fillna(-np.inf).to_numpy(), -np.inf)
    hi = np.where(known, pd.Series(c).map(hi_of).fillna(np.inf).to_numpy(), np.inf)
    out = ~bad & ((values < lo) | (values > hi))
    for i in problems.first(out):
        where = frame["__cell__"].iat[i] if sheet else None
        problems.add(f"{number_text(values[i])} is outside the range "
                     f"{number_text(lo[i])}..{number_text(hi[i])} of criterion "
                     f"{frame['criterion'].iat[i]}" + (f" (cell {where})" if where else ""),
                     int(rows[i]), frame["__col_score__"].iat[i], text.iat[i])
    if not sheet:
        duplicate_ids(frame, [j, a, c], ["judge", "application", "criterion"], problems)
    ok = (j >= 0) & (a >= 0)
    if store.round.position > 1:  # only what went on into this round is scored in it
        entered = np.array(store.session.scalars(select(Application.id)
                                                 .where(store.entered())).all(), np.int64)
        outside = ok & ~np.isin(a, entered)
        for i in problems.first(outside):
            problems.add(f"{frame['application'].iat[i]} did not go on into round "
                         f"{store.round.code} ({store.round.name}): it is not scored there",
                         int(rows[i]), "application", frame["application"].iat[i])
        ok &= ~outside
    app_cells = frame["__app_cell__"] if "__app_cell__" in frame.columns else None

    def at(i: int) -> str:  # a sheet names the application's cell too
        return f" (cell {app_cells.iat[i]})" if app_cells is not None else ""

    who = acting(edition)
    if who.judge is not None:  # a judge's package takes that judge's scores only
        theirs = frame["judge"].str.casefold().to_numpy() != who.judge.casefold()
        for i in problems.first(theirs & (j >= 0)):
            problems.add(f"{who.not_for_others(frame['judge'].iat[i])}, not "
                         f"{frame['judge'].iat[i]}'s", int(rows[i]), "judge",
                         frame["judge"].iat[i])
    pk = pair_keys(j, a)
    conflicted = ok & np.isin(pk, store.conflict_pairs())
    for i in problems.first(conflicted):
        problems.add(f"judge {frame['judge'].iat[i]} has a conflict with "
                     f"{frame['application'].iat[i]}: the score cannot be taken{at(i)}",
                     int(rows[i]), "application", frame["application"].iat[i])
    assigned = store.assignment_pairs()
    if assigned is not None:
        unassigned = ok & ~conflicted & ~np.isin(pk, assigned)
        for i in problems.first(unassigned):
            problems.add(f"judge {frame['judge'].iat[i]} is not assigned to "
                         f"{frame['application'].iat[i]}{at(i)}", int(rows[i]), "application",
                         frame["application"].iat[i])
    problems.raise_if_any()

    comments = frame["comment"].to_numpy(dtype=object)
    new = pd.DataFrame({"j": j, "a": a, "c": c, "v": values, "m": comments})
    # The stored scores of the file's judges. When the file holds most judges (a whole
    # edition's file), one scan of the table beats an index search per judge; the merge below
    # ignores the rows of judges not in the file.
    # The numbers come as one numeric block and the comments apart, in the same (rowid) order:
    # half the time of building a tuple per row.
    judges_in_file = np.unique(j[j >= 0])
    narrow = len(judges_in_file) * 4 < len(maps["judge"])

    def scoped(stmt: Select) -> Select:
        stmt = stmt.where(store.mine(Score)).order_by(Score.id)
        return stmt.where(Score.judge_id.in_(judges_in_file.tolist())) if narrow else stmt

    oj, oa, oc, ov, oid = store.columns(scoped(select(
        Score.judge_id, Score.application_id, Score.criterion_id, Score.value, Score.id)),
        (np.int64, np.int64, np.int64, np.float64, np.int64))
    comments = np.array([r[0] for r in store.rows(scoped(select(Score.comment)))], dtype=object)
    old = pd.DataFrame({"j": oj, "a": oa, "c": oc, "v_old": ov, "m_old": comments, "id": oid})
    merged = new.merge(old, on=["j", "a", "c"], how="left", sort=False)
    is_new = merged["id"].isna().to_numpy()
    changed = ~is_new & ((merged["v"].to_numpy() != merged["v_old"].to_numpy())
                         | (merged["m"].to_numpy() != merged["m_old"].to_numpy()))
    report.added = int(is_new.sum())
    report.changed = int(changed.sum())
    report.unchanged = len(merged) - report.added - report.changed
    source = name

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
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
        return ChangeSet(scores=ScoreChanges(
            judge=touched["j"].to_numpy(dtype=np.int64),
            application=touched["a"].to_numpy(dtype=np.int64),
            criterion=touched["c"].to_numpy(dtype=np.int64),
            value=touched["v"].to_numpy(dtype=np.float64),
            old=touched["v_old"].to_numpy(dtype=np.float64),
            comment=tuple(touched["m"].tolist()),
        ))

    return Plan(report, apply)


