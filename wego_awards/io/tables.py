"""Reading the interface's tables: CSV (UTF-8, a BOM accepted) and .xlsx (written by
:mod:`.writing`).

A table is read as text, every cell a string, with the row number a person sees in a spreadsheet
(the header is row 1). Each problem is reported against the file, row, column and value, and the
caller refuses the whole file.
"""

from __future__ import annotations

import codecs
import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wego_awards.errors import InputRefused, Problem, Refused

ROW = "__row__"  # the column holding each row's number in the file
CHUNK_ROWS = 100_000  # rows parsed at a time when a CSV file is streamed (read_coded_csv)
BLOCK = 1 << 20  # bytes checked at a time (UTF-8, no NUL) before a CSV file is streamed
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


@dataclass
class CodedTable:
    """A file's rows with every column dictionary-encoded: per row an int32 code into the
    column's distinct values (text, stripped for a file). 500,000 rows of five columns are 10 MB
    of codes and the few distinct texts, where a frame of strings holds a pointer per cell and a
    tuple per row. ``rows`` holds each row's number in the file, as ``ROW`` does in a
    :class:`Table`."""

    path: Path
    codes: dict[str, np.ndarray]  # column -> int32 code of each row's value
    texts: dict[str, list[Any]]  # column -> its distinct values
    rows: np.ndarray  # int64: each row's number in the file
    header: list[str] = field(default_factory=list)  # the columns as the file has them

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def columns(self) -> list[str]:
        return list(self.codes)

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, column: object) -> bool:
        return column in self.codes

    def problem(self, message: str, row: int | None = None, column: str | None = None,
                value: object = None) -> Problem:
        return Problem(self.name, message, row, column, value)

    def text(self, column: str, i: int) -> Any:
        """The value of ``column`` in the i-th row (0-based, not the file's row number)."""
        return self.texts[column][self.codes[column][i]]

    def column(self, column: str) -> np.ndarray:
        """A whole column as an object array (a pointer per row, the values shared)."""
        return self.distinct(column)[self.codes[column]]

    def distinct(self, column: str) -> np.ndarray:
        """The column's distinct values as an object array (index it with its codes)."""
        values = self.texts[column]
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out

    def with_column(self, column: str, texts: list[Any], codes: np.ndarray | None = None
                    ) -> CodedTable:
        """This table with ``column`` set (every row the one value ``texts[0]`` when no codes
        are given)."""
        if codes is None:
            codes = np.zeros(len(self.rows), dtype=np.int32)
        return CodedTable(self.path, {**self.codes, column: codes}, {**self.texts, column: texts},
                          self.rows, self.header)

    def without(self, column: str) -> CodedTable:
        return CodedTable(self.path, {k: v for k, v in self.codes.items() if k != column},
                          {k: v for k, v in self.texts.items() if k != column}, self.rows,
                          [c for c in self.header if c != column])

    def take(self, mask: np.ndarray) -> CodedTable:
        """The rows where ``mask`` is True (or at the given positions)."""
        return CodedTable(self.path, {k: v[mask] for k, v in self.codes.items()}, self.texts,
                          self.rows[mask], self.header)

    @classmethod
    def from_frame(cls, path: Path, frame: pd.DataFrame) -> CodedTable:
        """A frame's rows (``ROW`` holding their numbers) encoded as they are, values unchanged
        (a missing value is one of the values)."""
        codes: dict[str, np.ndarray] = {}
        texts: dict[str, list[Any]] = {}
        for col in frame.columns:
            if col == ROW:
                continue
            c, u = pd.factorize(frame[col].to_numpy(dtype=object), use_na_sentinel=False)
            codes[col] = c.astype(np.int32)
            texts[col] = list(u)
        rows = frame[ROW].to_numpy(dtype=np.int64) if ROW in frame.columns else \
            np.arange(1, len(frame) + 1, dtype=np.int64)
        return cls(path, codes, texts, rows, [c for c in frame.columns if c != ROW])


def read_coded_csv(path: str | Path, required: Sequence[str]) -> CodedTable:
    """A .csv file read as :func:`read_table` reads it (the same cells, refusals and messages),
    streamed: checked block by block, parsed ``CHUNK_ROWS`` rows at a time, each chunk's cells
    encoded at once, so memory holds one chunk of strings and the codes, never the file."""
    path = Path(path)
    if not path.exists():
        raise Refused(f"{path}: no such file")
    if path.is_dir():
        raise Refused(f"{path}: is a folder, not a file")
    if path.suffix.lower() != ".csv":
        raise Refused(f"{path.name}: not a .csv file")
    _check_text(path)
    try:
        reader = pd.read_csv(path, dtype=object, keep_default_na=False, na_filter=False,
                             skipinitialspace=False, engine="c", encoding="utf-8-sig",
                             chunksize=CHUNK_ROWS)
        with reader:
            coded = _encode_chunks(path, reader)
    except pd.errors.EmptyDataError:
        raise Refused(f"{path.name}: the file is empty") from None
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError):
        # Not a well-formed table: the whole file's parse words the refusal as it always has.
        _read_csv(path)
        raise
    missing = [c for c in required if c not in coded.codes]
    if missing:
        found = ", ".join(coded.header) or "(nothing)"
        raise InputRefused([coded.problem(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"in the header row (found: {found})", row=1)])
    if not len(coded):
        raise InputRefused([coded.problem("has a header but no rows")])
    return coded


def _check_text(path: Path) -> None:
    """What :func:`_read_csv` refuses before it parses (an empty file, a zip, bytes that are
    not UTF-8, binary data), found reading block by block; when something is wrong, the whole
    file is read once more so the refusal says exactly what it always said."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    blank = True
    with open(path, "rb") as fh:
        first = True
        while True:
            block = fh.read(BLOCK)
            if first and block[:4] == b"PK\x03\x04":
                _read_csv(path)  # refused: a zip or Excel file
            first = False
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError:
                _read_csv(path)  # refused, naming the line
                raise
            if b"\x00" in block:
                _read_csv(path)  # refused: binary data (or bytes that are not UTF-8 first)
                raise Refused(f"{path.name}: holds binary data, not CSV text")
            blank = blank and not block.strip()
            if not block:
                break
    if blank:
        raise Refused(f"{path.name}: the file is empty")


def _encode_chunks(path: Path, chunks: Any) -> CodedTable:
    """Each chunk's cells stripped and encoded into the whole file's codes per column (a
    missing cell is the empty text, as :func:`_finish` makes it)."""
    header: list[str] | None = None
    index: dict[str, dict[str, int]] = {}
    parts: dict[str, list[np.ndarray]] = {}
    n = 0
    for chunk in chunks:
        if header is None:
            header = [str(c).strip() for c in chunk.columns]
            _refuse_duplicate_headers(path.name, header)
            index = {c: {} for c in header}
            parts = {c: [] for c in header}
        for col, values in zip(header, chunk.columns, strict=True):
            codes, uniques = pd.factorize(chunk[values].to_numpy())
            seen = index[col]
            lut = [seen.setdefault(u.strip() if isinstance(u, str) else u, len(seen))
                   for u in uniques]
            lut.append(seen.setdefault("", len(seen)) if len(codes) and codes.min() < 0 else 0)
            parts[col].append(np.array(lut, dtype=np.int32)[codes])
        n += len(chunk)
    if header is None:
        raise pd.errors.EmptyDataError("no columns")
    return CodedTable(
        path,
        {c: (np.concatenate(parts[c]) if parts[c] else np.zeros(0, np.int32)) for c in header},
        {c: list(index[c]) for c in header},
        np.arange(2, n + 2, dtype=np.int64), header)


def _read_xlsx(path: Path, required: Sequence[str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The first sheet, every cell's value (a formula's last computed one), read with calamine
    (Rust): 500,000 scores in 2 s where openpyxl's cell objects took 21 s. The grid starts at
    A1 whatever is empty around the table, so the row numbers in messages are the sheet's."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False) \
            if wb.sheet_names else []
    except Exception as exc:  # calamine's own errors: not a zip, not a workbook, a bad part
        raise Refused(f"{path.name}: is not a valid .xlsx workbook ({_first_line(exc)})") from None
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


def _find_header(rows: Sequence[Sequence[Any]], required: Sequence[str]) -> int:
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
    """A cell as the text a person typed: 7.0 is '7', empty is '', a date 2024-01-02."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return "nan"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
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
