"""The confidence is a probability the jury can take at its word, and the model behind it.

A small simulation with known truth (benchmarks/bench_calibration.py has the full table), the
degrees of freedom of the additive model against statsmodels, the estimated shrinkage, the
outlier rule, and the 1976 Judgment of Paris as published.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from benchmarks.bench_calibration import SCENARIOS, calibration, simulate, stated_and_right
from wego_awards.scoring import AwardRules, ScoringInput, compute_results

FIXTURES = Path(__file__).parent / "fixtures"


def matrix_input(totals: list[list[float]] | np.ndarray) -> ScoringInput:
    t = np.asarray(totals, dtype=float)
    app, judge = np.nonzero(~np.isnan(t))
    return ScoringInput(
        n_apps=t.shape[0], n_judges=t.shape[1], app_category=np.zeros(t.shape[0], dtype=int),
        n_categories=1, s_app=app, s_judge=judge, s_crit=np.zeros(app.size, dtype=int),
        s_value=t[app, judge], crit_weight=np.ones(1), crit_min=np.zeros(1),
        crit_max=np.full(1, 10.0),
    )


def gold_calibration(rules: AwardRules, editions: int = 100) -> float:
    rng = np.random.default_rng(2024)
    rows = []
    for e in range(editions):
        inp, truth = simulate(SCENARIOS[0], rng)  # close contests, dense: where it went wrong
        rules_e = AwardRules(shrinkage=rules.shrinkage, seed=e,
                             confidence_method=rules.confidence_method)
        rows += [(s, r) for award, s, r in stated_and_right(inp, truth, rules_e)
                 if award == "gold"]
    return calibration(rows)[1]


def test_stated_gold_confidence_is_how_often_gold_is_right() -> None:
    after = gold_calibration(AwardRules())
    before = gold_calibration(AwardRules(shrinkage=1.0, confidence_method="redraw"))
    # 1000 Golds: the sampling noise of the weighted error is about 0.015.
    assert after < 0.05, after
    assert before > after + 0.04, (before, after)  # the earlier draws were overconfident


def test_confidence_is_the_same_bits_for_the_same_seed() -> None:
    inp, _ = simulate(SCENARIOS[1], np.random.default_rng(3))
    a = compute_results(inp, rules=AwardRules(seed=4))
    b = compute_results(inp, rules=AwardRules(seed=4))
    conf = [[(x.confidence, x.rival, x.rival_chance) for x in c.awards] for c in a.categories]
    assert conf == [[(x.confidence, x.rival, x.rival_chance) for x in c.awards]
                    for c in b.categories]
    assert a.model == b.model


def test_residual_degrees_of_freedom_count_the_fitted_offsets() -> None:
    # The minimal case: 3 applications x 2 judges, shrinkage 0. Residual df is
    # N - A - (J - parts) = 6 - 3 - 1 = 2; the pooled sd is sqrt(SSE / 2).
    result = compute_results(matrix_input([[5, 7], [6, 8], [4, 7]]), "additive",
                             AwardRules(shrinkage=0.0))
    assert result.se[0] * np.sqrt(2) == pytest.approx(np.sqrt(1 / 6), abs=1e-12)
    assert result.model is not None and result.model.dof == 2


def test_pooled_sd_matches_statsmodels_two_way_ols() -> None:
    smf = pytest.importorskip("statsmodels.formula.api")
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(8)
    totals = rng.normal(6, 1, (9, 5)) + rng.normal(0, 0.7, 5)
    totals[rng.random((9, 5)) < 0.3] = np.nan
    totals[:, 0] = np.where(np.isnan(totals[:, 0]), 5.0, totals[:, 0])  # connected
    app, judge = np.nonzero(~np.isnan(totals))
    frame = pd.DataFrame({"y": totals[app, judge], "a": app.astype(str), "j": judge.astype(str)})
    fit = smf.ols("y ~ C(a) + C(j)", frame).fit()
    result = compute_results(matrix_input(totals), "additive", AwardRules(shrinkage=0.0))
    n = np.bincount(app, minlength=9)
    assert result.se * np.sqrt(n) == pytest.approx([np.sqrt(fit.scale)] * 9, rel=1e-9)
    assert result.model is not None and result.model.dof == int(fit.df_resid)


def test_shrinkage_is_estimated_by_default_and_a_number_still_fixes_it() -> None:
    inp, _ = simulate(SCENARIOS[2], np.random.default_rng(11))
    auto = compute_results(inp)
    assert auto.model is not None and auto.model.estimated
    m = auto.model
    assert m.shrinkage == pytest.approx(m.noise_sd**2 / m.offset_sd**2)
    assert 0.6 < m.noise_sd < 1.4 and 0.2 < m.offset_sd < 1.6 and 1.0 < m.quality_sd < 2.0
    fixed = compute_results(inp, rules=AwardRules(shrinkage=2.5))
    assert fixed.model is not None and fixed.model.shrinkage == 2.5 and not fixed.model.estimated
    assert auto.reliability_adjusted is not None and auto.reliability is not None


def test_a_panel_that_broadly_disagrees_does_not_flag_most_judges() -> None:
    rng = np.random.default_rng(4)
    quality = rng.normal(6, 0.6, 20)
    totals = quality[:, None] + rng.normal(0, 1.3, (20, 9))  # agreement around 0.2-0.5
    result = compute_results(matrix_input(totals), "mean")
    assert np.nanmedian(result.judges.agreement) < 0.6
    assert int(result.judges.outlier.sum()) <= 1


def read_paris() -> tuple[list[str], list[str], np.ndarray]:
    lines = [ln for ln in (FIXTURES / "paris1976.csv").read_text(encoding="utf-8").splitlines()
             if not ln.startswith("#")]
    rows = list(csv.reader(lines))
    wines = rows[0][1:]
    judges = [r[0] for r in rows[1:]]
    scores = np.array([[float(v) for v in r[1:]] for r in rows[1:]])
    return judges, wines, scores


def test_judgment_of_paris_1976_in_its_published_order() -> None:
    judges, wines, scores = read_paris()
    assert (len(judges), len(wines)) == (11, 10)
    # Scores out of 20 on the engine's 0..10 scale: one criterion scored 0..20.
    t = scores.T
    app, judge = np.nonzero(~np.isnan(t))
    inp = ScoringInput(
        n_apps=10, n_judges=11, app_category=np.zeros(10, dtype=int), n_categories=1,
        s_app=app, s_judge=judge, s_crit=np.zeros(app.size, dtype=int), s_value=t[app, judge],
        crit_weight=np.ones(1), crit_min=np.zeros(1), crit_max=np.full(1, 20.0),
    )
    published = [14.14, 14.09, 13.64, 13.23, 12.14, 11.18, 10.41, 10.18, 9.77, 9.64]
    assert np.round(scores.mean(axis=0), 2).tolist() == published
    for method in ("additive", "mean"):
        result = compute_results(inp, method)
        assert [wines[a] for _rank, a in result.categories[0].ranking] == list("ABCDEFGHIJ")
        held = {aw.award: wines[aw.app] for aw in result.categories[0].awards}
        assert held == {"gold": "A", "silver": "B", "special_mention": "C"}
    gold = compute_results(inp).categories[0].awards[0]
    # Stag's Leap led Mouton by 0.05 points out of 20: far from a certain Gold.
    assert gold.confidence is not None and gold.confidence < 0.6
    assert gold.rival is not None and wines[gold.rival] == "B"


def test_penalised_reml_recovers_the_variances_of_a_large_sparse_design() -> None:
    from wego_awards.scoring.model import VarianceLikelihood, reml_variances

    rng = np.random.default_rng(5)
    n_apps, n_judges, n_cats = 3000, 40, 5
    app = np.repeat(np.arange(n_apps), 3)
    judge = np.concatenate([rng.choice(n_judges, 3, replace=False) for _ in range(n_apps)])
    category = np.arange(n_apps) % n_cats
    y = (rng.normal(0, 0.5, n_cats)[category][app] + rng.normal(0, 0.6, n_apps)[app]
         + rng.normal(0, 0.8, n_judges)[judge] + rng.normal(0, 1.0, app.size))
    lik = VarianceLikelihood(app, judge, y, category, n_cats, n_judges)
    found = reml_variances(lik, (1.0, 1e-3, 1e-3))  # a start at the boundary still gets there
    assert found is not None
    noise, offset, quality = found
    assert noise == pytest.approx(1.0, rel=0.1)
    assert quality == pytest.approx(0.36, rel=0.25)
    assert offset == pytest.approx(0.64, rel=0.6)  # 40 judges: known to about +-25% in sd
