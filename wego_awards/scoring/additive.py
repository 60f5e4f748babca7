"""The additive judge-effect model: total(judge j, application i) = q_i + b_j + noise.

Fitted by ridge least squares over all applications at once: minimise
sum (y_ij - q_i - b_j)^2 + shrinkage * sum_j b_j^2. The quality q_i has a diagonal normal block,
so it is eliminated and the n_judges x n_judges Schur complement is solved densely (300 x 300 for
a large competition), then q is back-substituted. The ridge pulls every offset towards 0, which
also fixes the one free direction of the model (q_i + c, b_j - c) per connected part of the
judge-application graph: the offsets of each part sum to zero.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import scipy.linalg
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

RIDGE_NEGLIGIBLE = 1e-9


def count_parts(
    app: np.ndarray, judge: np.ndarray, n_apps: int, n_judges: int
) -> tuple[np.ndarray, np.ndarray]:
    """Connected part of every application and every judge in the bipartite judge-application
    graph, numbered 0.. in order of first appearance, -1 for those without any score; the number
    of parts is ``max + 1``."""
    n = n_apps + n_judges
    graph = sp.coo_matrix(
        (np.ones(app.size, dtype=np.int8), (app, n_apps + judge)), shape=(n, n)
    ).tocsr()
    _, labels = connected_components(graph, directed=False)
    used = np.zeros(n, dtype=bool)
    used[app] = True
    used[n_apps + judge] = True
    # Renumber so that the numbering does not depend on isolated nodes.
    _, first, inverse = np.unique(labels[used], return_index=True, return_inverse=True)
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(first.size)
    part = np.full(n, -1, dtype=np.int64)
    part[used] = rank[inverse]
    return part[:n_apps], part[n_apps:]


def fit_judge_offsets(
    app: np.ndarray,
    judge: np.ndarray,
    y: np.ndarray,
    n_apps: int,
    n_judges: int,
    shrinkage: float,
    judge_part: np.ndarray,
) -> np.ndarray:
    """Judge offsets b_j of the additive model (0 for a judge who scored nothing).

    ``judge_part`` comes from ``count_parts``; it is used only with ``shrinkage == 0``, where the
    minimum-norm solution is recentred so that each part's offsets sum to exactly zero.
    """
    if n_judges == 0:
        return np.zeros(0)
    return solve_offsets(judge_system(app, judge, y, n_apps, n_judges), shrinkage, judge_part)


class JudgeSystem(NamedTuple):
    """The judges' normal equations once the qualities are eliminated: ``schur0`` is the
    n_judges x n_judges Schur complement without ridge (diag(m_j) - sum_i 1/n_i over shared
    applications), ``rhs`` the within-application deviations summed per judge."""

    schur0: np.ndarray
    rhs: np.ndarray
    m_j: np.ndarray


def judge_system(
    app: np.ndarray, judge: np.ndarray, y: np.ndarray, n_apps: int, n_judges: int
) -> JudgeSystem:
    """Build the Schur complement of the additive model (see the module docstring)."""
    n_i = np.bincount(app, minlength=n_apps).astype(np.float64)
    m_j = np.bincount(judge, minlength=n_judges).astype(np.float64)
    inv_n = np.divide(1.0, n_i, out=np.zeros_like(n_i), where=n_i > 0)
    ybar = np.bincount(app, weights=y, minlength=n_apps) * inv_n
    rhs = np.bincount(judge, weights=y - ybar[app], minlength=n_judges)

    incidence = sp.csr_matrix((np.ones(app.size), (app, judge)), shape=(n_apps, n_judges))
    weighted = sp.csr_matrix((inv_n[app], (app, judge)), shape=(n_apps, n_judges))
    coupling = (incidence.T.tocsr() @ weighted).toarray()
    return JudgeSystem(np.diag(m_j) - coupling, rhs, m_j)


def solve_offsets(system: JudgeSystem, shrinkage: float, judge_part: np.ndarray) -> np.ndarray:
    """The ridge solution of ``system`` (see ``fit_judge_offsets``)."""
    schur, rhs = system.schur0 + shrinkage * np.eye(system.rhs.size), system.rhs
    # A ridge this small against the judges' counts is no ridge, only an ill-conditioned solve:
    # take its limit, the exact solution pinned per part.
    if shrinkage > RIDGE_NEGLIGIBLE * max(float(system.m_j.max(initial=0.0)), 1.0):
        # Positive definite once the ridge is added: Cholesky (scipy's generic solve is slower).
        return scipy.linalg.cho_solve(scipy.linalg.cho_factor(schur), rhs)
    offsets = np.linalg.lstsq(schur, rhs, rcond=None)[0]
    # Without a ridge the model only knows offsets up to a constant per part: pin each part's sum.
    scored = judge_part >= 0
    n_parts = int(judge_part.max()) + 1 if scored.any() else 0
    part_sum = np.bincount(judge_part[scored], weights=offsets[scored], minlength=n_parts)
    part_size = np.bincount(judge_part[scored], minlength=n_parts)
    offsets[scored] -= (part_sum / np.maximum(part_size, 1))[judge_part[scored]]
    offsets[~scored] = 0.0
    return offsets
