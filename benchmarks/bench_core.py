"""Import and results on a large edition, against the same work done with bare sqlite3 and numpy.

    python benchmarks/bench_core.py [--apps 20000] [--judges 300] [--per-app 5] [--repeat 3]

Prints each timing (best of --repeat) and the ratio ours / bare. The bare versions do the same
essential work with no framework: parse the CSV, map codes to ids, convert the numbers and insert
into the same table (with the same indexes) in one transaction; read the scores back, weight
them, fit the judge offsets and rank each category.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.large_edition import make  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = fn()
        times.append(t)
    return min(times)


def prepare(files: dict[str, Path], work: Path) -> Path:
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition, open_database

    path = work / "template.db"
    with open_database(path, create=True) as db:
        create_edition(db, "Benchmark", 2025)
        for kind in ("criteria", "applications", "judges", "assignments"):
            imports.import_file(db, kind, files[kind])
    return path


def copy(src: Path, dst: Path) -> Path:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def ours_import(template: Path, scores: Path, work: Path) -> float:
    from wego_awards.services import imports
    from wego_awards.services.edition import open_database

    path = copy(template, work / "ours.db")
    with open_database(path) as db:
        t = time.perf_counter()
        imports.import_file(db, "scores", scores)
        return time.perf_counter() - t


def bare_import(template: Path, scores: Path, work: Path) -> float:
    path = copy(template, work / "bare.db")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    judges = dict(conn.execute("SELECT code, id FROM judges"))
    apps = dict(conn.execute("SELECT code, id FROM applications"))
    crits = dict(conn.execute("SELECT code, id FROM criteria"))
    t = time.perf_counter()
    with open(scores, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(judges[j], apps[a], crits[c], float(v), m, "now", "bare")
                for j, a, c, v, m in reader]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO scores (judge_id, application_id, criterion_id, value, comment, "
                     "updated_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


def ours_results(path: Path) -> float:
    """The results computed (the engine's work, the cache off: bench_commands.py times the
    results kept per data state)."""
    import os

    from wego_awards.services import results
    from wego_awards.services.edition import open_database

    os.environ["WEGO_AWARDS_CACHE"] = "off"
    with open_database(path) as db:
        t = time.perf_counter()
        results.compute(db)
        return time.perf_counter() - t


def bare_results(path: Path) -> float:
    """Fetch, weight, fit the additive judge-effect model, rank: numpy and sqlite3 only."""
    t = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = np.array(conn.execute(
        "SELECT judge_id, application_id, criterion_id, value FROM scores").fetchall(),
        dtype=np.float64)
    crit = np.array(conn.execute("SELECT id, weight, min, max FROM criteria").fetchall())
    cats = np.array(conn.execute("SELECT id, category_id FROM applications").fetchall())
    conn.close()
    j, a, c, v = rows[:, 0].astype(int), rows[:, 1].astype(int), rows[:, 2].astype(int), rows[:, 3]
    w = np.zeros(int(crit[:, 0].max()) + 1)
    lo, hi = np.zeros_like(w), np.ones_like(w)
    w[crit[:, 0].astype(int)], lo[crit[:, 0].astype(int)] = crit[:, 1], crit[:, 2]
    hi[crit[:, 0].astype(int)] = crit[:, 3]
    n_j, n_a = j.max() + 1, a.max() + 1
    pair = j * n_a + a
    keys, inv = np.unique(pair, return_inverse=True)
    total = np.bincount(inv, w[c] * (v - lo[c]) / (hi[c] - lo[c])) / np.bincount(inv, w[c]) * 10
    pj, pa = keys // n_a, keys % n_a
    # Additive model y = q_a + b_j: eliminate q, solve the judges' Schur complement.
    cnt_a = np.bincount(pa, minlength=n_a).astype(float)
    cnt_j = np.bincount(pj, minlength=n_j).astype(float)
    sum_a = np.bincount(pa, total, minlength=n_a)
    sum_j = np.bincount(pj, total, minlength=n_j)
    inv_a = np.divide(1.0, cnt_a, out=np.zeros_like(cnt_a), where=cnt_a > 0)
    from scipy.sparse import csr_matrix

    nmat = csr_matrix((np.ones(len(pa)), (pa, pj)), shape=(n_a, n_j))
    schur = np.diag(cnt_j + 1.0) - (nmat.T @ nmat.multiply(inv_a[:, None])).toarray()
    rhs = sum_j - nmat.T @ (sum_a * inv_a)
    b = np.linalg.solve(schur, rhs)
    q = (sum_a - nmat @ b) * inv_a
    cat_of = np.zeros(n_a, dtype=int)
    cat_of[cats[:, 0].astype(int)] = cats[:, 1].astype(int)
    for cat in np.unique(cats[:, 1]):
        members = np.flatnonzero((cat_of == cat) & (cnt_a > 0))
        members[np.argsort(-q[members], kind="stable")][:3]
    return time.perf_counter() - t


def cli_help() -> tuple[float, float]:
    def timed(cmd: list[str]) -> float:
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            runs.append(time.perf_counter() - t)
        return statistics.median(runs)

    exe = Path(sys.executable).with_name("wego-awards")
    return timed([str(exe), "--help"]), timed([sys.executable, "-c", "pass"])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--apps", type=int, default=20_000)
    p.add_argument("--judges", type=int, default=300)
    p.add_argument("--per-app", type=int, default=5)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wego-bench-"))
    try:
        files = make(work / "files", args.apps, args.judges, args.per_app)
        with open(files["scores"], encoding="utf-8") as fh:
            n = sum(1 for _ in fh) - 1
        print(f"edition: {args.apps} applications, {args.judges} judges, {n} score rows")
        template = prepare(files, work)
        ours = best(lambda: ours_import(template, files["scores"], work), args.repeat)
        bare = best(lambda: bare_import(template, files["scores"], work), args.repeat)
        print(f"import scores:  ours {ours:6.2f} s   bare sqlite3 {bare:6.2f} s   "
              f"ratio {ours / bare:4.2f}")
        ours_r = best(lambda: ours_results(work / "ours.db"), args.repeat)
        bare_r = best(lambda: bare_results(work / "ours.db"), args.repeat)
        print(f"results:        ours {ours_r:6.2f} s   bare numpy   {bare_r:6.2f} s   "
              f"ratio {ours_r / bare_r:4.2f}")
        help_t, python_t = cli_help()
        print(f"--help:         {help_t:6.3f} s (python itself starts in {python_t:.3f} s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
