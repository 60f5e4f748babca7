"""Judge statistics for the secretariat, and the panel's inter-rater reliability."""

from __future__ import annotations

import math

import numpy as np

from .results import JudgeStats, frozen_array

# Robust sd of a normal sample from its median absolute deviation.
MAD_TO_SD = 1.4826
OUTLIER_OFFSET_SDS = 2.0
# Agreement this many robust sds below the panel's median agreement marks an outlier; the robust
# sd is at least AGREEMENT_SD_FLOOR, so a panel that agrees almost perfectly does not flag a judge
# at 0.93 against a median of 0.97.
OUTLIER_AGREEMENT_SDS = 2.0
AGREEMENT_SD_FLOOR = 0.1
MIN_AGREEMENT_JUDGES = 3
MIN_AGREEMENT_APPS = 3


def judge_statistics(
    pair_app: np.ndarray,
    pair_judge: np.ndarray,
    total: np.ndarray,
    loo: np.ndarray,
    offsets: np.ndarray,
    n_judges: int,
) -> JudgeStats:
    """Per-judge figures (see ``JudgeStats``).

    ``loo`` is, per pair, the chosen method's score of the application without that judge: the
    consensus the judge's totals are correlated with (pairs whose application had no other judge
    are left out). ``offsets`` are the additive model's, whatever method was chosen. A judge is an
    outlier when |offset| exceeds 2 robust sds of all scoring judges' offsets (1.4826 x MAD), or
    when their agreement lies more than 2 robust sds (at least 0.1) below the median agreement of
    the panel (with three or more judges having an agreement): relative to how much this panel
    agrees, so a panel that broadly disagrees does not flag most of its judges.
    """
    count = np.bincount(pair_judge, minlength=n_judges)
    scored = count > 0
    offset = np.where(scored, offsets, np.nan)
    spread = _group_sd(pair_judge, total, n_judges)
    agreement = _group_correlation(pair_judge, total, loo, n_judges)

    outlier = np.zeros(n_judges, dtype=bool)
    if scored.any():
        used = offsets[scored]
        robust_sd = MAD_TO_SD * float(np.median(np.abs(used - np.median(used))))
        if robust_sd > 0:
            outlier |= scored & (np.abs(offsets) > OUTLIER_OFFSET_SDS * robust_sd)
    known = np.isfinite(agreement)
    if np.count_nonzero(known) >= MIN_AGREEMENT_JUDGES:
        values = agreement[known]
        middle = float(np.median(values))
        spread_sd = max(
            MAD_TO_SD * float(np.median(np.abs(values - middle))), AGREEMENT_SD_FLOOR
        )
        with np.errstate(invalid="ignore"):
            outlier |= known & (agreement < middle - OUTLIER_AGREEMENT_SDS * spread_sd)
    return JudgeStats(
        n_scored=frozen_array(count.astype(np.int64)),
        offset=frozen_array(offset),
        spread=frozen_array(spread),
        agreement=frozen_array(agreement),
        outlier=frozen_array(outlier),
    )


def _group_sd(group: np.ndarray, x: np.ndarray, size: int) -> np.ndarray:
    """Sample sd of x per group, NaN below two values."""
    n = np.bincount(group, minlength=size).astype(np.float64)
    mean = np.bincount(group, weights=x, minlength=size) / np.maximum(n, 1)
    dev = x - mean[group]
    ss = np.bincount(group, weights=dev * dev, minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n >= 2, np.sqrt(ss / np.maximum(n - 1, 1)), np.nan)


def _group_correlation(group: np.ndarray, x: np.ndarray, y: np.ndarray, size: int) -> np.ndarray:
    """Pearson correlation of x and y per group over pairs where y is known; NaN below
    MIN_AGREEMENT_APPS pairs or when either side does not vary."""
    ok = np.isfinite(y)
    group, x, y = group[ok], x[ok], y[ok]
    n = np.bincount(group, minlength=size).astype(np.float64)
    mx = np.bincount(group, weights=x, minlength=size) / np.maximum(n, 1)
    my = np.bincount(group, weights=y, minlength=size) / np.maximum(n, 1)
    dx, dy = x - mx[group], y - my[group]
    sxy = np.bincount(group, weights=dx * dy, minlength=size)
    sxx = np.bincount(group, weights=dx * dx, minlength=size)
    syy = np.bincount(group, weights=dy * dy, minlength=size)
    denom = np.sqrt(sxx * syy)
    # Rounding leaves a few ulps of "variance" in constant columns; that is no variation.
    flat = (sxx <= 1e-20 * np.maximum(n, 1)) | (syy <= 1e-20 * np.maximum(n, 1))
    usable = (n >= MIN_AGREEMENT_APPS) & ~flat & (denom > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where(usable, sxy / np.where(usable, denom, 1.0), np.nan)
    return np.clip(r, -1.0, 1.0)


def panel_reliability(pair_app: np.ndarray, total: np.ndarray, n_apps: int) -> float | None:
    """ICC(1,k): one-way random-effects intraclass correlation of ``total`` (the judges' raw
    totals, or a method's adjusted totals), for the mean of k0 judges, where k0 = (N - sum n_i^2 /
    N) / (A - 1) is the unbalanced-design "effective" number of judges per application (N totals,
    A applications, n_i judges of application i); k0 equals the number of judges when every
    application has the same number, and is below their plain average otherwise.

    With the one-way ANOVA mean squares between applications (MSB) and within (MSW),
    ICC(1,k) = (MSB - MSW) / MSB: the share of the variance of an application's mean score that is
    real difference between applications rather than disagreement between its judges. On raw
    totals judge leniency counts as disagreement (one-way model), so the figure is conservative;
    on the additive method's adjusted totals the fitted leniency is removed first. None when
    fewer than two applications were scored or no application has two judges.
    """
    n = np.bincount(pair_app, minlength=n_apps)
    has = n > 0
    a = int(np.count_nonzero(has))
    dof_within = int(total.size) - a
    if a < 2 or dof_within < 1:
        return None
    mean = np.bincount(pair_app, weights=total, minlength=n_apps) / np.maximum(n, 1)
    grand = float(total.mean())
    ssb = float(np.sum(n[has] * (mean[has] - grand) ** 2))
    dev = total - mean[pair_app]
    ssw = float(np.sum(dev * dev))
    msb = ssb / (a - 1)
    msw = ssw / dof_within
    if msb <= 0 or not math.isfinite(msb):
        return None
    return float((msb - msw) / msb)
