"""The judge's Excel sheet: one judge's applications to score offline in a spreadsheet.

Above the table, label/value cells name the edition (with its id) and the judge; a legend lists
every criterion with its weight, range and rubric. The table's header row is exactly
``application, category, city, title, <criterion codes...>, comment``, with one row per
application the judge is to score (never one they have a conflict with), their scores so far
filled in, and Excel data validation holding each score cell to its criterion's range.

``import scores SHEET.xlsx`` reads it back with :func:`read_sheet`, below: the judge and edition
come from the cells above the table, so the sheet is all it needs. Its score rows then take the
same path as a scores file's (``scores.plan_score_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Criterion, Edition, Judge, Score
from wego_awards.errors import InputRefused, Refused, quoted
from wego_awards.io.tables import ROW, Table
from wego_awards.io.writing import save_workbook
from wego_awards.progress import Progress
from wego_awards.services.acting import acting
from wego_awards.services.assignment import judge_applications
from wego_awards.services.clock import now
from wego_awards.services.edition import get_edition
from wego_awards.services.judging import find_judge
from wego_awards.services.planning import Problems, known_codes
from wego_awards.store import EditionStore, in_edition, number_text

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
    with db.read() as session:
        edition = get_edition(session)
        j = find_judge(session, edition, judge)
        why = acting(edition).not_for_others(j.code, "only their own sheet can be made")
        if why:
            raise Refused(why)
        apps = judge_applications(session, edition, j)
        crits = list(session.scalars(select(Criterion).where(in_edition(Criterion, edition))
                                     .order_by(Criterion.position, Criterion.code)))
        if not crits:
            raise Refused("the edition has no criteria yet; import them first")
        scores: dict[tuple[int, int], tuple[float, str]] = {}
        for a_id, c_id, value, text in session.execute(
                select(Score.application_id, Score.criterion_id, Score.value, Score.comment)
                .where(Score.judge_id == j.id, in_edition(Score, edition))):
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
        codes = list(session.scalars(select(Judge.code).where(in_edition(Judge, edition))
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
                       f"{number_text(c.min)} to {number_text(c.max)}", rubric])
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
            error=f"{c.name}: a number from {number_text(c.min)} to "
                  f"{number_text(c.max)}, or empty if not scored yet",
            showInputMessage=True, promptTitle=c.code[:32],
            prompt=f"{c.name} ({number_text(c.min)} to {number_text(c.max)})"[:255])
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


# --- reading a filled sheet back ---------------------------------------------------------------


def read_sheet(session: Session, edition: Edition, table: Table) -> pd.DataFrame:
    """A filled judge sheet (services/sheets.py writes it) as long score rows.

    Every problem names its cell (e.g. D7). An empty score cell is "not scored yet". The
    comment column holds the judge's comment on the application, kept with each of its scores;
    a comment the sheet leaves as it was exported keeps the database's rows as they are, so
    importing an unchanged sheet changes nothing.
    """
    from openpyxl.utils import get_column_letter

    frame = table.frame
    meta = table.sheet_meta
    judge = meta.get("judge code") or meta.get("judge")
    if not judge:
        raise InputRefused([table.problem(
            "missing column judge in the header row (a judge's sheet names its judge above the "
            "table)", row=1)])
    edition_uid = meta.get("edition id")
    if edition_uid and edition_uid != edition.uid:
        raise InputRefused([table.problem(
            f"this sheet was made for another edition ({meta.get('edition', '?')}); "
            f"this database holds '{edition.name}'")])
    maps = EditionStore(session, edition).code_maps()
    judge_id = maps["judge"].get(judge.casefold())
    if judge_id is None:
        raise InputRefused([table.problem(
            f"the sheet names the judge {quoted(judge)} above its table, who is not a judge of "
            f"this edition; known: {known_codes(maps['judge'])}")])
    crits = [c for c, in session.execute(
        select(Criterion.code).where(in_edition(Criterion, edition))
        .order_by(Criterion.position))]
    columns = list(frame.columns)
    present = {c.casefold(): c for c in columns}
    cols = [present[c.casefold()] for c in crits if c.casefold() in present]
    if not cols:
        raise InputRefused([table.problem(
            f"the table has no criterion columns; expected {', '.join(crits)}", row=1)])
    letters = {c: get_column_letter(columns.index(c) + 1) for c in columns if c != ROW}
    app_col = letters["application"]
    has_comment = "comment" in columns
    comment = frame["comment"] if has_comment else pd.Series([""] * len(frame), dtype=object)

    # The judge's scores already in the edition: the comment each application carries now.
    stored: dict[str, dict[str, str]] = {}
    for a_code, c_code, text in session.execute(
            select(Application.code, Criterion.code, Score.comment)
            .join(Score, Score.application_id == Application.id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Score.judge_id == judge_id, in_edition(Score, edition))
            .order_by(Criterion.position)):
        stored.setdefault(a_code.casefold(), {})[c_code.casefold()] = text
    current = {a: next((t for t in by_crit.values() if t), "") for a, by_crit in stored.items()}

    problems = Problems(table)
    seen: dict[str, int] = {}
    for i, (code, row) in enumerate(zip(frame["application"], frame[ROW], strict=True)):
        cell = f"{app_col}{row}"
        if not code:
            if any(frame[c].iat[i] for c in cols) or comment.iat[i]:
                problems.add(f"the row has scores but no application code (cell {cell})", row,
                             "application", code)
            continue
        if code.casefold() not in maps["application"]:
            problems.add(f"{quoted(code)} is not an application (cell {cell})", row,
                         "application", code)
        elif code.casefold() in seen:
            problems.add(f"{code} is in the sheet twice (cell {cell}; row {seen[code.casefold()]} "
                         "has it already)", row, "application", code)
        else:
            seen[code.casefold()] = row
        text = comment.iat[i]
        if text and text != current.get(code.casefold(), "") \
                and not any(frame[c].iat[i] for c in cols):
            problems.add(f"a comment needs at least one score in its row: it is kept with the "
                         f"scores (cell {letters['comment']}{row})", row, "comment", text)
    problems.raise_if_any()

    parts = []
    for c in cols:
        part = pd.DataFrame({
            "judge": judge, "application": frame["application"], "criterion": c,
            "score": frame[c], "comment": comment,
            ROW: frame[ROW], "__col_score__": f"{c} (cell {letters[c]})",
        })
        parts.append(part[(part["score"] != "") & (part["application"] != "")])
    out = pd.concat(parts, ignore_index=True)
    out["__cell__"] = [f"{letters[c]}{r}" for c, r in zip(out["criterion"], out[ROW],
                                                          strict=True)]
    out["__app_cell__"] = [f"{app_col}{r}" for r in out[ROW]]
    # An unchanged comment leaves each stored row's comment as it is (a scores file may keep
    # it on one criterion only); a new score of such an application gets none of its own.
    kept = []
    for a_code, c_code, text in zip(out["application"], out["criterion"], out["comment"],
                                    strict=True):
        key = a_code.casefold()
        if key in current and text == current[key]:
            text = stored[key].get(c_code.casefold(), "" if current[key] else text)
        kept.append(text)
    out["comment"] = pd.Series(kept, dtype=object)
    return out
