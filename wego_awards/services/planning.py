"""The machinery of an all-or-nothing import, shared by every kind of file and by the forms.

A file is read and checked whole into a :class:`Plan` (what it would change, in an
:class:`ImportReport`) before anything is written; :class:`Problems` collects what is wrong with
it, row by row, and refuses it whole. Codes are mapped to ids with pandas/numpy, fast for
500,000 rows. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from wego_awards.errors import InputRefused, Problem, Refused, quoted
from wego_awards.io.tables import ROW, CodedTable, Table
from wego_awards.keys import row_keys
from wego_awards.progress import Progress
from wego_awards.services.changes import ChangeSet
from wego_awards.store import EditionStore

MAX_PROBLEMS = 50  # a file with thousands of bad rows: the first ones tell the story


@dataclass
class ImportReport:
    """What an import did (or, for a preview, would do)."""

    kind: str
    file: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.removed

    def __str__(self) -> str:
        if not self.touched:
            return (f"{self.file}: nothing to change ({self.unchanged} {self.kind} already as in "
                    "the file)")
        parts = [f"{self.added} added", f"{self.changed} changed", f"{self.unchanged} unchanged"]
        if self.removed:
            parts.append(f"{self.removed} removed")
        return f"{self.file}: {self.kind}: " + ", ".join(parts)


class Problems:
    """Collects a file's problems in row order; refuses the file at the end if any."""

    def __init__(self, table: Table | str) -> None:
        self.name = table if isinstance(table, str) else table.name
        self.items: list[Problem] = []

        self.unshown = 0  # problems counted but not worded (beyond MAX_PROBLEMS of a kind)

    def add(self, message: str, row: int | None = None, column: str | None = None,
            value: object = None) -> None:
        if len(self.items) < MAX_PROBLEMS * 4:
            self.items.append(Problem(self.name, message, row, column, value))
        else:
            self.unshown += 1

    def first(self, mask) -> np.ndarray:
        """The rows a check found wrong, the first MAX_PROBLEMS of them to word; the rest are
        counted, so the message says how many problems the file really has."""
        rows = np.flatnonzero(mask)
        self.unshown += max(0, len(rows) - MAX_PROBLEMS)
        return rows[:MAX_PROBLEMS]

    def raise_if_any(self) -> None:
        if self.items:
            self.items.sort(key=lambda p: (p.row or 0))
            raise InputRefused(self.items, total=len(self.items) + self.unshown)


class Plan:
    """A checked file, ready to write; ``apply`` writes it in the caller's transaction."""

    def __init__(self, report: ImportReport,
                 apply: Callable[[Session, Progress | None], ChangeSet]):
        self.report = report
        self._apply = apply

    def apply(self, session: Session, progress: Progress | None = None) -> ChangeSet:
        """Write the plan; what it changed, for the history."""
        return self._apply(session, progress)


def known_codes(codes: dict[str, int] | list[str], limit: int = 12) -> str:
    names = getattr(codes, "written", None) or sorted(codes)
    text = ", ".join(names[:limit])
    return text + (", …" if len(names) > limit else "")


Rows: TypeAlias = pd.DataFrame | CodedTable
"""A file's rows: a frame (``ROW`` holding their numbers) or a :class:`CodedTable`."""


def row_numbers(rows: Rows) -> np.ndarray:
    """Each row's number in its file."""
    return rows.rows if isinstance(rows, CodedTable) else rows[ROW].to_numpy()


def cell(rows: Rows, column: str, i: int) -> Any:
    """The value of ``column`` in the i-th row (0-based)."""
    return rows.text(column, i) if isinstance(rows, CodedTable) else rows[column].iat[i]


def lookup_codes(values: np.ndarray, mapping: dict[str, int]) -> np.ndarray:
    """Codes to ids (casefolded), -1 where a code is unknown."""
    codes, uniques = pd.factorize(values)  # a few hundred distinct codes in 500,000 rows
    ids = np.array([mapping.get(u.casefold(), -1) for u in uniques] + [-1], dtype=np.int64)
    return ids[codes]


def unknown_codes(frame: Rows, ids: np.ndarray, column: str, kind: str,
                  mapping: dict[str, int], problems: Problems) -> None:
    rows = row_numbers(frame)
    hint = f"; known: {known_codes(mapping)}" if kind != "application" else ""
    for i in problems.first(ids < 0):
        value = cell(frame, column, i)
        problems.add(f"{quoted(value)} is not a{'n' if kind[0] in 'aeiou' else ''} {kind}{hint}",
                     int(rows[i]), column, value)


def duplicate_ids(frame: Rows, keys: list[np.ndarray], columns: list[str],
                  problems: Problems) -> None:
    """Duplicate keys in one file, found on the mapped ids (fast for 500,000 rows): the rows
    sorted by one combined key (stably, so each key's first row in the file comes first)."""
    key = row_keys(keys)
    if key is None:
        return _duplicate_ids_frame(frame, keys, columns, problems)
    order = np.argsort(key, kind="stable")
    ordered = key[order]
    same = ordered[1:] == ordered[:-1]
    if not same.any():
        return
    dup = np.zeros(len(key), dtype=bool)
    dup[order[1:][same]] = True
    rows = row_numbers(frame)
    for i in problems.first(dup):
        first = order[np.searchsorted(ordered, key[i])]
        shown = " / ".join(cell(frame, c, i) for c in columns)
        problems.add(f"duplicate key {quoted(shown)}: row {rows[first]} has it already",
                     int(rows[i]), columns[-1], shown)


def _duplicate_ids_frame(frame: Rows, keys: list[np.ndarray], columns: list[str],
                         problems: Problems) -> None:
    ids = pd.DataFrame({str(i): k for i, k in enumerate(keys)})
    dup = ids.duplicated(keep="first").to_numpy() & np.all(np.stack(keys) >= 0, axis=0)
    if not dup.any():
        return
    rows = row_numbers(frame)
    first = ids.assign(row=rows).drop_duplicates(list(ids.columns), keep="first")
    first_of = {tuple(r[:-1]): r[-1] for r in first.itertuples(index=False, name=None)}
    for i in problems.first(dup):
        key = tuple(int(k[i]) for k in keys)
        shown = " / ".join(cell(frame, c, i) for c in columns)
        problems.add(f"duplicate key {quoted(shown)}: row {first_of[key]} has it already",
                     int(rows[i]), columns[-1], shown)


def plan_by_round(store: EditionStore, round_cells: Any, rows: np.ndarray, name: str,
                  kind: str, plan_in: Callable[[EditionStore, np.ndarray], Plan]) -> Plan:
    """Rows that say their round (``round_cells``, the ``round`` column; ``rows``, their
    numbers in the file): each round's rows (a mask) planned in that round by ``plan_in`` (an
    empty cell: the store's round), every round checked before anything is written, and one
    report and one change set for the whole file."""
    problems = Problems(name)
    codes = pd.Series(round_cells, dtype=object).fillna("").astype(str).str.strip()
    folded = codes.str.casefold().to_numpy()
    stores: dict[str, EditionStore] = {"": store}
    written = {f: str(c) for f, c in zip(folded, codes, strict=True)}  # as the file wrote it
    for code in sorted(set(folded) - {""}):
        try:
            stores[code] = store.in_round(written[code])
        except Refused as exc:
            for i in problems.first(folded == code):
                problems.add(exc.message, int(rows[i]), "round", codes.iat[i])
    problems.raise_if_any()
    plans: list[Plan] = []
    failures: list[InputRefused] = []
    for code in sorted(set(folded)):
        try:
            plans.append(plan_in(stores[code], folded == code))
        except InputRefused as exc:
            failures.append(exc)
    if failures:
        raise InputRefused([p for f in failures for p in f.problems],
                           total=sum(f.total for f in failures))
    report = ImportReport(kind, name)
    for p in plans:
        report.added += p.report.added
        report.changed += p.report.changed
        report.unchanged += p.report.unchanged
        report.notes += p.report.notes

    def apply(session: Session, progress: Progress | None) -> ChangeSet:
        out = ChangeSet()
        for p in plans:
            if p.report.touched:
                out = out + p.apply(session, None)
        if progress:
            progress(1, 1)
        return out

    return Plan(report, apply)
