#!/usr/bin/env python3
"""Generate and check the sample scores of the demo edition (the 4th WeGO Awards).

The applications, judges, criteria and categories in ``resources/demo/`` are authored by hand;
this script adds what cannot be taken from the program book:

* ``scores.csv``: every judge scores every application they have no conflict with, on every
  criterion, in half points. The scores are drawn (seeded, so the file is the same on every run)
  from a small table of intended qualities below, each judge's leniency offset and noise.
* ``attachments/<code>.pdf``: a one-page A4 PDF per winning application (title and summary).

It then checks the result with its own small implementation of the additive judge-effect model
(the application's default method) and exits non-zero unless, in every category, the top three
are the book's Gold, Silver and Special Mention, in order, with clear margins, stable when any
one judge is left out, and unless the Safe City showcase holds (the raw mean disagrees about
Gold, the corrected score does not).

Stand-alone on purpose (Python and numpy; reportlab only for the PDFs): it must not drift with
the application's code, and it is an independent check of the application's results.

Usage::

    python tools/make_demo_data.py            # write scores.csv and the PDFs, then check
    python tools/make_demo_data.py --check    # only check the scores.csv on disk
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO
from xml.sax.saxutils import escape

import numpy as np

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"

SEED = 20201018
RIDGE = 1.0  # penalty on the judge offsets, as in the application's default method
MIN_MARGIN = 0.15  # between consecutive places among the top four of a category
MIN_CONFIDENCE = 0.9  # normal approximation, each award place against its neighbours

# The book's winners: Gold, Silver, Special Mention per category.
EXPECTED_WINNERS: dict[str, tuple[str, str, str]] = {
    "EG": ("EG-03", "EG-02", "EG-06"),  # Goyang, Moscow, Makati
    "ET": ("ET-04", "ET-07", "ET-02"),  # Seongnam, Jeju, Lima
    "MO": ("MO-06", "MO-04", "MO-01"),  # George Town, Belo Horizonte, Tehran
    "OI": ("OI-05", "OI-02", "OI-07"),  # São Paulo, Jakarta, Sejong
    "SC": ("SC-04", "SC-07", "SC-02"),  # Mexico City, Belo Horizonte, Goyang
    "SU": ("SU-06", "SU-02", "SU-04"),  # Istanbul, Mashhad, Iskandar Malaysia
}

# Safe City: the lenient J2 is recused from SC-04 and the harsh J4 from SC-07, so the raw mean
# puts SC-07 first; the additive model, which knows both judges' offsets, puts SC-04 first.
SHOWCASE = ("SC", "SC-04")

# Intended quality of each application on the 0..10 weighted-total scale (invented). The
# winners sit about 0.45 apart, except the showcase pair, which is closer so that the raw mean's
# bias is large enough to swap them.
QUALITY: dict[str, float] = {
    "EG-01": 6.6, "EG-02": 8.05, "EG-03": 8.5, "EG-04": 7.05, "EG-05": 5.4,
    "EG-06": 7.6, "EG-07": 6.1, "EG-08": 6.4, "EG-09": 5.8,
    "ET-01": 6.95, "ET-02": 7.5, "ET-03": 6.7, "ET-04": 8.4, "ET-05": 5.6,
    "ET-06": 6.2, "ET-07": 7.95, "ET-08": 6.5, "ET-09": 5.2,
    "MO-01": 7.4, "MO-02": 6.9, "MO-03": 6.6, "MO-04": 7.85, "MO-05": 5.9,
    "MO-06": 8.3, "MO-07": 5.5, "MO-08": 6.2,
    "OI-01": 6.5, "OI-02": 8.15, "OI-03": 6.8, "OI-04": 6.0, "OI-05": 8.6,
    "OI-06": 5.7, "OI-07": 7.7, "OI-08": 7.15, "OI-09": 6.3,
    "SC-01": 6.8, "SC-02": 7.6, "SC-03": 6.4, "SC-04": 8.28, "SC-05": 7.1,
    "SC-06": 6.0, "SC-07": 8.1, "SC-08": 5.6, "SC-09": 5.3,
    "SU-01": 7.0, "SU-02": 8.0, "SU-03": 6.3, "SU-04": 7.55, "SU-05": 6.0,
    "SU-06": 8.45, "SU-07": 6.6, "SU-08": 5.5,
}  # fmt: skip

# Each judge's leniency (points added to every criterion) and noise (s.d. per criterion). The
# offsets sum to zero, as the model assumes. Invented.
JUDGE_EFFECTS: dict[str, tuple[float, float]] = {
    "J1": (-0.3, 0.35),  # Donovan Storey
    "J2": (+0.9, 0.45),  # Renata Avila: the most lenient
    "J3": (+0.4, 0.40),  # Philip Bane
    "J4": (-0.9, 0.35),  # Jean-François Habeau: the harshest
    "J5": (-0.3, 0.30),  # Shipra Narang Suri
    "J6": (+0.2, 0.50),  # Javier Vergara Petrescu
}
HALO_SD = 0.12  # a judge's overall liking of one application, shared by its criteria
PROFILE_SD = 0.55  # how unevenly an application does across the criteria

LEVELS = [
    (8.2, ["Outstanding entry.", "Excellent and well evidenced.",
           "Among the strongest in this category.", "A model for other cities."]),
    (7.0, ["Strong entry.", "Solid project with clear results.", "Convincing overall.",
           "Well-run project."]),
    (5.8, ["Reasonable project.", "Useful, but the evidence is thin.",
           "Sound idea, modest results so far.", "A decent local initiative."]),
    (-1.0, ["Early stage.", "Limited evidence of results.", "Mostly outputs, few outcomes.",
            "Interesting idea, not yet proven."]),
]  # fmt: skip
STRENGTHS = {
    "INNO": ["a genuinely new approach", "creative use of technology"],
    "IMPACT": ["measurable benefits for residents", "clear results for citizens"],
    "SUST": ["funding and operation look durable", "well embedded in the city's budget"],
    "INCL": ["reaches vulnerable groups", "residents were involved in the design"],
    "TRANS": ["easy for other cities to adopt", "well documented for replication"],
}
WEAKNESSES = {
    "INNO": ["the technology itself is fairly standard", "little that peer cities have not done"],
    "IMPACT": ["figures are mostly outputs, not outcomes", "no baseline to compare results with"],
    "SUST": ["unclear who pays after the pilot", "no maintenance plan described"],
    "INCL": ["little sign of citizen participation", "people without smartphones are left out"],
    "TRANS": ["depends heavily on local conditions", "hard to copy without a large budget"],
}


@dataclass
class Criterion:
    """One criterion as read from criteria.csv."""

    code: str
    name: str
    weight: float
    min: float
    max: float


@dataclass
class Demo:
    """The authored demo files, in file order."""

    categories: dict[str, str]
    criteria: list[Criterion]
    applications: list[dict[str, str]]
    judges: list[dict[str, str]]
    conflicts: set[tuple[str, str]] = field(default_factory=set)

    @property
    def app_codes(self) -> list[str]:
        """Application codes in file order."""
        return [a["code"] for a in self.applications]

    @property
    def judge_codes(self) -> list[str]:
        """Judge codes in file order."""
        return [j["code"] for j in self.judges]


@dataclass
class Fit:
    """The additive model's estimates: y = quality[app] + offset[judge] + noise."""

    quality: np.ndarray
    offset: np.ndarray
    cov: np.ndarray  # approximate covariance of the quality estimates
    raw_mean: np.ndarray
    judges_per_app: np.ndarray


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a UTF-8 CSV file (a BOM tolerated) into dicts keyed by the header."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def load_demo(demo_dir: Path) -> Demo:
    """Read categories, criteria, applications and judges (with conflicts) from ``demo_dir``."""
    categories = {r["code"]: r["name"] for r in read_csv(demo_dir / "categories.csv")}
    criteria = [
        Criterion(r["code"], r["name"], float(r["weight"]), float(r["min"]), float(r["max"]))
        for r in read_csv(demo_dir / "criteria.csv")
    ]
    applications = read_csv(demo_dir / "applications.csv")
    judges = read_csv(demo_dir / "judges.csv")
    conflicts = {
        (j["code"], a.strip()) for j in judges for a in j["conflicts"].split(";") if a.strip()
    }
    return Demo(categories, criteria, applications, judges, conflicts)


def check_inputs(demo: Demo) -> list[str]:
    """Return what is wrong with the authored files (empty when all is well)."""
    problems: list[str] = []
    apps = demo.app_codes
    if len(apps) != 52:
        problems.append(f"expected 52 applications, found {len(apps)}")
    countries = {a["country"] for a in demo.applications}
    if len(countries) != 18:
        problems.append(f"expected 18 countries, found {len(countries)}")
    for cat in demo.categories:
        n = sum(a["category"] == cat for a in demo.applications)
        if not 7 <= n <= 10:
            problems.append(f"category {cat} has {n} applications (want 7-10)")
    if abs(sum(c.weight for c in demo.criteria) - 100) > 1e-9:
        problems.append("criteria weights do not sum to 100")
    if set(QUALITY) != set(apps):
        problems.append(f"QUALITY and applications.csv differ: {set(QUALITY) ^ set(apps)}")
    if set(JUDGE_EFFECTS) != set(demo.judge_codes):
        problems.append("JUDGE_EFFECTS and judges.csv differ")
    for judge, app in sorted(demo.conflicts):
        if app not in apps:
            problems.append(f"judge {judge} is conflicted with unknown application {app}")
    category_of = {a["code"]: a["category"] for a in demo.applications}
    for cat, codes in EXPECTED_WINNERS.items():
        for code in codes:
            if category_of.get(code) != cat:
                problems.append(f"winner {code} is not an application of category {cat}")
    return problems


def _format_score(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _comment(rng: np.random.Generator, demo: Demo, scores: np.ndarray) -> str:
    """A short remark in a judge's voice, consistent with the scores the judge just gave."""
    total = _weighted_total(demo, scores)
    level = next(options for floor, options in LEVELS if total >= floor)
    text = str(rng.choice(level))
    best, worst = int(np.argmax(scores)), int(np.argmin(scores))
    if scores[best] - scores[worst] >= 1.0:
        strong, weak = demo.criteria[best], demo.criteria[worst]
        good = STRENGTHS.get(strong.code, [f"strong on {strong.name.lower()}"])
        bad = WEAKNESSES.get(weak.code, [f"{weak.name.lower()} less convincing"])
        text += f" {str(rng.choice(good)).capitalize()}; but {rng.choice(bad)}."
    return text


def generate_scores(demo: Demo) -> list[list[str]]:
    """Draw the sample scores: rows of judge, application, criterion, score, comment.

    Every (judge, application) pair gets its random draws whether or not the judge is
    conflicted, so that adding or removing a conflict leaves every other score unchanged.
    """
    weights = np.array([c.weight for c in demo.criteria])
    lo = np.array([c.min for c in demo.criteria])
    hi = np.array([c.max for c in demo.criteria])
    n_crit = len(demo.criteria)
    profile_rng = np.random.default_rng([SEED, 1])
    noise_rng = np.random.default_rng([SEED, 2])
    text_rng = np.random.default_rng([SEED, 3])

    # An application is stronger on some criteria than others; centred so that its true
    # weighted total is its intended quality.
    profiles = {}
    for code in demo.app_codes:
        p = profile_rng.normal(0.0, PROFILE_SD, n_crit)
        profiles[code] = p - (weights @ p) / weights.sum()

    rows: list[list[str]] = []
    for judge in demo.judge_codes:
        offset, sd = JUDGE_EFFECTS[judge]
        for app in demo.app_codes:
            halo = noise_rng.normal(0.0, HALO_SD)
            noise = noise_rng.normal(0.0, sd, n_crit)
            if (judge, app) in demo.conflicts:
                continue
            # The criteria here run 0..10; a criterion on another range gets the same
            # relative position.
            rel = (QUALITY[app] + profiles[app] + offset + halo + noise) / 10.0
            raw = lo + rel * (hi - lo)
            score = np.clip(np.floor(raw * 2 + 0.5) / 2, lo, hi)
            comment = _comment(text_rng, demo, (score - lo) / (hi - lo) * 10)
            for k, crit in enumerate(demo.criteria):
                rows.append(
                    [judge, app, crit.code, _format_score(score[k]), comment if k == 0 else ""]
                )
    return rows


def write_scores(path: Path, rows: list[list[str]]) -> None:
    """Write scores.csv (UTF-8, no BOM, LF line ends)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["judge", "application", "criterion", "score", "comment"])
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def _weighted_total(demo: Demo, scores: np.ndarray) -> float:
    """Weighted total on 0..10 of one judge's scores of one application (criteria order)."""
    w = np.array([c.weight for c in demo.criteria])
    lo = np.array([c.min for c in demo.criteria])
    hi = np.array([c.max for c in demo.criteria])
    return float(np.sum(w * (scores - lo) / (hi - lo)) / w.sum() * 10)


def weighted_totals(
    demo: Demo, score_rows: list[dict[str, str]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Judge index, application index and weighted total per scored pair, plus problems."""
    crit_pos = {c.code: k for k, c in enumerate(demo.criteria)}
    app_pos = {a: i for i, a in enumerate(demo.app_codes)}
    judge_pos = {j: i for i, j in enumerate(demo.judge_codes)}
    table: dict[tuple[str, str], np.ndarray] = {}
    problems: list[str] = []
    for n, r in enumerate(score_rows, start=2):
        key = (r["judge"], r["application"])
        if key in demo.conflicts:
            problems.append(f"scores.csv row {n}: {key[0]} is conflicted with {key[1]}")
        s = table.setdefault(key, np.full(len(demo.criteria), np.nan))
        s[crit_pos[r["criterion"]]] = float(r["score"])
    for judge in demo.judge_codes:
        for app in demo.app_codes:
            if (judge, app) not in demo.conflicts and (judge, app) not in table:
                problems.append(f"{judge} has not scored {app}")
    ji, ai, y = [], [], []
    for (judge, app), s in table.items():
        if np.isnan(s).any():
            problems.append(f"{judge} has not scored every criterion of {app}")
            continue
        ji.append(judge_pos[judge])
        ai.append(app_pos[app])
        y.append(_weighted_total(demo, s))
    return np.array(ji), np.array(ai), np.array(y), problems


def fit_additive(
    n_apps: int, n_judges: int, ji: np.ndarray, ai: np.ndarray, y: np.ndarray, ridge: float = RIDGE
) -> Fit:
    """Fit y = quality[app] + offset[judge] + e by least squares, ridge penalty on the offsets.

    All applications are fitted at once, so a judge's offset is learnt from everything the
    judge scored. The penalty makes the offsets sum to zero at the optimum.
    """
    x = np.zeros((len(y), n_apps + n_judges))
    x[np.arange(len(y)), ai] = 1.0
    x[np.arange(len(y)), n_apps + ji] = 1.0
    normal = x.T @ x + np.diag([0.0] * n_apps + [ridge] * n_judges)
    beta = np.linalg.solve(normal, x.T @ y)
    resid = y - x @ beta
    dof = max(len(y) - n_apps - n_judges + 1, 1)
    sigma2 = float(resid @ resid) / dof
    cov = sigma2 * np.linalg.inv(normal)[:n_apps, :n_apps]
    counts = np.bincount(ai, minlength=n_apps)
    raw = np.bincount(ai, weights=y, minlength=n_apps) / np.maximum(counts, 1)
    return Fit(beta[:n_apps], beta[n_apps:], cov, raw, counts)


def _prob_ahead(fit: Fit, i: int, k: int) -> float:
    """Normal approximation of P(true quality of i > true quality of k)."""
    var = fit.cov[i, i] + fit.cov[k, k] - 2 * fit.cov[i, k]
    z = (fit.quality[i] - fit.quality[k]) / math.sqrt(max(var, 1e-12))
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def verify(demo: Demo, score_rows: list[dict[str, str]], out: TextIO = sys.stdout) -> list[str]:
    """Print the per-category check and return the list of failed requirements."""
    ji, ai, y, problems = weighted_totals(demo, score_rows)
    apps, judges = demo.app_codes, demo.judge_codes
    city = {a["code"]: a["city"] for a in demo.applications}
    fit = fit_additive(len(apps), len(judges), ji, ai, y)

    print("Judge offsets (fitted, additive model):", file=out)
    for j, code in enumerate(judges):
        n = int(np.sum(ji == j))
        print(f"  {code} {demo.judges[j]['name']:<26} {fit.offset[j]:+.2f}  ({n} apps)", file=out)

    # Leave-one-judge-out refits: the winners must not depend on any single judge.
    loo = {}
    for j, code in enumerate(judges):
        keep = ji != j
        loo[code] = fit_additive(len(apps), len(judges), ji[keep], ai[keep], y[keep])

    for cat, name in demo.categories.items():
        idx = [i for i, a in enumerate(demo.applications) if a["category"] == cat]
        by_corr = sorted(idx, key=lambda i: -fit.quality[i])
        by_raw = sorted(idx, key=lambda i: -fit.raw_mean[i])
        print(f"\n{cat} {name}", file=out)
        print(
            "  corrected: "
            + "  ".join(
                f"{r + 1}. {apps[i]} {city[apps[i]]} {fit.quality[i]:.2f}"
                for r, i in enumerate(by_corr[:4])
            ),
            file=out,
        )
        print(
            "  raw mean : "
            + "  ".join(
                f"{r + 1}. {apps[i]} {city[apps[i]]} {fit.raw_mean[i]:.2f}"
                for r, i in enumerate(by_raw[:4])
            ),
            file=out,
        )
        confidences = []
        for r in range(3):
            p = _prob_ahead(fit, by_corr[r], by_corr[r + 1])
            if r > 0:
                p *= _prob_ahead(fit, by_corr[r - 1], by_corr[r])
            confidences.append(p)
        print(
            "  confidence (gold, silver, special mention): "
            + ", ".join(f"{p:.2f}" for p in confidences),
            file=out,
        )

        top3 = tuple(apps[i] for i in by_corr[:3])
        if top3 != EXPECTED_WINNERS[cat]:
            problems.append(f"{cat}: top three {top3}, the book says {EXPECTED_WINNERS[cat]}")
        for r in range(min(3, len(by_corr) - 1)):
            gap = fit.quality[by_corr[r]] - fit.quality[by_corr[r + 1]]
            if gap < MIN_MARGIN:
                problems.append(f"{cat}: places {r + 1} and {r + 2} only {gap:.3f} apart")
        if min(confidences) < MIN_CONFIDENCE:
            problems.append(f"{cat}: confidence {min(confidences):.2f} < {MIN_CONFIDENCE}")
        for code, f in loo.items():
            alt = tuple(apps[i] for i in sorted(idx, key=lambda i: -f.quality[i])[:3])
            if alt != top3:
                problems.append(f"{cat}: without judge {code} the top three would be {alt}")
        if cat == SHOWCASE[0]:
            raw_first, corr_first = apps[by_raw[0]], apps[by_corr[0]]
            ok = corr_first == SHOWCASE[1] and raw_first != SHOWCASE[1]
            print(
                f"  showcase: raw mean puts {raw_first} first, corrected puts {corr_first} "
                f"first -> {'OK' if ok else 'NOT SHOWN'}",
                file=out,
            )
            if not ok:
                problems.append(f"{cat}: the showcase does not hold")
    return problems


def write_attachments(demo: Demo, demo_dir: Path) -> int:
    """Write a one-page A4 PDF (title and summary) for each application with an attachment."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    small = ParagraphStyle(
        "small", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.grey
    )
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=11, leading=15)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=8)
    written = 0
    for a in demo.applications:
        if not a.get("attachment"):
            continue
        path = demo_dir / a["attachment"]
        path.parent.mkdir(parents=True, exist_ok=True)
        # invariant=1: no timestamps or random ids, so the file is the same on every run.
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            invariant=1,
            title=a["title"],
            author=a["organisation"],
            subject=f"4th WeGO Awards - application {a['code']}",
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=22 * mm,
        )
        story = [
            Paragraph(
                escape(
                    f"4th WeGO Awards (2020) · Application {a['code']} · "
                    f"{demo.categories[a['category']]}"
                ),
                small,
            ),
            Spacer(1, 6 * mm),
            Paragraph(escape(a["title"]), title),
            Spacer(1, 3 * mm),
            Paragraph(escape(f"{a['city']}, {a['country']} — {a['organisation']}"), meta),
            Spacer(1, 8 * mm),
        ]
        story += [Paragraph(escape(p), body) for p in a["summary"].split("\n\n")]
        story += [
            Spacer(1, 8 * mm),
            Paragraph(
                "Demo attachment. The text is taken from the program book of the 5th WeGO "
                "General Assembly (Seoul, 18 October 2021); the contact details of this "
                "demo edition are fictitious.",
                small,
            ),
        ]
        doc.build(story)
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo-dir", type=Path, default=DEMO_DIR)
    parser.add_argument(
        "--check", action="store_true", help="only verify the scores.csv on disk; write nothing"
    )
    parser.add_argument("--no-pdf", action="store_true", help="do not (re)write the PDFs")
    args = parser.parse_args(argv)

    demo = load_demo(args.demo_dir)
    problems = check_inputs(demo)
    if problems:
        print("\n".join(f"FAIL: {p}" for p in problems), file=sys.stderr)
        return 1
    scores_path = args.demo_dir / "scores.csv"
    if not args.check:
        rows = generate_scores(demo)
        write_scores(scores_path, rows)
        print(f"wrote {scores_path} ({len(rows)} score rows)")
        if not args.no_pdf:
            try:
                n = write_attachments(demo, args.demo_dir)
            except ImportError:
                print("FAIL: reportlab is needed for the PDFs (or use --no-pdf)", file=sys.stderr)
                return 1
            print(f"wrote {n} PDF attachments in {args.demo_dir / 'attachments'}")

    problems = verify(demo, read_csv(scores_path))
    if problems:
        print("\n".join(f"FAIL: {p}" for p in problems), file=sys.stderr)
        return 1
    print("\nOK: every category's top three are the book's winners, in order.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
