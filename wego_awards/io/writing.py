"""Writing the interface's tables (CSV, UTF-8) and workbooks that give the same bytes for the
same content. Apart from the readers in :mod:`.tables`: writing needs neither pandas nor numpy,
so the commands that only write (an export, the report's ranking) never load them.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from wego_awards.errors import Refused


def write_table(path: str | Path, columns: Sequence[str], rows: Sequence[Sequence[object]],
                sheet_title: str = "Sheet1", numbers: Sequence[str] = ()) -> Path:
    """Write rows under a header to .csv (UTF-8) or .xlsx, chosen by the file's extension. In a
    workbook the ``numbers`` columns hold numbers, not text that looks like them (which Excel
    marks and will not sum); a value that is not a number stays as written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise Refused(f"{path.name}: cannot write '{path.suffix}' files; use .csv or .xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            writer.writerows(rows)
        return path
    # Write-only: rows are streamed out, so 500,000 scores are an Excel file in seconds and a
    # little memory (a cell object per value took 28 s and 930 MB).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    for i, col in enumerate(columns, start=1):  # widths and panes go before the rows
        width = max([len(str(col))] + [len(str(r[i - 1])) for r in rows[:200]]) + 2
        ws.column_dimensions[get_column_letter(i)].width = min(width, 60)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    at = [i for i, c in enumerate(columns) if c in numbers]
    for r in rows:
        row = list(r)
        for i in at:
            row[i] = _number(row[i])
        ws.append(row)
    save_workbook(wb, path)
    return path


def _number(value: object) -> object:
    """A number written as text, as a number (7, 7.5); anything else as it is."""
    if not isinstance(value, str):
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    if number != number or number in (float("inf"), float("-inf")):
        return value  # Excel has no NaN or infinity
    return int(number) if number.is_integer() and "." not in value else number


FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # stamped into every workbook: same data, same bytes


def save_workbook(wb, path: str | Path) -> Path:  # noqa: ANN001 - an openpyxl Workbook
    """Save a workbook so that the same content always gives the same bytes.

    openpyxl stamps the current time into the document's properties and into every zip entry;
    both are set to a fixed moment instead, and the file is written under a temporary name and
    renamed, so a reader never sees half a workbook."""
    import datetime

    path = Path(path)
    moment = datetime.datetime(*FIXED_TIME)
    wb.properties.created = moment
    wb.properties.creator = "WeGO Awards"
    buffer = io.BytesIO()
    wb.save(buffer)  # sets "modified" to now, whatever it was: replaced below
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            dst.writestr(info, data)
    tmp.replace(path)
    return path
