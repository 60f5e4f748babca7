"""The scoring engine end to end: methods checked by hand, bias correction, ties, overrides,
empty tiers, leave-one-judge-out, confidence, determinism and a large edition."""

from __future__ import annotations

import pickle
import statistics
import time

import numpy as np
import pytest

from wego_awards.scoring import (
    METHODS,
    AwardRules,
    Override,
    Results,
    ScoringInput,
    compute_results,
    unresolved_ties,
)


def matrix_input(
    totals: list[list[float]] | np.ndarray,
    categories: list[int] | None = None,
    n_categories: int | None = None,
) -> ScoringInput:
    """One criterion scored 0..10 with weight 1, so each judge's total is the score itself.
    ``totals`` is applications x judges, NaN where the judge did not score."""
    t = np.asarray(totals, dtype=float)
    app, judge = np.nonzero(~np.isnan(t))
    cat = np.zeros(t.shape[0], dtype=int) if categories is None else np.asarray(categories)
    return ScoringInput(
        n_apps=t.shape[0],
        n_judges=t.shape[1],
        app_category=cat,
        n_categories=n_categories or int(cat.max()) + 1,
        s_app=app,
        s_judge=judge,
        s_crit=np.zeros(app.size, dtype=int),
        s_value=t[app, judge],
        crit_weight=np.ones(1),
        crit_min=np.zeros(1),
        crit_max=np.full(1, 10.0),
    )


def order(result: Results, category: int = 0) -> list[int]:
    return [app for _rank, app in result.categories[category].ranking]


def awards(result: Results, category: int = 0) -> dict[str, int]:
    return {a.award: a.app for a in result.categories[category].awards}


def kinds(result: Results, category: int = 0) -> list[str]:
    return [f["kind"] for f in result.categories[category].flags]


# Three applications, three judges: rows are applications, columns judges.
HAND = [[8.0, 6.0, 7.0], [5.0, 9.0, 4.0], [6.0, 6.5, 9.5]]


# --- weighted totals -------------------------------------------------------------------------


def test_weighted_total_by_hand_and_incomplete_pairs_are_missing() -> None:
    # Criterion 0: weight 2, range 0..5; criterion 1: weight 1, range 1..10.
    # Judge 0 scores both criteria of app 0; judge 1 only criterion 0 (incomplete).
    inp = ScoringInput(
        n_apps=1,
        n_judges=2,
        app_category=np.zeros(1, dtype=int),
        n_categories=1,
        s_app=np.array([0, 0, 0]),
        s_judge=np.array([0, 0, 1]),
        s_crit=np.array([0, 1, 0]),
        s_value=np.array([4.0, 7.0, 5.0]),
        crit_weight=np.array([2.0, 1.0]),
        crit_min=np.array([0.0, 1.0]),
        crit_max=np.array([5.0, 10.0]),
    )
    result = compute_results(inp, "mean")
    expected = (2 * 4 / 5 + 1 * (7 - 1) / 9) / 3 * 10
    assert result.raw_mean[0] == pytest.approx(expected, abs=1e-12)
    assert result.n_judges[0] == 1
    assert result.missing == 1


def test_excluded_rows_do_not_count() -> None:
    base = matrix_input([[9.0, 2.0]])
    excluded = np.array([False, True])  # judge 1's score is a conflict
    inp = ScoringInput(**{**base.__dict__, "excluded": excluded})
    result = compute_results(inp, "mean")
    assert result.raw_mean[0] == 9.0
    assert result.n_judges[0] == 1


# --- methods by hand -------------------------------------------------------------------------


def test_mean_by_hand() -> None:
    result = compute_results(matrix_input(HAND), "mean")
    assert result.score.tolist() == pytest.approx([7.0, 6.0, 22.0 / 3])
    assert order(result) == [2, 0, 1]


def test_median_by_hand() -> None:
    result = compute_results(matrix_input(HAND), "median")
    assert result.score.tolist() == [7.0, 5.0, 6.5]
    assert order(result) == [0, 2, 1]
    assert result.raw_mean.tolist() == pytest.approx([7.0, 6.0, 22.0 / 3])


def test_trimmed_by_hand() -> None:
    # Five judges, trim 0.2: one value cut from each end, mean of the middle three.
    rows = [[1.0, 7.0, 8.0, 9.0, 10.0], [6.0, 6.0, 7.0, 8.0, 2.0]]
    result = compute_results(matrix_input(rows), "trimmed", AwardRules(trim=0.2))
    assert result.score.tolist() == pytest.approx([8.0, (6 + 6 + 7) / 3])


def test_zscore_by_hand() -> None:
    result = compute_results(matrix_input(HAND), "zscore")
    columns = list(zip(*HAND, strict=True))
    everything = [v for row in HAND for v in row]
    grand_mean, grand_sd = statistics.mean(everything), statistics.stdev(everything)
    expected = []
    for row in HAND:
        z = [
            (v - statistics.mean(col)) / statistics.stdev(col)
            for v, col in zip(row, columns, strict=True)
        ]
        expected.append(grand_mean + grand_sd * statistics.mean(z))
    assert result.score.tolist() == pytest.approx(expected, abs=1e-12)


def test_zscore_judge_with_one_score_or_no_spread_gives_z_zero() -> None:
    # Judge 1 scored only app 0 (z = 0); judge 2 gave 5 to everything (sd 0, z = 0).
    rows = [[9.0, 10.0, 5.0], [3.0, np.nan, 5.0]]
    result = compute_results(matrix_input(rows), "zscore")
    everything = [9.0, 10.0, 5.0, 3.0, 5.0]
    gm, gsd = statistics.mean(everything), statistics.stdev(everything)
    z0 = (9 - 6) / statistics.stdev([9.0, 3.0])
    assert result.score[0] == pytest.approx(gm + gsd * (z0 + 0 + 0) / 3, abs=1e-12)
    assert result.score[1] == pytest.approx(gm + gsd * (-z0 + 0) / 2, abs=1e-12)


def test_additive_sparse_by_hand() -> None:
    # Judge 0 scores both applications, judge 1 only application 1. Solving the ridge normal
    # equations by hand: b0 = -2 / (1 + lambda), b1 = -b0, q0 = 6 - b0, q1 = 6.
    rows = [[6.0, np.nan], [4.0, 8.0]]
    for lam, b0 in ((1.0, -1.0), (0.0, -2.0), (3.0, -0.5)):
        result = compute_results(matrix_input(rows), "additive", AwardRules(shrinkage=lam))
        assert result.judges.offset.tolist() == pytest.approx([b0, -b0], abs=1e-12)
        assert result.score.tolist() == pytest.approx([6 - b0, 6.0], abs=1e-12)
        assert result.raw_mean.tolist() == [6.0, 6.0]


def test_additive_equals_mean_when_every_judge_scores_everything() -> None:
    rng = np.random.default_rng(3)
    totals = rng.uniform(2, 9, size=(12, 6))
    mean = compute_results(matrix_input(totals), "mean").score
    for lam in (0.0, 1.0, 25.0):
        additive = compute_results(matrix_input(totals), "additive", AwardRules(shrinkage=lam))
        np.testing.assert_allclose(additive.score, mean, rtol=0, atol=1e-12)
        assert abs(additive.judges.offset.sum()) < 1e-12


def recused_design() -> tuple[np.ndarray, np.ndarray]:
    """30 applications of known quality (0 best), 6 judges with known offsets; the strong
    applications are scored by the harsh judges and the weak ones by the lenient judges."""
    rng = np.random.default_rng(7)
    quality = np.linspace(8.5, 4.0, 30)
    offsets = np.array([-1.5, -1.0, -0.5, 0.5, 1.0, 1.5])
    totals = np.full((30, 6), np.nan)
    for i in range(30):
        if i < 10:
            panel = {0, 1, 2 + i % 4}
        elif i < 20:
            panel = {i % 6, (i + 1) % 6, (i + 3) % 6}
        else:
            panel = {5, 4, i % 4}
        for j in panel:
            totals[i, j] = quality[i] + offsets[j] + rng.normal(0, 0.05)
    return totals, offsets


def test_additive_recovers_true_order_under_recusal_where_mean_fails() -> None:
    totals, offsets = recused_design()
    truth = list(range(30))
    mean = compute_results(matrix_input(totals), "mean")
    additive = compute_results(matrix_input(totals), "additive")
    assert order(mean) != truth
    assert order(mean)[:3] != [0, 1, 2]
    assert order(additive) == truth
    assert awards(additive) == {"gold": 0, "silver": 1, "special_mention": 2}
    # Offsets are recovered (shrunk a little towards 0) and sum to zero.
    np.testing.assert_allclose(additive.judges.offset, offsets, atol=0.15)
    assert abs(additive.judges.offset.sum()) < 1e-9


def test_constant_added_to_one_judge_changes_no_ranking_under_additive() -> None:
    totals, _ = recused_design()
    shifted = totals.copy()
    shifted[:, 2] += 0.8  # judge 2 becomes more lenient on everything
    # Without shrinkage the offset absorbs the shift exactly, sparse design or not.
    exact = AwardRules(shrinkage=0.0)
    before = compute_results(matrix_input(totals), "additive", exact)
    after = compute_results(matrix_input(shifted), "additive", exact)
    assert order(after) == order(before)
    np.testing.assert_allclose(after.score - before.score, 0.8 / 6, atol=1e-9)
    # With the default ridge on the same sparse design the ranking still holds.
    assert order(compute_results(matrix_input(shifted))) == order(
        compute_results(matrix_input(totals))
    )
    # Every judge scoring everything: exact under the default ridge too.
    full = np.random.default_rng(5).uniform(3, 9, size=(10, 5))
    moved = full.copy()
    moved[:, 4] += 1.7
    assert order(compute_results(matrix_input(moved))) == order(compute_results(matrix_input(full)))


def test_unknown_method_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="unknown scoring method 'best'"):
        compute_results(matrix_input(HAND), "best")


def test_standard_error_is_pooled_within_application_sd() -> None:
    result = compute_results(matrix_input(HAND), "mean")
    ss = sum((v - statistics.mean(row)) ** 2 for row in HAND for v in row)
    pooled = (ss / (9 - 3)) ** 0.5
    assert result.se.tolist() == pytest.approx([pooled / 3**0.5] * 3)
    median = compute_results(matrix_input(HAND), "median")
    assert median.se.tolist() == pytest.approx([1.2533141 * pooled / 3**0.5] * 3)


# --- ranking, ties, overrides, empty tiers --------------------------------------------------


def test_exact_tie_for_gold_is_flagged_shares_rank_and_is_unresolved() -> None:
    rows = [[8.0, 7.0, 9.0], [9.0, 8.0, 7.0], [5.0, 6.0, 4.0], [3.0, 2.0, 1.0]]
    result = compute_results(matrix_input(rows), "mean")
    cat = result.categories[0]
    assert cat.ranking == [(1, 0), (1, 1), (3, 2), (4, 3)]
    assert kinds(result).count("tie") == 1
    tie = next(f for f in cat.flags if f["kind"] == "tie")
    assert tie["applications"] == [0, 1]
    assert "Gold and Silver" in tie["message"]
    assert [t["applications"] for t in unresolved_ties(result)] == [[0, 1]]
    assert unresolved_ties(result)[0]["category"] == 0

    decided = compute_results(matrix_input(rows), "mean", overrides=[Override(0, "gold", 1)])
    assert awards(decided) == {"gold": 1, "silver": 0, "special_mention": 2}
    assert unresolved_ties(decided) == []
    assert "tie" not in kinds(decided)


def test_tie_between_last_award_and_first_without_award_is_flagged() -> None:
    rows = [[9.0] * 3, [8.0] * 3, [7.0, 6.0, 5.0], [5.0, 6.0, 7.0], [1.0] * 3]
    result = compute_results(matrix_input(rows), "mean")
    tie = [f for f in result.categories[0].flags if f["kind"] == "tie"]
    assert [f["applications"] for f in tie] == [[2, 3]]
    assert "Special Mention and no award" in tie[0]["message"]
    assert awards(result)["special_mention"] == 2  # the lower index, never silently announced


def test_tie_inside_one_tier_is_not_a_boundary() -> None:
    rows = [[8.0, 7.0, 9.0], [9.0, 8.0, 7.0], [5.0, 5.0, 5.0]]
    rules = AwardRules(tiers=(("gold", 2), ("silver", 1)))
    result = compute_results(matrix_input(rows), "mean", rules)
    assert "tie" not in kinds(result)
    gold = sorted((a.app, a.place) for a in result.categories[0].awards if a.award == "gold")
    assert gold == [(0, 1), (1, 2)]


def test_near_tie_at_a_boundary_is_flagged() -> None:
    rows = [[8.0] * 3, [7.98] * 3, [5.0] * 3, [2.0] * 3]
    result = compute_results(matrix_input(rows), "mean")
    near = [f for f in result.categories[0].flags if f["kind"] == "near_tie"]
    assert [f["applications"] for f in near] == [[0, 1]]
    assert "tie" not in kinds(result)
    assert unresolved_ties(result) == []
    quiet = compute_results(matrix_input(rows), "mean", AwardRules(near_tie=0.01))
    assert "near_tie" not in kinds(quiet)


def test_override_silver_to_fifth_ranked() -> None:
    rows = [[9.0 - i] * 3 for i in range(7)]  # app i ranked i+1
    result = compute_results(matrix_input(rows), "mean", overrides=[Override(0, "silver", 4)])
    cat = result.categories[0]
    assert [(a.award, a.app, a.place, a.overridden) for a in cat.awards] == [
        ("gold", 0, 1, False),
        ("silver", 4, 2, True),
        ("special_mention", 1, 3, False),
    ]
    assert order(result) == list(range(7))  # the ranking itself is the computed one
    assert "low_confidence" not in kinds(result)


def test_overridden_application_takes_no_other_award() -> None:
    rows = [[9.0 - i] * 3 for i in range(5)]
    result = compute_results(
        matrix_input(rows), "mean", overrides=[Override(0, "special_mention", 0)]
    )
    assert awards(result) == {"gold": 1, "silver": 2, "special_mention": 0}


def test_bad_overrides_are_refused_in_words() -> None:
    inp = matrix_input([[9.0] * 2, [8.0] * 2], categories=[0, 1])
    with pytest.raises(ValueError, match="belongs to another category"):
        compute_results(inp, overrides=[Override(0, "gold", 1)])
    with pytest.raises(ValueError, match="the rules know"):
        compute_results(inp, overrides=[Override(0, "platinum", 0)])
    with pytest.raises(ValueError, match="two awards"):
        compute_results(inp, overrides=[Override(0, "gold", 0), Override(0, "silver", 0)])


def test_min_score_leaves_a_tier_empty() -> None:
    rows = [[9.0] * 3, [7.0] * 3, [5.0] * 3]
    result = compute_results(matrix_input(rows), "mean", AwardRules(min_score=6.0))
    assert awards(result) == {"gold": 0, "silver": 1}
    empty = [f for f in result.categories[0].flags if f["kind"] == "empty_tier"]
    assert len(empty) == 1 and "Special Mention" in empty[0]["message"]
    assert "6.00" in empty[0]["message"]


def test_too_few_applications_leave_tiers_empty() -> None:
    result = compute_results(matrix_input([[9.0, 8.0]]), "mean")
    assert awards(result) == {"gold": 0}
    assert kinds(result).count("empty_tier") == 2


def test_categories_are_ranked_separately() -> None:
    rows = [[9.0] * 2, [3.0] * 2, [4.0] * 2, [8.0] * 2]
    result = compute_results(matrix_input(rows, categories=[0, 1, 0, 1]), "mean")
    assert order(result, 0) == [0, 2]
    assert order(result, 1) == [3, 1]
    assert awards(result, 1) == {"gold": 3, "silver": 1}


# --- flags from the judges -------------------------------------------------------------------


def test_one_judge_deciding_gold_is_flagged() -> None:
    # Judge 0 loves app 0: with them app 0 wins (7.33 > 7), without them app 1 does.
    rows = [[10.0, 6.0, 6.0], [7.0, 7.0, 7.0], [3.0, 2.0, 4.0], [1.0, 1.0, 1.0]]
    result = compute_results(matrix_input(rows), "mean")
    assert awards(result)["gold"] == 0
    dependent = [f for f in result.categories[0].flags if f["kind"] == "judge_dependent"]
    assert [f["judge"] for f in dependent] == [0]
    assert dependent[0]["applications"] == [0, 1]
    assert "Gold would go to application 1 instead of application 0" in dependent[0]["message"]


def test_judge_dependent_check_works_for_every_method() -> None:
    rows = [[10.0, 6.0, 6.0], [7.0, 7.0, 7.0], [3.0, 2.0, 4.0], [1.0, 1.0, 1.0]]
    for method in ("median", "trimmed"):
        # Median of (10, 6, 6) = 6 < 7: app 1 wins; without judge 1 or judge 2, app 0's middle
        # is the mean of (10, 6) = 8 > 7 and takes gold back (trim 0.34 cuts nothing from two).
        result = compute_results(matrix_input(rows), method, AwardRules(trim=0.34))
        assert awards(result)["gold"] == 1
        flagged = [f["judge"] for f in result.categories[0].flags if f["kind"] == "judge_dependent"]
        assert flagged == [1, 2]
    for method in ("additive", "zscore"):
        result = compute_results(matrix_input(rows), method)
        assert awards(result)["gold"] == 0
        assert [f["judge"] for f in result.categories[0].flags if f["kind"] == "judge_dependent"]


def test_disconnected_design_is_warned_and_fitted_per_part() -> None:
    nan = np.nan
    rows = [[8, 7, nan, nan], [6, 5, nan, nan], [nan, nan, 9, 8], [nan, nan, 5, 4]]
    result = compute_results(matrix_input(rows))
    assert len(result.warnings) == 1 and "2 separate groups" in result.warnings[0]
    assert (
        "Rankings in category 0 compare applications from different groups" in (result.warnings[0])
    )
    # One panel per category is harmless, and the warning says so.
    per_category = compute_results(matrix_input(rows, categories=[0, 0, 1, 1]))
    assert "Every category lies within one group" in per_category.warnings[0]
    offsets = result.judges.offset
    assert offsets[0] + offsets[1] == pytest.approx(0, abs=1e-12)
    assert offsets[2] + offsets[3] == pytest.approx(0, abs=1e-12)
    connected = compute_results(matrix_input(HAND))
    assert connected.warnings == []


def test_confidence_is_a_probability_and_high_for_a_clear_winner() -> None:
    rng = np.random.default_rng(11)
    quality = np.array([9.0, 6.0, 5.95, 5.9, 3.0, 2.0])
    rows = quality[:, None] + rng.normal(0, 0.5, size=(6, 5))
    result = compute_results(matrix_input(rows), "mean")
    conf = {a.award: a.confidence for a in result.categories[0].awards}
    assert all(c is not None and 0.0 <= c <= 1.0 for c in conf.values())
    assert conf["gold"] > 0.99
    assert conf["silver"] < 0.8 and conf["special_mention"] < 0.8
    low = [f["applications"] for f in result.categories[0].flags if f["kind"] == "low_confidence"]
    assert [awards(result)["gold"]] not in low
    assert low  # silver or special mention among three near equals


def test_judge_statistics_spot_the_contrarian() -> None:
    rng = np.random.default_rng(2)
    quality = np.linspace(9, 3, 12)
    rows = quality[:, None] + rng.normal(0, 0.3, size=(12, 6))
    rows[:, 1] += 1.0  # lenient judge
    rows[:, 5] = 12 - quality + rng.normal(0, 0.3, size=12)  # disagrees with everyone
    result = compute_results(matrix_input(rows), "mean")
    stats = result.judges
    assert stats.n_scored.tolist() == [12] * 6
    assert stats.offset[1] == max(stats.offset)
    assert stats.agreement[5] < 0 < min(stats.agreement[:5])
    assert bool(stats.outlier[5]) and not any(stats.outlier[[0, 2, 3, 4]])
    assert stats.spread[0] == pytest.approx(np.std(rows[:, 0], ddof=1))
    record = stats.records()[5]
    assert record["judge"] == 5 and record["outlier"] is True
    assert result.reliability is not None and 0 < result.reliability < 1


def test_agreement_is_none_with_fewer_than_three_applications() -> None:
    result = compute_results(matrix_input(HAND[:2]), "mean")
    assert np.isnan(result.judges.agreement).all()
    assert result.judges.records()[0]["agreement"] is None


# --- determinism -----------------------------------------------------------------------------


def random_input(seed: int) -> ScoringInput:
    """A sparse three-criterion edition with conflicts and some incomplete pairs."""
    rng = np.random.default_rng(seed)
    n_apps, n_judges, n_crit = 60, 12, 3
    rows = []
    for i in range(n_apps):
        for j in rng.choice(n_judges, size=4, replace=False):
            for c in range(n_crit):
                if rng.random() > 0.02:
                    rows.append((i, j, c, float(rng.integers(0, 11))))
    app, judge, crit, value = (np.array(col) for col in zip(*rows, strict=True))
    return ScoringInput(
        n_apps=n_apps,
        n_judges=n_judges,
        app_category=rng.integers(0, 3, n_apps),
        n_categories=3,
        s_app=app,
        s_judge=judge,
        s_crit=crit,
        s_value=value,
        crit_weight=np.array([3.0, 2.0, 1.0]),
        crit_min=np.zeros(3),
        crit_max=np.full(3, 10.0),
        excluded=rng.random(app.size) < 0.03,
    )


def fingerprint(result: Results) -> bytes:
    return pickle.dumps(
        (
            result.method,
            [a.tobytes() for a in (result.score, result.raw_mean, result.n_judges, result.se)],
            result.categories,
            [a.tobytes() for a in result.judges.__dict__.values()],
            result.reliability,
            result.missing,
            result.warnings,
        )
    )


@pytest.mark.parametrize("method", METHODS)
def test_same_input_same_bytes_and_row_order_does_not_matter(method: str) -> None:
    inp = random_input(1)
    first = fingerprint(compute_results(inp, method))
    assert fingerprint(compute_results(inp, method)) == first
    rng = np.random.default_rng(99)
    for _ in range(3):
        p = rng.permutation(len(inp.s_value))
        shuffled = ScoringInput(
            **{
                **inp.__dict__,
                **{k: getattr(inp, k)[p] for k in ("s_app", "s_judge", "s_crit", "s_value")},
                "excluded": inp.excluded[p],
            }
        )
        assert fingerprint(compute_results(shuffled, method)) == first


def test_seed_changes_only_the_confidence() -> None:
    inp = random_input(4)
    a = compute_results(inp, rules=AwardRules(seed=1))
    b = compute_results(inp, rules=AwardRules(seed=2))
    assert a.score.tobytes() == b.score.tobytes()
    assert [c.ranking for c in a.categories] == [c.ranking for c in b.categories]
    conf_a = [x.confidence for c in a.categories for x in c.awards]
    conf_b = [x.confidence for c in b.categories for x in c.awards]
    assert conf_a != conf_b


# --- scale -----------------------------------------------------------------------------------


def test_large_edition_finishes() -> None:
    rng = np.random.default_rng(0)
    n_apps, n_judges, per_app = 20_000, 300, 25
    quality = rng.normal(6, 1.2, n_apps)
    offsets = rng.normal(0, 0.8, n_judges)
    panel = np.argsort(rng.random((n_apps, n_judges)), axis=1)[:, :per_app]
    app = np.repeat(np.arange(n_apps), per_app)
    judge = panel.ravel()
    value = np.clip(quality[app] + offsets[judge] + rng.normal(0, 1, app.size), 0, 10)
    inp = ScoringInput(
        n_apps=n_apps,
        n_judges=n_judges,
        app_category=rng.integers(0, 6, n_apps),
        n_categories=6,
        s_app=app,
        s_judge=judge,
        s_crit=np.zeros(app.size, dtype=int),
        s_value=value,
        crit_weight=np.ones(1),
        crit_min=np.zeros(1),
        crit_max=np.full(1, 10.0),
    )
    start = time.perf_counter()
    result = compute_results(inp)
    elapsed = time.perf_counter() - start
    print(f"compute_results on {app.size:,} rows, {n_apps:,} applications: {elapsed:.2f} s")
    assert len(result.categories) == 6
    assert all(len(c.awards) == 3 for c in result.categories)
    assert int(result.n_judges.sum()) == app.size
    # Offsets are recovered: correlation with the true ones.
    assert np.corrcoef(result.judges.offset, offsets)[0, 1] > 0.95
