"""Conflicts: declared by the secretariat or the judge, or by the own-country rule; a conflicted
pair is never assigned, scored, imported or counted."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.conftest import DEMO, PACKAGE_PASSPHRASE, fingerprint
from tests.core.test_assignment import pairs_in, run_cli
from wego_awards.db.models import Application, Judge
from wego_awards.errors import Refused
from wego_awards.services import imports, judging
from wego_awards.services.assignment import assign
from wego_awards.services.audit import verify
from wego_awards.services.conflicts import (
    ConflictRow,
    add_conflict,
    list_conflicts,
    remove_conflict,
)
from wego_awards.services.decisions import set_setting
from wego_awards.services.edition import get_edition, open_database
from wego_awards.store import EditionStore


@pytest.fixture
def loaded(edition_db):
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def scores_of(db, judge: str, app: str) -> list[dict]:
    with db.read() as s:
        return [r for r in EditionStore(s, get_edition(s)).table_rows("scores")
                if r["judge"] == judge and r["application"] == app]


def test_the_judges_file_conflicts_are_listed_with_their_source(loaded):
    rows = list_conflicts(loaded)
    assert {(r.judge, r.application, r.source) for r in rows} == {
        ("J1", "SU-01", "secretariat"), ("J2", "SC-04", "secretariat"),
        ("J4", "SC-07", "secretariat"), ("J6", "OI-01", "secretariat")}
    assert list_conflicts(loaded, "j2") == [
        ConflictRow(judge="J2", application="SC-04", source="secretariat")]
    # What 'conflict list --json' prints for each row.
    assert [r.to_json() for r in list_conflicts(loaded, "j2")] == [
        {"judge": "J2", "application": "SC-04", "source": "secretariat"}]


def test_declaring_removes_the_assignment_and_clears_the_scores_with_history(demo_db):
    assign(demo_db, 3, seed=1)  # the scored pairs become the assignments
    assert len(scores_of(demo_db, "J3", "EG-01")) == 5
    result = add_conflict(demo_db, "J3", "EG-01", reason="advised the city")
    assert result.changed and result.assignment_removed and result.scores_cleared == 5
    assert scores_of(demo_db, "J3", "EG-01") == []
    assert ("J3", "EG-01") not in pairs_in(demo_db)
    with pytest.raises(Refused, match="conflict"):
        judging.save_score(demo_db, "J3", "EG-01", "INNO", 5)
    assert verify(demo_db).ok
    with demo_db.read() as s:
        from wego_awards.services import history

        last = history.log(s, get_edition(s))[-1]
    assert last.action == "conflict" and last.reason == "advised the city"
    assert ("J3", "EG-01", "secretariat") in {
        (r.judge, r.application, r.source) for r in list_conflicts(demo_db)}


def test_declaring_twice_changes_nothing(loaded, db_path):
    add_conflict(loaded, "J3", "EG-01")
    before = fingerprint(db_path)
    assert not add_conflict(loaded, "J3", "EG-01").changed
    assert fingerprint(db_path) == before


def test_a_conflicted_pair_is_never_assigned_nor_imported(loaded, tmp_path, db_path):
    add_conflict(loaded, "J3", "EG-01")
    assign(loaded, 5, seed=1)
    assert ("J3", "EG-01") not in pairs_in(loaded)
    path = tmp_path / "s.csv"
    path.write_text("judge,application,criterion,score,comment\nJ3,EG-01,INNO,5,\n",
                    encoding="utf-8")
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="conflict with EG-01"):
        imports.import_file(loaded, "scores", path)
    assert fingerprint(db_path) == before


def test_removing_a_conflict(loaded, db_path):
    remove_conflict(loaded, "J1", "SU-01", reason="declared by mistake")
    assert ("J1", "SU-01") not in {(r.judge, r.application) for r in list_conflicts(loaded)}
    with loaded.read() as s:
        judges = EditionStore(s, get_edition(s)).table_rows("judges")
    assert next(r for r in judges if r["code"] == "J1")["conflicts"] == ""
    assert verify(loaded).ok
    judging.save_score(loaded, "J1", "SU-01", "INNO", 6)  # no assignments: now allowed
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="has no conflict"):
        remove_conflict(loaded, "J1", "SU-01")
    assert fingerprint(db_path) == before


def test_unknown_codes_are_refused_and_nothing_changes(loaded, db_path):
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="'J9' is not a judge"):
        add_conflict(loaded, "J9", "EG-01")
    with pytest.raises(Refused, match="'XX-01' is not an application"):
        add_conflict(loaded, "J1", "XX-01")
    assert fingerprint(db_path) == before


def test_the_own_country_rule(loaded, db_path):
    with loaded.write() as s:
        s.execute(update(Judge).where(Judge.code == "J5").values(country="Testland"))
        s.execute(update(Application).where(Application.code.in_(["EG-02", "MO-03"]))
                  .values(country="Testland"))
    assert not any(r.source == "own country" for r in list_conflicts(loaded))
    set_setting(loaded, "own_country_rule", "yes")
    own = {(r.judge, r.application) for r in list_conflicts(loaded)
           if r.source == "own country"}
    assert own == {("J5", "EG-02"), ("J5", "MO-03")}
    with pytest.raises(Refused, match="conflict"):
        judging.save_score(loaded, "J5", "EG-02", "INNO", 5)
    assign(loaded, 4, seed=2)
    assert not own & pairs_in(loaded)
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="own-country rule"):
        remove_conflict(loaded, "J5", "EG-02")
    assert fingerprint(db_path) == before


def test_in_a_package_only_its_judge_declares_and_nobody_removes(loaded, tmp_path):
    from wego_awards.services.packages import export_package

    export_package(loaded, "J3", tmp_path / "p.db", PACKAGE_PASSPHRASE)
    with open_database(tmp_path / "p.db") as pkg:
        judging.save_score(pkg, "J3", "EG-01", "INNO", 7)
        result = add_conflict(pkg, "J3", "EG-01")
        assert result.source == "judge" and result.scores_cleared == 1
        assert verify(pkg).ok
        with pytest.raises(Refused, match="'J1' is not a judge"):
            add_conflict(pkg, "J1", "EG-02")  # no other judge is in the package at all
        with pytest.raises(Refused, match="withdrawing a conflict is done by the secretariat"):
            remove_conflict(pkg, "J3", "EG-01")


def test_cli_conflict_commands(loaded, db_path, capsys):
    code, out, err = run_cli(capsys, "--db", str(db_path), "conflict", "add", "--judge", "J3",
                             "--application", "EG-01", "--reason", "former adviser")
    assert code == 0, err
    assert "J3 now has a conflict with EG-01" in out
    code, out, _ = run_cli(capsys, "--db", str(db_path), "conflict", "list", "--json")
    assert code == 0
    import json

    assert {"judge": "J3", "application": "EG-01", "source": "secretariat"} in json.loads(out)
    code, out, _ = run_cli(capsys, "--db", str(db_path), "conflict", "remove", "--judge", "J3",
                           "--application", "EG-01")
    assert code == 0 and "no longer" in out
    code, _, err = run_cli(capsys, "--db", str(db_path), "conflict", "remove", "--judge", "J3",
                           "--application", "EG-01")
    assert code == 1 and "has no conflict" in err


def test_a_conflict_in_the_judges_file_is_declared_like_any_other(demo_db, tmp_path):
    """Adding a conflict through the judges file removes the pair's scores, as `conflict add`
    does, and the history can still replay everything."""
    from tests.conftest import DEMO
    from wego_awards.services import imports, results
    from wego_awards.services.audit import verify

    text = (DEMO / "judges.csv").read_text(encoding="utf-8").splitlines()
    text = [line + ";EG-01" if line.startswith("J3,") else line for line in text]
    (tmp_path / "judges.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    assert imports.import_file(demo_db, "judges", tmp_path / "judges.csv").changed == 1
    data = results.compute(demo_db)
    assert data.excluded_scores == 0
    eg01 = next(r for r in data.categories[0].ranking if r.application == "EG-01")
    assert eg01.judges == 5
    assert verify(demo_db).ok
