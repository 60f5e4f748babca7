"""Every command on a large edition as a whole process, against the same work done with bare
sqlite3, csv, numpy, openpyxl and reportlab in a process of its own, in the same run.

    python benchmarks/bench_commands.py [--apps 20000] [--judges 300] [--per-app 5]
                                        [--repeat 1] [--fresh] [--only NAME ...]

The edition (20,000 applications, 300 judges, 100,000 assignments, 500,000 scores by default)
is built once into a folder under the system's temp directory and reused (--fresh builds it
again). Each row of the table is the best of --repeat runs, process start to exit, for ours and
for the floor, and their ratio; the bar is the issue's (2x, imports and results 1.5x, status
also under half a second), and for a light command (little work: its time is the start) an
answer within half a second. Nothing is
timed inside a test: timings on a shared machine belong here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_status import BARE as BARE_STATUS  # noqa: E402
from benchmarks.large_edition import make  # noqa: E402

EXE = [sys.executable, "-m", "wego_awards"]

BARE_EXPORT = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT j.code, a.code, c.code, s.value, s.comment FROM scores s "
    "JOIN judges j ON j.id = s.judge_id JOIN applications a ON a.id = s.application_id "
    "JOIN criteria c ON c.id = s.criterion_id "
    "ORDER BY j.code, a.code, c.position, c.code")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["judge", "application", "criterion", "score", "comment"])
    for j, a, c, v, m in rows:
        w.writerow([j, a, c, int(v) if v == int(v) else v, m])
"""

# The same work as `import scores`, bare: the inserts with the foreign keys the edition's schema
# declares enforced (the app opens every connection with them on), and the history's change set
# written in the same transaction (the ids and values as numpy arrays, the comments as JSON,
# compressed with zlib level 1 and chained by SHA-256), as the import must record one.
BARE_IMPORT = r"""
import csv, hashlib, json, sqlite3, sys, zlib
import numpy as np
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=NORMAL")
conn.execute("PRAGMA foreign_keys=ON")
judges = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM judges")}
apps = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM applications")}
crits = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM criteria")}
with open(sys.argv[2], newline="", encoding="utf-8") as fh:
    r = csv.reader(fh)
    next(r)
    rows = [(judges[j.casefold()], apps[a.casefold()], crits[c.casefold()], float(v), m, "now",
             "bare") for j, a, c, v, m in r]
conn.execute("BEGIN IMMEDIATE")
conn.executemany("INSERT INTO scores (judge_id, application_id, criterion_id, value, comment, "
                 "updated_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
n = len(rows)
ids = np.fromiter((x for r in rows for x in r[:3]), np.int64, 3 * n).reshape(n, 3)
values = np.fromiter((r[3] for r in rows), np.float64, n)
head = json.dumps({"comment": [r[4] for r in rows]}).encode()
blob = zlib.compress(head + ids.T.tobytes() + values.tobytes() + np.full(n, np.nan).tobytes(), 1)
prev = conn.execute("SELECT hash FROM history ORDER BY id DESC LIMIT 1").fetchone()[0]
digest = hashlib.sha256((prev + hashlib.sha256(blob).hexdigest()).encode()).hexdigest()
conn.execute("INSERT INTO history (edition_id, at, actor, action, summary, changes, prev_hash, "
             "hash) VALUES (1, 'now', 'bare', 'import scores', '', ?, ?, ?)",
             (blob, prev, digest))
conn.execute("COMMIT")
"""

# The same file again: read it, map the codes, read what is stored, compare the values and the
# comments (a changed comment is a change too; the stored ones read only where not empty),
# write nothing.
BARE_IMPORT_AGAIN = r"""
import csv, sqlite3, sys
import numpy as np
conn = sqlite3.connect(sys.argv[1])
judges = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM judges")}
apps = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM applications")}
crits = {k.casefold(): v for k, v in conn.execute("SELECT code, id FROM criteria")}
comments = {}
with open(sys.argv[2], newline="", encoding="utf-8") as fh:
    r = csv.reader(fh)
    next(r)
    new = []
    for j, a, c, v, m in r:
        key = judges[j.casefold()] << 40 | apps[a.casefold()] << 8 | crits[c.casefold()]
        new.append((key, float(v)))
        if m:
            comments[key] = m
new = np.array(new)
old = np.array(conn.execute("SELECT (judge_id << 40) | (application_id << 8) | criterion_id, "
                            "value FROM scores").fetchall())
stored = dict(conn.execute("SELECT (judge_id << 40) | (application_id << 8) | criterion_id, "
                           "comment FROM scores WHERE comment != ''"))
new = new[np.argsort(new[:, 0])]
old = old[np.argsort(old[:, 0])]
print(int((new[:, 1] != old[:, 1]).sum()) + sum(comments.get(k) != m for k, m in stored.items())
      + sum(stored.get(k) != m for k, m in comments.items()))
"""

# The results floors in three parts: read the engine's inputs, fit the additive model and rank
# (without the confidence simulation), and write the answer (JSON, or a workbook or a report).
RESULTS_READ = r"""
import json, sqlite3, sys
import numpy as np
conn = sqlite3.connect(sys.argv[1])
rows = np.array(conn.execute("SELECT judge_id, application_id, criterion_id, value FROM scores")
                .fetchall(), dtype=np.float64)
crit = np.array(conn.execute("SELECT id, weight, min, max FROM criteria").fetchall())
apps = conn.execute("SELECT id, category_id, code, city, country, title "
                    "FROM applications").fetchall()
"""

RESULTS_FIT = r"""
from scipy.sparse import csr_matrix
j, a, c, v = rows[:, 0].astype(int), rows[:, 1].astype(int), rows[:, 2].astype(int), rows[:, 3]
w = np.zeros(int(crit[:, 0].max()) + 1); lo = np.zeros_like(w); hi = np.ones_like(w)
ci = crit[:, 0].astype(int); w[ci], lo[ci], hi[ci] = crit[:, 1], crit[:, 2], crit[:, 3]
n_j, n_a = j.max() + 1, a.max() + 1
keys, inv = np.unique(j * n_a + a, return_inverse=True)
total = np.bincount(inv, w[c] * (v - lo[c]) / (hi[c] - lo[c])) / np.bincount(inv, w[c]) * 10
pj, pa = keys // n_a, keys % n_a
cnt_a = np.bincount(pa, minlength=n_a).astype(float); cnt_j = np.bincount(pj, minlength=n_j)
sum_a = np.bincount(pa, total, minlength=n_a); sum_j = np.bincount(pj, total, minlength=n_j)
inv_a = np.divide(1.0, cnt_a, out=np.zeros_like(cnt_a), where=cnt_a > 0)
nmat = csr_matrix((np.ones(len(pa)), (pa, pj)), shape=(n_a, n_j))
schur = np.diag(cnt_j + 1.0) - (nmat.T @ nmat.multiply(inv_a[:, None])).toarray()
b = np.linalg.solve(schur, sum_j - nmat.T @ (sum_a * inv_a))
q = (sum_a - nmat @ b) * inv_a
raw = np.divide(sum_a, cnt_a, out=np.zeros_like(sum_a), where=cnt_a > 0)
out = {}
for cat in sorted({r[1] for r in apps}):
    members = [r for r in apps if r[1] == cat]
    members.sort(key=lambda r: -q[r[0]])
    # The columns the results workbook has: rank to confidence.
    out[cat] = [{"rank": i + 1, "application": r[2], "city": r[3], "country": r[4],
                 "title": r[5], "score": round(float(q[r[0]]), 2),
                 "raw_mean": round(float(raw[r[0]]), 2), "judges": int(cnt_a[r[0]]),
                 "se": 0.5, "award": "Gold" if i == 0 else "", "confidence": 0.9 if i == 0
                 else None} for i, r in enumerate(members)]
"""

RESULTS_OUT = r"""
text = json.dumps(out)
if len(sys.argv) > 2 and sys.argv[2].endswith(".xlsx"):
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    for cat, ranking in out.items():
        ws = wb.create_sheet(str(cat))
        ws.append(list(ranking[0]))
        for r in ranking:
            ws.append(list(r.values()))
    wb.save(sys.argv[2])
elif len(sys.argv) > 2 and sys.argv[2].endswith(".pdf"):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table
    story = []
    for cat, ranking in out.items():
        story.append(Table([[r["rank"], r["application"], r["city"], r["title"][:40],
                             r["score"]] for r in ranking[:10]]))
    SimpleDocTemplate(sys.argv[2], pagesize=A4).build(story)
else:
    print(text[:200])
"""

BARE_RESULTS = RESULTS_READ + RESULTS_FIT + RESULTS_OUT

# The same with the results kept per data state, as ours keeps them: the inputs read and
# fingerprinted (BLAKE2b over the scores, criteria, applications and conflicts), the answer read
# from the file kept under that fingerprint ($BARE_KEPT), fitted and kept the first time.
RESULTS_KEPT = RESULTS_READ + r"""
import hashlib, os
conflicts = conn.execute("SELECT judge_id, application_id FROM conflicts").fetchall()
h = hashlib.blake2b(rows.tobytes(), digest_size=32)
h.update(crit.tobytes())
h.update(json.dumps([apps, conflicts]).encode())
kept = os.path.join(os.environ["BARE_KEPT"], h.hexdigest() + ".json")
if not os.path.exists(kept):
""" + textwrap.indent(RESULTS_FIT, "    ") + r"""
    with open(kept + ".part", "w") as fh:
        json.dump(out, fh)
    os.replace(kept + ".part", kept)
with open(kept) as fh:
    out = json.load(fh)
""" + RESULTS_OUT

# finalize: the results (kept), their fingerprint taken and the edition locked with it.
BARE_FINALIZE = RESULTS_KEPT + r"""
import hashlib
digest = hashlib.sha256(text.encode()).hexdigest()
conn.execute("UPDATE editions SET finalized = 1, results_hash = ?", (digest,))
conn.commit()
"""

# certificates: the results (kept) and each category's three awards drawn with bare reportlab
# (benchmarks/bench_certificates.py's page: the same fonts, strings and images, no template, no
# fallback runs), one PDF each and the combined one.
BARE_CERTIFICATES = RESULTS_KEPT + r"""
from pathlib import Path
from benchmarks.bench_certificates import bare_batch
from wego_awards.pdf import CertificateData, load_template
template = load_template(None)
files = {"logo": str(template.logo), "signature-1": str(template.signatories[0].signature),
         "signature-2": str(template.signatories[1].signature)}
certs = [CertificateData(edition="Benchmark", year=2026, organisation="WeGO",
                         award=award, category=str(cat), city=r["city"], country=r["country"],
                         title=r["title"], application=r["application"], date="1 December 2026",
                         verification_code="K7Q2-0000-4HTA", draft=False)
         for cat, ranking in out.items()
         for award, r in zip(("gold", "silver", "special_mention"), ranking)]
folder = Path(sys.argv[3])
folder.mkdir(parents=True, exist_ok=True)
bare_batch(certs, folder, files)
"""

# The light commands' floors: the same reads and writes with sqlite3 alone.
class Seconds(float):
    """A bar in seconds (absolute), where the others are ratios to the floor."""


LIGHT = Seconds(0.5)  # a light command answers within half a second

BARE_ROUND_LIST = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for row in conn.execute("SELECT r.code, r.name, r.kind, (SELECT count(*) FROM round_entries e "
                        "WHERE e.round_id = r.id) FROM rounds r ORDER BY r.position"):
    print(*row)
"""

BARE_SETTINGS = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for key, value in sorted(json.loads(conn.execute("SELECT settings FROM editions").fetchone()[0]
                                    or "{}").items()):
    print(key, value)
"""

BARE_BACKUP = r"""
import sqlite3, sys
src, dst = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
src.backup(dst)
dst.close()
"""

BARE_EXPORT_APPLICATIONS = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT a.code, c.code, a.city, a.country, a.title, a.summary, a.organisation, a.email, "
    "coalesce(f.filename, '') FROM applications a JOIN categories c ON c.id = a.category_id "
    "LEFT JOIN attachments f ON f.application_id = a.id ORDER BY a.code")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["code", "category", "city", "country", "title", "summary", "organisation",
                "email", "attachment"])
    w.writerows(rows)
"""

# The audit's work by hand: the chain of hashes recomputed; each entry's changes decompressed
# and decoded (the JSON header, the numpy arrays); every table's rows replayed into dicts by
# their casefolded key (criteria and assignments under their round's code, upserts then
# removals) and the scores into arrays (the last change of a key wins, NaN clears it); the
# stored rows read with their codes and compared column by column (dicts of tuples), the scores
# by key with numpy (sorted, searchsorted, values and comments compared); the rounds, the open
# round, the overrides, the documents' SHA-256, the edition's identity, state and settings too.
# It prints the chain's head, the scores stored and how many differences it found (a row that
# differs counts twice).
BARE_AUDIT = r"""
import hashlib, json, sqlite3, sys, zlib
from operator import itemgetter
import numpy as np
conn = sqlite3.connect(sys.argv[1])
q = lambda sql: conn.execute(sql).fetchall()
KEYS = {"categories": ("code",), "criteria": ("code",), "applications": ("code",),
        "judges": ("code",), "assignments": ("judge", "application")}
COLS = {"categories": ("code", "name", "description"),
        "criteria": ("code", "name", "weight", "min", "max", "description"),
        "applications": ("code", "category", "city", "country", "title", "summary",
                         "organisation", "email", "attachment"),
        "judges": ("code", "name", "affiliation", "country", "email", "conflicts"),
        "assignments": ("judge", "application")}
ROUNDED = ("criteria", "assignments")  # keyed by their round's code first
want = {k: {} for k in KEYS}
parts, overrides, settings, rounds, open_round = [], {}, {}, {"r1"}, "r1"
identity, finalized, prev, bad = None, False, "0" * 64, 0

def key(kind, r):
    k = tuple(map(str.casefold, map(r.__getitem__, KEYS[kind])))
    return ((r.get("round") or open_round).casefold(), *k) if kind in ROUNDED else k

for at, actor, action, summary, reason, blob, link, h in q(
        "SELECT at, actor, action, summary, reason, changes, prev_hash, hash FROM history "
        "ORDER BY id"):
    body = json.dumps([link, at, actor, action, summary, reason,
                       hashlib.sha256(blob or b"").hexdigest()], ensure_ascii=False,
                      separators=(",", ":"))
    bad += (link != prev) + (hashlib.sha256(body.encode()).hexdigest() != h)
    prev = h
    if not blob:
        continue
    raw = zlib.decompress(blob[4:])
    n = int.from_bytes(raw[:8], "little")
    head, pos, arrays = json.loads(raw[8:8 + n]), 8 + n, {}
    for path, dtype, length in head["arrays"]:
        arrays[path] = np.frombuffer(raw, dtype, length, pos)
        pos += arrays[path].nbytes
    d = head["data"]
    for kind, rows in d.get("upserts", {}).items():
        w = want[kind]
        for r in rows:
            w[key(kind, r)] = r
    for kind, rows in d.get("removals", {}).items():
        for r in rows:
            want[kind].pop(key(kind, r), None)
    if "scores" in d:
        parts.append([arrays[f"/scores/{f}"] for f in ("judge", "application", "criterion",
                                                         "value")] + [d["scores"]["comment"]])
    if "round_added" in d:
        rounds.add(d["round_added"]["code"].casefold())
    if "advance" in d:
        open_round = d["advance"]["to"].casefold()
    if "override" in d:
        o = d["override"]
        overrides[o["category"].casefold(), o["award"]] = (o["application"].casefold(),
                                                            o["reason"])
    if "override_clear" in d:
        overrides.pop((d["override_clear"]["category"].casefold(),
                       d["override_clear"]["award"]), None)
    identity, finalized = d.get("edition", identity), d.get("finalized", finalized)
    settings.update(d.get("settings", {}))

# The stored rows with their codes, in the columns the history records.
text = lambda v: str(int(v)) if v == int(v) else repr(v)
have = {
    "categories": q("SELECT code, name, description FROM categories"),
    "criteria": [(r, c, n, text(w), text(lo), text(hi), d) for r, c, n, w, lo, hi, d in q(
        "SELECT r.code, c.code, c.name, c.weight, c.min, c.max, c.description "
        "FROM criteria c JOIN rounds r ON r.id = c.round_id")],
    "applications": q(
        "SELECT a.code, c.code, a.city, a.country, a.title, a.summary, a.organisation, a.email, "
        "coalesce(t.filename, '') FROM applications a JOIN categories c ON c.id = a.category_id "
        "LEFT JOIN attachments t ON t.application_id = a.id"),
    "judges": q(
        "SELECT j.code, j.name, j.affiliation, j.country, j.email, coalesce((SELECT "
        "group_concat(code, ';') FROM (SELECT a.code FROM conflicts x JOIN applications a "
        "ON a.id = x.application_id WHERE x.judge_id = j.id ORDER BY a.code)), '') FROM judges j"),
    "assignments": q(
        "SELECT r.code, j.code, a.code FROM assignments s JOIN rounds r ON r.id = s.round_id "
        "JOIN judges j ON j.id = s.judge_id JOIN applications a ON a.id = s.application_id"),
}
for kind, rows in have.items():
    n = len(KEYS[kind]) + (kind in ROUNDED)
    stored = {tuple(map(str.casefold, r[:n])): r[-len(COLS[kind]):] for r in rows}
    get = itemgetter(*COLS[kind])
    same = sum(get(r) == stored.get(k) for k, r in want[kind].items())
    bad += len(want[kind]) + len(stored) - 2 * same

# The scores: the last change of a key wins, NaN clears it; compared with the stored by key.
j, a, c, v = (np.concatenate(x) for x in zip(*(p[:4] for p in parts)))
k = (j << 42) | (a << 21) | c  # ids below 2**21
last = len(k) - 1 - np.unique(k[::-1], return_index=True)[1]  # sorted by key
last = last[~np.isnan(v[last])]
wk, wv, wm = k[last], v[last], np.array([m for p in parts for m in p[4]], object)[last]
rows = q("SELECT (judge_id << 42) | (application_id << 21) | criterion_id, value, comment "
         "FROM scores")
hk = np.fromiter(map(itemgetter(0), rows), np.int64, len(rows))
order = np.argsort(hk)
hk, hv = hk[order], np.fromiter(map(itemgetter(1), rows), float, len(rows))[order]
hm = np.array(list(map(itemgetter(2), rows)), object)[order]
at = np.minimum(np.searchsorted(hk, wk), len(hk) - 1)
found = hk[at] == wk
bad += len(wk) + len(hk) - 2 * int(found.sum())
bad += int((hv[at[found]] != wv[found]).sum() + (hm[at[found]] != wm[found]).sum())

# The rounds, the overrides, the documents' hashes, the edition's identity, state, settings.
name, year, uid, final, stored_settings, open_code = q(
    "SELECT name, year, uid, finalized, settings, (SELECT code FROM rounds "
    "WHERE id = open_round_id) FROM editions")[0]
bad += ({r.casefold() for r, in q("SELECT code FROM rounds")} != rounds)
bad += (open_code.casefold() != open_round) + (bool(final) != bool(finalized))
bad += identity is not None and (identity["name"], identity["year"], identity["uid"]) != (
    name, year, uid)
stored_settings = json.loads(stored_settings)
bad += sum(stored_settings.get(s) != value for s, value in settings.items())
stored_overrides = {(cat.casefold(), award): (app.casefold(), why) for cat, award, app, why in q(
    "SELECT c.code, o.award, a.code, o.reason FROM overrides o JOIN categories c ON "
    "c.id = o.category_id JOIN applications a ON a.id = o.application_id")}
bad += len(stored_overrides.items() ^ overrides.items())
docs = {code.casefold(): (sha, hashlib.sha256(content).hexdigest()) for code, sha, content in q(
    "SELECT a.code, t.sha256, t.content FROM attachments t JOIN applications a "
    "ON a.id = t.application_id")}
bad += sum(1 for (code,), r in want["applications"].items()
           if r.get("attachment_sha256") and docs.get(code) != (r["attachment_sha256"],) * 2)
print(prev[:8], len(hk), bad)
"""


# The same table on screen with bare PySide6: the applications read from their CSV into a
# minimal model, a QTableView painted once, a picture of it saved, and out.
BARE_GUI = r"""
import csv, sys
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
with open(sys.argv[1], encoding="utf-8") as fh:
    rows = list(csv.reader(fh))
head, body = rows[0], rows[1:]
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(body)
    def columnCount(self, parent=None): return len(head)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return body[index.row()][index.column()]
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return head[section]
view = QTableView()
view.setModel(Model())
view.resize(1280, 800)
view.show()
def done():
    view.grab().save(sys.argv[2])
    app.exit(0)
QTimer.singleShot(0, done)
app.exec()
"""


def run(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return elapsed


def bare(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


def build(folder: Path, apps: int, judges: int, per_app: int, fresh: bool) -> dict[str, Path]:
    """The CSVs, an edition without scores (template.db) and one with them (edition.db)."""
    files = folder / "files"
    template, edition = folder / "template.db", folder / "edition.db"
    scored = folder / "scored.db"  # scored, in one round: what finalize and certificates take
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if not edition.exists():
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        paths = make(files, apps=apps, judges=judges, per_app=per_app)
        part = folder / "building.db"
        part.unlink(missing_ok=True)
        run([*EXE, "--db", str(part), "init", "--edition", "Benchmark", "--year", "2026"])
        for kind in ("criteria", "applications", "judges", "assignments"):
            run([*EXE, "--db", str(part), "import", kind, str(paths[kind])])
        _copy(part, template)
        run([*EXE, "--db", str(part), "import", "scores", str(paths["scores"])])
        run([*EXE, "--db", str(part), "round", "add", "R2", "--name", "Final"])
        part.rename(edition)
        print(f"built the edition in {folder} ({time.perf_counter() - t:.0f} s)")
    if not scored.exists():
        part = _copy(template, folder / "scoring.db")
        run([*EXE, "--db", str(part), "import", "scores", str(files / "scores.csv")])
        # Made-up scores tie at the top of a category; the jury confirms each category's first
        # three, as it would decide a tie, so that the edition can be finalized.
        out = subprocess.run([*EXE, "--db", str(part), "results", "--json"],
                             capture_output=True, check=True).stdout
        for cat in json.loads(out)["categories"]:
            for award, ranked in zip(("gold", "silver", "special_mention"), cat["ranking"],
                                     strict=False):
                run([*EXE, "--db", str(part), "override", "--category", cat["code"], "--award",
                     award, "--application", ranked["application"], "--reason",
                     "The jury confirms the ranking"])
        part.rename(scored)
    return {"files": files, "template": template, "edition": edition, "scored": scored,
            "scores": files / "scores.csv"}


def _copy(src: Path, dst: Path) -> Path:
    dst.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def cases(p: dict[str, Path], work: Path) -> list[tuple[str, Any, Callable[[], float],
                                                         Callable[[], float]]]:
    """(name, bar, ours, floor): each a whole process on its own copy where it writes."""
    ed, tpl, scores = str(p["edition"]), p["template"], str(p["scores"])
    env = dict(os.environ, WEGO_AWARDS_USER="bench")
    gui = dict(env, QT_QPA_PLATFORM="offscreen")

    def fresh_copy(name: str, src: Path) -> str:
        return str(_copy(src, work / name))

    def finalized() -> Path:
        """A finalized copy of the scored edition, made once (its certificates carry codes)."""
        done = work / "finalized.db"
        if not done.exists():
            part = _copy(p["scored"], work / "finalizing.db")
            run([*EXE, "--db", str(part), "finalize"], env)
            part.rename(done)
        return done

    return [
        ("status --json", (2.0, Seconds(0.5)), lambda: run([*EXE, "--db", ed, "status", "--json"]),
         lambda: run(bare(BARE_STATUS, ed))),
        ("export scores", 2.0,
         lambda: run([*EXE, "--db", ed, "export", "scores", "--out", str(work / "s.csv")]),
         lambda: run(bare(BARE_EXPORT, ed, str(work / "b.csv")))),
        ("import scores (500,000 new)", 1.5,
         lambda: run([*EXE, "--db", fresh_copy("i1.db", tpl), "import", "scores", scores], env),
         lambda: run(bare(BARE_IMPORT, fresh_copy("i2.db", tpl), scores))),
        ("import scores again (no change)", 1.5,
         lambda: run([*EXE, "--db", fresh_copy("a1.db", p["edition"]), "import", "scores",
                      scores], env),
         lambda: run(bare(BARE_IMPORT_AGAIN, ed, scores))),
        ("results --json", 1.5, lambda: run([*EXE, "--db", ed, "results", "--json"]),
         lambda: run(bare(RESULTS_KEPT, ed))),
        ("results --json, computed anew", 1.5,
         lambda: run([*EXE, "--db", ed, "results", "--json"], dict(env, WEGO_AWARDS_CACHE="off")),
         lambda: run(bare(BARE_RESULTS, ed))),
        ("results --out results.xlsx", 2.0,
         lambda: run([*EXE, "--db", ed, "results", "--out", str(work / "r.xlsx")]),
         lambda: run(bare(RESULTS_KEPT, ed, str(work / "b.xlsx")))),
        ("report", 2.0, lambda: run([*EXE, "--db", ed, "report", "--out", str(work / "r.pdf")]),
         lambda: run(bare(RESULTS_KEPT, ed, str(work / "b.pdf")))),
        ("audit verify", 2.0, lambda: run([*EXE, "--db", ed, "audit", "verify"]),
         lambda: run(bare(BARE_AUDIT, ed))),
        ("app: the applications table painted", 3.0,
         lambda: run([*EXE, "--db", ed, "gui", "--view", "applications", "--screenshot",
                      str(work / "app.png")], gui),
         lambda: run(bare(BARE_GUI, str(p["files"] / "applications.csv"),
                          str(work / "bare.png")), gui)),
        ("finalize", 2.0,
         lambda: run([*EXE, "--db", fresh_copy("f1.db", p["scored"]), "finalize"], env),
         lambda: run(bare(BARE_FINALIZE, fresh_copy("f2.db", p["scored"])))),
        ("certificates (18 awards)", 2.0,
         lambda: run([*EXE, "--db", str(finalized()), "certificates", "--out",
                      str(work / "certificates")], env),
         lambda: run(bare(BARE_CERTIFICATES, str(finalized()), "-",
                          str(work / "bare-certificates")),
                     dict(env, PYTHONPATH=str(ROOT)))),
        ("round advance --top 5 --dry-run", 2.0,
         lambda: run([*EXE, "--db", ed, "round", "advance", "--to", "R2", "--top", "5",
                      "--dry-run"]),
         lambda: run(bare(RESULTS_KEPT, ed))),
        # Light commands: little work, so their time is the start (Python, SQLAlchemy, the
        # models: 0.3 s) and a ratio against a bare sqlite3 script says nothing of the edition's
        # size. Their bar is absolute: an answer within half a second on the large edition.
        ("round list", LIGHT, lambda: run([*EXE, "--db", ed, "round", "list"]),
         lambda: run(bare(BARE_ROUND_LIST, ed))),
        ("settings", LIGHT, lambda: run([*EXE, "--db", ed, "settings"]),
         lambda: run(bare(BARE_SETTINGS, ed))),
        ("backup", LIGHT,
         lambda: run([*EXE, "--db", ed, "backup", "--out", str(_fresh(work / "k1.db"))]),
         lambda: run(bare(BARE_BACKUP, ed, str(_fresh(work / "k2.db"))))),
        ("export applications", LIGHT,
         lambda: run([*EXE, "--db", ed, "export", "applications", "--out",
                      str(work / "apps.csv")]),
         lambda: run(bare(BARE_EXPORT_APPLICATIONS, ed, str(work / "bare-apps.csv")))),
    ]


def _fresh(path: Path) -> Path:
    path.unlink(missing_ok=True)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--apps", type=int, default=20_000)
    ap.add_argument("--judges", type=int, default=300)
    ap.add_argument("--per-app", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--only", nargs="*", help="only the commands whose names start so")
    args = ap.parse_args()
    folder = Path(tempfile.gettempdir()) / (
        f"wego-bench-commands-{args.apps}-{args.judges}-{args.per_app}")
    # The program's bytecode compiled, as installing it from a wheel (or the bundled app) has it:
    # this environment sets PYTHONDONTWRITEBYTECODE, and an editable checkout would otherwise
    # compile every module of ours from source in every timed process.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "wego_awards"),
                    str(ROOT / "ui")], check=True)
    p = build(folder, args.apps, args.judges, args.per_app, args.fresh)
    work = folder / "work"
    work.mkdir(exist_ok=True)
    # The results are computed once per data state and kept (wego_awards/services/
    # resultcache.py), as when the secretariat first looks at them: here, in the bench's own
    # cache folder, before anything is timed. "computed anew" is the row without the cache.
    os.environ["WEGO_AWARDS_CACHE"] = str(folder / "results-cache")
    os.environ["BARE_KEPT"] = str(folder / "bare-kept")  # the floors keep theirs likewise
    (folder / "bare-kept").mkdir(exist_ok=True)
    for db in (p["edition"], p["scored"]):
        run([*EXE, "--db", str(db), "results", "--json"])
        run(bare(RESULTS_KEPT, str(db)))
    print(f"{'command':<34} {'ours':>8} {'floor':>8} {'ratio':>6}  bar")
    worst = []
    for name, bar, ours, floor in cases(p, work):
        if args.only and not any(name.startswith(o) for o in args.only):
            continue
        t_ours = min(ours() for _ in range(args.repeat))
        t_floor = min(floor() for _ in range(args.repeat))
        ratio = t_ours / t_floor
        bars = bar if isinstance(bar, tuple) else (bar,)
        verdicts = [("OVER " if (t_ours if isinstance(b, Seconds) else ratio) > b else "ok ")
                    + (f"{b:g} s" if isinstance(b, Seconds) else f"{b:g}x") for b in bars]
        over = any(v.startswith("OVER") for v in verdicts)
        ok = ", ".join(verdicts)
        if over:
            worst.append(name)
        print(f"{name:<34} {t_ours:7.2f}s {t_floor:7.2f}s {ratio:5.1f}x  {ok}", flush=True)
    print(f"\n{len(worst)} over their bar" + (f": {', '.join(worst)}" if worst else ""))


if __name__ == "__main__":
    main()
