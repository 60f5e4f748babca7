"""The history: hash-chained, and the data must be exactly what it says."""

from __future__ import annotations

import sqlite3

import numpy as np

from wego_awards.services import decisions, history, judging
from wego_awards.services.audit import verify
from wego_awards.services.changes import decode_changes, encode_changes
from wego_awards.services.edition import get_edition


def raw(path, sql, *args):
    """Change the file behind the program's back, as an intruder with sqlite3 would."""
    with sqlite3.connect(path) as conn:
        conn.execute(sql, args)
    conn.close()


def test_demo_history_is_intact(demo_db):
    report = verify(demo_db)
    assert report.ok, str(report)
    assert report.entries == 10  # init, five imports and the judges file's four conflicts


def test_a_score_edited_in_the_file_is_found_and_named(demo_db, demo_path):
    raw(demo_path, "UPDATE scores SET value = 10 WHERE id = (SELECT s.id FROM scores s "
                   "JOIN judges j ON j.id = s.judge_id JOIN applications a ON a.id = "
                   "s.application_id JOIN criteria c ON c.id = s.criterion_id WHERE j.code = 'J4' "
                   "AND a.code = 'SC-04' AND c.code = 'IMPACT')")
    report = verify(demo_db)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith("score of judge J4 for SC-04, criterion IMPACT: 10 in "
                                         "the database,")


def test_a_score_that_is_no_number_is_named_not_a_crash(demo_db, demo_path):
    raw(demo_path, "UPDATE scores SET value = 'abc' WHERE id = (SELECT s.id FROM scores s "
                   "JOIN judges j ON j.id = s.judge_id JOIN applications a ON a.id = "
                   "s.application_id JOIN criteria c ON c.id = s.criterion_id WHERE j.code = 'J4' "
                   "AND a.code = 'SC-04' AND c.code = 'IMPACT')")
    report = verify(demo_db)
    assert not report.ok
    assert report.problems == ["score of judge J4 for SC-04, criterion IMPACT: 'abc' in the "
                               "database is not a number"]


def test_a_deleted_and_an_inserted_score_are_found(demo_db, demo_path):
    raw(demo_path, "DELETE FROM scores WHERE id = 1")
    # J2 has a conflict with SC-04: a score for it can only come from outside the program.
    raw(demo_path, "INSERT INTO scores (judge_id, application_id, criterion_id, value, comment, "
                   "updated_at, source) SELECT j.id, a.id, c.id, 10, '', 'x', 'x' FROM judges j, "
                   "applications a, criteria c WHERE j.code = 'J2' AND a.code = 'SC-04' AND "
                   "c.code = 'INNO'")
    text = str(verify(demo_db))
    assert "is in the history but missing from the database" in text
    assert "score of judge J2 for SC-04, criterion INNO (10) is in the database but not in the " \
           "history" in text


def test_an_override_slipped_in_and_the_lock_lifted_are_found(demo_db, demo_path):
    decisions.finalize(demo_db)
    raw(demo_path, "UPDATE editions SET finalized = 0")
    raw(demo_path, "INSERT INTO overrides (category_id, award, application_id, reason, actor, at) "
                   "SELECT c.id, 'gold', a.id, 'bribe', 'x', 'now' FROM categories c, "
                   "applications a WHERE c.code = 'EG' AND a.code = 'EG-01'")
    text = str(verify(demo_db))
    assert "the edition is open in the database but finalized in the history" in text
    assert "override of gold in EG is in the database but not in the history" in text


def test_an_edited_history_entry_breaks_the_chain(demo_db, demo_path):
    raw(demo_path, "UPDATE history SET actor = 'someone else' WHERE id = 3")
    text = str(verify(demo_db))
    assert "history entry 3" in text and "altered after it was written" in text


def test_a_removed_history_entry_breaks_the_chain(demo_db, demo_path):
    raw(demo_path, "DELETE FROM history WHERE id = 2")
    text = str(verify(demo_db))
    assert "does not follow the entry before it" in text


def test_criteria_weight_changed_behind_the_back(demo_db, demo_path):
    raw(demo_path, "UPDATE criteria SET weight = 90 WHERE code = 'INNO'")
    assert "criterion inno, weight: '90' in the database, '25' in the history" in \
        str(verify(demo_db))


def test_single_scores_and_clearing_keep_the_history_whole(demo_db):
    judging.save_score(demo_db, "J1", "EG-01", "INNO", 2.5, "second thoughts")
    judging.save_score(demo_db, "J1", "EG-01", "IMPACT", None)
    judging.save_comment(demo_db, "J1", "EG-01", "on reflection")
    assert verify(demo_db).ok
    with demo_db.read() as s:
        log = history.log(s, get_edition(s))
    assert [e.action for e in log[-3:]] == ["score", "score", "comment"]
    assert log[-2].summary == "J1 scored EG-01 IMPACT: cleared"


def test_changes_codec_round_trips_arrays_and_text():
    changes = {"scores": {"judge": np.array([1, 2], np.int64), "value": np.array([7.5, np.nan]),
                          "comment": ["São Paulo", "고양"]}, "file": "x.csv"}
    back = decode_changes(encode_changes(changes))
    assert back["file"] == "x.csv" and back["scores"]["comment"] == ["São Paulo", "고양"]
    assert back["scores"]["judge"].tolist() == [1, 2]
    assert np.isnan(back["scores"]["value"][1])
    assert encode_changes(changes) == encode_changes(changes)


def test_edition_identity_and_documents_changed_behind_the_back(demo_db, demo_path):
    raw(demo_path, "UPDATE editions SET name = 'Forged Awards', year = 1999")
    raw(demo_path, "UPDATE attachments SET content = X'255044462D666F72676564' WHERE "
                   "application_id = (SELECT id FROM applications WHERE code = 'EG-03')")
    text = str(verify(demo_db))
    assert "the edition's name: 'Forged Awards' in the database, '4th WeGO Awards'" in text
    assert "the edition's year: 1999 in the database, 2020 in the history" in text
    assert "the document of application EG-03 is not the file the history recorded" in text


def test_the_newest_history_entry_removed_is_found(demo_db, demo_path):
    """The chain's end is anchored in the edition: dropping the last entry is seen."""
    decisions.set_setting(demo_db, "near_tie", "0.1")
    decisions.set_setting(demo_db, "near_tie", "0.05")  # the data ends as it was before
    raw(demo_path, "DELETE FROM history WHERE id = (SELECT max(id) FROM history)")
    assert "entries at its end were removed or replaced" in str(verify(demo_db))


def test_one_file_assigning_a_pair_in_two_rounds_is_intact(demo_db, demo_path, tmp_path):
    """One act may hold the same judge and application in two rounds (an assignments file with
    a round column): both rows are the history's, neither replaces the other."""
    from wego_awards.services import imports, rounds

    rounds.add_round(demo_db, "R2", "Final")
    app = rounds.advance(demo_db, "R2", top=3).going_on[0]
    with sqlite3.connect(demo_path) as conn:
        conflicted = {j for (j,) in conn.execute(
            "SELECT j.code FROM conflicts c JOIN judges j ON j.id = c.judge_id "
            "JOIN applications a ON a.id = c.application_id WHERE a.code = ?", (app,))}
    conn.close()
    judge = next(j for j in ("J1", "J2", "J3") if j not in conflicted)
    path = tmp_path / "assignments.csv"
    path.write_text(f"judge,application,round\n{judge},{app},R1\n{judge},{app},R2\n",
                    encoding="utf-8")
    imports.import_file(demo_db, "assignments", path)
    report = verify(demo_db)
    assert report.ok, str(report)
