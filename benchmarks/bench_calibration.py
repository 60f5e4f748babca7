"""Is the stated confidence the chance of being right? Simulated competitions with known truth.

    python benchmarks/bench_calibration.py [--editions 60] [--seed 1]

Each simulated edition has 10 categories of 8 applications and 6 judges with leniency offsets of
sd 0.8 and noise of sd 1.0 (0..10 scale); 20% of the (judge, application) pairs are recused.
Four scenarios: close contests (true quality sd 0.4 within a category) and clear ones (sd 1.5),
each with a dense assignment (every judge, less recusals) and a sparse one (3 judges per
application, drawn at random). For Gold, Silver and Special Mention the stated confidences are
put in the bins 0-0.5, 0.5-0.8, 0.8-0.95, 0.95-1; each bin shows the mean stated figure, how often
the award was truly right (the application truly has that place) and the count. The weighted
calibration error is sum over bins of count x |stated - observed| / total. BEFORE is the earlier
method (draws centred on the scores, shrinkage fixed at 1, ``confidence_method="redraw"``); AFTER
is the posterior with the estimated shrinkage (the default). Last, how often each method's Gold
is the truly best application.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wego_awards.scoring import METHODS, AwardRules, ScoringInput, compute_results  # noqa: E402

BINS = (0.0, 0.5, 0.8, 0.95, 1.0)
AWARDS = ("gold", "silver", "special_mention")


@dataclass(frozen=True)
class Scenario:
    name: str
    quality_sd: float
    per_app: int | None  # None: every judge (dense)
    categories: int = 10
    apps: int = 8
    judges: int = 6
    offset_sd: float = 0.8
    noise_sd: float = 1.0
    recusal: float = 0.2


SCENARIOS = (
    Scenario("close, dense", 0.4, None),
    Scenario("close, sparse", 0.4, 3),
    Scenario("clear, dense", 1.5, None),
    Scenario("clear, sparse", 1.5, 3),
)


def simulate(sc: Scenario, rng: np.random.Generator) -> tuple[ScoringInput, np.ndarray]:
    """One edition of the scenario: the scores as engine input, and the true qualities."""
    n_apps = sc.categories * sc.apps
    category = np.repeat(np.arange(sc.categories), sc.apps)
    truth = 6.0 + rng.normal(0, 0.5, sc.categories)[category] + rng.normal(0, sc.quality_sd, n_apps)
    offsets = rng.normal(0, sc.offset_sd, sc.judges)
    if sc.per_app is None:
        panel = np.ones((n_apps, sc.judges), dtype=bool)
        panel &= rng.random((n_apps, sc.judges)) >= sc.recusal
    else:
        panel = np.zeros((n_apps, sc.judges), dtype=bool)
        for i in range(n_apps):
            panel[i, rng.choice(sc.judges, sc.per_app, replace=False)] = True
    # Every application keeps two judges at least (a recusal cannot leave it unjudged).
    for k in np.flatnonzero(panel.sum(axis=1) < 2):
        panel[k, rng.choice(sc.judges, 2, replace=False)] = True
    app, judge = np.nonzero(panel)
    value = truth[app] + offsets[judge] + rng.normal(0, sc.noise_sd, app.size)
    inp = ScoringInput(
        n_apps=n_apps,
        n_judges=sc.judges,
        app_category=category,
        n_categories=sc.categories,
        s_app=app,
        s_judge=judge,
        s_crit=np.zeros(app.size, dtype=np.int64),
        s_value=value,
        crit_weight=np.ones(1),
        crit_min=np.zeros(1),
        crit_max=np.full(1, 10.0),
    )
    return inp, truth


def stated_and_right(
    inp: ScoringInput, truth: np.ndarray, rules: AwardRules, method: str = "additive"
) -> list[tuple[str, float, bool]]:
    """(award, stated confidence, truly right) for every award of the edition (one criterion
    scored 0..10, so a judge's total is the simulated score itself)."""
    res = compute_results(inp, method, rules)
    out = []
    for cat in res.categories:
        apps = np.flatnonzero(np.asarray(inp.app_category) == cat.category)
        true_order = apps[np.argsort(-truth[apps], kind="stable")]
        for aw in cat.awards:
            if aw.confidence is None:
                continue
            out.append((aw.award, aw.confidence, int(true_order[aw.place - 1]) == aw.app))
    return out


def calibration(rows: list[tuple[float, bool]]) -> tuple[list[tuple[float, float, int]], float]:
    """Per bin (mean stated, observed frequency, count), and the weighted calibration error."""
    stated = np.array([r[0] for r in rows])
    right = np.array([r[1] for r in rows], dtype=float)
    table, error = [], 0.0
    for k in range(len(BINS) - 1):
        lo, hi = BINS[k], BINS[k + 1]
        inside = (stated >= lo) & ((stated < hi) if k < len(BINS) - 2 else (stated <= hi))
        n = int(inside.sum())
        if n == 0:
            table.append((float("nan"), float("nan"), 0))
            continue
        mean, freq = float(stated[inside].mean()), float(right[inside].mean())
        table.append((mean, freq, n))
        error += n * abs(mean - freq)
    return table, error / max(len(rows), 1)


BEFORE = AwardRules(shrinkage=1.0, confidence_method="redraw")
AFTER = AwardRules()


def run(sc: Scenario, editions: int, seed: int) -> dict[str, object]:
    """Calibration per award, BEFORE and AFTER, and each method's rate of a truly best Gold."""
    rng = np.random.default_rng([seed, SCENARIOS.index(sc) if sc in SCENARIOS else 99])
    rows: dict[str, dict[str, list[tuple[float, bool]]]] = {"before": {}, "after": {}}
    best: dict[str, list[int]] = {m: [] for m in METHODS}
    golds = 0
    for e in range(editions):
        inp, truth = simulate(sc, rng)
        for label, rules in (("before", BEFORE), ("after", AFTER)):
            rules = AwardRules(shrinkage=rules.shrinkage, seed=e,
                               confidence_method=rules.confidence_method)
            for award, stated, right in stated_and_right(inp, truth, rules):
                rows[label].setdefault(award, []).append((stated, right))
        for method in METHODS:
            res = compute_results(inp, method, AwardRules(seed=e, confidence_method="redraw"))
            for cat in res.categories:
                apps = np.flatnonzero(np.asarray(inp.app_category) == cat.category)
                top = int(apps[np.argmax(truth[apps])])
                gold = [a.app for a in cat.awards if a.award == "gold"]
                best[method].append(int(bool(gold) and gold[0] == top))
                if method == METHODS[0]:
                    golds += 1
    return {"rows": rows, "best": best, "golds": golds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", type=int, default=60, help="editions per scenario")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    t0 = time.perf_counter()
    worst = 0.0
    for sc in SCENARIOS:
        out = run(sc, args.editions, args.seed)
        rows = out["rows"]
        assert isinstance(rows, dict)
        print(f"\n== {sc.name}: quality sd {sc.quality_sd}, "
              f"{'every judge' if sc.per_app is None else f'{sc.per_app} judges'} per application, "
              f"{args.editions} editions x {sc.categories} categories ==")
        print(f"{'award':<16}{'':7}" + "".join(f"{f'{lo:.2f}-{hi:.2f}':>22}"
                                               for lo, hi in zip(BINS[:-1], BINS[1:], strict=True))
              + f"{'error':>8}")
        print(f"{'':23}" + f"{'stated  right     n':>22}" * (len(BINS) - 1))
        for award in AWARDS:
            for label in ("before", "after"):
                table, error = calibration(rows[label].get(award, []))
                if label == "after":
                    worst = max(worst, error)
                cells = "".join(
                    f"{'–':>22}" if n == 0 else f"{mean:>10.3f}{freq:>7.3f}{n:>5d}"
                    for mean, freq, n in table
                )
                print(f"{award if label == 'before' else '':<16}{label:<7}{cells}{error:>8.3f}")
        best = out["best"]
        assert isinstance(best, dict)
        golds = out["golds"]
        # Each method's rate, and (paired: the same categories) how far the additive model's
        # rate is above it, with the standard error of that difference.
        base = np.array(best[METHODS[0]], dtype=float)
        parts = []
        for m in METHODS:
            hits = np.array(best[m], dtype=float)
            text = f"{m} {hits.mean():.1%}"
            if m != METHODS[0] and hits.size > 1:
                d = base - hits
                text += f" ({METHODS[0]} {d.mean():+.1%} ± {d.std(ddof=1) / np.sqrt(d.size):.1%})"
            parts.append(text)
        print(f"Gold truly best, of {golds} categories: " + ", ".join(parts))
    print(f"\nworst AFTER calibration error: {worst:.3f}  ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
