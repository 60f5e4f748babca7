"""Scores: the bulk path, one for every way scores come in.

A scores file, a filled judge sheet (read by ``sheets.read_sheet``) and the return of a judge's
package all become long score rows, checked and planned here by :func:`plan_score_rows`: each
column dictionary-encoded (a :class:`~wego_awards.io.tables.CodedTable`, which a scores file is
streamed into), each distinct code mapped to its id once and the rows checked with numpy, and
new and changed rows go in with executemany, a chunk of tuples at a time, never one ORM object
per score.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import BigInteger, Select, literal, select
from sqlalchemy.orm import Session

from wego_awards.db.models import Application, Criterion, Edition, Round, Score
from wego_awards.errors import Refused, quoted
from wego_awards.io.tables import CodedTable
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ScoreChanges
from wego_awards.services.clock import now
from wego_awards.services.planning import (
    ImportReport,
    Plan,
    Problems,
    Progress,
    duplicate_ids,
    plan_by_round,
    unknown_codes,
)
from wego_awards.store import EditionStore, bulk, in_sorted, number_text, pair_keys

PASS_WORDS = {"pass": 1.0, "passed": 1.0, "yes": 1.0, "y": 1.0, "qualifies": 1.0,
              "fail": 0.0, "failed": 0.0, "no": 0.0, "n": 0.0}


def plan_score_rows(session: Session, edition: Edition, rows: pd.DataFrame | CodedTable,
                    name: str, round: Round | None = None) -> Plan:
    """Check score rows (columns judge, application, criterion, score, comment, each row's
    number in its file ``name``; optionally ``round``, a round's code) and plan their upsert;
    InputRefused if any is wrong. ``rows`` is a frame (``ROW`` holding the numbers) or a
    :class:`CodedTable`.

    The rows go into ``round`` (default: the open round), or each into the round its ``round``
    cell names. Used for scores files, filled judge sheets and the returns of judge packages
    alike.
    """
    if isinstance(rows, pd.DataFrame):
        rows = CodedTable.from_frame(Path(name), rows)
    store = EditionStore(session, edition, round)
    if "round" in rows:
        rest = rows.without("round")
        return plan_by_round(store, rows.column("round"), rows.rows, name, "scores",
                             lambda st, mask: plan_score_rows(
                                 st.session, st.edition, rest.take(mask), name, st.round))
    problems = Problems(name)
    if "__col_score__" not in rows:
        rows = rows.with_column("__col_score__", ["score"])
    if "comment" not in rows:
        rows = rows.with_column("comment", [""])
    sheet = "__cell__" in rows
    report = ImportReport("scores", name)
    if not len(rows):
        return Plan(report, lambda s, p: ChangeSet())
    qualifying = store.round.kind == "qualifying"
    if qualifying:  # a vote names no criterion, or the round's one
        if "criterion" not in rows:
            rows = rows.with_column("criterion", [""])
        texts = rows.texts["criterion"]
        blank = (pd.Series(texts, dtype=object).fillna("").astype(str).str.strip() == "")
        rows = rows.with_column("criterion", ["PASS" if b else t for t, b in
                                              zip(texts, blank.tolist(), strict=True)],
                                rows.codes["criterion"])
    maps = store.code_maps()
    nums = rows.rows

    def text(column: str, i: int) -> str:
        return rows.text(column, i)

    # Each distinct code looked up once, then spread over its rows.
    ids = {col: np.array([maps[col].get(u.casefold(), -1) if isinstance(u, str) else -1
                          for u in rows.texts[col]], dtype=np.int64)
           for col in ("judge", "application", "criterion")}
    j = ids["judge"][rows.codes["judge"]]
    a = ids["application"][rows.codes["application"]]
    c = ids["criterion"][rows.codes["criterion"]]
    for col, col_ids in (("judge", j), ("application", a), ("criterion", c)):
        unknown_codes(rows, col_ids, col, col, maps[col], problems)
    distinct = pd.Series(rows.texts["score"], dtype=object)
    numbers = pd.to_numeric(distinct, errors="coerce").to_numpy(dtype=np.float64)
    if qualifying:  # a screener's vote: pass or fail (1 or 0)
        words = distinct.astype(str).str.strip().str.casefold().map(PASS_WORDS).to_numpy(
            dtype=np.float64, na_value=np.nan)
        numbers = np.where(np.isnan(words), numbers, words)
    values = numbers[rows.codes["score"]]
    bad = ~np.isfinite(values)
    for i in problems.first(bad):
        raw = text("score", i)
        hint = " (write decimals with a point: 7.5)" if "," in raw else ""
        if qualifying:
            hint = f" (round {store.round.code} is a qualifying round: pass or fail)"
        where = text("__cell__", i) if sheet else None
        msg = f"{quoted(raw)} is not a number{hint}" + (f" (cell {where})" if where else "")
        problems.add(msg, int(nums[i]), text("__col_score__", i), raw)
    crit = session.execute(store.select(Criterion.id, Criterion.min, Criterion.max)).all()
    lo_of = {cid: lo for cid, lo, _ in crit}
    hi_of = {cid: hi for cid, _, hi in crit}
    crit_ids = ids["criterion"].tolist()
    lo = np.array([lo_of.get(x, -np.inf) if x >= 0 else -np.inf for x in crit_ids],
                  dtype=np.float64)[rows.codes["criterion"]]
    hi = np.array([hi_of.get(x, np.inf) if x >= 0 else np.inf for x in crit_ids],
                  dtype=np.float64)[rows.codes["criterion"]]
    out = ~bad & ((values < lo) | (values > hi))
    for i in problems.first(out):
        where = text("__cell__", i) if sheet else None
        problems.add(f"{number_text(values[i])} is outside the range "
                     f"{number_text(lo[i])}..{number_text(hi[i])} of criterion "
                     f"{text('criterion', i)}" + (f" (cell {where})" if where else ""),
                     int(nums[i]), text("__col_score__", i), text("score", i))
    del lo, hi, out, bad
    if not sheet:
        duplicate_ids(rows, [j, a, c], ["judge", "application", "criterion"], problems)
    ok = (j >= 0) & (a >= 0)
    if store.round.position > 1:  # only what went on into this round is scored in it
        entered = np.array(store.session.scalars(select(Application.id)
                                                 .where(store.entered())).all(), np.int64)
        outside = ok & ~np.isin(ids["application"], entered)[rows.codes["application"]]
        for i in problems.first(outside):
            problems.add(f"{text('application', i)} did not go on into round "
                         f"{store.round.code} ({store.round.name}): it is not scored there",
                         int(nums[i]), "application", text("application", i))
        ok &= ~outside

    def at(i: int) -> str:  # a sheet names the application's cell too
        return f" (cell {text('__app_cell__', i)})" if "__app_cell__" in rows else ""

    who = acting(edition)
    if who.judge is not None:  # a judge's package takes that judge's scores only
        mine = who.judge.casefold()
        theirs = np.array([not isinstance(t, str) or t.casefold() != mine
                           for t in rows.texts["judge"]], dtype=bool)[rows.codes["judge"]]
        for i in problems.first(theirs & (j >= 0)):
            problems.add(f"{who.not_for_others(text('judge', i))}, not "
                         f"{text('judge', i)}'s", int(nums[i]), "judge", text("judge", i))
    pk = pair_keys(j, a)
    conflicted = ok & in_sorted(pk, store.conflict_pairs())
    for i in problems.first(conflicted):
        problems.add(f"judge {text('judge', i)} has a conflict with "
                     f"{text('application', i)}: the score cannot be taken{at(i)}",
                     int(nums[i]), "application", text("application", i))
    assigned = store.assignment_pairs()
    if assigned is not None:
        unassigned = ok & ~conflicted & ~in_sorted(pk, assigned)
        for i in problems.first(unassigned):
            problems.add(f"judge {text('judge', i)} is not assigned to "
                         f"{text('application', i)}{at(i)}", int(nums[i]), "application",
                         text("application", i))
    problems.raise_if_any()
    del pk

    # Each score keyed by one int64 (mixed radix of the edition's largest ids), in the file
    # and in the database alike: the stored scores of this round come as (key, value) straight
    # into numpy, and only the comments that are not empty come as text.
    radix = [max(maps[col].values(), default=0) + 1
             for col in ("judge", "application", "criterion")]
    key = (j * radix[1] + a) * radix[2] + c
    if radix[0] * radix[1] * radix[2] >= 1 << 62:
        raise Refused("the edition's ids are too large to key its scores")  # 4e18 rows: never
    # The stored scores of the file's judges. When the file holds most judges (a whole
    # edition's file), one scan of the table beats an index search per judge.
    judges_in_file = np.unique(ids["judge"][ids["judge"] >= 0])
    narrow = len(judges_in_file) * 4 < len(maps["judge"])
    stored_key = ((Score.judge_id * literal(radix[1], BigInteger) + Score.application_id)
                  * literal(radix[2], BigInteger) + Score.criterion_id)

    def scoped(stmt: Select) -> Select:
        stmt = stmt.where(store.mine(Score))
        return stmt.where(Score.judge_id.in_(judges_in_file.tolist())) if narrow else stmt

    old_key, old_value = store.columns(scoped(select(stored_key, Score.value)),
                                      (np.int64, np.float64))
    order = np.argsort(old_key)
    old_key, old_value = old_key[order], old_value[order]
    del order
    if len(old_key):
        at_old = np.minimum(np.searchsorted(old_key, key), len(old_key) - 1)
        found = old_key[at_old] == key
        v_old = np.where(found, old_value[at_old], np.nan)
        del at_old
    else:
        found = np.zeros(len(key), dtype=bool)
        v_old = np.full(len(key), np.nan)
    del old_key, old_value
    is_new = ~found
    changed = found & (values != v_old)
    comment_codes = rows.codes["comment"]
    comment_texts = rows.texts["comment"]
    old_comments = dict(store.rows(scoped(select(stored_key, Score.comment))
                                   .where(Score.comment != "")))
    written = np.array([t != "" for t in comment_texts], dtype=bool)[comment_codes]
    maybe = found & ~changed & (written | in_sorted(key, np.sort(np.fromiter(
        old_comments, dtype=np.int64, count=len(old_comments)))))
    for i in np.flatnonzero(maybe).tolist():
        if comment_texts[comment_codes[i]] != old_comments.get(int(key[i]), ""):
            changed[i] = True
    del old_comments, written, maybe
    report.added = int(is_new.sum())
    report.changed = int(changed.sum())
    report.unchanged = len(rows) - report.added - report.changed
    source = name
    comments = rows.distinct("comment")

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
        stamp = now()
        total = report.added + report.changed
        fresh = np.flatnonzero(is_new)
        bulk.insert_columns(
            session, Score.__table__,
            ("judge_id", "application_id", "criterion_id", "value", "comment", "updated_at",
             "source"),
            (j[fresh], a[fresh], c[fresh], values[fresh], comments[comment_codes[fresh]],
             stamp, source),
            len(fresh), (lambda d, _t: progress(d, total)) if progress else None)
        upd = np.flatnonzero(changed)
        bulk.update_columns(
            session, Score.__table__, ("value", "comment", "updated_at", "source"),
            ("judge_id", "application_id", "criterion_id"),
            (values[upd], comments[comment_codes[upd]], stamp, source, j[upd], a[upd], c[upd]),
            len(upd))
        if progress:
            progress(total, total)
        touched = is_new | changed
        if touched.all():  # every row (a first import): the arrays themselves, not copies
            return ChangeSet(scores=ScoreChanges(
                judge=j, application=a, criterion=c, value=values, old=v_old,
                comment=tuple(comments[comment_codes].tolist())))
        at = np.flatnonzero(touched)
        return ChangeSet(scores=ScoreChanges(
            judge=j[at], application=a[at], criterion=c[at], value=values[at], old=v_old[at],
            comment=tuple(comments[comment_codes[at]].tolist()),
        ))

    return Plan(report, apply)
