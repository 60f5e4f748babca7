"""Ranking and awards inside one category, and the flags about award boundaries.

The award procedure, used for the result itself, the confidence simulation and the
leave-one-judge-out check alike:

1. Overrides first: each overridden application takes a slot of its award (the jury's decision).
2. The other applications ("the rest"), best first, take the remaining slots in place order.
3. A slot whose next candidate scores below ``min_score`` stays empty (so do all later free slots,
   as the rest is sorted).

Tie flags look at boundaries in the rest's order only: an overridden application was placed by the
jury, so a tie involving it at the place it was given is settled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .inputs import TIE_TOLERANCE


def award_name(award: str | None) -> str:
    """An award as people write it: 'special_mention' -> 'Special Mention', None -> 'no award'."""
    if award is None:
        return "no award"
    return award.replace("_", " ").title()


def rank_order(apps: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Positions into ``apps``/``scores``, best score first; scores within TIE_TOLERANCE of each
    other are one tie group, listed by application index so the order never depends on rounding."""
    if apps.size == 0:
        return np.zeros(0, dtype=np.int64)
    first = np.lexsort((apps, -scores))
    s = scores[first]
    group = np.zeros(s.size, dtype=np.int64)
    np.cumsum(s[:-1] - s[1:] >= TIE_TOLERANCE, out=group[1:])
    return first[np.lexsort((apps[first], group))]


def competition_ranks(sorted_scores: np.ndarray) -> np.ndarray:
    """Ranks "1, 2, 2, 4" for scores already sorted best first (ties within TIE_TOLERANCE)."""
    if sorted_scores.size == 0:
        return np.zeros(0, dtype=np.int64)
    new_group = np.r_[True, sorted_scores[:-1] - sorted_scores[1:] >= TIE_TOLERANCE]
    first_pos = np.flatnonzero(new_group)
    group = np.cumsum(new_group) - 1
    return first_pos[group] + 1


def count_filled(rest_scores: np.ndarray, n_free: int, min_score: float | None) -> int:
    """How many free slots the rest (sorted best first) fills before running out or dropping
    below the minimum score."""
    candidates = rest_scores[:n_free]
    if min_score is None:
        return int(candidates.size)
    return int(np.count_nonzero(candidates >= min_score - TIE_TOLERANCE))


@dataclass(frozen=True, eq=False)
class CategoryPlan:
    """The award procedure's outcome in one category, before confidence is known.

    ``holders`` are (award, app, place, overridden) in place order. ``rest`` is the ranked
    applications that were not overridden; ``free_awards[k]`` is the award of the k-th slot left
    after overrides, and ``rest[:filled]`` hold those slots. ``tier_places`` gives each award's
    first and last place (1-based) under the rules.
    """

    category: int
    ranked: np.ndarray
    ranks: np.ndarray
    rest: np.ndarray
    free_awards: list[str]
    filled: int
    holders: list[tuple[str, int, int, bool]]
    overridden: dict[int, str]
    tier_places: dict[str, tuple[int, int]]


def plan_category(
    category: int,
    apps: np.ndarray,
    score: np.ndarray,
    slots: list[tuple[str, int]],
    overrides: dict[int, str],
    min_score: float | None,
) -> CategoryPlan:
    """Rank the category's applications and give out its award slots (module docstring).

    ``apps`` are the category's applications in index order; ``overrides`` maps an application to
    the award the jury gave it.
    """
    scored = apps[np.isfinite(score[apps])]
    ranked = scored[rank_order(scored, score[scored])]
    ranks = competition_ranks(score[ranked])
    rest = ranked[~np.isin(ranked, np.fromiter(overrides, np.int64, len(overrides)))]

    taken: dict[str, int] = {}
    for award in overrides.values():
        taken[award] = taken.get(award, 0) + 1
    free_awards: list[str] = []
    for award, _place in slots:
        if taken.get(award, 0) > 0:
            taken[award] -= 1
        else:
            free_awards.append(award)
    filled = count_filled(score[rest], len(free_awards), min_score)

    # Within a tier, places follow the ranking (an unscored overridden application last).
    def position(app: int) -> int:
        at = np.flatnonzero(ranked == app)
        return int(at[0]) if at.size else ranked.size

    by_award: dict[str, list[tuple[int, bool]]] = {}
    for app, award in overrides.items():
        by_award.setdefault(award, []).append((app, True))
    for k in range(filled):
        by_award.setdefault(free_awards[k], []).append((int(rest[k]), False))
    holders: list[tuple[str, int, int, bool]] = []
    places: dict[str, list[int]] = {}
    for award, place in slots:
        places.setdefault(award, []).append(place)
    for award, award_places in places.items():
        chosen = sorted(by_award.get(award, []), key=lambda h: (position(h[0]), h[0]))
        for (app, overridden), place in zip(chosen, award_places, strict=False):
            holders.append((award, app, place, overridden))
    holders.sort(key=lambda h: h[2])
    return CategoryPlan(
        category=category,
        ranked=ranked,
        ranks=ranks,
        rest=rest,
        free_awards=free_awards,
        filled=filled,
        holders=holders,
        overridden=dict(overrides),
        tier_places={award: (min(p), max(p)) for award, p in places.items()},
    )


def boundary_flags(
    plan: CategoryPlan, score: np.ndarray, near_tie: float, label: Any
) -> list[dict[str, Any]]:
    """Flags of kind "tie" and "near_tie" between neighbours of the rest whose awards differ.

    ``label(app)`` words an application. A boundary exists after each filled free slot up to and
    including the last one, whose neighbour below gets no award (or a different one).
    """
    flags: list[dict[str, Any]] = []

    def award_at(k: int) -> str | None:
        return plan.free_awards[k] if k < plan.filled else None

    for k in range(min(plan.filled, plan.rest.size - 1)):
        upper, lower = award_at(k), award_at(k + 1)
        if upper == lower:
            continue
        a, b = int(plan.rest[k]), int(plan.rest[k + 1])
        gap = float(score[a] - score[b])
        between = f"{award_name(upper)} and {award_name(lower)}"
        if gap < TIE_TOLERANCE:
            flags.append(
                {
                    "kind": "tie",
                    "message": f"{label(a)} and {label(b)} are tied at {score[a]:.2f} "
                    f"between {between}; the jury must decide.",
                    "applications": [a, b],
                    "judge": None,
                }
            )
        elif gap < near_tie:
            flags.append(
                {
                    "kind": "near_tie",
                    "message": f"{label(a)} ({score[a]:.3f}) and {label(b)} ({score[b]:.3f}) "
                    f"differ by only {gap:.3f} between {between}.",
                    "applications": [a, b],
                    "judge": None,
                }
            )
    return flags


def empty_tier_flags(
    plan: CategoryPlan, tiers: tuple[tuple[str, int], ...], min_score: float | None
) -> list[dict[str, Any]]:
    """An "empty_tier" flag for every award with fewer holders than the rules give it."""
    held: dict[str, int] = {}
    for award, _app, _place, _ov in plan.holders:
        held[award] = held.get(award, 0) + 1
    flags: list[dict[str, Any]] = []
    below_minimum = plan.rest.size > plan.filled and min_score is not None
    for award, count in tiers:
        missing = count - held.get(award, 0)
        if missing <= 0:
            continue
        if below_minimum:
            why = f"no further application reached the minimum score of {min_score:.2f}"
        else:
            why = f"only {plan.ranked.size} application(s) in this category have a score"
        flags.append(
            {
                "kind": "empty_tier",
                "message": f"{award_name(award)}: {missing} of {count} not awarded; {why}.",
                "applications": [],
                "judge": None,
            }
        )
    return flags
