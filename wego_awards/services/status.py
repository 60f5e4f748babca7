"""Progress: per judge and per category, what is assigned, scored and still missing.

An application counts as scored by a judge when every criterion has that judge's score. Without
any assignments, every judge is assigned every application they have no conflict with.

One pass over pair keys (judge id << 32 | application id): the scores come from SQL already
counted per pair, and every per-judge and per-category figure is a ``np.bincount``. Without
assignments the judge x application pairs are never built: each judge has every application
less their conflicts.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import func, select

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Criterion, Judge, Score
from wego_awards.store import in_sorted, pair_key_column, reading

_LOW = 0xFFFFFFFF


def status(db: Database) -> dict[str, Any]:
    """Counts and progress as a JSON-ready dict (reads only)."""
    with reading(db) as store:
        edition = store.edition
        judges = store.rows(store.select(Judge.id, Judge.code, Judge.name, Judge.email)
                            .order_by(Judge.code))
        cats = store.rows(store.select(Category.id, Category.code, Category.name)
                          .order_by(Category.position, Category.code))
        apps = np.array(store.rows(select(Application.id, Application.category_id)
                                   .where(store.entered())), dtype=np.int64).reshape(-1, 2)
        n_crit = store.count(Criterion)
        # Keyed and counted per pair by SQL over the (judge, application, criterion) index, in
        # key order; the edition's judges are picked out below rather than by a join.
        # The open round's scores only (an earlier round's are no progress in this one).
        keys, counts = store.columns(select(pair_key_column(Score), func.count())
                                    .where(store.mine(Score))
                                    .group_by(Score.judge_id, Score.application_id),
                                    (np.int64, np.int64))
        conflicts = store.conflict_pairs()  # sorted, unique
        assigned = store.assignment_pairs()

    judge_ids = np.array([j for j, _, _, _ in judges], dtype=np.int64)
    cat_ids = np.array([c for c, _, _ in cats], dtype=np.int64)
    app_ids = apps[:, 0]
    mine = np.isin(keys >> 32, judge_ids)
    keys, counts = keys[mine], counts[mine]
    order = np.argsort(keys, kind="stable")  # already so from SQLite
    done_keys, counts = keys[order], counts[order]
    n_scores = int(counts.sum())
    complete = done_keys[counts >= n_crit] if n_crit else np.zeros(0, np.int64)
    partial = done_keys[counts < n_crit]

    n_j = int(judge_ids.max()) + 1 if len(judge_ids) else 0
    n_c = int(cat_ids.max()) + 1 if len(cat_ids) else 0

    def by_judge(keys: np.ndarray) -> np.ndarray:
        return np.bincount(keys >> 32, minlength=n_j)[judge_ids]

    def by_cat(keys: np.ndarray) -> np.ndarray:
        cat = _map(keys & _LOW, apps) if len(keys) else np.zeros(0, np.int64)
        return np.bincount(cat, minlength=n_c)[cat_ids]

    if assigned is None:  # everyone scores everything they have no conflict with
        def in_pairs(keys: np.ndarray) -> np.ndarray:
            return np.isin(keys >> 32, judge_ids) & np.isin(keys & _LOW, app_ids)

        conflicts = conflicts[in_pairs(conflicts)]
        per_cat_apps = np.bincount(apps[:, 1], minlength=n_c)[cat_ids] if len(apps) else \
            np.zeros(len(cat_ids), np.int64)
        done = complete[in_pairs(complete) & ~in_sorted(complete, conflicts)]
        part = partial[in_pairs(partial) & ~in_sorted(partial, conflicts)]
        total = len(judge_ids) * len(apps) - len(conflicts)
        judge_n = len(apps) - by_judge(conflicts)
        cat_n = len(judge_ids) * per_cat_apps - by_cat(conflicts)
    else:
        pairs = assigned[~in_sorted(assigned, conflicts)]
        done = complete[in_sorted(complete, pairs)]
        part = partial[in_sorted(partial, pairs)]
        total = len(pairs)
        judge_n, cat_n = by_judge(pairs), by_cat(pairs)
    judge_d, judge_p, cat_d = by_judge(done), by_judge(part), by_cat(done)
    cat_apps = np.bincount(apps[:, 1], minlength=n_c)[cat_ids] if len(apps) else \
        np.zeros(len(cat_ids), np.int64)

    judge_rows = []
    for (_, code, name, email), n, d, p in zip(judges, judge_n.tolist(), judge_d.tolist(),
                                               judge_p.tolist(), strict=True):
        judge_rows.append({"code": code, "name": name, "email": email, "assigned": n,
                           "scored": d, "partial": p, "missing": n - d})
    # Whom to remind: judges with work left, most missing first.
    remind = [{k: r[k] for k in ("code", "name", "email", "missing", "partial")}
              for r in sorted(judge_rows, key=lambda r: (-int(str(r["missing"])), str(r["code"])))
              if r["missing"]]
    cat_rows = []
    for (_, code, name), a, n, d in zip(cats, cat_apps.tolist(), cat_n.tolist(), cat_d.tolist(),
                                        strict=True):
        cat_rows.append({"code": code, "name": name, "applications": a,
                         "assigned": n, "scored": d, "missing": n - d})
    n_done = len(done)
    return {
        "edition": edition.name, "year": edition.year, "finalized": bool(edition.finalized),
        "applications": int(len(apps)), "judges": len(judges), "criteria": int(n_crit),
        "categories": len(cats), "scores": n_scores,
        "assigned": int(total), "scored": n_done, "missing": int(total) - n_done,
        "progress": {"judges": judge_rows, "categories": cat_rows, "remind": remind},
    }


def _map(app_ids: np.ndarray, apps: np.ndarray) -> np.ndarray:
    order = np.argsort(apps[:, 0])
    pos = np.searchsorted(apps[order, 0], app_ids)
    return apps[order, 1][pos]


def format_status(data: dict[str, Any]) -> str:
    """The status in words, for a terminal."""
    state = "finalized" if data["finalized"] else "open"
    pct = 100.0 * data["scored"] / data["assigned"] if data["assigned"] else 0.0
    lines = [
        f"{data['edition']} ({data['year']}), {state}",
        f"{data['applications']} applications in {data['categories']} categories, "
        f"{data['judges']} judges, {data['criteria']} criteria, {data['scores']} scores",
        f"scored {data['scored']} of {data['assigned']} judge-application pairs ({pct:.0f}%), "
        f"{data['missing']} missing",
        "",
        f"{'judge':<10} {'name':<32} {'assigned':>8} {'scored':>7} {'missing':>8}",
    ]
    for j in data["progress"]["judges"]:
        flag = "  <- remind" if j["missing"] else ""
        lines.append(f"{j['code']:<10} {j['name'][:32]:<32} {j['assigned']:>8} {j['scored']:>7} "
                     f"{j['missing']:>8}{flag}")
    lines += ["", f"{'category':<10} {'name':<32} {'apps':>8} {'scored':>7} {'missing':>8}"]
    for c in data["progress"]["categories"]:
        lines.append(f"{c['code']:<10} {c['name'][:32]:<32} {c['applications']:>8} "
                     f"{c['scored']:>7} {c['missing']:>8}")
    remind = data["progress"].get("remind") or []
    if remind:
        lines += ["", f"to remind ({len(remind)} judge{'s' if len(remind) > 1 else ''} with "
                      "applications not fully scored):"]
        for r in remind:
            partly = f", {r['partial']} partly scored" if r["partial"] else ""
            lines.append(f"  {r['code']} {r['name']} <{r['email'] or 'no e-mail'}>: "
                         f"{r['missing']} to score{partly}")
    return "\n".join(lines)
