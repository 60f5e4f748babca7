"""Imports: every rule of docs/interface.md, every bad file refused whole with its place named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO, fingerprint
from wego_awards.errors import InputRefused, Refused
from wego_awards.services import imports
from wego_awards.services.edition import get_edition
from wego_awards.store import KINDS, EditionStore, all_columns


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def loaded(edition_db, tmp_path):
    """An edition with the demo's criteria, applications and judges (no scores yet)."""
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def refused(db, db_path, kind, path) -> str:
    """Import a bad file: it must be refused and leave the database exactly as it was."""
    before = fingerprint(db_path)
    with pytest.raises(Refused) as info:
        imports.import_file(db, kind, path)
    assert fingerprint(db_path) == before
    return info.value.message


def test_demo_files_import_and_count(loaded):
    report = imports.import_file(loaded, "scores", DEMO / "scores.csv")
    assert report.added == 1540 and report.changed == 0
    with loaded.read() as s:
        e = get_edition(s)
        assert len(EditionStore(s, e).table_rows("applications")) == 52
        assert len(EditionStore(s, e).table_rows("judges")) == 6
        assert len({r["country"] for r in EditionStore(s, e).table_rows("applications")}) == 18


def test_same_file_twice_changes_nothing(loaded, db_path):
    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    before = fingerprint(db_path)
    for kind in ("criteria", "applications", "judges", "scores"):
        report = imports.import_file(loaded, kind, DEMO / f"{kind}.csv")
        assert report.touched == 0, kind
    assert fingerprint(db_path) == before  # not even a history entry


def test_a_changed_score_is_an_update_with_history(loaded, tmp_path):
    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    text = (DEMO / "scores.csv").read_text(encoding="utf-8").splitlines()
    header, first = text[0], text[1].split(",")
    first[3] = "3" if first[3] != "3" else "4"
    path = write(tmp_path / "fix.csv", header + "\n" + ",".join(first[:4]) + ",\n")
    report = imports.import_file(loaded, "scores", path)
    assert (report.added, report.changed) == (0, 1)
    from wego_awards.services.audit import verify

    assert verify(loaded).ok


def test_category_by_code_or_name_case_insensitive(edition_db, tmp_path):
    path = write(tmp_path / "apps.csv",
                 "code,category,city,country,title\n"
                 "A1,eg,Goyang,South Korea,One\n"
                 "A2,Efficient Government,Moscow,Russia,Two\n"
                 "A3,SAFE CITY,São Paulo,Brazil,Three\n")
    assert imports.import_file(edition_db, "applications", path).added == 3


def test_unknown_category_names_row_column_value_and_known_codes(edition_db, db_path, tmp_path):
    rows = ["code,category,city,country,title"] + [
        f"A{i},EG,City,Country,T{i}" for i in range(1, 13)]
    rows.append("A13,Smart Mobility,City,Country,T13")
    path = write(tmp_path / "applications.csv", "\n".join(rows) + "\n")
    msg = refused(edition_db, db_path, "applications", path)
    assert msg.startswith("applications.csv row 14, column category: 'Smart Mobility' is not a "
                          "category; known: EG, ET, MO, OI, SC, SU")


@pytest.mark.parametrize("content,expect", [
    ("", "is empty"),
    ("   \n\n", "is empty"),
    ("code,category,city\nA1,EG,Seoul\n", "missing columns country, title"),
    ("code,category,city,country,title\n", "has a header but no rows"),
    ("code,category,city,country,title\nA1,EG,Seoul,Korea,One\nA1,EG,Seoul,Korea,Two\n",
     "row 3, column code: duplicate key 'A1': row 2 has it already"),
    ("code,category,city,country,title\nA1,EG,,Korea,One\n", "row 2, column city"),
    ('code,category,city,country,title\nA1,EG,"Seoul,Korea,One\n', "applications.csv"),
])
def test_bad_application_files(edition_db, db_path, tmp_path, content, expect):
    path = write(tmp_path / "applications.csv", content)
    assert expect in refused(edition_db, db_path, "applications", path)


def test_wrong_encoding_names_the_row(edition_db, db_path, tmp_path):
    path = write(tmp_path / "applications.csv",
                 "code,category,city,country,title\nA1,EG,Seoul,Korea,One\n"
                 "A2,SC,São Paulo,Brazil,Two\n", encoding="latin-1")
    msg = refused(edition_db, db_path, "applications", path)
    assert "row 3" in msg and "not UTF-8" in msg


def test_bom_is_accepted(edition_db, tmp_path):
    path = write(tmp_path / "apps.csv", "\ufeffcode,category,city,country,title\n"
                                        "A1,EG,Beyoğlu,Türkiye,One\n")
    assert imports.import_file(edition_db, "applications", path).added == 1


def test_garbage_posing_as_xlsx(edition_db, db_path, tmp_path):
    path = tmp_path / "applications.xlsx"
    path.write_bytes(b"this is not a workbook at all")
    assert "not a valid .xlsx workbook" in refused(edition_db, db_path, "applications", path)


def test_a_workbook_table_away_from_a1_is_read_and_its_rows_named_as_the_sheet_numbers_them(
        edition_db, db_path, tmp_path):
    """A table that starts at B3 (a title and an empty row above it, an empty column before):
    a bad row is named by the sheet's own row number; a date cell reads as the date typed."""
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["B1"] = "Applications, 2024 call"
    for col, name in zip("BCDEF", ("code", "category", "city", "country", "title"),
                         strict=True):
        ws[f"{col}3"] = name
    ws.append([None, "A1", "EG", "Seoul", "Korea", datetime.datetime(2024, 1, 2)])  # row 4
    ws.append([None, "A2", "XX", "Pune", "India", "Two"])  # row 5: no such category
    path = tmp_path / "applications.xlsx"
    wb.save(path)
    msg = refused(edition_db, db_path, "applications", path)
    assert "row 5" in msg and "XX" in msg, msg
    ws["C5"] = "SC"
    wb.save(path)
    assert imports.import_file(edition_db, "applications", path).added == 2
    from wego_awards.services.exports import export_kind

    out = tmp_path / "back.csv"
    export_kind(edition_db, "applications", out)
    import csv

    with open(out, encoding="utf-8", newline="") as fh:
        titles = {r["code"]: r["title"] for r in csv.DictReader(fh)}
    assert titles == {"A1": "2024-01-02", "A2": "Two"}


def test_missing_file_and_wrong_extension(edition_db, db_path, tmp_path):
    assert "no such file" in refused(edition_db, db_path, "judges", tmp_path / "nope.csv")
    path = write(tmp_path / "judges.txt", "code,name\nJ1,Ann\n")
    assert "use .csv or .xlsx" in refused(edition_db, db_path, "judges", path)


def test_xlsx_round_trip(loaded, tmp_path):
    from wego_awards.services.exports import export_kind

    out = tmp_path / "apps.xlsx"
    assert export_kind(loaded, "applications", out) == 52
    assert imports.import_file(loaded, "applications", out).touched == 0


def test_a_workbook_export_holds_numbers_as_numbers_and_imports_unchanged(loaded, db_path,
                                                                         tmp_path):
    """Scores and weights were written as text ('7'), which Excel marks and will not sum."""
    from openpyxl import load_workbook

    from wego_awards.services.exports import export_kind

    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    before = fingerprint(db_path)
    for kind, column in (("scores", "score"), ("criteria", "weight")):
        out = tmp_path / f"{kind}.xlsx"
        export_kind(loaded, kind, out)
        ws = load_workbook(out).worksheets[0]
        header = [c.value for c in ws[1]]
        values = [row[header.index(column)] for row in ws.iter_rows(min_row=2, values_only=True)]
        assert values and all(isinstance(v, (int, float)) for v in values), values[:5]
        assert ws.freeze_panes == "A2" and ws["A1"].font.b
        assert imports.import_file(loaded, kind, out).touched == 0, kind
    assert fingerprint(db_path) == before


def test_export_then_import_every_kind_changes_nothing(loaded, db_path, tmp_path):
    from wego_awards.services.exports import export_kind

    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    before = fingerprint(db_path)
    for kind in KINDS:
        out = tmp_path / f"{kind}.csv"
        export_kind(loaded, kind, out)
        if kind == "assignments":
            continue  # none in the demo
        assert imports.import_file(loaded, kind, out).touched == 0, kind
    assert fingerprint(db_path) == before


def test_unknown_conflict_in_judges_file(loaded, db_path, tmp_path):
    path = write(tmp_path / "judges.csv", "code,name,affiliation,country,email,conflicts\n"
                                          "J9,Nina,Org,Chile,n@example.org,EG-01;XX-99\n")
    msg = refused(loaded, db_path, "judges", path)
    assert msg.startswith("judges.csv row 2, column conflicts: conflict with 'XX-99': no such "
                          "application")


@pytest.fixture
def scores_header():
    return "judge,application,criterion,score,comment\n"


@pytest.mark.parametrize("row,expect", [
    ("J9,EG-01,INNO,7,", "column judge: 'J9' is not a judge"),
    ("J1,XX-01,INNO,7,", "column application: 'XX-01' is not an application"),
    ("J1,EG-01,BEAUTY,7,", "column criterion: 'BEAUTY' is not a criterion"),
    ("J1,EG-01,INNO,seven,", "column score: 'seven' is not a number"),
    ("J1,EG-01,INNO,7.5.1,", "'7.5.1' is not a number"),
    ("J1,EG-01,INNO,NaN,", "'NaN' is not a number"),
    ("J1,EG-01,INNO,inf,", "'inf' is not a number"),
    ("J1,EG-01,INNO,,", "(empty) is not a number"),
    ("J1,EG-01,INNO,\"7,5\",", "write decimals with a point"),
    ("J1,EG-01,INNO,-1,", "-1 is outside the range 0..10 of criterion INNO"),
    ("J1,EG-01,INNO,11,", "11 is outside the range 0..10"),
])
def test_bad_scores(loaded, db_path, tmp_path, scores_header, row, expect):
    path = write(tmp_path / "scores.csv", scores_header + "J1,EG-02,INNO,7,\n" + row + "\n")
    msg = refused(loaded, db_path, "scores", path)
    assert msg.startswith("scores.csv row 3"), msg
    assert expect in msg


def test_duplicate_score_key(loaded, db_path, tmp_path, scores_header):
    path = write(tmp_path / "scores.csv", scores_header + "J1,EG-02,INNO,7,\nj1,eg-02,inno,8,\n")
    msg = refused(loaded, db_path, "scores", path)
    assert "row 3" in msg and "duplicate key" in msg and "row 2 has it already" in msg


def test_conflicted_judge_score_refused(loaded, db_path, tmp_path, scores_header):
    # In the demo, J2 (Renata Avila) has a conflict with SC-04 (Mexico City).
    path = write(tmp_path / "scores.csv", scores_header + "J2,SC-04,INNO,9,\n")
    msg = refused(loaded, db_path, "scores", path)
    assert msg.startswith("scores.csv row 2, column application: judge J2 has a conflict with "
                          "SC-04")


def test_unassigned_judge_score_refused_once_assignments_exist(loaded, db_path, tmp_path,
                                                               scores_header):
    write(tmp_path / "assign.csv", "judge,application\nJ1,EG-01\n")
    imports.import_file(loaded, "assignments", tmp_path / "assign.csv")
    path = write(tmp_path / "scores.csv", scores_header + "J1,EG-01,INNO,7,\nJ1,EG-02,INNO,7,\n")
    msg = refused(loaded, db_path, "scores", path)
    assert "row 3" in msg and "judge J1 is not assigned to EG-02" in msg


def test_conflicted_assignment_refused(loaded, db_path, tmp_path):
    path = write(tmp_path / "assign.csv", "judge,application\nJ2,SC-04\n")
    assert "has a conflict with SC-04" in refused(loaded, db_path, "assignments", path)


def test_finalized_edition_refuses_every_import(demo_db, demo_path):
    from wego_awards.services.decisions import finalize

    finalize(demo_db)
    for kind in ("applications", "scores"):
        msg = refused(demo_db, demo_path, kind, DEMO / f"{kind}.csv")
        assert "is finalized" in msg and "reopen" in msg


def test_many_problems_are_counted_in_one_message(loaded, db_path, tmp_path, scores_header):
    rows = "".join(f"J1,EG-0{i},INNO,99,\n" for i in range(1, 6))
    msg = refused(loaded, db_path, "scores", write(tmp_path / "s.csv", scores_header + rows))
    assert "row 2" in msg and "(and 4 more problems in this file)" in msg


def test_preview_lists_every_problem_and_writes_nothing(loaded, db_path, tmp_path,
                                                       scores_header):
    rows = "".join(f"J1,EG-0{i},INNO,99,\n" for i in range(1, 6))
    before = fingerprint(db_path)
    with pytest.raises(InputRefused) as info:
        imports.preview(loaded, "scores", write(tmp_path / "s.csv", scores_header + rows))
    assert [p.row for p in info.value.problems] == [2, 3, 4, 5, 6]
    assert fingerprint(db_path) == before


def test_criteria_range_must_hold_existing_scores(loaded, db_path, tmp_path):
    imports.import_file(loaded, "scores", DEMO / "scores.csv")
    text = (DEMO / "criteria.csv").read_text(encoding="utf-8").replace(",0,10,", ",0,5,", 1)
    msg = refused(loaded, db_path, "criteria", write(tmp_path / "criteria.csv", text))
    assert "would leave scores already given outside it" in msg


@pytest.mark.parametrize("row,expect", [
    ("INNO,Innovation,abc,0,10,", "column weight: 'abc' is not a number"),
    ("INNO,Innovation,0,0,10,", "the weight must be above 0"),
    ("INNO,Innovation,1,10,0,", "min 10 must be below max 0"),
])
def test_bad_criteria(edition_db, db_path, tmp_path, row, expect):
    path = write(tmp_path / "criteria.csv", "code,name,weight,min,max,description\n" + row + "\n")
    assert expect in refused(edition_db, db_path, "criteria", path)


def test_attachment_must_exist_and_be_pdf(edition_db, db_path, tmp_path):
    (tmp_path / "fake.pdf").write_text("not a pdf")
    path = write(tmp_path / "apps.csv", "code,category,city,country,title,attachment\n"
                                        "A1,EG,Seoul,Korea,One,fake.pdf\n"
                                        "A2,EG,Seoul,Korea,Two,missing.pdf\n")
    msg = refused(edition_db, db_path, "applications", path)
    assert "row 2, column attachment: the attachment 'fake.pdf' is not a PDF" in msg
    assert "(and 1 more problem in this file)" in msg


def test_attachments_are_stored_in_the_database(loaded):
    from sqlalchemy import func, select

    from wego_awards.db.models import Attachment

    with loaded.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 18
        blob = s.scalars(select(Attachment.content)).first()
        assert blob.startswith(b"%PDF")


def test_extra_columns_are_ignored(edition_db, tmp_path):
    path = write(tmp_path / "apps.csv", "code,category,city,country,title,budget,notes\n"
                                        "A1,EG,Seoul,Korea,One,100,whatever\n")
    assert imports.import_file(edition_db, "applications", path).added == 1


def test_the_scores_export_bulk_path_gives_the_reference_rows(demo_db, tmp_path):
    """EditionStore.score_table (ids, numpy, lexsort) writes exactly what table_rows does (the
    joins and ORDER BY in SQL), decimals and comments included."""
    from wego_awards.services import judging
    from wego_awards.services.edition import get_edition
    from wego_awards.services.exports import export_kind

    judging.save_score(demo_db, "J2", "EG-01", "INNO", 7.25)
    judging.save_comment(demo_db, "J2", "EG-01", "Clear, with a comma")
    with demo_db.read() as s:
        e = get_edition(s)
        columns = all_columns("scores")
        reference = [tuple(r[c] for c in columns) for r in EditionStore(s, e).table_rows("scores")]
        fast = EditionStore(s, e).score_table()
    assert fast == reference and len(fast) > 1000
    assert ("J2", "EG-01", "INNO", "7.25", "Clear, with a comma") in fast
    assert export_kind(demo_db, "scores", tmp_path / "s.csv") == len(reference)
