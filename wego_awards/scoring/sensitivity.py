"""The leave-one-judge-out check: does any award in a category change hands without one judge?

For every judge and category, the applications that judge scored get their leave-one-out score
(the method's aggregate without that judge, the other judges' adjustments held fixed), the others
keep theirs, and the award procedure's free slots are given out again (overrides stay as the jury
decided). Only applications the judge scored can move, so the new holders are found among the
first few unchanged applications of the ranking and those moved applications that reach them:
each check sorts a handful of numbers, whatever the size of the category.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .awards import CategoryPlan, award_name, count_filled, rank_order
from .inputs import TIE_TOLERANCE


def _holders(apps: np.ndarray, free_awards: list[str], filled: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {award: [] for award in free_awards}
    for k in range(filled):
        out[free_awards[k]].append(int(apps[k]))
    return {award: sorted(apps_) for award, apps_ in out.items()}


def judge_dependent_flags(
    plans: list[CategoryPlan],
    score: np.ndarray,
    pair_app: np.ndarray,
    pair_judge: np.ndarray,
    loo: np.ndarray,
    min_score: float | None,
    app_label: Callable[[int], str],
    judge_label: Callable[[int], str],
) -> dict[int, list[dict[str, Any]]]:
    """Flags of kind "judge_dependent" per category index (module docstring)."""
    n_apps = score.size
    rest_category = np.full(n_apps, -1, dtype=np.int64)
    plan_of: dict[int, CategoryPlan] = {}
    for plan in plans:
        if plan.free_awards:
            rest_category[plan.rest] = plan.category
            plan_of[plan.category] = plan
    flags: dict[int, list[dict[str, Any]]] = {plan.category: [] for plan in plans}

    mask = rest_category[pair_app] >= 0
    app, judge, value = pair_app[mask], pair_judge[mask], loo[mask]
    category = rest_category[app]
    order = np.lexsort((app, judge, category))
    app, judge, value, category = app[order], judge[order], value[order], category[order]
    if app.size == 0:
        return flags
    group_key = category * (int(judge.max()) + 1) + judge
    starts = np.flatnonzero(np.r_[True, group_key[1:] != group_key[:-1]])
    ends = np.r_[starts[1:], app.size]

    base = {c: _holders(p.rest, p.free_awards, p.filled) for c, p in plan_of.items()}
    is_changed = np.zeros(n_apps, dtype=bool)  # reused marker: cheaper than np.isin per group
    for start, end in zip(starts, ends, strict=True):
        plan = plan_of[int(category[start])]
        changed, new_value = app[start:end], value[start:end]
        n_free = len(plan.free_awards)
        is_changed[changed] = True
        top = plan.rest[: n_free + changed.size]
        top = top[~is_changed[top]][:n_free]
        is_changed[changed] = False
        # A moved application can only matter if it reaches the last unchanged holder's score.
        floor = score[top[-1]] - TIE_TOLERANCE if top.size == n_free else -np.inf
        keep = np.isfinite(new_value) & (new_value >= floor)
        cand = np.concatenate([top, changed[keep]])
        cand_score = np.concatenate([score[top], new_value[keep]])
        ranked = rank_order(cand, cand_score)
        cand, cand_score = cand[ranked], cand_score[ranked]
        filled = count_filled(cand_score, n_free, min_score)
        after = _holders(cand, plan.free_awards, filled)
        before = base[plan.category]
        moved = [award for award in before if before[award] != after[award]]
        if not moved:
            continue
        j = int(judge[start])
        involved = sorted({a for award in moved for a in before[award] + after[award]})
        changes = "; ".join(
            f"{award_name(award)} would go to {_names(after[award], app_label)} "
            f"instead of {_names(before[award], app_label)}"
            for award in moved
        )
        flags[plan.category].append(
            {
                "kind": "judge_dependent",
                "message": f"Without {judge_label(j)}'s scores: {changes}.",
                "applications": involved,
                "judge": j,
            }
        )
    return flags


def _names(apps: list[int], app_label: Callable[[int], str]) -> str:
    return ", ".join(app_label(a) for a in apps) if apps else "nobody"
