"""The judge's Excel sheet: one judge's applications to score offline in a spreadsheet.

Above the table, label/value cells name the edition (with its id) and the judge; a legend lists
every criterion with its weight, range and rubric. The table's header row is exactly
``application, category, city, title, <criterion codes...>, comment``, with one row per
application the judge is to score (never one they have a conflict with), their scores so far
filled in, and Excel data validation holding each score cell to its criterion's range.

``import scores SHEET.xlsx`` reads it back (``imports._sheet_frame``): the judge and edition come
from the cells above the table, so the sheet is all it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wego_awards.db import Database
from wego_awards.db.models import Criterion, Judge, Score
from wego_awards.errors import Refused
from wego_awards.io.tables import save_workbook
from wego_awards.services import catalog
from wego_awards.services.edition import get_edition, now

Progress = Callable[[int, int], None]

# The label cells above the table; imports read "judge code" and "edition id" from them.
LABEL_EDITION = "Edition"
LABEL_EDITION_ID = "Edition id"
LABEL_YEAR = "Year"
LABEL_JUDGE = "Judge code"
LABEL_JUDGE_NAME = "Judge name"
LABEL_MADE = "Made"
FIXED_COLUMNS = ("application", "category", "city", "title")
MAX_LEGEND_ROWS = 24  # more criteria than this: the legend goes on a sheet of its own


@dataclass
class SheetSummary:
    """What one exported sheet holds."""

    judge: str
    path: Path
    applications: int
    prefilled: int

    def __str__(self) -> str:
        return (f"wrote {self.path}: {self.applications} applications for judge {self.judge}"
                + (f", {self.prefilled} scores already given filled in" if self.prefilled
                   else ""))


def export_sheet(db: Database, judge: str, out: str | Path) -> SheetSummary:
    """Write ``judge``'s scoring sheet to ``out`` (.xlsx)."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise Refused(f"{out.name}: a judge's sheet is an Excel workbook; name it .xlsx")
    if out.exists() and out.is_dir():
        raise Refused(f"{out}: is a folder; give a file name for the sheet")
    from wego_awards.services.assignment import judge_applications
    from wego_awards.services.judging import find_judge

    with db.read() as session:
        edition = get_edition(session)
        j = find_judge(session, edition, judge)
        if edition.package_judge and edition.package_judge.casefold() != j.code.casefold():
            raise Refused(f"this is {edition.package_judge}'s package")  # pragma: no cover
        apps = judge_applications(session, edition, j)
        crits = list(session.scalars(select(Criterion).where(Criterion.edition_id == edition.id)
                                     .order_by(Criterion.position, Criterion.code)))
        if not crits:
            raise Refused("the edition has no criteria yet; import them first")
        scores: dict[tuple[int, int], tuple[float, str]] = {}
        for a_id, c_id, value, text in session.execute(
                select(Score.application_id, Score.criterion_id, Score.value, Score.comment)
                .where(Score.judge_id == j.id)):
            scores[(a_id, c_id)] = (value, text)
        info = {"edition": edition.name, "uid": edition.uid, "year": edition.year,
                "judge": j.code, "name": j.name}
        rows = []
        prefilled = 0
        for a in apps:
            values: list[float | None] = []
            comment = ""
            for c in crits:
                got = scores.get((a.id, c.id))
                values.append(got[0] if got else None)
                if got:
                    prefilled += 1
                    comment = comment or got[1]
            rows.append((a.code, a.category.code, a.city, a.title, values, comment))
    _write(out, info, crits, rows)
    return SheetSummary(str(info["judge"]), out, len(rows), prefilled)


def export_sheets(db: Database, out_dir: str | Path,
                  progress: Progress | None = None) -> list[SheetSummary]:
    """Write every judge's sheet into ``out_dir`` as ``sheet-<code>.xlsx``."""
    folder = Path(out_dir)
    with db.read() as session:
        edition = get_edition(session)
        codes = list(session.scalars(select(Judge.code).where(Judge.edition_id == edition.id)
                                     .order_by(Judge.code)))
    if not codes:
        raise Refused("the edition has no judges yet; import them first")
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n, code in enumerate(codes):
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)
        out.append(export_sheet(db, code, folder / f"sheet-{safe}.xlsx"))
        if progress:
            progress(n + 1, len(codes))
    return out


def _write(out: Path, info: dict, crits: list[Criterion], rows: list[tuple]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Scores"
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F3A5F")
    head_font = Font(bold=True, color="FFFFFF")
    score_fill = PatternFill("solid", fgColor="FFF8DC")
    wrap = Alignment(wrap_text=True, vertical="top")

    ws.append([f"Scoring sheet: {info['edition']} ({info['year']})"])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in ((LABEL_EDITION, info["edition"]), (LABEL_EDITION_ID, info["uid"]),
                         (LABEL_YEAR, info["year"]), (LABEL_JUDGE, info["judge"]),
                         (LABEL_JUDGE_NAME, info["name"]), (LABEL_MADE, now())):
        ws.append([label, value])
        ws.cell(ws.max_row, 1).font = bold
    ws.append([])
    ws.append(["Fill in one score per criterion (empty: not scored yet) and, if you wish, a "
               "comment. Keep the codes and the cells above as they are; send the file back "
               "to the secretariat."])
    ws.append([])

    legend = ws if len(crits) <= MAX_LEGEND_ROWS else wb.create_sheet("Criteria")
    if legend is not ws:
        ws.append(["The criteria, their weights, ranges and rubric are on the sheet "
                   "'Criteria'."])
        ws.append([])
    legend.append(["Criterion", "Weight", "Range", "Name and rubric"])
    for cell in legend[legend.max_row]:
        cell.font, cell.fill = head_font, head_fill
    for c in crits:
        rubric = f"{c.name}: {c.description}" if c.description else c.name
        legend.append([c.code, c.weight,
                       f"{catalog.number_text(c.min)} to {catalog.number_text(c.max)}", rubric])
        legend.cell(legend.max_row, 1).font = bold
        legend.cell(legend.max_row, 4).alignment = wrap
    if legend is ws:
        ws.append([])

    header = [*FIXED_COLUMNS, *(c.code for c in crits), "comment"]
    ws.append(header)
    head_row = ws.max_row
    for cell in ws[head_row]:
        cell.font, cell.fill = head_font, head_fill
    first = head_row + 1
    for code, cat, city, title, values, comment in rows:
        ws.append([code, cat, city, title, *values, comment or None])
    last = max(ws.max_row, first)
    n_fixed = len(FIXED_COLUMNS)
    for k, c in enumerate(crits):
        col = get_column_letter(n_fixed + 1 + k)
        dv = DataValidation(
            type="decimal", operator="between", formula1=repr(float(c.min)),
            formula2=repr(float(c.max)), allow_blank=True, showErrorMessage=True,
            errorTitle=f"{c.code}: out of range",
            error=f"{c.name}: a number from {catalog.number_text(c.min)} to "
                  f"{catalog.number_text(c.max)}, or empty if not scored yet",
            showInputMessage=True, promptTitle=c.code[:32],
            prompt=f"{c.name} ({catalog.number_text(c.min)} to {catalog.number_text(c.max)})"[:255])
        dv.add(f"{col}{first}:{col}{last}")
        ws.add_data_validation(dv)
        for r in range(first, last + 1):
            ws[f"{col}{r}"].fill = score_fill
        ws.column_dimensions[col].width = max(8, len(c.code) + 2)
    comment_col = get_column_letter(n_fixed + len(crits) + 1)
    for r in range(first, last + 1):
        ws[f"{comment_col}{r}"].alignment = wrap
        ws[f"D{r}"].alignment = wrap
    for col, width in (("A", 14), ("B", 10), ("C", 18), ("D", 48), (comment_col, 48)):
        ws.column_dimensions[col].width = width
    if legend is not ws:
        for col, width in (("A", 14), ("B", 10), ("C", 18), ("D", 100)):
            legend.column_dimensions[col].width = width
    ws.freeze_panes = f"B{first}"
    ws.auto_filter.ref = f"A{head_row}:{comment_col}{last}"
    out.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(wb, out)
