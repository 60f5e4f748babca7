"""What a file holds, told from its header row, and a refusal when it is not what was asked.

A file's name says nothing reliable ("export (2).csv", "judges-final.csv" that holds scores):
the kind is read from the columns of its header row, however the file arrived (chosen, typed,
pasted or dropped). The import dialog shows the kind before anything is written, and refuses a
file whose columns fit no kind, or fit another kind than the one chosen, saying what its columns
look like. A judge's package (an edition database) is recognised too, so a package dropped on
the import dialog is sent to the return merge instead of being refused as a table.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from wego_awards.db import sealed
from wego_awards.errors import Refused
from wego_awards.store import COLUMNS, KINDS

SHEET_COLUMNS = ("application", "category", "city", "title", "comment")  # a judge's sheet
PACKAGE_SUFFIXES = (".db", ".wego", ".sqlite")
TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_ROWS = 40  # a judge's sheet has the edition and the legend above its table


@dataclass(frozen=True)
class FileKind:
    """What a file was found to hold: a ``kind`` of table (or "package"), or None with
    ``columns`` saying what its header has."""

    path: Path
    kind: str | None
    columns: tuple[str, ...] = ()
    sheet: bool = False  # a judge's Excel sheet (a kind of scores file)
    also: tuple[str, ...] = ()  # kinds the header fits just as well (code + name alone)

    def describe_columns(self, limit: int = 10) -> str:
        cols = [c for c in self.columns if c]
        text = ", ".join(cols[:limit])
        return (text + (", …" if len(cols) > limit else "")) or "(no header row)"


def is_package(path: str | Path) -> bool:
    """True when ``path`` is an SQLite database file (an edition or an unsealed package) or, by
    its name, a judge's sealed package (encrypted: its bytes say nothing more)."""
    try:
        head = sealed.file_head(Path(path))
    except OSError:
        return False
    return head == SQLITE_MAGIC or (Path(path).suffix.lower() in PACKAGE_SUFFIXES
                                    and sealed.salt_in(head) is not None)


def _header_csv(path: Path) -> tuple[str, ...]:
    with open(path, "rb") as fh:  # the header only: a 500,000-row file is not read whole
        raw = fh.read(65536)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw[:exc.start].decode("utf-8-sig", errors="ignore")
    row = next(csv.reader(io.StringIO(text)), [])
    return tuple(c.strip() for c in row)


def _header_rows_xlsx(path: Path) -> list[tuple[str, ...]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable workbook: its import names the reason
        return []
    try:
        rows = []
        for r in wb.worksheets[0].iter_rows(values_only=True, max_row=HEADER_ROWS):
            rows.append(tuple("" if v is None else str(v).strip() for v in (r or ())))
        return rows
    finally:
        wb.close()


def _best_kinds(header: set[str]) -> tuple[str, ...]:
    """The kinds whose required columns the header holds, best first: the one that explains the
    most of the header (a scores file also holds an assignments file's two columns). Kinds that
    fit equally well (code and name alone: categories or judges) all come back."""
    scored = []
    for kind in KINDS:
        required, optional, _ = COLUMNS[kind]
        if set(required) <= header:
            scored.append(((len(required), len(header & set(optional))), kind))
    if not scored:
        return ()
    top = max(s for s, _ in scored)
    return tuple(k for s, k in scored if s == top)


def _found(p: Path, header: tuple[str, ...]) -> FileKind | None:
    kinds = _best_kinds(set(header))
    if not kinds:
        return None
    # Equally good fits (code and name alone) are told apart by the file's name, if it helps.
    stem = p.stem.lower()
    named = [k for k in kinds if k in stem or k.rstrip("s") in stem]
    if named:
        kinds = (named[0], *(k for k in kinds if k != named[0]))
    return FileKind(p, kinds[0], header, also=kinds[1:])


def from_header(path: Path, header: tuple[str, ...]) -> FileKind:
    """What a file whose header row is ``header`` holds (a judge's sheet is scores)."""
    if set(SHEET_COLUMNS) <= set(header):
        return FileKind(path, "scores", header, sheet=True)
    return _found(path, header) or FileKind(path, None, header)


def detect(path: str | Path) -> FileKind:
    """Read ``path``'s header row (or recognise an edition database) and say what it holds."""
    p = Path(path)
    if not p.exists():
        raise Refused(f"{p}: no such file")
    if p.is_dir():
        raise Refused(f"{p}: is a folder, not a file")
    if is_package(p):
        return FileKind(p, "package")
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _header_rows_xlsx(p)
        for row in rows:
            found = from_header(p, row)
            if found.kind is not None:
                return found
        first = next((r for r in rows if any(r)), ())
        return FileKind(p, None, first)
    if suffix == ".csv" or suffix not in PACKAGE_SUFFIXES:
        return from_header(p, _header_csv(p))
    return FileKind(p, None)


def needed_columns(kind: str) -> str:
    """The columns a file of ``kind`` must have, for messages."""
    return ", ".join(COLUMNS[kind][0])


def check_kind(found: FileKind, chosen: str | None) -> str:
    """The kind to import ``found`` as: the detected kind, checked against ``chosen`` (the kind
    the person picked, if any). Refused, saying what the columns look like, when the file fits
    no kind or another kind than the one chosen."""
    name = found.path.name
    if found.kind == "package":
        raise Refused(f"{name} is an edition or a judge's package, not a table; merge a judge's "
                      "return with Edition ▸ Merge a judge's return")
    if found.kind is None:
        wanted = f"a {chosen} file needs {needed_columns(chosen)}" if chosen else (
            "e.g. applications need " + needed_columns("applications"))
        raise Refused(f"{name} fits no kind of file: its header row has "
                      f"{found.describe_columns()}; {wanted}")
    if chosen and chosen in found.also:
        return chosen
    if chosen and chosen != found.kind:
        raise Refused(f"{name} holds {found.kind}, not {chosen}: its header row has "
                      f"{found.describe_columns()}; {chosen} need {needed_columns(chosen)}")
    return found.kind
