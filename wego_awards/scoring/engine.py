"""compute_results: from score arrays to scores, rankings, awards, confidence, flags and judge
statistics, in one deterministic pass (same input and seed, same bits; row order irrelevant)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .additive import count_parts, judge_system, solve_offsets
from .awards import (
    CategoryPlan,
    award_name,
    boundary_flags,
    empty_tier_flags,
    plan_category,
)
from .confidence import Confidence, award_confidence, posterior_confidence
from .inputs import (
    AwardRules,
    Override,
    ScoringInput,
    validate_input,
    validate_overrides,
    validate_rules,
)
from .judges import judge_statistics, panel_reliability
from .methods import adjusted_totals, aggregate, check_method, standard_errors
from .model import (
    ModelFit,
    Posterior,
    VarianceLikelihood,
    estimate_variances,
    model_fit,
    posterior,
    reml_variances,
)
from .results import AwardResult, CategoryResult, Results, frozen_array
from .sensitivity import judge_dependent_flags
from .totals import weighted_totals

# Order of flags inside a category: what the jury must settle first comes first.
_FLAG_ORDER = ("tie", "near_tie", "empty_tier", "low_confidence", "judge_dependent")


def compute_results(
    inp: ScoringInput,
    method: str = "additive",
    rules: AwardRules = AwardRules(),
    overrides: Sequence[Override] = (),
) -> Results:
    """Score every application with ``method``, rank each category, give out the awards (the
    jury's ``overrides`` first), estimate each award's confidence, flag what the jury must look
    at, and describe the judges. Raises ValueError, in words, for an unknown method or
    inconsistent input, rules or overrides.

    The linear algebra runs on one BLAS thread: a threaded BLAS sums in an order that depends on
    the machine's cores, which moved some of the large edition's scores by 0.01 between one and
    two threads; the same data must give the same results on every machine. The systems are
    small (judges x judges), so threads only cost: 1.5 s of processor time for the large
    edition on one thread against 2.3-2.7 s on two."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        return _compute(inp, method, rules, overrides)


def _compute(inp: ScoringInput, method: str, rules: AwardRules,
             overrides: Sequence[Override]) -> Results:
    check_method(method)
    validate_input(inp)
    validate_rules(rules)
    validate_overrides(inp, rules, overrides)
    warnings: list[str] = []

    pairs = weighted_totals(inp)
    app, judge, total = pairs.app, pairs.judge, pairs.total
    app_part, judge_part = count_parts(app, judge, inp.n_apps, inp.n_judges)
    warning = _disconnected_warning(inp, app_part)
    if warning:
        warnings.append(warning)
    app_category = np.asarray(inp.app_category, dtype=np.int64)
    system = judge_system(app, judge, total, inp.n_apps, inp.n_judges)
    variances = estimate_variances(
        app, judge, total, app_category, inp.n_categories, system, judge_part
    )
    if variances is not None:  # refine the moments by penalised REML
        likelihood = VarianceLikelihood(
            app, judge, total, app_category, inp.n_categories, inp.n_judges
        )
        reml = reml_variances(likelihood, variances[:3])
        if reml is not None:
            variances = (*reml, variances[3])
    fit = None if variances is None else model_fit(variances, rules.shrinkage)
    if fit is not None:
        shrinkage = fit.shrinkage
    else:  # no residual degree of freedom: nothing to estimate from, keep the earlier ridge
        shrinkage = 1.0 if rules.shrinkage is None else rules.shrinkage
    offsets = solve_offsets(system, shrinkage, judge_part) if inp.n_judges else np.zeros(0)

    adjusted = adjusted_totals(method, judge, total, offsets, inp.n_judges)
    score, loo = aggregate(method, app, adjusted, inp.n_apps, rules.trim)
    raw_mean, _ = aggregate("mean", app, total, inp.n_apps, rules.trim)
    n_judges = np.bincount(app, minlength=inp.n_apps).astype(np.int64)
    fitted = _fitted_offsets(judge_part) if method == "additive" else 0
    se, pooled_sd = standard_errors(method, app, adjusted, inp.n_apps, fitted)
    unscored = int(np.count_nonzero(n_judges == 0))
    if unscored:
        warnings.append(
            f"{unscored} application(s) have no complete score from any judge and are not ranked."
        )
    if app.size and not np.any(n_judges >= 2):
        warnings.append("No application has two or more judges, so no confidence can be estimated.")
    elif app.size and (fit is None or not np.isfinite(pooled_sd)):
        warnings.append(
            "The scores leave no degree of freedom to measure how much judges disagree (every "
            "score goes into fitting the qualities and the judges' offsets), so no confidence "
            "can be estimated."
        )

    plans = _plan_all(inp, score, rules, overrides)
    # The posterior is what an award's confidence is drawn from: none where no award is given
    # (a round before the last ranks only).
    post = None
    if (fit is not None and rules.confidence_method == "posterior"
            and any(plan.holders for plan in plans)):
        post = _posterior(app, judge, total, app_category, inp, fit, variances, judge_part)
    dependent = judge_dependent_flags(
        plans, score, app, judge, loo, rules.min_score, inp.app_label, inp.judge_label
    )
    categories = [
        _category_result(inp, plan, score, se, post, rules, dependent[plan.category])
        for plan in plans
    ]
    return Results(
        method=method,
        score=frozen_array(score),
        raw_mean=frozen_array(raw_mean),
        n_judges=frozen_array(n_judges),
        se=frozen_array(se),
        categories=categories,
        judges=judge_statistics(app, judge, total, loo, offsets, inp.n_judges),
        reliability=panel_reliability(app, total, inp.n_apps),
        missing=pairs.missing,
        warnings=warnings,
        reliability_adjusted=panel_reliability(app, adjusted, inp.n_apps),
        model=fit,
    )


def _fitted_offsets(judge_part: np.ndarray) -> int:
    """Offsets the additive model estimates freely: scoring judges minus separate groups."""
    scored = judge_part >= 0
    n_parts = int(judge_part.max()) + 1 if scored.any() else 0
    return int(np.count_nonzero(scored)) - n_parts


def _posterior(
    app: np.ndarray,
    judge: np.ndarray,
    total: np.ndarray,
    app_category: np.ndarray,
    inp: ScoringInput,
    fit: ModelFit,
    variances: tuple[float, float, float, int] | None,
    judge_part: np.ndarray,
) -> Posterior:
    assert variances is not None
    return posterior(
        app,
        judge,
        total,
        app_category,
        inp.n_categories,
        inp.n_judges,
        variances[0],
        fit.shrinkage,
        fit.quality_shrinkage,
        judge_part,
    )


def _disconnected_warning(inp: ScoringInput, app_part: np.ndarray) -> str | None:
    """Words for a judge-application graph in several parts, or None when it is connected.

    Panels per category are a common, harmless cause (each category is ranked on its own), so the
    warning says whether any category actually mixes parts.
    """
    n_parts = int(app_part.max()) + 1 if app_part.size else 0
    if n_parts <= 1:
        return None
    scored = app_part >= 0
    # The distinct (category, part) pairs as one number each, sorted by category then part.
    pairs = np.unique(np.asarray(inp.app_category)[scored] * n_parts + app_part[scored])
    category = pairs // n_parts
    split = np.unique(category[1:][category[1:] == category[:-1]])
    head = (
        f"The judges and applications fall into {n_parts} separate groups with no judge in "
        "common; judge offsets are fitted within each group."
    )
    if split.size == 0:
        return head + " Every category lies within one group, so its ranking is unaffected."
    names = ", ".join(inp.category_label(int(c)) for c in split)
    return (
        f"{head} Rankings in {names} compare applications from different groups, whose scores "
        "are not corrected against each other."
    )


def _plan_all(
    inp: ScoringInput, score: np.ndarray, rules: AwardRules, overrides: Sequence[Override]
) -> list[CategoryPlan]:
    categories = np.asarray(inp.app_category, dtype=np.int64)
    order = np.argsort(categories, kind="stable")
    bounds = np.searchsorted(categories[order], np.arange(inp.n_categories + 1))
    by_category: dict[int, dict[int, str]] = {c: {} for c in range(inp.n_categories)}
    for ov in overrides:
        by_category[ov.category][ov.app] = ov.award
    slots = rules.slots()
    return [
        plan_category(
            c, order[bounds[c] : bounds[c + 1]], score, slots, by_category[c], rules.min_score
        )
        for c in range(inp.n_categories)
    ]


def _category_result(
    inp: ScoringInput,
    plan: CategoryPlan,
    score: np.ndarray,
    se: np.ndarray,
    post: Posterior | None,
    rules: AwardRules,
    dependent: list[dict[str, Any]],
) -> CategoryResult:
    if rules.confidence_method == "redraw":
        confidence = [
            Confidence(c) for c in award_confidence(plan, score, se, rules.min_score, rules.seed)
        ]
    else:
        confidence = posterior_confidence(plan, post, rules.min_score, rules.seed)
    awards = [
        AwardResult(
            award=award,
            app=app,
            place=place,
            confidence=conf.value,
            overridden=overridden,
            rival=conf.rival,
            rival_chance=conf.rival_chance,
        )
        for (award, app, place, overridden), conf in zip(plan.holders, confidence, strict=True)
    ]
    flags = boundary_flags(plan, score, rules.near_tie, inp.app_label)
    flags += empty_tier_flags(plan, rules.tiers, rules.min_score)
    for result in awards:
        if result.overridden or result.confidence is None:
            continue
        if result.confidence < rules.low_confidence:
            flags.append(
                {
                    "kind": "low_confidence",
                    "message": f"The chance that {award_name(result.award)} is the right award "
                    f"for {inp.app_label(result.app)}, given the scores, is only "
                    f"{result.confidence:.0%}.",
                    "applications": [result.app],
                    "judge": None,
                }
            )
    flags += dependent
    flags.sort(key=lambda f: _FLAG_ORDER.index(f["kind"]))  # stable: keeps place order within
    ranking = list(zip(plan.ranks.tolist(), plan.ranked.tolist(), strict=True))
    return CategoryResult(category=plan.category, ranking=ranking, awards=awards, flags=flags)


def unresolved_ties(result: Results) -> list[dict[str, Any]]:
    """Exact ties at an award boundary that no override settles: finalize must refuse while any
    remain. Each is the category's "tie" flag with its category index added under "category"."""
    return [
        {**flag, "category": cat.category}
        for cat in result.categories
        for flag in cat.flags
        if flag["kind"] == "tie"
    ]
