"""Reading and writing the interface's tables: CSV (UTF-8, a BOM accepted) and .xlsx.

A table is read as text, every cell a string, with the row number a person sees in a spreadsheet
(the header is row 1). Each problem is reported against the file, row, column and value, and the
caller refuses the whole file.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from wego_awards.errors import InputRefused, Problem, Refused

ROW = "__row__"  # the column holding each row's number in the file
XLSX_HEADER_SEARCH_ROWS = 40  # a judge sheet has the edition and legend above its table


@dataclass
class Table:
    """A file's rows as strings, with ``ROW`` holding each row's number in the file."""

    path: Path
    frame: pd.DataFrame
    sheet_meta: dict[str, str]  # label -> value cells found above the header (xlsx only)

    @property
    def name(self) -> str:
        return self.path.name

    def problem(self, message: str, row: int | None = None, column: str | None = None,
                value: object = None) -> Problem:
        return Problem(self.name, message, row, column, value)


def read_table(path: str | Path, required: Sequence[str]) -> Table:
    """Read a .csv or .xlsx file whose header holds at least ``required``.

    Raises :class:`Refused` for a missing, empty or broken file and :class:`InputRefused` when
    required columns are missing.
    """
    path = Path(path)
    if not path.exists():
        raise Refused(f"{path}: no such file")
    if path.is_dir():
        raise Refused(f"{path}: is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame, meta = _read_csv(path), dict[str, str]()
    elif suffix in (".xlsx", ".xlsm"):
        frame, meta = _read_xlsx(path, required)
    else:
        raise Refused(f"{path.name}: cannot read '{path.suffix}' files; use .csv or .xlsx")
    table = Table(path, frame, meta)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        found = ", ".join(c for c in frame.columns if c != ROW) or "(nothing)"
        raise InputRefused([table.problem(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"in the header row (found: {found})", row=1)])
    if frame.empty:
        raise InputRefused([table.problem("has a header but no rows")])
    return table


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    if not raw.strip():
        raise Refused(f"{path.name}: the file is empty")
    if raw[:4] == b"PK\x03\x04":
        raise Refused(f"{path.name}: is a zip or Excel file, not CSV text; name it .xlsx")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise Refused(
            f"{path.name} row {line}: not UTF-8 text (byte 0x{raw[exc.start]:02X}); "
            "save the file as CSV UTF-8"
        ) from None
    if "\x00" in text:
        raise Refused(f"{path.name}: holds binary data, not CSV text")
    try:
        frame = pd.read_csv(
            io.StringIO(text), dtype=object, keep_default_na=False, na_filter=False,
            skipinitialspace=False, engine="c",
        )
    except pd.errors.EmptyDataError:
        raise Refused(f"{path.name}: the file is empty") from None
    except pd.errors.ParserError as exc:
        raise Refused(f"{path.name}: is not a well-formed CSV table ({_first_line(exc)})") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    _refuse_duplicate_headers(path.name, list(frame.columns))
    return _finish(frame, list(range(2, len(frame) + 2)))


def _finish(frame: pd.DataFrame, numbers: list[int]) -> pd.DataFrame:
    """Every cell as stripped text in an object column (plain Python strings are the fastest to
    look up and compare), and each row's number in the file under ``ROW``."""
    out = pd.DataFrame({c: pd.Series(_stripped(frame[c].to_numpy()), dtype=object)
                        for c in frame.columns})
    out[ROW] = numbers
    return out


def _stripped(values) -> list[str]:
    """Each cell without surrounding blanks; codes repeat, so strip each distinct value once."""
    codes, uniques = pd.factorize(values)
    clean = np.array([u.strip() for u in uniques] + [""], dtype=object)
    return clean[codes].tolist()


def _read_xlsx(path: Path, required: Sequence[str]) -> tuple[pd.DataFrame, dict[str, str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise Refused(f"{path.name}: is not a valid .xlsx workbook ({_first_line(exc)})") from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and others
        raise Refused(f"{path.name}: is not a valid .xlsx workbook ({_first_line(exc)})") from None
    try:
        ws = wb.worksheets[0]
        rows = list(ws.iter_rows(values_only=True))
    finally:
        wb.close()
    if not rows:
        raise Refused(f"{path.name}: the workbook is empty")
    header_at = _find_header(rows, required)
    meta: dict[str, str] = {}
    for r in rows[:header_at]:
        cells = [_cell_text(v) for v in (r or ())]
        if len(cells) >= 2 and cells[0]:
            meta[cells[0].rstrip(":").strip().lower()] = cells[1]
    header = [_cell_text(v) for v in rows[header_at]]
    while header and header[-1] == "":
        header.pop()
    _refuse_duplicate_headers(path.name, header, row=header_at + 1)
    records = []
    numbers = []
    for offset, r in enumerate(rows[header_at + 1:], start=header_at + 2):
        cells = [_cell_text(v) for v in (r or ())][: len(header)]
        if not any(cells):
            continue
        cells += [""] * (len(header) - len(cells))
        records.append(cells)
        numbers.append(offset)
    frame = pd.DataFrame(records, columns=header, dtype=object) if records else \
        pd.DataFrame(columns=header)
    return _finish(frame, numbers), meta


def _find_header(rows: list[tuple], required: Sequence[str]) -> int:
    want = set(required)
    for i, r in enumerate(rows[:XLSX_HEADER_SEARCH_ROWS]):
        cells = {_cell_text(v) for v in (r or ())}
        if want <= cells:
            return i
    for i, r in enumerate(rows):
        if r and any(v is not None and str(v).strip() for v in r):
            return i
    return 0


def _cell_text(value: object) -> str:
    """A cell as the text a person typed: 7.0 is '7', empty is ''."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return "nan"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value).strip()


def _refuse_duplicate_headers(name: str, header: list[str], row: int = 1) -> None:
    seen: set[str] = set()
    for col in header:
        if col and col in seen:
            raise InputRefused([Problem(name, f"the header names column '{col}' twice", row)])
        seen.add(col)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def write_table(path: str | Path, columns: Sequence[str], rows: Sequence[Sequence[object]],
                sheet_title: str = "Sheet1") -> Path:
    """Write rows under a header to .csv (UTF-8) or .xlsx, chosen by the file's extension."""
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
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = sheet_title[:31]
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(list(r))
    for i, col in enumerate(columns, start=1):
        width = max([len(str(col))] + [len(str(r[i - 1])) for r in rows[:200]]) + 2
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(width, 60)
    ws.freeze_panes = "A2"
    save_workbook(wb, path)
    return path


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
