"""The scoring methods, all in one shape: an adjusted total per (judge, application) pair, then an
aggregate per application over its judges' adjusted totals.

    method     adjusted total                              aggregate
    additive   y - b_j (b from the additive model)         mean   (equals q_i of the model)
    mean       y                                           mean
    zscore     grand_mean + grand_sd * z_j(y)              mean
    median     y                                           median
    trimmed    y                                           trimmed mean

Because every method is "adjust, then aggregate", leaving one judge out is the same code for all
of them: drop that judge's adjusted total from the aggregate and keep everyone else's adjustment.
Order statistics (median, trimmed mean) work on a padded applications x judges matrix sorted per
row; removing one value from a sorted row only shifts indices, so every leave-one-out value is a
few array lookups, with no loop over judges.
"""

from __future__ import annotations

import math

import numpy as np

METHODS = ("additive", "mean", "zscore", "median", "trimmed")

# Asymptotic efficiency of the median against the mean for normal noise: se(median) = sqrt(pi/2)
# se(mean) = 1.2533 se(mean).
MEDIAN_SE_FACTOR = math.sqrt(math.pi / 2.0)

# A standard deviation this small relative to the values is rounding, not spread.
_FLAT = 1e-12


def check_method(method: str) -> None:
    """Raise ValueError naming the known methods when ``method`` is not one of them."""
    if method not in METHODS:
        raise ValueError(f"unknown scoring method '{method}'; choose one of: {', '.join(METHODS)}")


def adjusted_totals(
    method: str, judge: np.ndarray, y: np.ndarray, offsets: np.ndarray, n_judges: int
) -> np.ndarray:
    """The per-pair totals a method aggregates (see the module table)."""
    if method == "additive":
        return y - offsets[judge]
    if method == "zscore":
        return _zscore_adjusted(judge, y, n_judges)
    return y.copy()


def _zscore_adjusted(judge: np.ndarray, y: np.ndarray, n_judges: int) -> np.ndarray:
    """Each judge's totals standardised by their own mean and sample sd, mapped back to the scale
    of all totals. A judge with one total, or all totals equal, gets z = 0 (no information)."""
    if y.size == 0:
        return y.copy()
    count = np.bincount(judge, minlength=n_judges).astype(np.float64)
    mean = np.bincount(judge, weights=y, minlength=n_judges) / np.maximum(count, 1.0)
    dev = y - mean[judge]
    ss = np.bincount(judge, weights=dev * dev, minlength=n_judges)
    sd = np.sqrt(ss / np.maximum(count - 1.0, 1.0))
    usable = (count >= 2) & (sd > _FLAT * (1.0 + np.abs(mean)))
    z = np.zeros_like(y)
    ok = usable[judge]
    z[ok] = dev[ok] / sd[judge][ok]
    grand_mean = float(y.mean())
    grand_sd = float(y.std(ddof=1)) if y.size > 1 else 0.0
    return grand_mean + grand_sd * z


def _aggregate_kind(method: str) -> str:
    return {"median": "median", "trimmed": "trimmed"}.get(method, "mean")


def aggregate(
    method: str, app: np.ndarray, adjusted: np.ndarray, n_apps: int, trim: float
) -> tuple[np.ndarray, np.ndarray]:
    """(score per application, leave-one-out score per pair).

    ``app`` must be sorted (pairs come sorted by application then judge). The leave-one-out value of
    a pair is its application's aggregate without that pair's adjusted total (NaN when it was the
    only one). Applications with no pair get NaN.
    """
    n = np.bincount(app, minlength=n_apps)
    kind = _aggregate_kind(method)
    if kind == "mean":
        total = np.bincount(app, weights=adjusted, minlength=n_apps)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where(n > 0, total / np.maximum(n, 1), np.nan)
            rest = n[app] - 1
            loo = np.where(rest > 0, (total[app] - adjusted) / np.maximum(rest, 1), np.nan)
        return score, loo
    return _order_statistic(kind, app, adjusted, n, trim)


def _order_statistic(
    kind: str, app: np.ndarray, adjusted: np.ndarray, n: np.ndarray, trim: float
) -> tuple[np.ndarray, np.ndarray]:
    n_apps = n.size
    width = max(int(n.max()) if n_apps else 0, 1)
    starts = np.cumsum(n) - n
    pos = np.arange(app.size) - starts[app]
    padded = np.full((n_apps, width), np.nan)
    padded[app, pos] = adjusted
    order = np.argsort(padded, axis=1, kind="stable")  # NaN padding sorts last
    ordered = np.take_along_axis(padded, order, axis=1)
    sorted_pos = np.empty_like(order)
    np.put_along_axis(sorted_pos, order, np.broadcast_to(np.arange(width), order.shape), axis=1)
    removed = sorted_pos[app, pos]  # where each pair's value sits in its sorted row
    rows = np.arange(n_apps)

    if kind == "median":
        score = _median_at(ordered, rows, n, None)
        loo = _median_at(ordered, app, n[app] - 1, removed)
        return score, loo

    prefix = np.zeros((n_apps, width + 1))
    np.cumsum(np.nan_to_num(ordered, nan=0.0), axis=1, out=prefix[:, 1:])
    score = _trimmed_at(prefix, rows, n, None, trim)
    loo = _trimmed_at(prefix, app, n[app] - 1, removed, trim)
    return score, loo


def _shift(index: np.ndarray, removed: np.ndarray | None) -> np.ndarray:
    """Index into the full sorted row of the element at ``index`` once ``removed`` is taken out."""
    return index if removed is None else index + (index >= removed)


def _median_at(
    ordered: np.ndarray, rows: np.ndarray, m: np.ndarray, removed: np.ndarray | None
) -> np.ndarray:
    """Median of the first ``m`` values of each sorted row (one value removed if given)."""
    lo = np.maximum((m - 1) // 2, 0)
    hi = np.maximum(m // 2, 0)
    width = ordered.shape[1]
    a = np.minimum(_shift(lo, removed), width - 1)
    b = np.minimum(_shift(hi, removed), width - 1)
    value = (ordered[rows, a] + ordered[rows, b]) / 2.0
    return np.where(m > 0, value, np.nan)


def _trimmed_at(
    prefix: np.ndarray,
    rows: np.ndarray,
    m: np.ndarray,
    removed: np.ndarray | None,
    trim: float,
) -> np.ndarray:
    """Trimmed mean of the ``m`` values of each sorted row, cutting floor(trim * m) from each end
    like scipy.stats.trim_mean (one value removed first if given)."""
    cut = np.floor(trim * m + 1e-9).astype(np.int64)
    cut = np.maximum(cut, 0)
    end = m - cut  # kept positions are cut .. end-1 of the row without the removed value
    if removed is None:
        total = prefix[rows, np.maximum(end, 0)] - prefix[rows, cut]
    else:
        # Positions before the removed value keep their index; those after move up by one.
        first_end = np.maximum(np.minimum(removed, end), cut)
        second_start = np.maximum(cut, removed)
        second = np.where(
            end > second_start,
            prefix[rows, np.maximum(end, second_start) + 1] - prefix[rows, second_start + 1],
            0.0,
        )
        total = prefix[rows, first_end] - prefix[rows, cut] + second
    kept = m - 2 * cut
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where((m > 0) & (kept > 0), total / np.maximum(kept, 1), np.nan)


def standard_errors(
    method: str, app: np.ndarray, adjusted: np.ndarray, n_apps: int, fitted: int = 0
) -> tuple[np.ndarray, float]:
    """Standard error of each application's score, and the pooled sd it is built from.

    The pooled within-application sd of the adjusted totals: the square root of the sum of squared
    deviations of every adjusted total from its application's mean adjusted total, divided by the
    residual degrees of freedom N - A - ``fitted``: N totals, A scored applications, and for the
    additive model ``fitted`` = J - P offsets estimated from the same totals (J scoring judges, P
    separate judge groups; one offset per group is not free). With shrinkage 0 this is the
    residual sd of the two-way least-squares fit. se_i = pooled_sd / sqrt(n_i), times 1.2533 for the
    median (its efficiency against the mean under normal noise); the trimmed mean uses the mean's
    formula (a slight underestimate for heavy trimming). Pooling over all applications rather than
    using each application's own few judges keeps se stable with 3 to 7 judges; it treats the
    judges' offsets as known, so it slightly understates uncertainty in sparse designs. NaN for an
    application nobody scored, and for all when no application has two judges.
    """
    n = np.bincount(app, minlength=n_apps)
    if app.size == 0:
        return np.full(n_apps, np.nan), math.nan
    mean = np.bincount(app, weights=adjusted, minlength=n_apps) / np.maximum(n, 1)
    dev = adjusted - mean[app]
    dof = int(app.size - np.count_nonzero(n) - fitted)
    pooled = math.sqrt(float(np.sum(dev * dev)) / dof) if dof > 0 else math.nan
    factor = MEDIAN_SE_FACTOR if method == "median" else 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        se = np.where(n > 0, factor * pooled / np.sqrt(np.maximum(n, 1)), np.nan)
    return se, pooled
