"""Automatic judge assignment: K judges per application, never a conflicted one, loads balanced.

The assignment is a min-cost flow, solved as a linear program with HiGHS (through SciPy):

    source -> application class -> judge -> sink

Applications that look the same to the solver (same category, same judges they may not get,
same number of judges still missing) are merged into one *class*, so 20,000 applications make
a few hundred to a few thousand classes and the network stays small. A class arc carries at most
one judge per application (capacity = the class's size). A judge's arc to the sink is split into
unit segments whose cost grows like load², so the cheapest flow spreads loads as evenly as the
conflicts allow (for these networks, minimising the sum of squared loads is the same as making
the largest load as small as possible, then the next, and so on). Category preferences and a
seeded random tie-break are much smaller costs on the class arcs, so they never cost balance.

The network's matrix is totally unimodular, so the simplex's optimal vertex is integral: the
flow says exactly how many applications of each class each judge gets. Each class is then split
among its applications at random (seeded) so that every application gets distinct judges.

Existing assignments are kept (a rerun only fills what is missing); pairs a judge has already
scored count as assignments. A request that cannot be met is refused with the applications it
fails on, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Assignment, Category, Edition, Judge, Score
from wego_awards.errors import InputRefused, Problem, Refused, quoted
from wego_awards.keys import places
from wego_awards.progress import Progress
from wego_awards.services import history
from wego_awards.services.acting import acting
from wego_awards.services.changes import AssignRun, ChangeSet, TableRows
from wego_awards.services.edition import get_edition, require_unlocked
from wego_awards.store import EditionStore, bulk, in_edition, pair_keys

PREFERENCE_COST = 10  # per application outside a judge's preferred categories
NOISE_LEVELS = 5  # the seeded tie-break: 0..4 per class arc, below one preference step
WINDOW = 6  # unit load segments either side of a judge's expected load
MAX_ARCS = 600_000  # beyond this, small classes get a seeded sample of candidate judges
CANDIDATES = 16  # judges offered to a small class when sampling (at least 6 x its need)
SHOWN = 12  # applications named one by one in a refusal


class Infeasible(Refused):
    """The request cannot be met; ``apps`` are the indices of applications it fails on."""

    def __init__(self, message: str, apps: list[int]) -> None:
        super().__init__(message)
        self.apps = apps


@dataclass
class Solution:
    """New (application index, judge index) pairs and every judge's final load."""

    apps: np.ndarray
    judges: np.ndarray
    loads: np.ndarray
    classes: int = 0
    arcs: int = 0
    rounds: int = 0


def solve(app_category: np.ndarray, n_judges: int, per_application: int, *,
          conflicts: tuple[np.ndarray, np.ndarray] | None = None,
          existing: tuple[np.ndarray, np.ndarray] | None = None,
          max_load: int | None = None, prefer: np.ndarray | None = None,
          seed: int = 0) -> Solution:
    """Assign ``per_application`` judges to every application (indices 0..len-1).

    ``conflicts`` and ``existing`` are (application indices, judge indices) pairs: the first are
    never assigned, the second are kept and count towards K and towards the judges' loads.
    ``prefer`` is a (judges x categories) boolean matrix: a judge is given applications of the
    categories marked True where balance allows (a row of all True: no preference). Raises
    :class:`Infeasible` naming the applications that cannot get their judges.
    """
    cats = np.asarray(app_category, dtype=np.int64)
    n_apps, n_j, k = len(cats), int(n_judges), int(per_application)
    n_cat = int(cats.max()) + 1 if n_apps else 1
    rng = np.random.default_rng(seed)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    ca, cj = (np.asarray(v, np.int64) for v in (conflicts or empty))
    ea, ej = (np.asarray(v, np.int64) for v in (existing or empty))
    base_load = np.bincount(ej, minlength=n_j).astype(np.int64)
    need = np.maximum(0, k - np.bincount(ea, minlength=n_apps)).astype(np.int64)
    if max_load is None:
        room = np.full(n_j, np.iinfo(np.int64).max // 4, dtype=np.int64)
    else:
        room = np.maximum(0, int(max_load) - base_load)
    if prefer is None:
        prefer = np.ones((n_j, n_cat), dtype=bool)
    prefer = np.asarray(prefer, dtype=bool).reshape(n_j, -1)
    if prefer.shape[1] < n_cat:
        prefer = np.hstack([prefer, np.ones((n_j, n_cat - prefer.shape[1]), bool)])

    # Each application's forbidden judges (conflicts and those it has already), sorted.
    from scipy.sparse import csr_matrix

    rows = np.concatenate([ca, ea])
    cols = np.concatenate([cj, ej])
    forb = csr_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(n_apps, n_j))
    forb.sum_duplicates()
    forb.sort_indices()
    open_judges = room > 0
    blocked_in_row = forb[:, open_judges].getnnz(axis=1)
    allowed = int(open_judges.sum()) - blocked_in_row
    short = np.flatnonzero(need > allowed)
    if len(short):
        raise Infeasible("too few judges without a conflict", short.tolist())

    # Classes of interchangeable applications.
    todo = np.flatnonzero(need > 0)
    keys: dict[tuple[int, int, bytes], int] = {}
    members: list[list[int]] = []
    indptr, indices = forb.indptr, forb.indices
    for i in todo.tolist():
        key = (int(cats[i]), int(need[i]), indices[indptr[i]:indptr[i + 1]].tobytes())
        c = keys.get(key)
        if c is None:
            c = keys[key] = len(members)
            members.append([])
        members[c].append(i)
    n_cls = len(members)
    if n_cls == 0:
        return Solution(np.zeros(0, np.int64), np.zeros(0, np.int64), base_load)
    size = np.array([len(m) for m in members], dtype=np.int64)
    cls_need = np.array([need[m[0]] for m in members], dtype=np.int64)
    cls_cat = np.array([cats[m[0]] for m in members], dtype=np.int64)

    arc_c, arc_j = _class_arcs(members, size, forb, open_judges, cls_need, rng)
    arc_cap = size[arc_c]
    reach = np.bincount(arc_j, weights=arc_cap, minlength=n_j).astype(np.int64)
    top = base_load + np.minimum(room, reach)
    total = int(base_load.sum() + (size * cls_need).sum())
    active = (top > base_load) | (base_load > 0)
    expect = total / max(1, int(active.sum()))
    centers: list[set[int]] = [{int(round(expect))} for _ in range(n_j)]

    m = min(n_cls, n_j) + 2
    big = (PREFERENCE_COST + NOISE_LEVELS) * m  # a unit of balance outweighs any arc costs
    huge = big * (2 * int(top.max()) + 4)  # leaving a place empty outweighs any balance
    arc_cost = (PREFERENCE_COST * ~prefer[arc_j, cls_cat[arc_c]]
                + rng.integers(0, NOISE_LEVELS, len(arc_c))).astype(np.float64)

    flow = None
    rounds = 0
    while True:
        rounds += 1
        seg_j, seg_lo, seg_hi = _segments(base_load, top, centers)
        flow, slack = _solve_lp(n_cls, n_j, arc_c, arc_j, arc_cap, arc_cost, size * cls_need,
                                seg_j, seg_lo, seg_hi, big, huge)
        loads = base_load + np.bincount(arc_j, weights=flow, minlength=n_j).astype(np.int64)
        # The cost is exact only where a load sits between unit segments; refine elsewhere.
        points = _breakpoints(seg_j, seg_lo, seg_hi, n_j)
        rough = [j for j in range(n_j) if not _exact_at(points[j], int(loads[j]),
                                                         int(base_load[j]), int(top[j]))]
        if not rough or rounds >= 8:
            break
        for j in rough:
            centers[j].add(int(loads[j]))
    if slack.any():
        failing = sorted(i for c in np.flatnonzero(slack > 0) for i in members[c])
        raise Infeasible("the judges without a conflict are at their maximum load", failing)

    new_a, new_j = _split(members, cls_need, arc_c, arc_j, flow, rng)
    return Solution(new_a, new_j, loads, classes=n_cls, arcs=len(arc_c), rounds=rounds)


def _class_arcs(members: list[list[int]], size: np.ndarray, forb, open_judges: np.ndarray,
                cls_need: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The (class, judge) arcs: every judge a class may get, open for new work."""
    n_cls = len(members)
    sample = n_cls * int(open_judges.sum()) > MAX_ARCS
    parts_c, parts_j = [], []
    for c, mem in enumerate(members):
        first = mem[0]
        mask = open_judges.copy()
        mask[forb.indices[forb.indptr[first]:forb.indptr[first + 1]]] = False
        js = np.flatnonzero(mask)
        if sample:
            # Too many small classes for an exact network in seconds: offer each a seeded
            # sample of its judges, several times what it needs, which balances just as well.
            want = max(CANDIDATES, 6 * int(cls_need[c]) * int(size[c]))
            if len(js) > want:
                js = np.sort(rng.choice(js, want, replace=False))
        parts_c.append(np.full(len(js), c, dtype=np.int64))
        parts_j.append(js.astype(np.int64))
    return np.concatenate(parts_c), np.concatenate(parts_j)


def _segments(base: np.ndarray, top: np.ndarray, centers: list[set[int]]
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each judge's load range cut into segments: unit ones around the expected loads, doubling
    ones further out (their cost is the chord of load², so the cost stays convex)."""
    seg_j, seg_lo, seg_hi = [], [], []
    for j in range(len(base)):
        lo, hi = int(base[j]), int(top[j])
        if hi <= lo:
            continue
        pts = {lo, hi}
        for c in centers[j]:
            c = min(max(c, lo), hi)
            pts.update(range(max(lo, c - WINDOW), min(hi, c + WINDOW) + 1))
            step = 2
            while c - WINDOW - step > lo:
                pts.add(c - WINDOW - step)
                step *= 2
            step = 2
            while c + WINDOW + step < hi:
                pts.add(c + WINDOW + step)
                step *= 2
        ordered = sorted(pts)
        seg_j += [j] * (len(ordered) - 1)
        seg_lo += ordered[:-1]
        seg_hi += ordered[1:]
    return (np.array(seg_j, np.int64), np.array(seg_lo, np.int64), np.array(seg_hi, np.int64))


def _breakpoints(seg_j: np.ndarray, lo: np.ndarray, hi: np.ndarray, n_j: int) -> list[set[int]]:
    points: list[set[int]] = [set() for _ in range(n_j)]
    for j, a, b in zip(seg_j.tolist(), lo.tolist(), hi.tolist(), strict=True):
        points[j].update((a, b))
    return points


def _exact_at(points: set[int], load: int, lo: int, hi: int) -> bool:
    """Whether the cost is load² exactly one step either side of ``load``."""
    return all(p in points for p in (load - 1, load, load + 1) if lo <= p <= hi)


def _solve_lp(n_cls: int, n_j: int, arc_c: np.ndarray, arc_j: np.ndarray, arc_cap: np.ndarray,
              arc_cost: np.ndarray, demand: np.ndarray, seg_j: np.ndarray, seg_lo: np.ndarray,
              seg_hi: np.ndarray, big: int, huge: int) -> tuple[np.ndarray, np.ndarray]:
    """The flow on the class arcs and each class's unmet demand (slack)."""
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    nx, ny = len(arc_c), len(seg_j)
    cost = np.concatenate([arc_cost, np.full(n_cls, float(huge)),
                           big * (seg_lo + seg_hi).astype(np.float64)])
    rows = np.concatenate([arc_c, n_cls + arc_j, np.arange(n_cls), n_cls + seg_j])
    cols = np.concatenate([np.arange(nx), np.arange(nx), nx + np.arange(n_cls),
                           nx + n_cls + np.arange(ny)])
    vals = np.concatenate([np.ones(2 * nx + n_cls), -np.ones(ny)])
    matrix = coo_matrix((vals, (rows, cols)), shape=(n_cls + n_j, nx + n_cls + ny)).tocsr()
    rhs = np.concatenate([demand, np.zeros(n_j)]).astype(np.float64)
    upper = np.concatenate([arc_cap, demand, seg_hi - seg_lo]).astype(np.float64)
    bounds = np.stack([np.zeros_like(upper), upper], axis=1)
    res = linprog(cost, A_eq=matrix, b_eq=rhs, bounds=bounds, method="highs")
    if res.status != 0 or res.x is None:  # pragma: no cover - the slack keeps it feasible
        raise Refused(f"the assignment could not be computed ({res.message})")
    x = np.rint(res.x)
    if np.abs(res.x - x).max() > 1e-6:  # pragma: no cover - a vertex of this network is integral
        raise Refused("the assignment solver returned a fractional flow; try another --seed")
    return x[:nx].astype(np.int64), x[nx:nx + n_cls].astype(np.int64)


def _split(members: list[list[int]], cls_need: np.ndarray, arc_c: np.ndarray, arc_j: np.ndarray,
           flow: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Turn each class's judge counts into distinct judges per application, at random.

    Applications are visited in a random order. A judge whose remaining count equals the number
    of applications left must be taken now; the others are drawn with weight = remaining count.
    That keeps every count at most the number of applications left, so it always completes.
    """
    order = np.argsort(arc_c, kind="stable")
    starts = np.searchsorted(arc_c[order], np.arange(len(members) + 1))
    out_a: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    for c, mem in enumerate(members):
        sel = order[starts[c]:starts[c + 1]]
        keep = flow[sel] > 0
        judges = arc_j[sel][keep]
        quota = flow[sel][keep].astype(np.int64)
        r = int(cls_need[c])
        apps = np.array(mem, dtype=np.int64)[rng.permutation(len(mem))]
        left = len(apps)
        picks = np.empty((left, r), dtype=np.int64)
        for n, _app in enumerate(apps):
            tight = np.flatnonzero(quota == left)
            rest = r - len(tight)
            if rest > 0:
                pool = np.flatnonzero((quota > 0) & (quota < left))
                keys = rng.random(len(pool)) ** (1.0 / quota[pool])
                chosen = pool[np.argpartition(-keys, rest - 1)[:rest]] if rest < len(pool) \
                    else pool
                take = np.concatenate([tight, chosen])
            else:
                take = tight
            picks[n] = judges[take]
            quota[take] -= 1
            left -= 1
        out_a.append(np.repeat(apps, r))
        out_j.append(picks.ravel())
    return np.concatenate(out_a), np.concatenate(out_j)


# --- the edition's side -------------------------------------------------------------------------


@dataclass
class AssignReport:
    """What ``assign`` did: new pairs, kept pairs, removed conflicted pairs, the loads."""

    per_application: int
    seed: int
    added: int = 0
    kept: int = 0
    removed: int = 0
    from_scores: int = 0
    applications: int = 0
    judges: int = 0
    loads: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def touched(self) -> int:
        return self.added + self.removed + self.from_scores

    def __str__(self) -> str:
        if not self.touched:
            return (f"nothing to change: every application already has {self.per_application} "
                    "judges")
        values = list(self.loads.values())
        parts = [f"{self.added} new assignments", f"{self.kept} kept"]
        if self.from_scores:
            parts.append(f"{self.from_scores} taken from scores already given")
        if self.removed:
            parts.append(f"{self.removed} removed (conflicted)")
        spread = f"loads {min(values)}..{max(values)} per judge" if values else "no judges"
        return (f"assigned {self.per_application} judges to each of {self.applications} "
                f"applications (seed {self.seed}): {', '.join(parts)}; {spread}")


def assign(db: Database, per_application: int, *, seed: int = 0, max_load: int | None = None,
           preferences: Mapping[str, Sequence[str]] | None = None,
           progress: Progress | None = None, actor: str | None = None) -> AssignReport:
    """Give every application ``per_application`` judges and write them with a history entry.

    Keeps existing assignments, removes (and records) any that a conflict now forbids, and
    refuses, changing nothing, a request that cannot be met. ``preferences`` maps judge codes to
    the category codes or names they prefer.
    """
    import time

    started = time.perf_counter()
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "assigning judges")
        acting(edition).secretariat_only("assigning judges")
        report = _assign(session, edition, per_application, seed, max_load, preferences or {},
                         progress, actor)
    report.seconds = time.perf_counter() - started
    return report


def _assign(session: Session, edition: Edition, k: int, seed: int, max_load: int | None,
            preferences: Mapping[str, Sequence[str]], progress: Progress | None,
            actor: str | None) -> AssignReport:
    if k < 1:
        raise Refused(f"--per-application must be at least 1, not {k}")
    if max_load is not None and max_load < 1:
        raise Refused(f"--max-load must be at least 1, not {max_load}")
    cats = session.execute(select(Category.id, Category.code, Category.name)
                           .where(in_edition(Category, edition))
                           .order_by(Category.position, Category.code)).all()
    cat_index = {cid: n for n, (cid, _, _) in enumerate(cats)}
    store = EditionStore(session, edition)
    apps = store.rows(select(Application.id, Application.code, Application.category_id)
                      .where(store.entered()).order_by(Application.code))  # those in the round
    judges = bulk.fetch_rows(session, select(Judge.id, Judge.code)
                             .where(in_edition(Judge, edition)).order_by(Judge.code))
    if not apps:
        raise Refused("there are no applications to assign; import them first")
    if not judges:
        raise Refused("there are no judges to assign; import them first")
    if k > len(judges):
        raise Refused(f"{k} judges per application, but the edition has only {len(judges)} "
                      "judges")
    app_ids = np.array([a for a, _, _ in apps], np.int64)
    app_codes = [c for _, c, _ in apps]
    judge_ids = np.array([j for j, _ in judges], np.int64)
    judge_codes = [c for _, c in judges]
    app_cat = np.array([cat_index[c] for _, _, c in apps], np.int64)
    prefer = _preference_matrix(preferences, judge_codes, cats)

    conflicted = EditionStore(session, edition).conflict_pairs()
    have = bulk.fetch_rows(session, select(Assignment.id, Assignment.judge_id,
                                           Assignment.application_id)
                           .where(in_edition(Assignment, edition)))
    have_arr = np.array(have, np.int64).reshape(-1, 3)
    have_keys = pair_keys(have_arr[:, 1], have_arr[:, 2])
    bad = np.isin(have_keys, conflicted)
    removed = have_arr[bad]
    kept = have_arr[~bad]
    # Pairs already scored are this judge's work on that application: keep them assigned.
    scored = np.array(bulk.fetch_rows(session, select(Score.judge_id, Score.application_id)
                                      .where(in_edition(Score, edition)).distinct()),
                      np.int64).reshape(-1, 2)
    scored_keys = np.unique(pair_keys(scored[:, 0], scored[:, 1]))
    scored_keys = scored_keys[~np.isin(scored_keys, conflicted) & ~np.isin(scored_keys,
                                                                            have_keys)]
    ex_j = np.concatenate([kept[:, 1], scored_keys >> 32])
    ex_a = np.concatenate([kept[:, 2], scored_keys & 0xFFFFFFFF])
    conf_j, conf_a = conflicted >> 32, conflicted & 0xFFFFFFFF
    in_scope = np.isin(conf_j, judge_ids) & np.isin(conf_a, app_ids)
    conf_idx = (places(conf_a[in_scope], app_ids), places(conf_j[in_scope], judge_ids))
    ex_idx = (places(ex_a, app_ids), places(ex_j, judge_ids))
    if progress:
        progress(1, 3)
    try:
        sol = solve(app_cat, len(judges), k, conflicts=conf_idx, existing=ex_idx,
                    max_load=max_load, prefer=prefer, seed=seed)
    except Infeasible as exc:
        raise Refused(_infeasible_message(exc, k, app_codes, app_cat, conf_idx, ex_idx,
                                          len(judges), max_load)) from None
    if progress:
        progress(2, 3)

    report = AssignReport(k, seed, added=len(sol.apps), kept=len(kept), removed=len(removed),
                          from_scores=len(scored_keys), applications=len(apps),
                          judges=len(judges))
    report.loads = {judge_codes[j]: int(sol.loads[j]) for j in range(len(judges))}
    if not report.touched:
        return report
    new_j = np.concatenate([ex_j[len(kept):], judge_ids[sol.judges]])
    new_a = np.concatenate([ex_a[len(kept):], app_ids[sol.apps]])
    sources = ["scored"] * len(scored_keys) + ["auto"] * len(sol.apps)
    if len(removed):
        session.execute(delete(Assignment).where(
            Assignment.id.in_(removed[:, 0].tolist())))
    bulk.insert_rows(session, Assignment.__table__,
                     ("round_id", "judge_id", "application_id", "source"),
                     [(edition.open_round_id, j, a, src) for j, a, src
                      in zip(new_j.tolist(), new_a.tolist(), sources, strict=True)])
    jcode = dict(zip(judge_ids.tolist(), judge_codes, strict=True))
    acode = dict(zip(app_ids.tolist(), app_codes, strict=True))
    changes = ChangeSet(
        upserts=TableRows(assignments=tuple(
            {"judge": jcode[j], "application": acode[a]}
            for j, a in zip(new_j.tolist(), new_a.tolist(), strict=True))),
        removals=TableRows(assignments=tuple(
            {"judge": jcode[j], "application": acode[a]}
            for j, a in zip(removed[:, 1].tolist(), removed[:, 2].tolist(), strict=True))),
        assign=AssignRun(k, seed, max_load,
                         {j: tuple(v) for j, v in sorted(preferences.items())}))
    history.record(session, edition, "assign", str(report), changes=changes, actor=actor)
    if progress:
        progress(3, 3)
    return report


def _preference_matrix(preferences: Mapping[str, Sequence[str]], judge_codes: list[str],
                       cats: Sequence[tuple[int, str, str]]) -> np.ndarray | None:
    if not preferences:
        return None
    by_name = {code.casefold(): n for n, (_, code, _) in enumerate(cats)}
    by_name |= {name.casefold(): n for n, (_, _, name) in enumerate(cats)}
    judge_index = {c.casefold(): n for n, c in enumerate(judge_codes)}
    prefer = np.ones((len(judge_codes), len(cats)), dtype=bool)
    for judge, wanted in preferences.items():
        j = judge_index.get(judge.strip().casefold())
        if j is None:
            raise Refused(f"preferences: '{judge}' is not a judge")
        idx = []
        for name in wanted:
            n = by_name.get(name.strip().casefold())
            if n is None:
                raise Refused(f"preferences of {judge}: '{name}' is not a category; known: "
                              f"{', '.join(c for _, c, _ in cats)}")
            idx.append(n)
        if idx:
            prefer[j] = False
            prefer[j, idx] = True
    return prefer


def _infeasible_message(exc: Infeasible, k: int, app_codes: list[str], app_cat: np.ndarray,
                        conflicts: tuple[np.ndarray, np.ndarray],
                        existing: tuple[np.ndarray, np.ndarray], n_judges: int,
                        max_load: int | None) -> str:
    conflicted = np.bincount(conflicts[0], minlength=len(app_codes))
    names = []
    for i in exc.apps[:SHOWN]:
        names.append(f"{app_codes[i]} ({n_judges - int(conflicted[i])} judges without a "
                     "conflict)")
    more = len(exc.apps) - SHOWN
    listed = ", ".join(names) + (f" and {more} more" if more > 0 else "")
    why = exc.message
    if max_load is not None and "maximum load" in why:
        why += f" ({max_load})"
    return (f"cannot give every application {k} judges: {why} for {listed}; nothing was "
            "assigned")


def read_preferences(path: str | Path) -> dict[str, list[str]]:
    """Category preferences from a .csv/.xlsx file: a judge column (``judge`` or ``code``, so
    the judges file itself serves) and ``categories`` (codes or names separated by ``;``)."""
    from wego_awards.io.tables import ROW, read_table

    table = read_table(path, ("categories",))
    frame = table.frame
    column = "judge" if "judge" in frame.columns else "code" if "code" in frame.columns else None
    if column is None:
        raise InputRefused([table.problem("missing column judge (or code) in the header row",
                                          row=1)])
    out: dict[str, list[str]] = {}
    problems: list[Problem] = []
    for r in frame.to_dict("records"):
        code = r[column]
        if not code:
            problems.append(table.problem("the row names no judge", r[ROW], column, code))
            continue
        if code.casefold() in {c.casefold() for c in out}:
            problems.append(table.problem(f"judge {quoted(code)} is named twice", r[ROW], column,
                                          code))
            continue
        out[code] = [c.strip() for c in r["categories"].replace(",", ";").split(";")
                     if c.strip()]
    if problems:
        raise InputRefused(problems)
    return out


def judge_applications(session: Session, edition: Edition, judge: Judge) -> list[Application]:
    """The applications ``judge`` is to score: assigned to them (or, with no assignments in the
    edition, all), never one they have a conflict with; by category, then code."""
    conflicted = EditionStore(session, edition).conflict_pairs()
    barred = set((conflicted[(conflicted >> 32) == judge.id] & 0xFFFFFFFF).tolist())
    store = EditionStore(session, edition)
    stmt = (select(Application).join(Category, Category.id == Application.category_id)
            .where(store.entered())
            .order_by(Category.position, Category.code, Application.code))
    if store.has_assignments():
        stmt = stmt.join(Assignment, Assignment.application_id == Application.id).where(
            Assignment.judge_id == judge.id, store.mine(Assignment))
    return [a for a in session.scalars(stmt) if a.id not in barred]
