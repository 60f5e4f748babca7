"""Status figures on a small edition with assignments, conflicts and partial scores, against a
plain Python count of the same tables; with and without assignments."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from wego_awards.services import imports
from wego_awards.services.status import status

CATS = ("EG", "ET", "MO", "OI", "SC", "SU")
CRITERIA = ("INNO", "IMPACT", "SUST")


def write(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def small_edition(db, db_path: Path, tmp: Path, with_assignments: bool) -> None:
    """24 applications, 7 judges; judge j on application a when (a + j) % 3 == 0; some pairs
    with every criterion scored, some with one or two, one judge with nothing; then conflicts,
    one on a fully scored assigned pair, one on a partly scored one, one on an unassigned one."""
    apps = [f"A{i:02d}" for i in range(24)]
    judges = [f"J{j}" for j in range(7)]
    files = {
        "criteria": write(tmp / "criteria.csv",
                          ["code", "name", "weight", "min", "max", "description"],
                          [[c, c.title(), 10, 0, 10, ""] for c in CRITERIA]),
        "applications": write(tmp / "applications.csv",
                              ["code", "category", "city", "country", "title"],
                              [[a, CATS[i % 5], "Seoul", "Korea", f"Project {i}"]
                               for i, a in enumerate(apps)]),
        "judges": write(tmp / "judges.csv", ["code", "name", "affiliation", "country", "email"],
                        [[j, f"Judge {k}", "Org", "Land", f"j{k}@example.org" if k % 2 else ""]
                         for k, j in enumerate(judges)]),
    }
    pairs = [(j, a) for a in range(24) for j in range(7) if (a + j) % 3 == 0]
    files["assignments"] = write(tmp / "assignments.csv", ["judge", "application"],
                                 [[judges[j], apps[a]] for j, a in pairs])
    scores = []
    for j, a in pairs:
        if j == 6:
            continue
        n = len(CRITERIA) if (a * 7 + j) % 4 else (a // 3 + j) % 3  # 0, 1 or 2 criteria
        scores += [[judges[j], apps[a], c, 5, ""] for c in CRITERIA[:n]]
    files["scores"] = write(tmp / "scores.csv",
                            ["judge", "application", "criterion", "score", "comment"], scores)
    kinds = ["criteria", "applications", "judges"] + (["assignments"] if with_assignments else [])
    for kind in kinds + ["scores"]:
        imports.import_file(db, kind, files[kind])
    with sqlite3.connect(db_path) as conn:
        ids = {code: i for i, code in conn.execute("SELECT id, code FROM judges")}
        app_ids = {code: i for i, code in conn.execute("SELECT id, code FROM applications")}
        done = {(j, a) for j, a, n in conn.execute(
            "SELECT judge_id, application_id, count(*) FROM scores GROUP BY 1, 2")
            if n == len(CRITERIA)}
        full = next(p for p in sorted(done))
        part = next(p for p in conn.execute(
            "SELECT judge_id, application_id FROM scores GROUP BY 1, 2 HAVING count(*) < 3"))
        conn.executemany("INSERT INTO conflicts (judge_id, application_id, source) "
                         "VALUES (?, ?, 'declared')",
                         [full, part, (ids["J1"], app_ids["A00"]), (ids["J6"], app_ids["A03"])])


def plain(db_path: Path) -> dict:
    """The figures counted one pair at a time."""
    conn = sqlite3.connect(db_path)
    judges = conn.execute("SELECT id, code, name, email FROM judges ORDER BY code").fetchall()
    cats = conn.execute("SELECT id, code FROM categories ORDER BY position, code").fetchall()
    cat_of = dict(conn.execute("SELECT id, category_id FROM applications"))
    n_crit = conn.execute("SELECT count(*) FROM criteria").fetchone()[0]
    count: dict[tuple[int, int], int] = {}
    for j, a in conn.execute("SELECT judge_id, application_id FROM scores"):
        count[j, a] = count.get((j, a), 0) + 1
    conflicts = set(conn.execute("SELECT judge_id, application_id FROM conflicts"))
    assigned = set(conn.execute("SELECT judge_id, application_id FROM assignments")) or \
        {(j, a) for j, *_ in judges for a in cat_of}
    conn.close()
    pairs = assigned - conflicts
    done = {p for p in pairs if count.get(p, 0) >= n_crit}
    partial = {p for p in pairs if 0 < count.get(p, 0) < n_crit}
    per_judge = {code: (sum(p[0] == j for p in pairs), sum(p[0] == j for p in done),
                        sum(p[0] == j for p in partial)) for j, code, _, _ in judges}
    per_cat = {code: (sum(c == cid for c in cat_of.values()),
                      sum(cat_of[p[1]] == cid for p in pairs),
                      sum(cat_of[p[1]] == cid for p in done)) for cid, code in cats}
    return {"scores": sum(count.values()), "assigned": len(pairs), "scored": len(done),
            "per_judge": per_judge, "per_cat": per_cat}


@pytest.mark.parametrize("with_assignments", [True, False])
def test_figures_match_a_plain_count(edition_db, db_path, tmp_path, with_assignments):
    small_edition(edition_db, db_path, tmp_path, with_assignments)
    want = plain(db_path)
    got = status(edition_db)
    assert (got["applications"], got["judges"], got["criteria"]) == (24, 7, 3)
    assert got["scores"] == want["scores"]
    assert (got["assigned"], got["scored"], got["missing"]) == \
        (want["assigned"], want["scored"], want["assigned"] - want["scored"])
    judges = got["progress"]["judges"]
    assert [j["code"] for j in judges] == sorted(want["per_judge"])
    for j in judges:
        n, d, p = want["per_judge"][j["code"]]
        assert (j["assigned"], j["scored"], j["partial"], j["missing"]) == (n, d, p, n - d)
    assert {c["code"]: (c["applications"], c["assigned"], c["scored"])
            for c in got["progress"]["categories"]} == want["per_cat"]
    for c in got["progress"]["categories"]:
        assert c["missing"] == c["assigned"] - c["scored"]
    remind = got["progress"]["remind"]
    assert [r["code"] for r in remind] == [
        j["code"] for j in sorted(judges, key=lambda j: (-j["missing"], j["code"]))
        if j["missing"]]
    assert any(r["partial"] for r in remind) and remind[0]["code"] == "J6"
    assert all(isinstance(v, int) for j in judges for v in j.values() if not isinstance(v, str))


# --- the quick reader: the same figures without SQLAlchemy -------------------------------------


def both(db, db_path: Path) -> tuple[dict, dict]:
    """The figures as the store reads them and as ``db.quick`` reads the file."""
    from wego_awards.db import quick
    from wego_awards.statusdata import figures

    rows = quick.status_rows(db_path)
    assert rows is not None, "the quick reader declined a plain SQLite file at the newest schema"
    return status(db), figures(rows)


@pytest.mark.parametrize("with_assignments", [True, False])
def test_the_quick_reader_counts_what_the_store_does(edition_db, db_path, tmp_path,
                                                     with_assignments):
    from wego_awards.services.decisions import set_setting

    small_edition(edition_db, db_path, tmp_path, with_assignments)
    before, quick = both(edition_db, db_path)
    assert quick == before and quick["assigned"] > quick["scored"] > 0
    # The own-country rule's conflicts: every judge is from "Land", and now two applications
    # too (the country written in another case, with spaces).
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE applications SET country = ' land ' WHERE code IN ('A01', 'A05')")
    set_setting(edition_db, "own_country_rule", "yes")
    store, quick = both(edition_db, db_path)
    assert quick == store and store["assigned"] < before["assigned"]


def test_the_quick_reader_counts_a_later_rounds_entries(demo_db, demo_path):
    from wego_awards.services import rounds

    before, _ = both(demo_db, demo_path)
    rounds.add_round(demo_db, "R2", "Final")
    rounds.advance(demo_db, "R2", top=2)
    store, quick = both(demo_db, demo_path)
    assert quick == store
    # Two a category go on, with no score yet in the new round.
    assert quick["applications"] == 2 * before["categories"] and quick["scores"] == 0


def test_the_quick_reader_leaves_to_the_store_what_it_does_not_read(demo_db, demo_path,
                                                                    tmp_path):
    """A URL, a missing file, a text file, a file at an older schema and a file with no edition
    are each read (and upgraded, or named) by the ordinary way."""
    from wego_awards.db import quick

    assert quick.status_rows("postgresql+psycopg://u@127.0.0.1:1/none") is None
    assert quick.status_rows(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()  # and it made no file
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    assert quick.status_rows(text) is None
    empty = tmp_path / "empty.db"
    with sqlite3.connect(empty) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('0005_rounds')")
        conn.execute("CREATE TABLE editions (id INTEGER, name TEXT, year INTEGER, "
                     "finalized BOOLEAN, settings JSON, open_round_id INTEGER)")
    assert quick.status_rows(empty) is None
    assert quick.status_rows(demo_path) is not None
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004_older'")
    assert quick.status_rows(demo_path) is None


def test_status_on_the_command_line_starts_without_sqlalchemy(demo_path, tmp_path):
    """What the officer types most answers without loading SQLAlchemy, and says the same as the
    store; where the file is not one the quick reader reads, the store answers."""
    import json
    import os
    import subprocess
    import sys

    probe = ("import json, sys\nfrom wego_awards.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules)),"
             " file=sys.stderr)\n")
    env = {**os.environ, "WEGO_AWARDS_USER": "secretariat"}

    def run(target: Path) -> tuple[dict, list[str]]:
        proc = subprocess.run([sys.executable, "-c", probe, "--db", str(target), "status",
                               "--json"], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout), json.loads(proc.stderr.strip().splitlines()[-1])

    data, loaded = run(demo_path)
    assert loaded == [] and data["scores"] > 0
    from wego_awards.services.edition import open_database

    with open_database(demo_path) as db:
        assert status(db) == data
    # At an older schema: the store opens it, upgrades it and answers alike.
    from wego_awards.db.migrate import HEAD, current_revision, migrate

    older = tmp_path / "older.db"
    older.write_bytes(demo_path.read_bytes())
    with open_database(older) as db:
        migrate(db, "downgrade", "-1")
        assert current_revision(db) != HEAD
    again, loaded = run(older)
    assert again == data and "sqlalchemy" in loaded


def test_the_own_country_rule_compares_countries_alike_everywhere():
    """The rule's conflicts (status, results, assignment) and its check when a score is given
    compare countries the same way: case and spaces aside; no country matches nothing (a judge
    with a blank country conflicted with every application without one)."""
    from wego_awards.keys import country_key, same_country_pairs

    judges = [(1, "United  Kingdom "), (2, "   "), (3, "")]
    apps = [(10, "united kingdom"), (11, ""), (12, "  "), (13, "France")]
    keys = same_country_pairs(judges, apps)
    assert [(int(k) >> 32, int(k) & 0xFFFFFFFF) for k in keys] == [(1, 10)]
    assert country_key("United  Kingdom ") == country_key("united kingdom") != ""
    assert country_key("   ") == ""


def test_settings_stored_as_null_are_read_as_none_by_both_readers(demo_db, demo_path):
    from wego_awards.db import quick
    from wego_awards.statusdata import figures

    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE editions SET settings = 'null'")
    rows = quick.status_rows(demo_path)
    assert rows is not None and figures(rows) == status(demo_db)
