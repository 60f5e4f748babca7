"""What the scoring engine returns: scores per application, rankings and awards per category,
judge statistics.

Per-application and per-judge figures are numpy arrays indexed like the input (read-only), with
NaN where a figure does not exist (an application nobody scored completely, a judge with fewer
than three applications for an agreement); ``JudgeStats.records`` turns NaN into None for JSON.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .model import ModelFit


def frozen_array(values: np.ndarray) -> np.ndarray:
    """The array made read-only, so a frozen result cannot be changed in place by accident."""
    values = np.ascontiguousarray(values)
    values.setflags(write=False)
    return values


def none_if_nan(value: float) -> float | None:
    """A plain float, or None where the figure does not exist."""
    value = float(value)
    return None if math.isnan(value) else value


@dataclass(frozen=True)
class AwardResult:
    """One award given in a category.

    ``place`` is the 1-based place the award stands for (gold 1, silver 2, special mention 3 by
    default). ``confidence`` is the chance that the application truly holds this award, given
    all the scores (see ``confidence.py``); None when it cannot be estimated. ``overridden`` is
    True when the jury gave it. ``rival`` is the application whose true quality most often
    crosses this one's in the simulation (what lowers the confidence most), ``rival_chance`` how
    often it does; both None when unknown.
    """

    award: str
    app: int
    place: int
    confidence: float | None
    overridden: bool
    rival: int | None = None
    rival_chance: float | None = None


@dataclass(frozen=True)
class CategoryResult:
    """Ranking, awards and flags of one category.

    ``ranking`` lists (rank, application) best first; exact ties share a rank ("1, 2, 2, 4") and
    are listed by application index. Applications without a complete score are not ranked.
    ``flags`` are dicts {"kind", "message", "applications", "judge"} with kind one of "tie",
    "near_tie", "low_confidence", "judge_dependent", "empty_tier".
    """

    category: int
    ranking: list[tuple[int, int]]
    awards: list[AwardResult]
    flags: list[dict[str, Any]]


@dataclass(frozen=True, eq=False)
class JudgeStats:
    """Per judge: how many applications they scored completely, their additive offset (how much
    more lenient than the panel, in points on the 0..10 scale), the spread (sample sd) of their
    totals, their agreement (Pearson correlation of their totals with the panel's score of the
    same applications computed without them) and whether they look like an outlier."""

    n_scored: np.ndarray
    offset: np.ndarray
    spread: np.ndarray
    agreement: np.ndarray
    outlier: np.ndarray

    def records(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per judge (judge index, figures, None for missing figures)."""
        return [
            {
                "judge": j,
                "n_scored": int(self.n_scored[j]),
                "offset": none_if_nan(self.offset[j]),
                "spread": none_if_nan(self.spread[j]),
                "agreement": none_if_nan(self.agreement[j]),
                "outlier": bool(self.outlier[j]),
            }
            for j in range(len(self.n_scored))
        ]


@dataclass(frozen=True, eq=False)
class Results:
    """Everything ``compute_results`` found.

    Arrays per application: ``score`` (the chosen method, 0..10 scale), ``raw_mean`` (plain mean of
    the judges' totals), ``n_judges`` (judges whose total counted), ``se`` (standard error of
    ``score``; see ``methods.standard_errors``). ``missing`` counts (judge, application) pairs with
    some but not all criteria scored. ``reliability`` is the panel's ICC(1,k) of the raw totals,
    ``reliability_adjusted`` the same of the method's adjusted totals (see ``judges.py``).
    ``model`` holds the estimated spreads and the ridge used (``model.ModelFit``); None when the
    design leaves no residual degree of freedom.
    """

    method: str
    score: np.ndarray
    raw_mean: np.ndarray
    n_judges: np.ndarray
    se: np.ndarray
    categories: list[CategoryResult]
    judges: JudgeStats
    reliability: float | None
    missing: int
    warnings: list[str]
    reliability_adjusted: float | None = None
    model: ModelFit | None = None
