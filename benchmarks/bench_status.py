"""`status --json` on a large edition as a whole process, against a bare floor doing the same
work with sqlite3 and numpy in its own process, in the same run.

    python benchmarks/bench_status.py [--apps 20000] [--judges 300] [--per-app 5] [--repeat 3]
                                      [--fresh]

The edition (applications, judges, assignments and every score) is built once into a folder
under the system's temp directory and reused by later runs (--fresh builds it again). Prints
each time (best of --repeat, process start to exit) and the ratio ours / bare.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.large_edition import make  # noqa: E402

# The same figures from the same tables: grouped score counts per pair, the assigned pairs less
# the conflicts, per judge and per category by bincount, printed as JSON.
BARE = r"""
import json, sqlite3, sys
import numpy as np
conn = sqlite3.connect(sys.argv[1])
eid, name, year = conn.execute("SELECT id, name, year FROM editions").fetchone()
judges = conn.execute("SELECT id, code, name, email FROM judges WHERE edition_id = ? "
                      "ORDER BY code", (eid,)).fetchall()
cats = conn.execute("SELECT id, code, name FROM categories WHERE edition_id = ? "
                    "ORDER BY position, code", (eid,)).fetchall()
apps = np.array(conn.execute("SELECT id, category_id FROM applications WHERE edition_id = ?",
                             (eid,)).fetchall(), dtype=np.int64)
n_crit = conn.execute("SELECT count(*) FROM criteria WHERE edition_id = ?", (eid,)).fetchone()[0]
per = np.array(conn.execute("SELECT judge_id * 4294967296 + application_id, count(*) FROM scores "
                            "GROUP BY judge_id, application_id").fetchall(), dtype=np.int64)
conf = np.array(conn.execute("SELECT judge_id * 4294967296 + application_id FROM conflicts")
                .fetchall(), dtype=np.int64).reshape(-1)
asg = np.array(conn.execute("SELECT judge_id * 4294967296 + application_id FROM assignments")
               .fetchall(), dtype=np.int64).reshape(-1)
asg.sort()
pairs = asg[~np.isin(asg, conf)]
done = per[per[:, 1] >= n_crit, 0]
done = done[np.isin(done, pairs)]
part = per[per[:, 1] < n_crit, 0]
part = part[np.isin(part, pairs)]
jid = np.array([j[0] for j in judges])
cat_of = np.zeros(apps[:, 0].max() + 1, dtype=np.int64)
cat_of[apps[:, 0]] = apps[:, 1]
cid = np.array([c[0] for c in cats])
bj = lambda k: np.bincount(k >> 32, minlength=jid.max() + 1)[jid].tolist()
bc = lambda k: np.bincount(cat_of[k & 0xFFFFFFFF], minlength=cid.max() + 1)[cid].tolist()
rows = [{"code": c, "name": n, "email": e, "assigned": a, "scored": d, "partial": p,
         "missing": a - d} for (_, c, n, e), a, d, p in zip(judges, bj(pairs), bj(done), bj(part))]
print(json.dumps({"edition": name, "year": year, "scores": int(per[:, 1].sum()),
                  "assigned": len(pairs), "scored": len(done), "judges": rows,
                  "categories": [bc(pairs), bc(done), np.bincount(apps[:, 1]).tolist()]},
                 indent=2))
"""


def build(db: Path, apps: int, judges: int, per_app: int) -> None:
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition, open_database

    files = make(db.parent / "files", apps, judges, per_app)
    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    with open_database(part, create=True) as database:
        create_edition(database, "Benchmark", 2025)
        for kind in ("criteria", "applications", "judges", "assignments", "scores"):
            imports.import_file(database, kind, files[kind])
    part.rename(db)
    shutil.rmtree(db.parent / "files", ignore_errors=True)


def timed(cmd: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        runs.append(time.perf_counter() - t)
    return min(runs)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--apps", type=int, default=20_000)
    p.add_argument("--judges", type=int, default=300)
    p.add_argument("--per-app", type=int, default=5)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--fresh", action="store_true", help="build the edition again")
    args = p.parse_args()
    folder = Path(tempfile.gettempdir()) / "wego-bench-status"
    db = folder / f"large-{args.apps}-{args.judges}-{args.per_app}.db"
    if args.fresh or not db.exists():
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        build(db, args.apps, args.judges, args.per_app)
        print(f"built {db} in {time.perf_counter() - t:.0f} s")
    print(f"edition: {args.apps} applications, {args.judges} judges, "
          f"{args.apps * args.per_app * 5} score rows ({db})")
    exe = str(Path(sys.executable).with_name("wego-awards"))
    ours = timed([exe, "--db", str(db), "status", "--json"], args.repeat)
    bare = timed([sys.executable, "-c", BARE, str(db)], args.repeat)
    python = timed([sys.executable, "-c", "pass"], args.repeat)
    print(f"status --json:  ours {ours:6.2f} s   bare sqlite3+numpy {bare:6.2f} s   "
          f"ratio {ours / bare:4.2f}   (python itself starts in {python:.3f} s)")


if __name__ == "__main__":
    main()
