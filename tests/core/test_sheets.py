"""The judge's Excel sheet: its layout, the applications it lists, validation, and the import of
a filled sheet (idempotent; empty cells are not scored; a bad cell refuses it by address)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import DEMO, fingerprint
from tests.core.test_assignment import run_cli
from wego_awards.errors import Refused
from wego_awards.services import imports
from wego_awards.services.assignment import assign
from wego_awards.services.audit import verify
from wego_awards.services.edition import get_edition
from wego_awards.services.sheets import export_sheet, export_sheets
from wego_awards.store import EditionStore

CRITERIA = ["INNO", "IMPACT", "SUST", "INCL", "TRANS"]
HEADER = ["application", "category", "city", "title", *CRITERIA, "comment"]


@pytest.fixture
def loaded(edition_db):
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def table(path: Path):
    """The sheet's label cells, header row number and rows (as lists of cell values)."""
    ws = load_workbook(path).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r and r[0] == "application")
    labels = {r[0]: r[1] for r in rows[:at] if r and r[0] and len(r) > 1 and r[1] is not None}
    return labels, at + 1, [r for r in rows[at + 1:] if any(v is not None for v in r)]


def fill(path: Path, out: Path, cells: dict[str, object]) -> Path:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(out)
    return out


def scores(db) -> dict[tuple[str, str, str], tuple[str, str]]:
    with db.read() as s:
        return {(r["judge"], r["application"], r["criterion"]): (r["score"], r["comment"])
                for r in EditionStore(s, get_edition(s)).table_rows("scores")}


def test_layout_identity_legend_header_and_validation(loaded, tmp_path):
    summary = export_sheet(loaded, "J1", tmp_path / "J1.xlsx")
    labels, header_row, rows = table(summary.path)
    with loaded.read() as s:
        edition = get_edition(s)
        assert labels["Edition"] == edition.name and labels["Edition id"] == edition.uid
    assert labels["Judge code"] == "J1" and labels["Judge name"] == "Donovan Storey"
    ws = load_workbook(summary.path).worksheets[0]
    assert [c.value for c in ws[header_row]] == HEADER
    # The legend: every criterion with weight, range and rubric.
    legend = {r[0]: r for r in ws.iter_rows(max_row=header_row - 1, values_only=True)
              if r[0] in CRITERIA}
    assert legend["INNO"][1] == 25 and legend["INNO"][2] == "0 to 10"
    assert legend["INNO"][3].startswith("Innovation: How new is the solution")
    # One row per application J1 may score: never SU-01, his conflict.
    codes = [r[0] for r in rows]
    assert len(codes) == 51 and "SU-01" not in codes and codes[0].startswith("EG")
    rules = ws.data_validations.dataValidation
    assert len(rules) == 5
    for rule in rules:
        assert (rule.type, rule.operator, rule.formula1, rule.formula2) == (
            "decimal", "between", "0.0", "10.0")
    first, last = header_row + 1, header_row + 51
    assert {str(r.sqref) for r in rules} == {f"{c}{first}:{c}{last}" for c in "EFGHI"}


def test_only_assigned_applications_when_there_are_assignments(loaded, tmp_path):
    assign(loaded, 2, seed=3)
    _, _, rows = table(export_sheet(loaded, "J2", tmp_path / "J2.xlsx").path)
    with loaded.read() as s:
        mine = {r["application"] for r in EditionStore(s, get_edition(s)).table_rows("assignments")
                if r["judge"] == "J2"}
    assert {r[0] for r in rows} == mine and len(rows) == len(mine)


def test_existing_scores_are_prefilled_and_an_unchanged_sheet_changes_nothing(
        demo_db, demo_path, tmp_path):
    summary = export_sheet(demo_db, "J2", tmp_path / "J2.xlsx")
    assert summary.prefilled == 51 * 5
    _, _, rows = table(summary.path)
    given = scores(demo_db)
    first = rows[0]
    assert first[4] == float(given[("J2", first[0], "INNO")][0])
    assert first[9] == given[("J2", first[0], "INNO")][1]  # the comment
    before = fingerprint(demo_path)
    report = imports.import_file(demo_db, "scores", summary.path)
    assert report.touched == 0
    assert fingerprint(demo_path) == before


def test_a_filled_sheet_imports_and_twice_changes_nothing(loaded, db_path, tmp_path):
    path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    _, header_row, rows = table(path)
    r = header_row + 1
    app = rows[0][0]
    filled = fill(path, tmp_path / "J1-filled.xlsx",
                  {f"E{r}": 7, f"F{r}": 6.5, f"J{r}": "Strong local fit", f"G{r + 1}": 3})
    report = imports.import_file(loaded, "scores", filled)
    assert (report.added, report.changed) == (3, 0)
    got = scores(loaded)
    assert got[("J1", app, "INNO")] == ("7", "Strong local fit")
    assert got[("J1", app, "IMPACT")] == ("6.5", "Strong local fit")
    assert ("J1", app, "SUST") not in got  # an empty cell: not scored yet
    before = fingerprint(db_path)
    assert imports.import_file(loaded, "scores", filled).touched == 0
    assert fingerprint(db_path) == before
    # A second version of the sheet replaces a value; the history keeps both.
    again = fill(filled, tmp_path / "J1-v2.xlsx", {f"E{r}": 8})
    report = imports.import_file(loaded, "scores", again)
    assert (report.added, report.changed) == (0, 1)
    assert scores(loaded)[("J1", app, "INNO")][0] == "8"
    assert verify(loaded).ok


@pytest.mark.parametrize("cell_value, where, words", [
    ("seven", "F", "'seven' is not a number"),
    (11, "G", "11 is outside the range 0..10 of criterion SUST"),
    ("7,5", "E", "write decimals with a point"),
])
def test_a_bad_cell_refuses_the_whole_sheet_by_address(loaded, db_path, tmp_path, cell_value,
                                                        where, words):
    path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    _, header_row, _ = table(path)
    r = header_row + 3
    bad = fill(path, tmp_path / "bad.xlsx",
               {f"E{header_row + 1}": 5, f"{where}{r}": cell_value})
    before = fingerprint(db_path)
    with pytest.raises(Refused) as info:
        imports.import_file(loaded, "scores", bad)
    assert f"{where}{r}" in info.value.message and words in info.value.message
    assert "nothing was imported" in info.value.message
    assert fingerprint(db_path) == before


def test_rows_the_judge_may_not_score_are_refused_by_cell(loaded, db_path, tmp_path):
    path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    _, header_row, rows = table(path)
    r = header_row + len(rows) + 1
    before = fingerprint(db_path)
    cases = [
        ({f"A{r}": "SU-01", f"E{r}": 5}, "judge J1 has a conflict with SU-01"),
        ({f"A{r}": "ZZ-99", f"E{r}": 5}, f"'ZZ-99' is not an application (cell A{r})"),
        ({f"A{r}": rows[0][0], f"E{r}": 5}, f"is in the sheet twice (cell A{r}"),
        ({f"J{header_row + 1}": "a comment alone"}, f"cell J{header_row + 1}"),
    ]
    for n, (cells, words) in enumerate(cases):
        bad = fill(path, tmp_path / f"bad{n}.xlsx", cells)
        with pytest.raises(Refused) as info:
            imports.import_file(loaded, "scores", bad)
        assert words in info.value.message, info.value.message
        if "conflict" in words:
            assert f"(cell A{r})" in info.value.message
    assert fingerprint(db_path) == before


def test_an_unassigned_row_is_refused(loaded, db_path, tmp_path):
    assign(loaded, 2, seed=3)
    path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    _, header_row, rows = table(path)
    listed = {row[0] for row in rows}
    with loaded.read() as s:
        other = next(r["code"] for r in EditionStore(s, get_edition(s)).table_rows("applications")
                     if r["code"] not in listed and r["code"] != "SU-01")
    r = header_row + len(rows) + 1
    bad = fill(path, tmp_path / "bad.xlsx", {f"A{r}": other, f"E{r}": 5})
    before = fingerprint(db_path)
    with pytest.raises(Refused, match=f"not assigned to {other} \\(cell A{r}\\)"):
        imports.import_file(loaded, "scores", bad)
    assert fingerprint(db_path) == before


def test_a_sheet_from_another_edition_or_judge_is_refused(loaded, db_path, tmp_path):
    path = export_sheet(loaded, "J1", tmp_path / "J1.xlsx").path
    before = fingerprint(db_path)
    foreign = fill(path, tmp_path / "foreign.xlsx", {"B3": "00000000-0000-0000-0000-000000000000",
                                                     "E19": 5})
    with pytest.raises(Refused, match="made for another edition"):
        imports.import_file(loaded, "scores", foreign)
    stranger = fill(path, tmp_path / "stranger.xlsx", {"B5": "J42"})
    with pytest.raises(Refused, match="'J42'.*not a judge"):
        imports.import_file(loaded, "scores", stranger)
    assert fingerprint(db_path) == before


def test_the_sheet_names_its_judge_so_it_is_all_the_import_needs(loaded, tmp_path):
    paths = export_sheets(loaded, tmp_path / "sheets")
    assert [p.judge for p in paths] == [f"J{i}" for i in range(1, 7)]
    for summary in paths[:2]:
        _, header_row, _ = table(summary.path)
        filled = fill(summary.path, tmp_path / f"f-{summary.judge}.xlsx",
                      {f"E{header_row + 1}": 9})
        assert imports.import_file(loaded, "scores", filled).added == 1
    judges = {j for j, _, _ in scores(loaded)}
    assert judges == {"J1", "J2"}


def test_cli_sheet_export_and_import(loaded, db_path, tmp_path, capsys):
    out_file = tmp_path / "J4.xlsx"
    code, out, err = run_cli(capsys, "--db", str(db_path), "sheet", "export", "--judge", "J4",
                             "--out", str(out_file))
    assert code == 0, err
    assert "51 applications for judge J4" in out
    _, header_row, _ = table(out_file)
    filled = fill(out_file, tmp_path / "J4-filled.xlsx", {f"F{header_row + 2}": 4})
    code, out, err = run_cli(capsys, "--db", str(db_path), "import", "scores", str(filled))
    assert code == 0 and "1 added" in out
    code, _, err = run_cli(capsys, "--db", str(db_path), "sheet", "export", "--out",
                           str(out_file))
    assert code == 2 and "--judge CODE or --all" in err
    code, _, err = run_cli(capsys, "--db", str(db_path), "sheet", "export", "--judge", "J4",
                           "--out", str(tmp_path / "J4.csv"))
    assert code == 1 and "name it .xlsx" in err
