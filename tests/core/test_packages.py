"""Judge packages: what a package holds (and does not), scoring in it, and the secretariat's
import: verified, idempotent, later returns replace earlier ones, and every bad return refused
with the edition unchanged."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO, PACKAGE_PASSPHRASE, fingerprint
from tests.core.test_assignment import pairs_in, run_cli
from wego_awards.db import sealed
from wego_awards.db.models import Application, Criterion
from wego_awards.errors import PassphraseNeeded, Refused
from wego_awards.services import history, imports, judging, packages
from wego_awards.services.assignment import assign
from wego_awards.services.audit import verify
from wego_awards.services.conflicts import add_conflict, list_conflicts
from wego_awards.services.edition import create_edition, get_edition, open_database
from wego_awards.services.packages import (
    export_packages,
    import_package,
    judge_key,
    reseal,
)
from wego_awards.store import EditionStore

# The judge's passphrase in these tests; WEGO_AWARDS_PASSPHRASE (set for every test by
# tests/conftest.py) lets open_database and the command line open the package, as the judge's would.
PASS = PACKAGE_PASSPHRASE


@pytest.fixture
def loaded(edition_db):
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def package_of_another_edition(file: Path, name: str, year: int, out: Path) -> Path:
    """J2's package exported from another edition file (made from the demo's files)."""
    with open_database(file, create=True) as other:
        create_edition(other, name, year)
        for kind in ("criteria", "applications", "judges"):
            imports.import_file(other, kind, DEMO / f"{kind}.csv")
        return export_package(other, "J2", out).path


def export_package(db, judge: str, out: Path, passphrase: str = PASS):
    return packages.export_package(db, judge, out, passphrase)


def read_package(path: Path, db=None):
    """The package as the secretariat reads it (with its kept key), or with the passphrase."""
    if db is not None:
        return packages.read_package(path, packages.package_keys(db))
    head = sealed.file_head(path)
    return packages.read_package(path, lambda _n, salt: (sealed.derive_key(PASS, head), salt))


def connect(path: Path, passphrase: str = PASS):
    """A database tool's connection to the package, by someone who has its passphrase."""
    head = sealed.file_head(path)
    conn = sealed.sqlcipher_module().connect(str(path))
    conn.execute(sealed.key_pragma(sealed.derive_key(passphrase, head), head))
    return conn


def query(path: Path, sql: str) -> list[tuple]:
    with connect(path) as conn:
        return conn.execute(sql).fetchall()


def scores(db) -> dict[tuple[str, str, str], str]:
    with db.read() as s:
        return {(r["judge"], r["application"], r["criterion"]): r["score"]
                for r in EditionStore(s, get_edition(s)).table_rows("scores")}


def score_in(package: Path, values: dict[tuple[str, str], float], judge: str = "J2") -> None:
    """The judge at work in their package, through the app's own saving path."""
    with open_database(package) as pkg:
        for (app, crit), value in values.items():
            judging.save_score(pkg, judge, app, crit, value)


def refused(db, db_path: Path, package: Path) -> str:
    before = fingerprint(db_path)
    with pytest.raises(Refused) as info:
        import_package(db, package)
    assert fingerprint(db_path) == before
    return info.value.message


# --- what a package holds ----------------------------------------------------------------------


def test_a_package_holds_that_judge_only_and_not_the_secret(demo_db, tmp_path):
    assign(demo_db, 3, seed=1)
    add_conflict(demo_db, "J2", "EG-01")  # after the scores: cleared in the edition
    summary = export_package(demo_db, "J2", tmp_path / "J2.db")
    path = summary.path
    with demo_db.read() as s:
        e = get_edition(s)
        uid, name, year, secret, settings = e.uid, e.name, e.year, e.secret, e.settings
        apps = {r["application"] for r in EditionStore(s, e).table_rows("assignments")
                if r["judge"] == "J2"}
        with_files = {r["code"] for r in EditionStore(s, e).table_rows("applications")
                      if r["attachment"]}
    (p_uid, p_name, p_year, p_secret, p_judge), = query(
        path, "SELECT uid, name, year, secret, package_judge FROM editions")
    assert (p_uid, p_name, p_year, p_judge) == (uid, name, year, "J2")
    assert p_secret != secret and p_secret == judge_key(secret, uid, "J2")
    assert secret not in path.read_bytes().decode("latin-1")
    assert query(path, "SELECT code FROM judges") == [("J2",)]
    in_package = {c for c, in query(path, "SELECT code FROM applications")}
    assert in_package == apps and "SC-04" not in in_package and "EG-01" not in in_package
    assert {c for c, in query(path, "SELECT a.code FROM attachments t JOIN applications a "
                                    "ON a.id = t.application_id")} == in_package & with_files
    assert query(path, "SELECT count(*) FROM criteria WHERE description != ''") == [(5,)]
    assert query(path, "SELECT count(*) FROM conflicts") == [(0,)]
    assert query(path, "SELECT DISTINCT j.code FROM assignments a JOIN judges j "
                       "ON j.id = a.judge_id") == [("J2",)]
    assert query(path, "SELECT DISTINCT j.code FROM scores s JOIN judges j "
                       "ON j.id = s.judge_id") == [("J2",)]
    assert query(path, "SELECT count(*) FROM scores") == [(len(apps) * 5,)]
    assert summary.scores == len(apps) * 5
    with open_database(path) as pkg:
        assert verify(pkg).ok  # the package's own history accounts for what it holds
        with pkg.read() as s:
            pe = get_edition(s)
            assert pe.settings["method"] == settings["method"]


def test_only_the_judges_scores_can_be_entered_and_each_save_renews_the_seal(loaded,
                                                                             tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    assert read_package(path).seal_ok
    saves = []
    with open_database(path) as pkg:
        for value in (6, 7):
            judging.save_score(pkg, "J2", "EG-01", "INNO", value)
            with pkg.read() as s:
                saves.append(get_edition(s).settings["package"]["saves"])
        judging.save_comment(pkg, "J2", "EG-01", "Clear")
        with pytest.raises(Refused, match="'J1' is not a judge"):
            judging.save_score(pkg, "J1", "EG-01", "INNO", 5)
        other = tmp_path / "other.csv"
        other.write_text("judge,application,criterion,score\nJ2,EG-02,INNO,4\n",
                         encoding="utf-8")
        assert imports.import_file(pkg, "scores", other).added == 1  # still sealed after
        with pytest.raises(Refused, match="takes only their scores"):
            imports.import_file(pkg, "judges", DEMO / "judges.csv")
        assert verify(pkg).ok
    assert saves == [1, 2]
    back = read_package(path)
    assert back.seal_ok and back.seal["saves"] == 4 and len(back.scores) == 2


def test_the_seal_is_renewed_when_only_the_history_and_judging_are_imported(loaded, tmp_path):
    # The history does not import packages (it is a leaf); packages registers the renewal with
    # it. A program that never names packages (here a fresh interpreter importing only history,
    # judging and a bare Database) must still renew the seal with every act.
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    script = (
        "from wego_awards.db import Database\n"
        "from wego_awards.services import history, judging\n"
        "assert history.after_record, 'no hook registered'\n"
        f"db = Database({str(path)!r})\n"
        "judging.save_score(db, 'J2', 'EG-01', 'INNO', 6)\n"
        "db.close()\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    back = read_package(path)
    assert back.seal_ok and back.seal["saves"] == 1 and len(back.scores) == 1


# --- merging returns ---------------------------------------------------------------------------


def test_a_return_merges_idempotently_and_a_later_one_replaces(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    score_in(path, {("EG-01", "INNO"): 7, ("EG-01", "IMPACT"): 8.5})
    first = shutil.copy(path, tmp_path / "J2-first.db")
    report = import_package(loaded, first)
    assert (report.added, report.changed) == (2, 0)
    assert scores(loaded)[("J2", "EG-01", "IMPACT")] == "8.5"
    before = fingerprint(db_path)
    again = import_package(loaded, first)
    assert again.touched == 0 and "nothing to change" in str(again)
    assert fingerprint(db_path) == before
    score_in(path, {("EG-01", "INNO"): 9, ("EG-02", "SUST"): 3})
    report = import_package(loaded, path)
    assert (report.added, report.changed, report.unchanged) == (1, 1, 1)
    assert scores(loaded)[("J2", "EG-01", "INNO")] == "9"
    with loaded.read() as s:
        entries = [e for e in history.log(s, get_edition(s)) if e.action == "package import"]
    assert len(entries) == 2 and all("J2.db" in e.summary or "J2-first.db" in e.summary
                                     for e in entries)
    assert all("judge J2" in e.summary for e in entries)
    assert verify(loaded).ok
    # The history keeps both values of EG-01 INNO: 7, then 9.
    with loaded.read() as s:
        chain = history.check_chain(s, get_edition(s))
    values = [float(v) for _, c in chain.payloads if c.package is not None
              for v in c.scores.value]
    assert 7.0 in values and 9.0 in values
    # The older return, imported after the newer one, would undo it: refused.
    message = refused(loaded, db_path, first)
    assert "older return" in message


def test_a_score_altered_outside_the_app_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    score_in(path, {("EG-01", "INNO"): 4})
    with connect(path) as conn:
        conn.execute("UPDATE scores SET value = 10")
    conn.close()
    assert "altered outside the app" in refused(loaded, db_path, path)


def test_a_score_added_with_a_database_tool_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    with connect(path) as conn:
        conn.execute("INSERT INTO scores (judge_id, application_id, criterion_id, value, "
                     "comment, updated_at, source) SELECT j.id, a.id, c.id, 10, '', 'now', '' "
                     "FROM judges j, applications a, criteria c LIMIT 1")
    conn.close()
    assert "altered outside the app" in refused(loaded, db_path, path)


def test_scores_of_another_judge_are_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    with connect(path) as conn:
        conn.execute("INSERT INTO judges (edition_id, code, name, affiliation, country, email) "
                     "SELECT id, 'J1', 'Donovan Storey', '', '', '' FROM editions")
        conn.execute("INSERT INTO scores (judge_id, application_id, criterion_id, value, "
                     "comment, updated_at, source) SELECT j.id, a.id, c.id, 10, '', 'now', '' "
                     "FROM judges j, applications a, criteria c WHERE j.code = 'J1' LIMIT 1")
    conn.close()
    assert "carries another judge (J1)" in refused(loaded, db_path, path)


def test_a_package_with_a_forged_key_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    # Someone who knows the format but not the edition's secret signs with a key of their own.
    with open_database(path) as pkg, pkg.write() as s:
        e = get_edition(s)
        e.secret = "f" * 64
        s.flush()
        reseal(s, e)
    assert read_package(path).seal_ok  # consistent in itself...
    assert "key does not match" in refused(loaded, db_path, path)  # ...but not ours


def test_a_package_of_another_edition_is_refused(loaded, db_path, tmp_path):
    path = package_of_another_edition(tmp_path / "other.db", "Another Awards", 2025,
                                       tmp_path / "J2.db")
    message = refused(loaded, db_path, path)
    assert "is not a judge package exported from this edition file" in message


def test_a_package_whose_judge_is_unknown_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    with connect(path) as conn:
        conn.execute("UPDATE judges SET code = 'J99'")
        conn.execute("UPDATE editions SET package_judge = 'J99'")
    conn.close()
    assert "its judge 'J99' is not a judge of this edition" in refused(loaded, db_path, path)


@pytest.mark.parametrize("kind", ["text", "xlsx", "edition", "empty", "folder"])
def test_a_file_that_is_not_a_package_is_refused(loaded, db_path, tmp_path, kind):
    if kind == "text":
        path = tmp_path / "notes.db"
        path.write_text("hello", encoding="utf-8")
    elif kind == "xlsx":
        from wego_awards.services.sheets import export_sheet

        path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    elif kind == "edition":
        path = tmp_path / "copy.db"
        with sqlite3.connect(db_path) as a, sqlite3.connect(path) as b:
            a.backup(b)
        a.close()
        b.close()
    elif kind == "empty":
        path = tmp_path / "empty.db"
        path.write_bytes(b"")
    else:
        path = tmp_path
    message = refused(loaded, db_path, path)
    assert "not a judge package" in message or "is a folder" in message
    if kind == "edition":
        assert "is an edition database, not a judge package" in message


def test_a_conflicted_or_unassigned_return_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path  # no assignments yet: all 51
    score_in(path, {("EG-01", "INNO"): 5})
    add_conflict(loaded, "J2", "EG-01")  # the secretariat learns of a conflict meanwhile
    assert "J2 has a conflict with EG-01" in refused(loaded, db_path, path)

    path2 = export_package(loaded, "J3", tmp_path / "J3.db").path
    assign(loaded, 2, seed=1)
    theirs = {a for j, a in pairs_in(loaded) if j == "J3"}
    outside = next(c for c in ("EG-01", "EG-02", "EG-03", "EG-04", "EG-05") if c not in theirs)
    score_in(path2, {(outside, "INNO"): 5}, judge="J3")
    assert f"J3 is not assigned to {outside}" in refused(loaded, db_path, path2)


def test_a_conflict_declared_by_the_judge_reaches_the_edition(loaded, tmp_path):
    assign(loaded, 3, seed=2)
    mine = sorted(a for j, a in pairs_in(loaded) if j == "J5")
    path = export_package(loaded, "J5", tmp_path / "J5.db").path
    score_in(path, {(mine[0], "INNO"): 6, (mine[1], "INNO"): 6}, judge="J5")
    # The edition already has one of those scores (an earlier sheet, say).
    judging.save_score(loaded, "J5", mine[1], "SUST", 4)
    with open_database(path) as pkg:
        add_conflict(pkg, "J5", mine[1], reason="I worked on this project")
    report = import_package(loaded, path)
    assert report.conflicts == [mine[1]] and report.added == 1
    assert ("J5", mine[1], "judge") in {(r.judge, r.application, r.source)
                                        for r in list_conflicts(loaded)}
    assert ("J5", mine[1]) not in pairs_in(loaded)
    assert not any(k[:2] == ("J5", mine[1]) for k in scores(loaded))
    assert verify(loaded).ok
    # The same return again: nothing more to do.
    assert import_package(loaded, path).touched == 0


def test_every_judge_at_once_and_the_cli(loaded, db_path, tmp_path, capsys):
    done = export_packages(loaded, tmp_path / "out")
    assert [d.path.name for d in done] == [f"package-J{i}.db" for i in range(1, 7)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()
                  if not p.name.endswith(".db")) == ["passphrases.csv"]
    with open(tmp_path / "out" / "passphrases.csv", encoding="utf-8-sig") as fh:
        sheet = list(csv.DictReader(fh))
    assert [r["file"] for r in sheet] == [d.path.name for d in done]
    assert all(len(r["passphrase"].split()) == 5 for r in sheet)
    assert len({r["passphrase"] for r in sheet}) == 6  # one each
    for row, d in zip(sheet[:2], done[:2], strict=True):  # each opens its own package only
        os.environ[sealed.ENV] = row["passphrase"]
        score_in(d.path, {("EG-01" if d.judge == "J1" else "EG-02", "INNO"): 5 + (
            d.judge == "J2")}, judge=d.judge)
    with pytest.raises(PassphraseNeeded):
        open_database(done[0].path)  # J2's passphrase does not open J1's package
    code, out, err = run_cli(capsys, "--db", str(db_path), "package", "import",
                             str(done[0].path), str(done[1].path))
    assert code == 0, err
    assert "judge J1: 1 scores added" in out and "judge J2: 1 scores added" in out
    shutil.copy(done[1].path, tmp_path / "bad.db")
    with connect(tmp_path / "bad.db", sheet[1]["passphrase"]) as conn:
        conn.execute("UPDATE scores SET value = 1")
    conn.close()
    before = fingerprint(db_path)
    code, out, err = run_cli(capsys, "--db", str(db_path), "package", "import",
                             str(tmp_path / "bad.db"))
    assert code == 1 and "altered outside the app" in err
    assert fingerprint(db_path) == before
    code, out, err = run_cli(capsys, "--db", str(db_path), "package", "export", "--judge",
                             "J3", "--out", str(tmp_path / "J3.db"))
    assert code == 0 and "the package of judge J3" in out
    phrase = out.split("passphrase for judge J3: ")[1].splitlines()[0]
    assert len(phrase.split()) == 5 and "shown this once" in out
    os.environ[sealed.ENV] = phrase.upper().replace(" ", "   ")  # read out on the phone
    code, out, err = run_cli(capsys, "--db", str(tmp_path / "J3.db"), "status", "--json")
    assert code == 0 and '"judges": 1' in out


def test_a_return_copied_while_the_app_is_open_holds_every_saved_score(loaded, tmp_path):
    """The judge sends the file with the app still open: each save is folded into the file."""
    path = export_package(loaded, "J3", tmp_path / "J3.db").path
    with open_database(path) as pkg:
        judging.save_score(pkg, "J3", "EG-01", "INNO", 7)
        judging.save_score(pkg, "J3", "EG-01", "IMPACT", 8)
        sent = tmp_path / "sent.db"
        shutil.copyfile(path, sent)  # the file alone, as a mail attachment: no -wal beside it
        report = import_package(loaded, sent)
    assert report.added == 2
    assert scores(loaded)[("J3", "EG-01", "IMPACT")] == "8"


def test_judges_file_reimport_keeps_conflicts_the_judges_declared(loaded, tmp_path):
    path = export_package(loaded, "J5", tmp_path / "J5.db").path
    with open_database(path) as pkg:
        add_conflict(pkg, "J5", "MO-02", reason="I advised this city")
    import_package(loaded, path)
    report = imports.import_file(loaded, "judges", DEMO / "judges.csv")
    assert report.touched == 0
    assert ("J5", "MO-02", "judge") in {(r.judge, r.application, r.source)
                                        for r in list_conflicts(loaded)}
    assert verify(loaded).ok


def test_a_score_the_judge_cleared_in_the_package_is_cleared_in_the_edition(loaded, tmp_path):
    judging.save_score(loaded, "J1", "EG-01", "INNO", 6)
    judging.save_score(loaded, "J1", "EG-01", "SUST", 5)
    path = export_package(loaded, "J1", tmp_path / "J1.db").path
    judging.save_score(loaded, "J1", "EG-02", "INNO", 3)  # given after the package was made
    with open_database(path) as pkg:
        judging.save_score(pkg, "J1", "EG-01", "INNO", None)
    report = import_package(loaded, path)
    assert report.cleared == 1 and "1 cleared by the judge" in str(report)
    have = scores(loaded)
    assert ("J1", "EG-01", "INNO") not in have
    assert have[("J1", "EG-01", "SUST")] == "5"
    assert have[("J1", "EG-02", "INNO")] == "3"  # never in the package: it stays
    assert verify(loaded).ok
    assert import_package(loaded, path).touched == 0


def test_a_package_of_another_file_with_the_same_name_says_so(loaded, db_path, tmp_path):
    path = package_of_another_edition(tmp_path / "same-name.db", "Test Awards", 2024,
                                       tmp_path / "J2.db")
    message = refused(loaded, db_path, path)
    assert "is not a judge package exported from this edition file" in message


# --- sealed: what a stranger with a copy and the program can do -------------------------------


def test_the_file_tells_a_stranger_nothing(loaded, tmp_path):
    judging.save_score(loaded, "J2", "EG-01", "INNO", 7)
    judging.save_comment(loaded, "J2", "EG-01", "Striking use of open data")
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with loaded.read() as s:
        e = get_edition(s)
        words = [e.name, e.uid, "Striking use of open data", "package_judge"] + [
            r["title"] for r in EditionStore(s, e).table_rows("applications")][:10]
    for word in words:
        assert word.encode() not in raw and word.encode("utf-16-le") not in raw, word
    with pytest.raises(sqlite3.DatabaseError):  # no database tool reads it either
        sqlite3.connect(path).execute("SELECT * FROM scores").fetchall()


@pytest.mark.parametrize("phrase", [None, "", "wrong wrong wrong wrong"])
def test_without_the_passphrase_the_package_is_neither_read_nor_written(loaded, tmp_path,
                                                                         capsys, phrase):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    forged = tmp_path / "forged.csv"
    forged.write_text("judge,application,criterion,score\nJ2,EG-01,INNO,10\n", encoding="utf-8")
    if phrase is None:
        os.environ.pop(sealed.ENV)
    else:
        os.environ[sealed.ENV] = phrase
    before = path.read_bytes()
    for args in (("import", "scores", str(forged)), ("status",), ("export", "scores", "--out",
                                                                  str(tmp_path / "s.csv"))):
        code, out, err = run_cli(capsys, "--db", str(path), *args)
        assert code == 1 and err.count("\n") == 1, err  # one line, no traceback
        assert "passphrase" in err and str(path) in err
    assert path.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("J2.db-", "s.csv"))]
    with pytest.raises(PassphraseNeeded) as info:
        open_database(path, passphrase="not the one at all")
    assert info.value.wrong


def test_a_forged_or_damaged_sealed_file_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    score_in(path, {("EG-01", "INNO"): 4})
    data = bytearray(path.read_bytes())
    data[5000] ^= 0x01  # one bit of one page, changed by someone without the key
    path.write_bytes(bytes(data))
    assert "does not open with the key kept for it" in refused(loaded, db_path, path)
    # A stranger's own "package" (their own edition, their own passphrase) under J2's name.
    fake = package_of_another_edition(tmp_path / "stranger.db", "Test Awards", 2024,
                                       tmp_path / "package-J2.db")
    assert "not a judge package exported from this edition" in refused(loaded, db_path, fake)


def test_an_unsealed_package_is_refused(loaded, db_path, tmp_path):
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    plain = tmp_path / "plain.db"
    with connect(path) as conn:  # the package decrypted by hand, as an older version wrote it
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    assert sqlite3.connect(plain).execute("SELECT package_judge FROM editions").fetchall() == [
        ("J2",)]
    assert "is an unsealed judge package" in refused(loaded, db_path, plain)


def test_a_lost_passphrase_is_answered_by_exporting_again(loaded, db_path, tmp_path, capsys):
    old = export_package(loaded, "J2", tmp_path / "old.db").path
    score_in(old, {("EG-01", "INNO"): 4})
    new = export_package(loaded, "J2", tmp_path / "new.db", "a brand new phrase for J2")
    assert new.superseded == 1 and "superseded" in str(new)
    message = refused(loaded, db_path, old)
    assert "superseded" in message and "J2" in message
    os.environ[sealed.ENV] = "a brand new phrase for J2"
    score_in(new.path, {("EG-01", "INNO"): 6})
    assert import_package(loaded, new.path).added == 1
    with loaded.read() as s:
        acts = [e.summary for e in history.log(s, get_edition(s)) if e.action == "package export"]
    assert len(acts) == 2 and "earlier package superseded" in acts[1]
    with pytest.raises(Refused, match="at least 12 characters"):
        export_package(loaded, "J2", tmp_path / "short.db", "abc")
    assert not (tmp_path / "short.db").exists()


def test_the_judge_killed_while_scoring_loses_no_saved_score(loaded, tmp_path):
    """Each score the app shows as saved is on disk: the process killed at any moment leaves
    a file that opens with every score it had reported saved."""
    path = export_package(loaded, "J2", tmp_path / "J2.db").path
    script = (
        "import sys\n"
        "from wego_awards.services.edition import open_database\n"
        "from wego_awards.services import judging\n"
        f"db = open_database({str(path)!r})\n"
        "apps = ['EG-01', 'EG-02', 'EG-03', 'EG-04', 'EG-05', 'EG-06', 'EG-07', 'EG-08']\n"
        "n = 0\n"
        "while True:\n"
        "    app = apps[n % len(apps)]\n"
        "    judging.save_score(db, 'J2', app, 'INNO', (n % 10) + 0.5)\n"
        "    print(app, (n % 10) + 0.5, flush=True)\n"
        "    n += 1\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    saved: dict[str, float] = {}
    assert proc.stdout is not None
    for _ in range(25):
        app, value = proc.stdout.readline().split()
        saved[app] = float(value)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    for line in proc.stdout.read().splitlines():  # printed before the kill landed
        app, value = line.split()
        saved[app] = float(value)
    back = read_package(path)
    assert back.seal_ok
    have = {a: v for a, c, v in zip(back.scores["application"], back.scores["criterion"],
                                     back.scores["value"], strict=True) if c == "INNO"}
    assert set(have) == set(saved)
    # Each reported save is there; only the save under way when the kill landed (done but not
    # yet printed) may show a newer value, for one application at most.
    assert sum(have[app] != value for app, value in saved.items()) <= 1


def test_a_package_carries_its_round_and_its_return_goes_back_into_it(loaded, tmp_path):
    """A package made in the final holds the final's applications and criteria only; its return
    goes into the final even after the edition has moved on to another round."""
    from wego_awards.services import rounds

    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    final = tmp_path / "final.csv"
    final.write_text("code,name,weight,min,max\nVISION,Vision,1,1,5\n", encoding="utf-8")
    rounds.add_round(loaded, "R2", "Final", criteria=final)
    rounds.add_round(loaded, "R3", "Ceremony picks")
    going_on = rounds.advance(loaded, "R2", top=2).going_on
    assert len(going_on) == 12
    path = export_package(loaded, "J2", tmp_path / "J2-final.db").path
    with open_database(path) as pkg:
        with pkg.read() as s:
            st = EditionStore(s, get_edition(s))
            assert st.round.code == "R2"
            assert [c.code for c in st.all(Criterion)] == ["VISION"]
            in_package = sorted(st.id_codes(Application).values())
        # What went on, less what J2 has a conflict with: nothing else.
        assert in_package and set(in_package) <= set(going_on)
        assert not scores(pkg)  # the first round's scores stay at home
    score_in(path, {(in_package[0], "VISION"): 4})
    # The secretariat moves on before the return arrives (the jury takes one on unscored):
    # the return still lands in R2.
    rounds.decide(loaded, in_package[0], "promote", "the jury's own pick")
    assert rounds.advance(loaded, "R3", top=1).going_on == [in_package[0]]
    report = import_package(loaded, path)
    assert report.added == 1
    with loaded.read() as s:
        st = EditionStore(s, get_edition(s)).in_round("R2")
        assert [r["criterion"] for r in st.table_rows("scores")] == ["VISION"]
    assert verify(loaded).ok
