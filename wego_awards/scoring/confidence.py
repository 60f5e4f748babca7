"""Confidence of each award: the chance that the application truly holds it, given the scores.

``posterior_confidence`` (the default) draws the category's true qualities jointly from the
model's posterior (``model.py``): qualities shrunk towards the category's mean, judge offsets
random, both spreads estimated from the edition, the covariance of applications that share judges
kept. Centring draws on the estimated scores instead takes the leader's lead, inflated by noise
(the winner's curse), as true, and states too high a confidence; the posterior does not.

``award_confidence`` ("redraw", the earlier method, kept for comparison) is a parametric
simulation: every scored application of the category gets independent draws
N(score, se), and the award procedure is replayed on each draw with the jury's overrides fixed.
The confidence of a computed award is the fraction of draws in which the application lands on the
same award (for a tier of several places: anywhere within the tier's places), above the minimum
score if there is one.

For an overridden award the confidence answers "would the numbers alone have given it this
award?": the fraction of draws in which, among all scored applications of the category and with
no override, the application lands within the award's places. A low figure there tells the jury
how far its decision departs from the scores; it is not flagged as low confidence, since the jury
has decided. An overridden application without a score gets None.

Draws come from ``np.random.default_rng([seed, category])``: each category has its own stream, so
the figures of one category do not depend on the others, and the same input and seed give the same
bits. Only applications within reach of a holder are drawn (see RELEVANCE), and a category with
very many of those gets fewer draws (at least 200), so 20,000 applications stay fast.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .awards import CategoryPlan
from .inputs import TIE_TOLERANCE
from .model import Posterior

MAX_DRAWS = 2000
MIN_DRAWS = 200
# Draws x applications per category: bounds the memory (12 MB) and time of a huge category.
CELL_BUDGET = 3_000_000
RELEVANCE = 6.0


def n_draws(n_apps: int) -> int:
    """Number of simulated rankings for a category of ``n_apps`` scored applications."""
    return int(min(MAX_DRAWS, max(MIN_DRAWS, CELL_BUDGET // max(n_apps, 1))))


def award_confidence(
    plan: CategoryPlan,
    score: np.ndarray,
    se: np.ndarray,
    min_score: float | None,
    seed: int,
) -> list[float | None]:
    """Confidence of each of ``plan.holders`` (same order); None everywhere when the standard
    errors are unknown (no application had two judges)."""
    cols = plan.ranked
    ranked = set(cols.tolist())
    held = [app for _aw, app, _pl, _ov in plan.holders if app in ranked]
    if not held or not np.all(np.isfinite(se[cols])):
        return [None] * len(plan.holders)
    # An application that would need a RELEVANCE-sd surprise to overtake every holder never does
    # in practice (odds below 1e-9); leaving it out keeps huge categories cheap.
    reachable = np.zeros(cols.size, dtype=bool)
    for app in held:
        gap_sd = np.sqrt(se[cols] ** 2 + se[app] ** 2)
        reachable |= score[cols] + RELEVANCE * gap_sd >= score[app]
    cols = cols[reachable]
    rng = np.random.default_rng([seed, plan.category])
    # Single precision halves the cost; 7 digits are plenty for where a draw falls.
    noise = rng.standard_normal((n_draws(cols.size), cols.size), dtype=np.float32)
    draws = score[cols].astype(np.float32) + se[cols].astype(np.float32) * noise
    column = {int(a): k for k, a in enumerate(cols)}
    in_rest = np.array([int(a) not in plan.overridden for a in cols], dtype=bool)
    rest_draws, rest_apps = draws[:, in_rest], cols[in_rest]

    free_range: dict[str, tuple[int, int]] = {}
    for k, award in enumerate(plan.free_awards):
        lo, _hi = free_range.get(award, (k, k))
        free_range[award] = (lo, k)
    out: list[float | None] = []
    for award, app, _place, overridden in plan.holders:
        if app not in column:
            out.append(None)
            continue
        mine = draws[:, column[app]]
        if overridden:
            first, last = plan.tier_places[award]
            lo, hi = first - 1, last - 1
            position = _position(draws, cols, mine, app)
        else:
            lo, hi = free_range[award]
            position = _position(rest_draws, rest_apps, mine, app)
        holds = (position >= lo) & (position <= hi)
        if min_score is not None:
            holds &= mine >= np.float32(min_score - TIE_TOLERANCE)
        out.append(float(np.count_nonzero(holds)) / mine.size)
    return out


def _position(draws: np.ndarray, apps: np.ndarray, mine: np.ndarray, app: int) -> np.ndarray:
    """0-based place of ``app`` in every draw among the columns ``apps`` (ties by index, as in the
    ranking)."""
    ahead = draws > mine[:, None]
    ahead |= (draws == mine[:, None]) & (apps < app)[None, :]
    return np.count_nonzero(ahead, axis=1)


class Confidence(NamedTuple):
    """One award's confidence and what lowers it most: ``rival`` is the application whose true
    quality most often crosses the holder's (above it for an application ranked below, below it
    for one ranked above), ``rival_chance`` how often it does (None without a rival)."""

    value: float | None
    rival: int | None = None
    rival_chance: float | None = None


def posterior_confidence(
    plan: CategoryPlan,
    post: Posterior | None,
    min_score: float | None,
    seed: int,
) -> list[Confidence]:
    """The chance that each of ``plan.holders`` truly holds its award, from joint draws of the
    category's true qualities under the model's posterior (``model.Posterior``), the award
    procedure replayed on each draw as in ``award_confidence``. None everywhere without a model
    (no residual degree of freedom)."""
    cols = plan.ranked
    ranked = set(cols.tolist())
    held = [app for _aw, app, _pl, _ov in plan.holders if app in ranked]
    if post is None or not held:
        return [Confidence(None)] * len(plan.holders)
    mean, sd = post.mean, post.sd
    # Everything ranked down to the last holder is drawn; below it, only what is within reach.
    reachable = np.arange(cols.size) <= max(int(np.flatnonzero(cols == a)[0]) for a in held)
    for app in held:
        gap_sd = np.sqrt(sd[cols] ** 2 + sd[app] ** 2)
        reachable |= mean[cols] + RELEVANCE * gap_sd >= mean[app]
    cols = cols[reachable]
    rng = np.random.default_rng([seed, plan.category])
    draws = post.draw(cols, plan.category, n_draws(cols.size), rng)
    column = {int(a): k for k, a in enumerate(cols)}
    in_rest = np.array([int(a) not in plan.overridden for a in cols], dtype=bool)
    rest_draws, rest_apps = draws[:, in_rest], cols[in_rest]
    place_of = {int(a): k for k, a in enumerate(plan.ranked)}

    free_range: dict[str, tuple[int, int]] = {}
    for k, award in enumerate(plan.free_awards):
        lo, _hi = free_range.get(award, (k, k))
        free_range[award] = (lo, k)
    same_award: dict[str, set[int]] = {}
    for award, app, _place, _ov in plan.holders:
        same_award.setdefault(award, set()).add(app)
    out: list[Confidence] = []
    for award, app, _place, overridden in plan.holders:
        if app not in column:
            out.append(Confidence(None))
            continue
        mine = draws[:, column[app]]
        if overridden:
            first, last = plan.tier_places[award]
            lo, hi = first - 1, last - 1
            position = _position(draws, cols, mine, app)
        else:
            lo, hi = free_range[award]
            position = _position(rest_draws, rest_apps, mine, app)
        holds = (position >= lo) & (position <= hi)
        if min_score is not None:
            holds &= mine >= min_score - TIE_TOLERANCE
        value = float(np.count_nonzero(holds)) / mine.size
        out.append(Confidence(value, *_rival(draws, cols, mine, app, same_award[award], place_of)))
    return out


def _rival(
    draws: np.ndarray,
    cols: np.ndarray,
    mine: np.ndarray,
    app: int,
    partners: set[int],
    place_of: dict[int, int],
) -> tuple[int | None, float | None]:
    """The application (not sharing the award) whose draws most often cross ``app``'s."""
    here = place_of.get(app, 0)
    above = np.array([place_of.get(int(a), -1) < here for a in cols])
    crossing = np.where(above[None, :], draws < mine[:, None], draws > mine[:, None])
    chance = crossing.mean(axis=0)
    eligible = np.array([int(a) not in partners for a in cols])
    if not eligible.any():
        return None, None
    chance = np.where(eligible, chance, -1.0)
    k = int(np.argmax(chance))
    if chance[k] <= 0:
        return None, None
    return int(cols[k]), float(chance[k])
