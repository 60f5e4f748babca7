"""Weighted totals: one number per (judge, application) from that judge's criterion scores."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .inputs import ScoringInput


@dataclass(frozen=True, eq=False)
class PairTotals:
    """The complete (judge, application) pairs, sorted by application then judge.

    ``total`` is on the 0..10 scale. ``missing`` counts the pairs left out because the judge scored
    some but not all criteria of the application.
    """

    app: np.ndarray
    judge: np.ndarray
    total: np.ndarray
    missing: int


def weighted_totals(inp: ScoringInput) -> PairTotals:
    """Each judge's weighted total per application, on a 0..10 scale.

    total = sum_c w_c (s_c - min_c) / (max_c - min_c) / sum_c w_c * 10, counted only when the judge
    scored every criterion of the application. Excluded rows are dropped first. Rows are put in
    one canonical order before any sum, so the same scores in any row order give the same bits.
    Raises ValueError for two scores of the same judge, application and criterion.
    """
    app = np.asarray(inp.s_app, dtype=np.int64)
    judge = np.asarray(inp.s_judge, dtype=np.int64)
    crit = np.asarray(inp.s_crit, dtype=np.int64)
    value = np.asarray(inp.s_value, dtype=np.float64)
    if inp.excluded is not None:
        keep = ~np.asarray(inp.excluded, dtype=bool)
        if not keep.all():  # nothing to drop, nothing to copy
            app, judge, crit, value = app[keep], judge[keep], crit[keep], value[keep]

    weight = np.asarray(inp.crit_weight, dtype=np.float64)
    low = np.asarray(inp.crit_min, dtype=np.float64)
    span = np.asarray(inp.crit_max, dtype=np.float64) - low
    n_crit = len(weight)

    # One integer key sorts by (application, judge, criterion) in a single argsort.
    key = (app * max(inp.n_judges, 1) + judge) * n_crit + crit
    order = np.argsort(key, kind="stable")
    key = key[order]
    if key.size and np.any(key[1:] == key[:-1]):
        dup = int(key[1:][key[1:] == key[:-1]][0])
        pair, c = divmod(dup, n_crit)
        a, j = divmod(pair, max(inp.n_judges, 1))
        raise ValueError(
            f"{inp.judge_label(j)} has two scores for {inp.app_label(a)} on criterion {c}"
        )
    # Each row's share, worked out before the rows are put in order: the same operations on
    # each row give the same bits, without a sorted copy of the criteria and values first.
    part = (weight[crit] * (value - low[crit]) / span[crit])[order]

    pair_key = key // n_crit
    if pair_key.size == 0:
        empty_i = np.zeros(0, dtype=np.int64)
        return PairTotals(empty_i, empty_i.copy(), np.zeros(0), 0)
    starts = np.flatnonzero(np.r_[True, pair_key[1:] != pair_key[:-1]])
    counts = np.diff(np.r_[starts, pair_key.size])
    sums = np.add.reduceat(part, starts)
    complete = counts == n_crit
    keys = pair_key[starts][complete]
    total = sums[complete] / weight.sum() * 10.0
    return PairTotals(
        app=keys // max(inp.n_judges, 1),
        judge=keys % max(inp.n_judges, 1),
        total=total,
        missing=int(np.count_nonzero(~complete)),
    )
