"""The results as an Excel workbook formatted for reading: a sheet per category, one of judges."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wego_awards.io.tables import save_workbook
from wego_awards.resultdata import Results

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

AWARD_FILL = {"gold": "F3E3A1", "silver": "E1E4E8", "special_mention": "D9EAD3"}
AWARD_LABEL = {"gold": "Gold", "silver": "Silver", "special_mention": "Special Mention"}


def results_workbook(data: Results, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F3A5F")
    head_font = Font(bold=True, color="FFFFFF")
    state = "Finalized" if data.finalized else "DRAFT: not finalized"
    summary.append([f"{data.edition} ({data.year})"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([f"Method: {data.method}", state])
    summary.append([data.method_description])
    summary["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    summary.merge_cells("A3:F3")
    summary.row_dimensions[3].height = 60
    summary.append([])
    summary.append(["Category", "Award", "Application", "City", "Country", "Title", "Score",
                    "Confidence", "Jury's decision"])
    for cell in summary[5]:
        cell.font, cell.fill = head_font, head_fill
    for c in data.categories:
        for a in c.awards:
            summary.append([c.name, AWARD_LABEL[a.award], a.application, a.city,
                            a.country, a.title, a.score, a.confidence,
                            a.override.reason if a.override else ""])
            fill = PatternFill("solid", fgColor=AWARD_FILL[a.award])
            summary.cell(summary.max_row, 2).fill = fill
    _widths(summary, [24, 16, 12, 18, 16, 60, 8, 11, 40])
    for row in summary.iter_rows(min_row=6, min_col=7, max_col=7):
        row[0].number_format = "0.00"
    for row in summary.iter_rows(min_row=6, min_col=8, max_col=8):
        row[0].number_format = "0%"

    for c in data.categories:
        ws = wb.create_sheet(c.code[:31])
        ws.append([f"{c.code} — {c.name}"])
        ws["A1"].font = Font(bold=True, size=13)
        header = ["Rank", "Application", "City", "Country", "Title", "Score", "Raw mean",
                  "Judges", "Std. error", "Award", "Confidence"]
        ws.append(header)
        for cell in ws[2]:
            cell.font, cell.fill = head_font, head_fill
        conf = {a.application: a.confidence for a in c.awards}
        for r in c.ranking:
            ws.append([r.rank, r.application, r.city, r.country, r.title,
                       r.score, r.raw_mean, r.judges, r.se,
                       AWARD_LABEL.get(r.award or "", ""), conf.get(r.application)])
            if r.award:
                for cell in ws[ws.max_row]:
                    cell.fill = PatternFill("solid", fgColor=AWARD_FILL[r.award])
        for col, fmt in (("F", "0.00"), ("G", "0.00"), ("I", "0.000"), ("K", "0%")):
            for cell in ws[col][2:]:
                cell.number_format = fmt
        ws.freeze_panes = "A3"
        ws.auto_filter.ref = f"A2:{get_column_letter(len(header))}{max(ws.max_row, 2)}"
        _widths(ws, [6, 12, 18, 16, 60, 8, 9, 7, 10, 16, 11])
        if c.flags:
            ws.append([])
            ws.append(["For the jury"])
            ws.cell(ws.max_row, 1).font = bold
            for f in c.flags:
                ws.append([f.kind, f.message])

    js = wb.create_sheet("Judges")
    js.append(["Code", "Name", "Scored", "Offset", "Spread", "Agreement", "Outlier"])
    for cell in js[1]:
        cell.font, cell.fill = head_font, head_fill
    for j in data.judges:
        js.append([j.code, j.name, j.scored, j.offset, j.spread, j.agreement,
                   "yes" if j.outlier else ""])
    for col in ("D", "E", "F"):
        for cell in js[col][1:]:
            cell.number_format = "0.00"
    js.append([])
    js.append(["Panel reliability (ICC)", data.reliability])
    js.append(["Partly scored pairs (not counted)", data.missing_scores])
    _widths(js, [10, 32, 8, 9, 9, 11, 9])
    js.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    return save_workbook(wb, out)


def _widths(ws: Worksheet, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
