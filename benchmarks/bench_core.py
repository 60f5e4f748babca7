"""Import and results on a large edition, against the same work done with bare sqlite3 and numpy.

    python benchmarks/bench_core.py [--apps 20000] [--judges 300] [--per-app 5] [--repeat 3]

Prints each timing (best of --repeat) and the ratio ours / bare. The bare versions do the same
essential work with no framework: parse the CSV, map codes to ids, convert the numbers and insert
into the same table (with the same indexes) in one transaction; for the results, what the
engine computes, written plainly (bench_commands.py's results floor, in this process).
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
    """The engine's work done plainly with sqlite3, numpy and scipy: bench_commands.py's results
    floor (read the inputs; weighted totals, the variances by moments and REML, the offsets,
    scores, standard errors, ranks, judge figures; awards, confidence and flags where the round
    gives awards), run in this process, on one BLAS thread as the engine runs."""
    from threadpoolctl import threadpool_limits

    from benchmarks.bench_commands import RESULTS_FIT, RESULTS_READ

    code = compile(RESULTS_READ + RESULTS_FIT, "bare results", "exec")
    argv, sys.argv = sys.argv, ["bare", str(path)]
    t = time.perf_counter()
    try:
        with threadpool_limits(1):
            exec(code, {"__name__": "__bare__"})
    finally:
        sys.argv = argv
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
        print(f"results:        ours {ours_r:6.2f} s   bare numpy+scipy {bare_r:6.2f} s   "
              f"ratio {ours_r / bare_r:4.2f}")
        help_t, python_t = cli_help()
        print(f"--help:         {help_t:6.3f} s (python itself starts in {python_t:.3f} s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
