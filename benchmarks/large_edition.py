"""Make a large synthetic edition as the interface's CSV files (for benchmarks and scale tests).

    python benchmarks/large_edition.py OUT_DIR [--apps 20000] [--judges 300] [--per-app 5]

With 5 criteria and 5 judges per application, 20,000 applications give 500,000 score rows.
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

CATS = ("EG", "ET", "MO", "OI", "SC", "SU")
CRITERIA = (("INNO", 25), ("IMPACT", 30), ("SUST", 20), ("INCL", 15), ("TRANS", 10))


def make(out: Path, apps: int = 20_000, judges: int = 300, per_app: int = 5,
         seed: int = 7, assignments: bool = True) -> dict[str, Path]:
    """Write criteria, applications, judges, assignments and scores CSVs into ``out``."""
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = {k: out / f"{k}.csv" for k in ("criteria", "applications", "judges",
                                           "assignments", "scores")}
    with open(paths["criteria"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name", "weight", "min", "max", "description"])
        for code, weight in CRITERIA:
            w.writerow([code, code.title(), weight, 0, 10, f"Rubric for {code}"])
    app_codes = [f"A{i:05d}" for i in range(apps)]
    with open(paths["applications"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "category", "city", "country", "title"])
        for i, code in enumerate(app_codes):
            w.writerow([code, CATS[i % len(CATS)], f"City {i % 997}", f"Country {i % 61}",
                        f"Smart project number {i}"])
    judge_codes = [f"J{j:03d}" for j in range(judges)]
    with open(paths["judges"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name", "affiliation", "country", "email", "conflicts"])
        for j, code in enumerate(judge_codes):
            w.writerow([code, f"Judge {j}", "Org", f"Land {j % 40}", f"j{j}@example.org", ""])
    # Each application gets per_app distinct judges, loads balanced by a rotating offset.
    base = np.arange(apps)[:, None] * per_app + np.arange(per_app)[None, :]
    who = base % judges
    quality = rng.normal(6.5, 1.2, apps)
    lenience = rng.normal(0, 0.6, judges)
    with open(paths["assignments"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["judge", "application"])
        if assignments:
            for i in range(apps):
                for j in who[i]:
                    w.writerow([judge_codes[j], app_codes[i]])
    with open(paths["scores"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["judge", "application", "criterion", "score", "comment"])
        noise = rng.normal(0, 0.7, (apps, per_app, len(CRITERIA)))
        vals = quality[:, None, None] + lenience[who][:, :, None] + noise
        vals = np.clip(np.round(vals * 2) / 2, 0, 10)
        for i in range(apps):
            for k, j in enumerate(who[i]):
                for c, (code, _) in enumerate(CRITERIA):
                    v = vals[i, k, c]
                    w.writerow([judge_codes[j], app_codes[i], code,
                                int(v) if v.is_integer() else v, ""])
    return paths


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out", type=Path)
    p.add_argument("--apps", type=int, default=20_000)
    p.add_argument("--judges", type=int, default=300)
    p.add_argument("--per-app", type=int, default=5)
    a = p.parse_args()
    make(a.out, a.apps, a.judges, a.per_app)


if __name__ == "__main__":
    main()
