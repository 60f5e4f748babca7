"""The shared-server mode: the same code on a real PostgreSQL server started by the tests."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pytest

from tests import pg_server
from tests.conftest import DEMO
from tests.core.test_demo import BOOK, json_winners, winners

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg_server.available(),
                       reason="PostgreSQL server binaries are installed by .ci/run"),
]
_names = itertools.count()


@pytest.fixture(scope="module")
def server():
    srv = pg_server.Server().start()
    yield srv
    srv.stop()


@pytest.fixture
def pg_url(server) -> str:
    return server.create_database(f"awards_{os.getpid()}_{next(_names)}")


def cli(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wego_awards", "--db", url, *args],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "WEGO_AWARDS_USER": "secretariat"})


def test_demo_edition_on_the_server_gives_the_books_winners(pg_url):
    from wego_awards.demo import build_demo
    from wego_awards.services import decisions, results
    from wego_awards.services.audit import verify
    from wego_awards.services.edition import open_database

    with open_database(pg_url) as db:
        build_demo(db)
        assert winners(results.compute(db)) == BOOK
        first = json.dumps(results.compute(db).to_json())
        assert json.dumps(results.compute(db).to_json()) == first
        decisions.set_override(db, "EG", "silver", "EG-04", "Jury's vote")
        decisions.clear_override(db, "EG", "silver")
        decisions.finalize(db)
        assert verify(db).ok
        assert db.is_sqlite is False


def test_command_line_against_the_server(pg_url, tmp_path):
    assert cli(pg_url, "init", "--edition", "Server Edition", "--year", "2025").returncode == 0
    for kind in ("criteria", "applications", "judges", "scores"):
        proc = cli(pg_url, "import", kind, str(DEMO / f"{kind}.csv"))
        assert proc.returncode == 0, proc.stderr
    again = cli(pg_url, "import", "scores", str(DEMO / "scores.csv"))
    assert "nothing to change" in again.stdout
    bad = tmp_path / "scores.csv"
    bad.write_text("judge,application,criterion,score,comment\nJ2,SC-04,INNO,9,\n")
    refused = cli(pg_url, "import", "scores", str(bad))
    assert refused.returncode == 1 and "conflict" in refused.stderr
    data = json.loads(cli(pg_url, "results", "--json").stdout)
    assert json_winners(data) == BOOK
    assert json.loads(cli(pg_url, "status", "--json").stdout)["scores"] == 1540
    copy = tmp_path / "copy.db"
    assert cli(pg_url, "backup", "--out", str(copy)).returncode == 0
    assert json.loads(cli(str(copy), "results", "--json").stdout) == data
    assert "history intact" in cli(pg_url, "audit", "verify").stdout


def test_concurrent_writers_on_the_server_lose_nothing(pg_url, tmp_path):
    """Six judges' score files imported at the same moment: every score arrives."""
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition, open_database

    with open_database(pg_url) as db:
        create_edition(db, "Busy", 2025)
        for kind in ("criteria", "applications", "judges"):
            imports.import_file(db, kind, DEMO / f"{kind}.csv")
    lines = (DEMO / "scores.csv").read_text(encoding="utf-8").splitlines()
    procs = []
    for j in range(1, 7):
        part = tmp_path / f"J{j}.csv"
        part.write_text("\n".join([lines[0]] + [x for x in lines[1:] if x.startswith(f"J{j},")])
                        + "\n", encoding="utf-8")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "wego_awards", "--db", pg_url, "import", "scores", str(part)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert json.loads(cli(pg_url, "status", "--json").stdout)["scores"] == 1540
    assert "history intact" in cli(pg_url, "audit", "verify").stdout


def test_a_judges_own_login_reads_and_writes_only_their_own_scores(pg_url):
    from sqlalchemy import text

    from wego_awards.demo import build_demo
    from wego_awards.errors import Refused
    from wego_awards.services import judging
    from wego_awards.services.audit import verify
    from wego_awards.services.edition import open_database
    from wego_awards.services.server import grant_judge

    with open_database(pg_url) as db:
        build_demo(db)
        assert "only their own scores" in grant_judge(db, "J1", "judge_storey", "a-long-secret")
        with db.read() as s:
            ids = dict(s.execute(text("SELECT code, id FROM judges")).all())
    judge_url = pg_url.replace("//postgres@", "//judge_storey:a-long-secret@")
    with open_database(judge_url) as jdb:
        with jdb.read() as s:
            seen = s.execute(text("SELECT DISTINCT judge_id FROM scores")).scalars().all()
            assert seen == [ids["J1"]]
            assert s.execute(text("SELECT code FROM judges")).scalars().all() == ["J1"]
            apps = set(s.execute(text("SELECT code FROM applications")).scalars())
            assert "SU-01" not in apps and len(apps) == 51  # J1's conflict stays hidden
        judging.save_score(jdb, "J1", "EG-01", "INNO", 3.5)  # their own: saved
        with pytest.raises(Refused, match="'J2' is not a judge"):
            judging.save_score(jdb, "J2", "EG-01", "INNO", 9)
        with jdb.engine.connect() as conn:  # straight SQL cannot reach further either
            changed = conn.execute(text("UPDATE scores SET value = 0 WHERE judge_id = :j"),
                                   {"j": ids["J2"]}).rowcount
            assert changed == 0
            conn.rollback()
            with pytest.raises(Exception, match="row-level security"):
                conn.execute(text(
                    "INSERT INTO scores (judge_id, application_id, criterion_id, value, comment, "
                    "updated_at, source) SELECT :j, application_id, criterion_id, 10, '', 'x', "
                    "'x' FROM scores LIMIT 1"), {"j": ids["J2"]})
            conn.rollback()
            with pytest.raises(Exception, match="permission denied"):
                conn.execute(text("SELECT secret FROM editions"))
    with open_database(pg_url) as db:  # the secretariat sees the judge's save, chain intact
        assert verify(db).ok


def test_the_link_is_encrypted_and_the_server_checked(server, pg_url, tmp_path):
    from sqlalchemy import text

    from tests.pg_server import make_certificates
    from wego_awards.errors import Refused
    from wego_awards.services.edition import open_database

    with open_database(pg_url, create=True) as db, db.engine.connect() as conn:
        ssl, version = conn.execute(text(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).one()
        assert ssl is True and version.startswith("TLS")
    # The server itself refuses a link without TLS...
    plain = pg_url.split("?")[0] + "?sslmode=disable"
    with pytest.raises(Refused, match="cannot open the database"):
        open_database(plain)
    # ...and the client refuses a server its certificate authority did not certify.
    (tmp_path / "other").mkdir()
    stranger_ca = make_certificates(tmp_path / "other")
    with pytest.raises(Refused, match="SSL error|certificate verify failed"):
        open_database(pg_url.split("sslrootcert=")[0] + f"sslrootcert={stranger_ca}")
    # A server elsewhere: TLS that checks the server, or nothing (no connection is tried).
    far = "postgresql+psycopg://secretariat:pw@awards.example.org:5432/awards"
    with pytest.raises(Refused, match="sslmode=require would not check the server's "
                                      "certificate"):
        open_database(far + "?sslmode=require")
    with pytest.raises(Refused, match="certificate authority is needed") as info:
        open_database(far + f"?sslrootcert={tmp_path / 'missing.crt'}")
    assert ":pw@" not in info.value.message  # the password is never shown


def test_a_judges_password_is_changed_and_their_login_revoked(server, pg_url):
    from sqlalchemy import text

    from wego_awards.demo import build_demo
    from wego_awards.errors import Refused
    from wego_awards.services import judging
    from wego_awards.services.edition import open_database

    with open_database(pg_url) as db:
        build_demo(db)
    assert cli(pg_url, "server", "grant-judge", "--judge", "J2", "--role", "judge_kim",
               "--password", "first words here").returncode == 0
    judge = pg_url.replace("//postgres@", "//judge_kim:{}@")
    with open_database(judge.format("first words here")) as jdb:
        judging.save_score(jdb, "J2", "EG-01", "INNO", 6)
    proc = cli(pg_url, "server", "password", "--judge", "J2", "--password", "second words here")
    assert proc.returncode == 0 and "new password" in proc.stdout
    with pytest.raises(Refused, match="password authentication failed"):
        open_database(judge.format("first words here"))
    with open_database(judge.format("second words here")) as jdb:
        judging.save_score(jdb, "J2", "EG-01", "INNO", 7)
    short = cli(pg_url, "server", "password", "--judge", "J2", "--password", "short")
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    proc = cli(pg_url, "server", "revoke", "--judge", "J2")
    assert proc.returncode == 0 and "can no longer log in" in proc.stdout, proc.stderr
    with pytest.raises(Refused, match="cannot open the database"):
        open_database(judge.format("second words here"))
    with open_database(pg_url) as db, db.read() as s:  # their scores stay
        assert s.execute(text("SELECT value FROM scores s JOIN judges j ON j.id = s.judge_id "
                              "JOIN applications a ON a.id = s.application_id JOIN criteria c "
                              "ON c.id = s.criterion_id WHERE j.code = 'J2' AND a.code = "
                              "'EG-01' AND c.code = 'INNO'")).scalar() == 7
        assert s.execute(text("SELECT count(*) FROM judge_logins")).scalar() == 0
    again = cli(pg_url, "server", "revoke", "--judge", "J2")
    assert again.returncode == 1 and "has no login on the server" in again.stderr
    # No password was ever sent in plain text: the server (logging every statement) saw
    # SCRAM verifiers only.
    log = server.log()
    assert "ALTER ROLE" in log and "SCRAM-SHA-256$" in log
    for word in ("first words here", "second words here"):
        assert word not in log
