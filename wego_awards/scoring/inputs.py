"""What the scoring engine is given: the scores as arrays, the award rules, the jury's overrides.

Everything here is positional: applications, judges, criteria and categories are 0-based indices.
The service layer maps codes to indices on the way in and back on the way out, so this package
never sees a database or a code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Two scores closer than this are the same score: totals are sums of floats, and a difference of
# 1e-12 is rounding, not a judgement.
TIE_TOLERANCE = 1e-9

CONFIDENCE_METHODS = ("posterior", "redraw")


@dataclass(frozen=True, eq=False)
class ScoringInput:
    """The scores of an edition as arrays, one row per (judge, application, criterion) score.

    ``excluded`` marks rows that must not count (a conflict of interest found after the score was
    entered); they are dropped before anything else. ``app_labels``, ``judge_labels`` and
    ``category_labels`` are optional names (codes) used only to word messages; without them
    messages say "application 12", "judge 3" and "category 1".
    """

    n_apps: int
    n_judges: int
    app_category: np.ndarray
    n_categories: int
    s_app: np.ndarray
    s_judge: np.ndarray
    s_crit: np.ndarray
    s_value: np.ndarray
    crit_weight: np.ndarray
    crit_min: np.ndarray
    crit_max: np.ndarray
    excluded: np.ndarray | None = None
    app_labels: Sequence[str] | None = None
    judge_labels: Sequence[str] | None = None
    category_labels: Sequence[str] | None = None

    def app_label(self, app: int) -> str:
        """The name used for an application in messages."""
        if self.app_labels is not None:
            return str(self.app_labels[app])
        return f"application {app}"

    def judge_label(self, judge: int) -> str:
        """The name used for a judge in messages."""
        if self.judge_labels is not None:
            return str(self.judge_labels[judge])
        return f"judge {judge}"

    def category_label(self, category: int) -> str:
        """The name used for a category in messages."""
        if self.category_labels is not None:
            return str(self.category_labels[category])
        return f"category {category}"


@dataclass(frozen=True)
class AwardRules:
    """How awards are given in every category of an edition.

    ``tiers`` are taken in order, each by ``count`` successive places. ``min_score`` leaves a tier
    empty rather than giving it to an application below it. ``near_tie`` (on the 0..10 scale) and
    ``low_confidence`` decide what is flagged for the jury. ``shrinkage`` is the ridge lambda on
    judge offsets in the additive model, None to estimate it from the data (noise variance /
    offset variance, see ``model.py``); ``trim`` the proportion cut from each end by "trimmed",
    ``seed`` seeds the confidence simulation. ``confidence_method`` is "posterior" (the model's
    joint posterior, calibrated) or "redraw" (the earlier draws centred on the scores, kept to
    compare with).
    """

    tiers: tuple[tuple[str, int], ...] = (("gold", 1), ("silver", 1), ("special_mention", 1))
    min_score: float | None = None
    near_tie: float = 0.05
    low_confidence: float = 0.5
    shrinkage: float | None = None
    trim: float = 0.2
    seed: int = 0
    confidence_method: str = "posterior"

    def slots(self) -> list[tuple[str, int]]:
        """Every award place as (award, place), places counted from 1 in tier order."""
        out: list[tuple[str, int]] = []
        for award, count in self.tiers:
            for _ in range(count):
                out.append((award, len(out) + 1))
        return out


@dataclass(frozen=True)
class Override:
    """The jury's decision: ``app`` gets ``award`` in ``category``, whatever the ranking says."""

    category: int
    award: str
    app: int


def _check_index(name: str, values: np.ndarray, size: int) -> None:
    if values.size and (values.min() < 0 or values.max() >= size):
        raise ValueError(f"{name} holds an index outside 0..{size - 1}")


def validate_input(inp: ScoringInput) -> None:
    """Raise ValueError, in words, when the arrays do not describe a consistent set of scores."""
    if inp.n_apps < 0 or inp.n_judges < 0 or inp.n_categories < 0:
        raise ValueError("the numbers of applications, judges and categories cannot be negative")
    if len(inp.app_category) != inp.n_apps:
        raise ValueError(
            f"app_category has {len(inp.app_category)} entries for {inp.n_apps} applications"
        )
    _check_index("app_category", np.asarray(inp.app_category), inp.n_categories)
    n_rows = len(inp.s_value)
    for name in ("s_app", "s_judge", "s_crit"):
        if len(getattr(inp, name)) != n_rows:
            raise ValueError(f"{name} has {len(getattr(inp, name))} rows, s_value has {n_rows}")
    if inp.excluded is not None and len(inp.excluded) != n_rows:
        raise ValueError(f"excluded has {len(inp.excluded)} rows, s_value has {n_rows}")
    n_crit = len(inp.crit_weight)
    if n_crit == 0:
        raise ValueError("there are no criteria")
    if len(inp.crit_min) != n_crit or len(inp.crit_max) != n_crit:
        raise ValueError("crit_weight, crit_min and crit_max must have one entry per criterion")
    weight = np.asarray(inp.crit_weight, dtype=np.float64)
    if not np.all(np.isfinite(weight)) or np.any(weight < 0) or weight.sum() <= 0:
        raise ValueError("criterion weights must be non-negative numbers with a positive sum")
    span = np.asarray(inp.crit_max, dtype=np.float64) - np.asarray(inp.crit_min, dtype=np.float64)
    if not np.all(np.isfinite(span)) or np.any(span <= 0):
        raise ValueError("every criterion needs a maximum above its minimum")
    _check_index("s_app", np.asarray(inp.s_app), inp.n_apps)
    _check_index("s_judge", np.asarray(inp.s_judge), inp.n_judges)
    _check_index("s_crit", np.asarray(inp.s_crit), n_crit)
    if not np.all(np.isfinite(np.asarray(inp.s_value, dtype=np.float64))):
        raise ValueError("a score value is not a finite number")
    for name, labels, size in (
        ("app_labels", inp.app_labels, inp.n_apps),
        ("judge_labels", inp.judge_labels, inp.n_judges),
        ("category_labels", inp.category_labels, inp.n_categories),
    ):
        if labels is not None and len(labels) != size:
            raise ValueError(f"{name} has {len(labels)} entries for {size}")


def validate_rules(rules: AwardRules) -> None:
    """Raise ValueError, in words, for award rules that cannot be applied."""
    names = [award for award, _ in rules.tiers]
    if len(set(names)) != len(names):
        raise ValueError("an award appears twice in the award rules")
    if any(count < 0 for _, count in rules.tiers):
        raise ValueError("an award cannot be given a negative number of times")
    if not 0.0 <= rules.trim < 0.5:
        raise ValueError("trim must be at least 0 and below 0.5")
    if rules.shrinkage is not None and not rules.shrinkage >= 0:
        raise ValueError("shrinkage cannot be negative")
    if rules.confidence_method not in CONFIDENCE_METHODS:
        raise ValueError(
            f"unknown confidence method '{rules.confidence_method}'; choose one of: "
            + ", ".join(CONFIDENCE_METHODS)
        )
    if rules.near_tie < 0:
        raise ValueError("near_tie cannot be negative")
    if rules.seed < 0:
        raise ValueError("seed cannot be negative")


def validate_overrides(inp: ScoringInput, rules: AwardRules, overrides: Sequence[Override]) -> None:
    """Raise ValueError, in words, for overrides that contradict each other or the rules."""
    counts = dict(rules.tiers)
    seen_apps: set[tuple[int, int]] = set()
    per_award: dict[tuple[int, str], int] = {}
    for ov in overrides:
        if not 0 <= ov.category < inp.n_categories:
            raise ValueError(f"override names category {ov.category}, which does not exist")
        if ov.award not in counts:
            raise ValueError(
                f"override names the award '{ov.award}'; the rules know: {', '.join(counts)}"
            )
        if not 0 <= ov.app < inp.n_apps:
            raise ValueError(f"override names application {ov.app}, which does not exist")
        if int(inp.app_category[ov.app]) != ov.category:
            raise ValueError(
                f"override gives {inp.app_label(ov.app)} an award in category {ov.category}, "
                "but it belongs to another category"
            )
        if (ov.category, ov.app) in seen_apps:
            raise ValueError(f"{inp.app_label(ov.app)} is given two awards by overrides")
        seen_apps.add((ov.category, ov.app))
        key = (ov.category, ov.award)
        per_award[key] = per_award.get(key, 0) + 1
        if per_award[key] > counts[ov.award]:
            raise ValueError(
                f"more overrides for '{ov.award}' in category {ov.category} "
                f"than the {counts[ov.award]} the rules allow"
            )
