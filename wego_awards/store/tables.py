"""The interface's tables: which columns each kind of file has, and how a row's key and numbers
are written. Pure data, no SQL: the command line's ``export``, the imports' planners and
``audit verify`` all read the columns from here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

KINDS = ("categories", "criteria", "applications", "judges", "assignments", "scores")

# kind -> (required columns, optional columns, key columns)
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "categories": (("code", "name"), ("description",), ("code",)),
    "criteria": (("code", "name", "weight", "min", "max"), ("description",), ("code",)),
    "applications": (("code", "category", "city", "country", "title"),
                     ("summary", "organisation", "email", "attachment"), ("code",)),
    "judges": (("code", "name"), ("affiliation", "country", "email", "conflicts"), ("code",)),
    "assignments": (("judge", "application"), (), ("judge", "application")),
    "scores": (("judge", "application", "criterion", "score"), ("comment",),
               ("judge", "application", "criterion")),
}


# The columns that hold numbers: a workbook gets them as numbers (a CSV file holds text anyway).
NUMBERS: dict[str, tuple[str, ...]] = {"criteria": ("weight", "min", "max"), "scores": ("score",)}


def all_columns(kind: str) -> tuple[str, ...]:
    required, optional, _ = COLUMNS[kind]
    return required + optional


def number_text(value: float) -> str:
    """A number as a person writes it: 7 not 7.0, 7.5 stays 7.5."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return repr(value)


def keyed(kind: str, rows: Iterable[Mapping[str, Any]]
          ) -> dict[tuple[str, ...], Mapping[str, Any]]:
    """Rows by their key (casefolded codes), for comparing two versions of a table."""
    key = key_of(kind)
    return {key(r): r for r in rows}


def key_of(kind: str) -> Callable[[Mapping[str, Any]], tuple[str, ...]]:
    """A row's key: the casefolded codes of the kind's key columns (no generator per row: the
    audit keys every row of every table)."""
    columns = COLUMNS[kind][2]
    if len(columns) == 1:
        (c,) = columns
        return lambda r: (str(r[c]).casefold(),)
    if len(columns) == 2:
        c1, c2 = columns
        return lambda r: (str(r[c1]).casefold(), str(r[c2]).casefold())
    return lambda r: tuple(str(r[c]).casefold() for c in columns)
