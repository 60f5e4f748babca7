"""No data lost: an import killed halfway leaves nothing, and writers at once all succeed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.large_edition import make
from tests.conftest import fingerprint

ENV = {**os.environ, "WEGO_AWARDS_USER": "tester"}


def cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "wego_awards", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)


@pytest.fixture(scope="module")
def big_files(tmp_path_factory) -> dict[str, Path]:
    """6,000 applications, 60 judges, 5 judges each: 150,000 score rows."""
    return make(tmp_path_factory.mktemp("big"), apps=6000, judges=60, per_app=5,
                assignments=False)


@pytest.fixture
def big_db(tmp_path, big_files) -> Path:
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition, open_database

    path = tmp_path / "big.db"
    with open_database(path, create=True) as db:
        create_edition(db, "Big", 2025)
        for kind in ("criteria", "applications", "judges"):
            imports.import_file(db, kind, big_files[kind])
    return path


def test_import_killed_halfway_leaves_the_database_as_before(big_db, big_files):
    before = fingerprint(big_db)
    wal = big_db.with_name(big_db.name + "-wal")
    start = wal.stat().st_size if wal.exists() else 0
    proc = cli(big_db, "import", "scores", str(big_files["scores"]))
    # Kill it once it is writing: the write-ahead log grows past what it held before.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 1_000_000:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert fingerprint(big_db) == before
    done = cli(big_db, "audit", "verify")
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    # And the same import, run to the end, works afterwards.
    again = cli(big_db, "import", "scores", str(big_files["scores"]))
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0 and "150000 added" in out, err


def test_writers_and_readers_at_once_all_succeed(big_db, big_files, tmp_path):
    """An import of 150,000 scores, settings changes, readers and a backup at the same time:
    writers wait their turn, nobody sees "database is locked"."""
    procs = [cli(big_db, "import", "scores", str(big_files["scores"]))]
    for i in range(3):
        procs.append(cli(big_db, "settings", "near_tie", f"0.0{i + 1}"))
        procs.append(cli(big_db, "status", "--json"))
    procs.append(cli(big_db, "backup", "--out", str(tmp_path / "copy.db")))
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "locked" not in err
    check = cli(big_db, "audit", "verify")
    out, err = check.communicate(timeout=120)
    assert check.returncode == 0, err


SAVER = """
import sys
from wego_awards.services import judging
from wego_awards.services.edition import open_database
db = open_database(sys.argv[1])
apps = [f"{c}-0{i}" for c in ("EG", "ET", "MO", "OI", "SU") for i in range(1, 8)]
for n, app in enumerate(apps):
    for crit in ("INNO", "IMPACT", "SUST", "INCL", "TRANS"):
        judging.save_score(db, "J3", app, crit, (n % 10) + 0.5)
        print(app, crit, flush=True)  # what the app would now show as "saved"
"""


def test_a_judge_killed_while_scoring_keeps_every_score_shown_as_saved(demo_path, tmp_path):
    """Scores saved one by one, the process killed at a random moment: every score that was
    reported saved is in the database, and the history still verifies."""
    import sqlite3

    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    proc = subprocess.Popen([sys.executable, str(script), str(demo_path)], stdout=subprocess.PIPE,
                            text=True, env=ENV)
    shown = []
    for line in proc.stdout:
        shown.append(tuple(line.split()))
        if len(shown) == 40:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    with sqlite3.connect(demo_path) as conn:
        saved = {(a, c): v for a, c, v in conn.execute(
            "SELECT a.code, c.code, s.value FROM scores s JOIN judges j ON j.id = s.judge_id "
            "JOIN applications a ON a.id = s.application_id JOIN criteria c ON "
            "c.id = s.criterion_id WHERE j.code = 'J3'")}
    for app, crit in shown:
        n = ["EG", "ET", "MO", "OI", "SU"].index(app[:2]) * 7 + int(app[-1]) - 1
        assert saved[(app, crit)] == (n % 10) + 0.5
    check = cli(demo_path, "audit", "verify")
    out, err = check.communicate(timeout=120)
    assert check.returncode == 0, err
