"""Progress: per judge and per category, what is assigned, scored and still missing.

An application counts as scored by a judge when every criterion has that judge's score. Without
any assignments, every judge is assigned every application they have no conflict with.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import func, select

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Criterion, Judge, Score
from wego_awards.services import catalog
from wego_awards.services.edition import get_edition


def status(db: Database) -> dict[str, Any]:
    """Counts and progress as a JSON-ready dict (reads only)."""
    with db.read() as session:
        edition = get_edition(session)
        judges = session.execute(select(Judge.id, Judge.code, Judge.name, Judge.email)
                                 .where(Judge.edition_id == edition.id)
                                 .order_by(Judge.code)).all()
        cats = session.execute(select(Category.id, Category.code, Category.name)
                               .where(Category.edition_id == edition.id)
                               .order_by(Category.position, Category.code)).all()
        apps = np.array(session.execute(select(Application.id, Application.category_id)
                                        .where(Application.edition_id == edition.id)).all(),
                        dtype=np.int64).reshape(-1, 2)
        n_crit = session.scalar(select(func.count()).select_from(Criterion)
                                .where(Criterion.edition_id == edition.id)) or 0
        per_pair = np.array(session.execute(
            select(Score.judge_id, Score.application_id, func.count())
            .join(Judge, Judge.id == Score.judge_id).where(Judge.edition_id == edition.id)
            .group_by(Score.judge_id, Score.application_id)).all(),
            dtype=np.int64).reshape(-1, 3)
        n_scores = int(per_pair[:, 2].sum()) if len(per_pair) else 0
        conflicts = catalog.conflict_pairs(session, edition)
        assigned = catalog.assignment_pairs(session, edition)

    judge_ids = np.array([j for j, _, _, _ in judges], dtype=np.int64)
    if assigned is None:  # everyone scores everything they have no conflict with
        jj, aa = np.meshgrid(judge_ids, apps[:, 0], indexing="ij")
        pairs = catalog.pair_keys(jj.ravel(), aa.ravel())
        pairs = pairs[~np.isin(pairs, conflicts)]
    else:
        pairs = assigned[~np.isin(assigned, conflicts)]
    pair_judge = pairs >> 32
    pair_app = pairs & 0xFFFFFFFF
    done_keys = catalog.pair_keys(per_pair[:, 0], per_pair[:, 1]) if len(per_pair) else \
        np.zeros(0, np.int64)
    complete = done_keys[per_pair[:, 2] >= n_crit] if len(per_pair) and n_crit else \
        np.zeros(0, np.int64)
    partial = done_keys[per_pair[:, 2] < n_crit] if len(per_pair) else np.zeros(0, np.int64)
    is_done = np.isin(pairs, complete)
    is_partial = np.isin(pairs, partial)
    pair_cat = _map(pair_app, apps) if len(apps) else np.zeros(0, np.int64)

    judge_rows = []
    for jid, code, name, email in judges:
        mine = pair_judge == jid
        n, d, p = int(mine.sum()), int((mine & is_done).sum()), int((mine & is_partial).sum())
        judge_rows.append({"code": code, "name": name, "email": email, "assigned": n,
                           "scored": d, "partial": p, "missing": n - d})
    # Whom to remind: judges with work left, most missing first.
    remind = [{k: r[k] for k in ("code", "name", "email", "missing", "partial")}
              for r in sorted(judge_rows, key=lambda r: (-int(str(r["missing"])), str(r["code"])))
              if r["missing"]]
    cat_rows = []
    for cid, code, name in cats:
        mine = pair_cat == cid
        n, d = int(mine.sum()), int((mine & is_done).sum())
        cat_rows.append({"code": code, "name": name,
                         "applications": int((apps[:, 1] == cid).sum()),
                         "assigned": n, "scored": d, "missing": n - d})
    total, done = len(pairs), int(is_done.sum())
    return {
        "edition": edition.name, "year": edition.year, "finalized": bool(edition.finalized),
        "applications": int(len(apps)), "judges": len(judges), "criteria": int(n_crit),
        "categories": len(cats), "scores": n_scores,
        "assigned": total, "scored": done, "missing": total - done,
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
