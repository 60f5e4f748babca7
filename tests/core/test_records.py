"""One record at a time from the desktop app's forms: the import's rules, the history kept whole
after every act (undo included), and undo bringing back exactly what was there."""

from __future__ import annotations

import pickle

import pytest

from tests.conftest import DEMO, PACKAGE_PASSPHRASE, fingerprint
from wego_awards.errors import InputRefused, Refused
from wego_awards.services import decisions, history, imports, records, results
from wego_awards.services.assignment import assign
from wego_awards.services.audit import verify
from wego_awards.services.edition import get_edition
from wego_awards.store import EditionStore


def rows(db, kind: str) -> list[dict[str, str]]:
    with db.read() as s:
        return EditionStore(s, get_edition(s)).table_rows(kind)


def row_of(db, kind: str, code: str) -> dict[str, str] | None:
    return next((r for r in rows(db, kind) if r["code"] == code), None)


def scores_of(db, judge: str | None = None, app: str | None = None) -> list[dict[str, str]]:
    return [r for r in rows(db, "scores")
            if (judge is None or r["judge"] == judge) and (app is None or r["application"] == app)]


def log_size(db) -> int:
    with db.read() as s:
        return len(history.log(s, get_edition(s)))


def ok(db) -> None:
    report = verify(db)
    assert report.ok, str(report)


@pytest.fixture
def loaded(edition_db):
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def pdf(tmp_path, name="new.pdf", body=b"%PDF-1.4 a new document"):
    path = tmp_path / name
    path.write_bytes(body)
    return path


# --- add, edit, undo per kind -------------------------------------------------------------------


def test_category_add_edit_delete_and_undo_each(edition_db):
    add = records.save(edition_db, "categories", {"code": "HC", "name": "Healthy City"})
    assert add.action == "add" and add.touched == {"categories"}
    assert row_of(edition_db, "categories", "HC")["name"] == "Healthy City"
    ok(edition_db)
    edit = records.save(edition_db, "categories",
                        {"code": "HC", "name": "Health", "description": "Care"}, key=("HC",))
    assert "name" in edit.summary
    assert row_of(edition_db, "categories", "HC") == {"code": "HC", "name": "Health",
                                                      "description": "Care"}
    ok(edition_db)
    records.undo(edition_db, edit)
    assert row_of(edition_db, "categories", "HC")["name"] == "Healthy City"
    ok(edition_db)
    gone = records.delete(edition_db, "categories", ("HC",))
    assert row_of(edition_db, "categories", "HC") is None
    ok(edition_db)
    records.undo(edition_db, gone)
    assert row_of(edition_db, "categories", "HC") == {"code": "HC", "name": "Healthy City",
                                                      "description": ""}
    ok(edition_db)
    records.delete(edition_db, "categories", ("HC",))
    with pytest.raises(Refused, match="changed since"):
        records.undo(edition_db, add)  # the add was taken back by the delete already
    ok(edition_db)


def test_undo_of_an_add_deletes_it_and_undo_of_that_redoes(edition_db):
    add = records.save(edition_db, "categories", {"code": "HC", "name": "Healthy City"})
    back = records.undo(edition_db, add)
    assert back.action == "undo" and row_of(edition_db, "categories", "HC") is None
    ok(edition_db)
    records.undo(edition_db, back)
    assert row_of(edition_db, "categories", "HC")["name"] == "Healthy City"
    ok(edition_db)
    with edition_db.read() as s:
        assert [e.action for e in history.log(s, get_edition(s))][-3:] == [
            "add category", "undo", "undo"]


def test_a_category_holding_applications_cannot_be_deleted(loaded):
    said = records.consequences(loaded, "categories", ("EG",))
    assert said.blocking and "still holds" in said.blocking
    before = log_size(loaded)
    with pytest.raises(Refused, match="still holds"):
        records.delete(loaded, "categories", ("EG",))
    assert log_size(loaded) == before


def test_criterion_add_edit_delete_undo_and_the_range_rule(demo_db):
    add = records.save(demo_db, "criteria", {"code": "COST", "name": "Cost", "weight": "5",
                                             "min": "0", "max": "10",
                                             "description": "Value for money"})
    assert row_of(demo_db, "criteria", "COST")["description"] == "Value for money"
    ok(demo_db)
    records.undo(demo_db, add)
    assert row_of(demo_db, "criteria", "COST") is None
    ok(demo_db)
    n = len(scores_of(demo_db))
    with pytest.raises(InputRefused) as exc:
        records.check(demo_db, "criteria", dict(row_of(demo_db, "criteria", "INNO"), max="5"),
                      key=("INNO",))
    assert exc.value.problems[0].column == "min" and exc.value.problems[0].row is None
    assert "outside" in str(exc.value)
    said = records.check(demo_db, "criteria", dict(row_of(demo_db, "criteria", "INNO"),
                                                   weight="40"), key=("INNO",))
    assert any("weight" in line for line in said.lines) and not said.destroys
    edit = records.save(demo_db, "criteria", dict(row_of(demo_db, "criteria", "INNO"),
                                                  weight="40"), key=("inno",))
    assert row_of(demo_db, "criteria", "INNO")["weight"] == "40"
    ok(demo_db)
    records.undo(demo_db, edit)
    assert row_of(demo_db, "criteria", "INNO")["weight"] == "25"
    ok(demo_db)
    before = results.compute(demo_db)
    inno = len([r for r in scores_of(demo_db) if r["criterion"] == "INNO"])
    said = records.consequences(demo_db, "criteria", ("INNO",))
    assert said.destroys and not said.blocking and any(f"{inno} scores" in x for x in said.lines)
    gone = records.delete(demo_db, "criteria", ("INNO",))
    assert f"{inno} scores" in gone.summary and gone.touched == {"criteria", "scores"}
    assert len(scores_of(demo_db)) == n - inno
    ok(demo_db)
    records.undo(demo_db, gone)
    assert len(scores_of(demo_db)) == n
    assert results.compute(demo_db) == before
    ok(demo_db)


def test_application_add_edit_with_a_document_and_undo(loaded, tmp_path):
    row = {"code": "EG-99", "category": "efficient government", "city": "Seoul",
           "country": "South Korea", "title": "Smart Counter", "attachment": str(pdf(tmp_path))}
    said = records.check(loaded, "applications", row)
    assert any("new.pdf" in line for line in said.lines)
    add = records.save(loaded, "applications", row)
    assert add.key == ("EG-99",)
    assert row_of(loaded, "applications", "EG-99")["attachment"] == "new.pdf"
    ok(loaded)
    # The form shows the stored file's name: saving it back keeps the file.
    shown = records.get(loaded, "applications", ("eg-99",))
    edit = records.save(loaded, "applications", dict(shown, title="Smarter Counter"),
                        key=("EG-99",))
    assert row_of(loaded, "applications", "EG-99")["attachment"] == "new.pdf"
    ok(loaded)
    other = pdf(tmp_path, "other.pdf", b"%PDF-1.7 another one")
    swap = records.save(loaded, "applications", dict(shown, attachment=str(other)),
                        key=("EG-99",))
    assert row_of(loaded, "applications", "EG-99")["attachment"] == "other.pdf"
    ok(loaded)
    records.undo(loaded, swap)
    assert row_of(loaded, "applications", "EG-99")["attachment"] == "new.pdf"
    from wego_awards.services import browse
    assert browse.attachment(loaded, "EG-99")[1] == b"%PDF-1.4 a new document"
    ok(loaded)
    records.undo(loaded, edit)
    assert row_of(loaded, "applications", "EG-99")["title"] == "Smart Counter"
    ok(loaded)
    records.undo(loaded, add)
    assert row_of(loaded, "applications", "EG-99") is None
    ok(loaded)


def test_application_refusals_name_the_field_and_write_nothing(loaded, tmp_path, db_path):
    before, entries = fingerprint(db_path), log_size(loaded)
    row = {"code": "EG-99", "category": "Smart Mobility", "city": "Seoul",
           "country": "South Korea", "title": "T"}
    with pytest.raises(InputRefused) as exc:
        records.save(loaded, "applications", row)
    problem = exc.value.problems[0]
    assert problem.column == "category" and problem.row is None
    assert problem.message.startswith("'Smart Mobility' is not a category; known: EG, ET")
    with pytest.raises(InputRefused, match="application EG-01 exists already") as exc:
        records.save(loaded, "applications", dict(row, code="eg-01", category="EG"))
    assert exc.value.problems[0].column == "code"
    with pytest.raises(InputRefused, match="not renamed") as exc:
        records.save(loaded, "applications",
                     dict(records.get(loaded, "applications", ("EG-01",)), code="EG-98"),
                     key=("EG-01",))
    assert exc.value.problems[0].column == "code"
    with pytest.raises(InputRefused, match="not a PDF") as exc:
        records.save(loaded, "applications",
                     dict(row, category="EG", attachment=str(pdf(tmp_path, body=b"hello"))))
    assert exc.value.problems[0].column == "attachment"
    with pytest.raises(InputRefused) as exc:
        records.save(loaded, "applications", dict(row, category="EG", city="", email="x"))
    assert {p.column for p in exc.value.problems} == {"city", "email"}
    assert fingerprint(db_path) == before and log_size(loaded) == entries


def test_deleting_a_scored_application_and_undo_bring_back_the_very_same_results(demo_db):
    assign(demo_db, 3, seed=1)
    decisions_before = results.compute(demo_db)
    app = "EG-03"
    n = len(scores_of(demo_db, app=app))
    assert n
    said = records.consequences(demo_db, "applications", (app,))
    assert said.destroys and not said.blocking
    assert any(f"Clears {n} scores" in line for line in said.lines)
    assert any("assignment" in line for line in said.lines)
    entries = log_size(demo_db)
    gone = records.delete(demo_db, "applications", (app,))
    assert log_size(demo_db) == entries + 1
    assert gone.summary.startswith(f"Deleted application {app} with its {n} scores")
    assert {"applications", "scores", "assignments"} <= gone.touched
    assert row_of(demo_db, "applications", app) is None and not scores_of(demo_db, app=app)
    ok(demo_db)
    change = pickle.loads(pickle.dumps(gone))  # plain data: the UI may keep it anywhere
    back = records.undo(demo_db, change)
    assert back.action == "undo" and back.summary.startswith("Undone: deleted application")
    assert len(scores_of(demo_db, app=app)) == n
    assert results.compute(demo_db) == decisions_before
    ok(demo_db)


def test_an_application_with_a_document_and_conflicts_comes_back_whole(demo_db):
    app = "SU-01"  # judge J1 has a conflict with it in the demo's judges file
    doc_before = row_of(demo_db, "applications", "EG-02")["attachment"]
    assert doc_before
    for code in (app, "EG-02"):
        judges_before = rows(demo_db, "judges")
        gone = records.delete(demo_db, "applications", (code,))
        ok(demo_db)
        records.undo(demo_db, gone)
        ok(demo_db)
        assert rows(demo_db, "judges") == judges_before
    assert row_of(demo_db, "applications", "EG-02")["attachment"] == doc_before


def test_an_application_holding_a_jury_decision_cannot_be_deleted(demo_db):
    decisions.set_override(demo_db, "EG", "gold", "EG-01", "the jury's view")
    said = records.consequences(demo_db, "applications", ("EG-01",))
    assert said.blocking and "gold" in said.blocking
    entries = log_size(demo_db)
    with pytest.raises(Refused, match="clear that decision"):
        records.delete(demo_db, "applications", ("EG-01",))
    assert log_size(demo_db) == entries


def test_judge_add_edit_delete_and_undo(demo_db):
    add = records.save(demo_db, "judges", {"code": "J99", "name": "New Judge",
                                           "email": "nj@example.org"})
    assert row_of(demo_db, "judges", "J99")["conflicts"] == ""
    ok(demo_db)
    j1 = records.get(demo_db, "judges", ("J1",))
    assert j1["conflicts"] == "SU-01"
    edit = records.save(demo_db, "judges", dict(j1, affiliation="Elsewhere"), key=("J1",))
    assert row_of(demo_db, "judges", "J1")["conflicts"] == "SU-01"  # kept as they were
    ok(demo_db)
    records.undo(demo_db, edit)
    assert row_of(demo_db, "judges", "J1") == j1
    ok(demo_db)
    with pytest.raises(InputRefused) as exc:
        records.check(demo_db, "judges", {"code": "J98", "email": "nope"})
    assert {p.column for p in exc.value.problems} == {"name", "email"}
    before = results.compute(demo_db)
    n = len(scores_of(demo_db, judge="J1"))
    gone = records.delete(demo_db, "judges", ("J1",))
    assert f"{n} scores" in gone.summary and "1 conflict" in gone.summary
    assert row_of(demo_db, "judges", "J1") is None and not scores_of(demo_db, judge="J1")
    ok(demo_db)
    records.undo(demo_db, gone)
    assert row_of(demo_db, "judges", "J1") == j1 and len(scores_of(demo_db, judge="J1")) == n
    assert results.compute(demo_db) == before
    ok(demo_db)
    records.undo(demo_db, add)
    assert row_of(demo_db, "judges", "J99") is None
    ok(demo_db)


def test_undo_of_an_add_is_refused_once_something_depends_on_it(loaded):
    add = records.save(loaded, "judges", {"code": "J99", "name": "New Judge"})
    records.save(loaded, "assignments", {"judge": "J99", "application": "EG-01"})
    entries = log_size(loaded)
    with pytest.raises(Refused, match="changed since"):
        records.undo(loaded, add)
    assert log_size(loaded) == entries and row_of(loaded, "judges", "J99")


# --- conflicts and assignments ------------------------------------------------------------------


def test_a_conflict_clears_scores_and_the_assignment_and_undo_restores_them(demo_db):
    assign(demo_db, 3, seed=1)
    n = len(scores_of(demo_db, "J3", "EG-01"))
    assert n == 5
    before = results.compute(demo_db)
    said = records.check(demo_db, "conflicts", {"judge": "J3", "application": "EG-01",
                                                "reason": "advised the city"})
    assert said.destroys and any("Clears their 5 scores" in x for x in said.lines)
    assert any("assignment" in x for x in said.lines)
    added = records.save(demo_db, "conflicts", {"judge": "j3", "application": "eg-01",
                                                "reason": "advised the city"})
    assert added.key == ("J3", "EG-01")
    assert {"conflicts", "scores", "assignments"} <= added.touched
    assert not scores_of(demo_db, "J3", "EG-01")
    assert records.get(demo_db, "conflicts", ("J3", "EG-01")) == {
        "judge": "J3", "application": "EG-01", "source": "secretariat",
        "reason": "advised the city"}
    with demo_db.read() as s:
        assert history.log(s, get_edition(s))[-1].action == "conflict"
    ok(demo_db)
    records.undo(demo_db, added)
    assert len(scores_of(demo_db, "J3", "EG-01")) == 5
    assert {"judge": "J3", "application": "EG-01"} in rows(demo_db, "assignments")
    assert results.compute(demo_db) == before
    ok(demo_db)


def test_conflict_refusals_and_delete_with_undo(loaded):
    entries = log_size(loaded)
    with pytest.raises(InputRefused) as exc:
        records.save(loaded, "conflicts", {"judge": "J77", "application": "EG-01"})
    assert {p.column for p in exc.value.problems} == {"judge", "reason"}
    with pytest.raises(InputRefused, match="already") as exc:
        records.save(loaded, "conflicts", {"judge": "J1", "application": "SU-01",
                                           "reason": "again"})
    assert exc.value.problems[0].column == "application"
    with pytest.raises(Refused, match="cannot be edited"):
        records.save(loaded, "conflicts", {"judge": "J1", "application": "SU-01",
                                           "reason": "x"}, key=("J1", "SU-01"))
    assert log_size(loaded) == entries
    said = records.consequences(loaded, "conflicts", ("J1", "SU-01"))
    assert not said.blocking
    gone = records.delete(loaded, "conflicts", ("J1", "SU-01"))
    assert row_of(loaded, "judges", "J1")["conflicts"] == ""
    assert gone.touched == {"conflicts"}
    ok(loaded)
    records.undo(loaded, gone)
    assert row_of(loaded, "judges", "J1")["conflicts"] == "SU-01"
    ok(loaded)


def test_assignment_add_refused_for_a_conflicted_pair_and_delete_clears_its_scores(demo_db):
    with pytest.raises(InputRefused, match="cannot be assigned") as exc:
        records.save(demo_db, "assignments", {"judge": "J1", "application": "SU-01"})
    assert exc.value.problems[0].column == "application"
    said = records.check(demo_db, "assignments", {"judge": "J3", "application": "EG-01"})
    assert any("first assignment" in x for x in said.lines)
    assign(demo_db, 3, seed=1)
    with pytest.raises(InputRefused, match="already"):
        records.save(demo_db, "assignments", {"judge": "J3", "application": "EG-01"})
    before = results.compute(demo_db)
    said = records.consequences(demo_db, "assignments", ("J3", "EG-01"))
    assert any("Clears 5 scores" in x for x in said.lines)
    gone = records.delete(demo_db, "assignments", ("J3", "EG-01"))
    assert not scores_of(demo_db, "J3", "EG-01")
    assert gone.touched == {"assignments", "scores"}
    ok(demo_db)
    records.undo(demo_db, gone)
    assert len(scores_of(demo_db, "J3", "EG-01")) == 5
    assert results.compute(demo_db) == before
    ok(demo_db)
    records.save(demo_db, "applications", {"code": "EG-99", "category": "EG", "city": "Seoul",
                                           "country": "South Korea", "title": "New"})
    app = "EG-99"
    add = records.save(demo_db, "assignments", {"judge": "J3", "application": app})
    assert {"judge": "J3", "application": app} in rows(demo_db, "assignments")
    ok(demo_db)
    records.undo(demo_db, add)
    assert {"judge": "J3", "application": app} not in rows(demo_db, "assignments")
    ok(demo_db)


# --- locks --------------------------------------------------------------------------------------


def test_nothing_is_written_while_the_edition_is_finalized(demo_db, demo_path):
    gone = records.delete(demo_db, "criteria", ("INNO",))
    records.undo(demo_db, gone)
    decisions.finalize(demo_db)
    before = fingerprint(demo_path)
    assert records.consequences(demo_db, "applications", ("EG-01",)).blocking
    for act in (lambda: records.save(demo_db, "judges", {"code": "J99", "name": "N"}),
                lambda: records.delete(demo_db, "judges", ("J1",)),
                lambda: records.check(demo_db, "judges", {"code": "J99", "name": "N"}),
                lambda: records.undo(demo_db, gone)):
        with pytest.raises(Refused, match="finalized"):
            act()
    assert fingerprint(demo_path) == before


def test_an_unchanged_edit_writes_nothing(loaded, db_path):
    before = fingerprint(db_path)
    same = records.save(loaded, "applications", records.get(loaded, "applications", ("EG-02",)),
                        key=("EG-02",))
    assert same.touched == frozenset() and same.before is None
    assert fingerprint(db_path) == before
    with pytest.raises(Refused, match="nothing to undo"):
        records.undo(loaded, same)


def test_every_kind_has_its_form_fields():
    assert set(records.FIELDS) == set(records.EDITABLE)
    for kind, fields in records.FIELDS.items():
        keys = [f.key for f in fields]
        assert len(keys) == len(set(keys)), kind
        assert any(f.read_only_when_editing for f in fields), kind
    assert [f.key for f in records.FIELDS["criteria"]][-1] == "description"
    assert {f.kind for f in records.FIELDS["applications"]} >= {"category", "pdf"}


def test_nothing_is_written_in_a_judges_package(demo_db, tmp_path):
    from wego_awards.services.edition import open_database
    from wego_awards.services.packages import export_package

    export_package(demo_db, "J2", tmp_path / "J2.db", PACKAGE_PASSPHRASE)
    with open_database(tmp_path / "J2.db") as pkg:
        before = fingerprint(tmp_path / "J2.db")
        assert "package" in (records.consequences(pkg, "applications", ("EG-01",)).blocking
                             or "")
        with pytest.raises(Refused, match="package"):
            records.save(pkg, "judges", {"code": "J99", "name": "N"})
        with pytest.raises(Refused, match="package"):
            records.delete(pkg, "applications", ("EG-01",))
        assert fingerprint(tmp_path / "J2.db") == before
