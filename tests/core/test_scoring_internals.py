"""The scoring engine's building blocks against brute force, and its refusals."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from wego_awards.scoring import AwardRules, Override, ScoringInput, compute_results
from wego_awards.scoring.awards import competition_ranks, rank_order
from wego_awards.scoring.methods import aggregate


def padded_rows(seed: int) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Pairs sorted by application with 1 to 9 values each (ties included), and the rows."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 10, size=40)
    rows = [rng.integers(0, 8, size=n).astype(float) / 2 for n in sizes]
    app = np.repeat(np.arange(sizes.size), sizes)
    return app, np.concatenate(rows), rows


@pytest.mark.parametrize("method", ["mean", "median", "trimmed"])
@pytest.mark.parametrize("trim", [0.0, 0.1, 0.2, 0.25, 0.4])
def test_aggregate_and_leave_one_out_match_brute_force(method: str, trim: float) -> None:
    app, values, rows = padded_rows(int(trim * 100))

    def brute(row: np.ndarray) -> float:
        if row.size == 0:
            return np.nan
        if method == "mean":
            return float(np.mean(row))
        if method == "median":
            return float(np.median(row))
        return float(stats.trim_mean(row, trim))

    score, loo = aggregate(method, app, values, len(rows), trim)
    np.testing.assert_allclose(score, [brute(r) for r in rows], atol=1e-12)
    expected_loo = [brute(np.delete(row, k)) for row in rows for k in range(row.size)]
    np.testing.assert_allclose(loo, expected_loo, atol=1e-12)


def test_rank_order_and_competition_ranks() -> None:
    apps = np.array([5, 3, 9, 1, 7])
    scores = np.array([7.0, 8.0, 7.0 + 1e-12, 8.0, 2.0])
    ranked = apps[rank_order(apps, scores)]
    assert ranked.tolist() == [1, 3, 5, 9, 7]  # exact ties listed by index, rounding ignored
    assert competition_ranks(np.sort(scores)[::-1]).tolist() == [1, 1, 3, 3, 5]


def one_criterion(app: list[int], judge: list[int], value: list[float], n_apps: int = 2):
    return ScoringInput(
        n_apps=n_apps,
        n_judges=max(judge) + 1,
        app_category=np.zeros(n_apps, dtype=int),
        n_categories=1,
        s_app=np.array(app),
        s_judge=np.array(judge),
        s_crit=np.zeros(len(app), dtype=int),
        s_value=np.array(value, dtype=float),
        crit_weight=np.ones(1),
        crit_min=np.zeros(1),
        crit_max=np.full(1, 10.0),
    )


def test_duplicate_score_is_refused_in_words() -> None:
    inp = one_criterion([0, 0], [0, 0], [5.0, 6.0])
    with pytest.raises(ValueError, match="judge 0 has two scores for application 0"):
        compute_results(inp)


def test_inconsistent_arrays_and_rules_are_refused() -> None:
    good = one_criterion([0, 1], [0, 0], [5.0, 6.0])
    with pytest.raises(ValueError, match="outside"):
        compute_results(ScoringInput(**{**good.__dict__, "s_judge": np.array([0, 4])}))
    with pytest.raises(ValueError, match="finite"):
        compute_results(ScoringInput(**{**good.__dict__, "s_value": np.array([5.0, np.nan])}))
    with pytest.raises(ValueError, match="maximum above its minimum"):
        compute_results(ScoringInput(**{**good.__dict__, "crit_max": np.zeros(1)}))
    with pytest.raises(ValueError, match="trim"):
        compute_results(good, "trimmed", AwardRules(trim=0.5))
    with pytest.raises(ValueError, match="more overrides"):
        compute_results(good, overrides=[Override(0, "gold", 0), Override(0, "gold", 1)])


def test_unscored_application_is_not_ranked_but_can_be_overridden() -> None:
    inp = one_criterion([0, 0, 1, 1], [0, 1, 0, 1], [8.0, 7.0, 6.0, 5.0], n_apps=3)
    result = compute_results(inp, "mean")
    assert np.isnan(result.score[2]) and result.n_judges[2] == 0
    assert [app for _, app in result.categories[0].ranking] == [0, 1]
    assert "1 application(s) have no complete score" in result.warnings[0]
    decided = compute_results(inp, "mean", overrides=[Override(0, "special_mention", 2)])
    held = {a.award: (a.app, a.confidence) for a in decided.categories[0].awards}
    assert held["special_mention"] == (2, None)
    assert held["gold"][0] == 0


def test_overridden_award_confidence_says_how_far_the_jury_departs() -> None:
    rows = np.array([[9.0, 9.2, 8.8], [7.0, 7.1, 6.9], [4.0, 4.2, 3.8], [2.0, 2.1, 1.9]])
    app, judge = np.nonzero(np.ones_like(rows))
    inp = one_criterion(app.tolist(), judge.tolist(), rows.ravel().tolist(), n_apps=4)
    result = compute_results(inp, "mean", overrides=[Override(0, "gold", 3)])
    held = {a.award: a for a in result.categories[0].awards}
    assert held["gold"].app == 3 and held["gold"].overridden
    assert held["gold"].confidence == 0.0  # the scores alone would never give it gold
    assert held["silver"].app == 0 and held["silver"].confidence == 1.0
    assert not [f for f in result.categories[0].flags if f["kind"] == "low_confidence"]


def test_one_judge_per_application_gives_no_confidence_and_says_why() -> None:
    inp = one_criterion([0, 1], [0, 1], [8.0, 6.0])
    result = compute_results(inp, "mean")
    assert [a.confidence for a in result.categories[0].awards] == [None, None]
    assert any("no confidence" in w for w in result.warnings)
    assert result.reliability is None


def test_no_shrinkage_on_a_disconnected_design_pins_each_part() -> None:
    inp = one_criterion([0, 0, 1, 1], [0, 1, 2, 3], [8.0, 6.0, 3.0, 9.0])
    result = compute_results(inp, "additive", AwardRules(shrinkage=0.0))
    assert result.judges.offset.tolist() == pytest.approx([1.0, -1.0, -3.0, 3.0])
    assert result.score.tolist() == pytest.approx([7.0, 6.0])
    assert "2 separate groups" in result.warnings[0]


def test_labels_word_the_messages() -> None:
    rows = [[10.0, 6.0, 6.0], [7.0, 7.0, 7.0], [3.0, 2.0, 4.0], [1.0, 1.0, 1.0]]
    t = np.asarray(rows)
    app, judge = np.nonzero(np.ones_like(t))
    base = one_criterion(app.tolist(), judge.tolist(), t.ravel().tolist(), n_apps=4)
    inp = ScoringInput(
        **{
            **base.__dict__,
            "app_labels": ["EG-01", "EG-02", "EG-03", "EG-04"],
            "judge_labels": ["J-KIM", "J-LEE", "J-PARK"],
        }
    )
    flag = next(
        f
        for f in compute_results(inp, "mean").categories[0].flags
        if f["kind"] == "judge_dependent"
    )
    assert flag["message"] == (
        "Without J-KIM's scores: Gold would go to EG-02 instead of EG-01; "
        "Silver would go to EG-01 instead of EG-02."
    )
