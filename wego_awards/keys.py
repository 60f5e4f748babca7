"""Pair keys: one int64 per (judge, application) pair, judge id << 32 | application id, so that
sets of pairs are sorted arrays and set tests are binary searches.

A leaf (numpy only): the store, the status's figures and the quick reader of a SQLite file share
these, and SQL makes the same key as ``judge_id * 4294967296 + application_id``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

PAIR_SHIFT = 32
LOW = (1 << PAIR_SHIFT) - 1  # key & LOW is the application id, key >> PAIR_SHIFT the judge's


def pair_keys(judge_ids: np.ndarray, app_ids: np.ndarray) -> np.ndarray:
    """One int64 per (judge, application) pair, for fast set tests with numpy."""
    import numpy as np

    return judge_ids.astype(np.int64) * (1 << PAIR_SHIFT) + app_ids.astype(np.int64)


def sorted_unique(keys: np.ndarray) -> np.ndarray:
    """``np.unique`` of integer keys without its masked-array check (which imports numpy.ma,
    7-10 ms of every command that reads conflicts): sorted, then the repeats dropped."""
    import numpy as np

    keys = np.sort(keys)
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys


def in_sorted(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is one of ``sorted_keys`` (sorted ascending, as
    :func:`sorted_unique`, ``conflict_pairs`` and ``assignment_pairs`` give them): a binary
    search each, faster than ``np.isin`` for 500,000 keys."""
    import numpy as np

    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


def places(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Where each of ``values`` sits in ``ids`` (unique, in any order), -1 where it is not
    there: a subtraction when ``ids`` run from their first without a gap, as an edition's ids
    mostly do, else a binary search."""
    import numpy as np

    values = np.asarray(values, dtype=np.int64)
    if not len(ids):
        return np.full(len(values), -1, dtype=np.int64)
    ids = np.asarray(ids, dtype=np.int64)
    if int(ids[-1]) - int(ids[0]) == len(ids) - 1 and bool(np.all(np.diff(ids) == 1)):
        at = values - ids[0]
        return np.where((at >= 0) & (at < len(ids)), at, -1)
    order = np.argsort(ids, kind="stable")
    at = np.minimum(np.searchsorted(ids[order], values), len(ids) - 1)
    return np.where(ids[order][at] == values, order[at], -1).astype(np.int64)


def country_key(country: str) -> str:
    """A country as the own-country rule compares it: case and spaces aside ("United  Kingdom "
    is "united kingdom"); empty for none, which matches nothing."""
    return " ".join(country.split()).casefold()


def same_country_pairs(judges: Iterable[tuple[int, str]],
                       apps: Iterable[tuple[int, str]]) -> np.ndarray:
    """The pair keys of every (judge, application) from the same country, the own-country
    rule's conflicts, from (judge id, country) and (application id, country) rows, compared by
    :func:`country_key` in memory (a join on lower(country) has no index to use and takes
    seconds on a large edition). A judge or an application without a country conflicts with
    nobody."""
    import numpy as np

    by_country: dict[str, list[int]] = {}
    for app_id, country in apps:
        key = country_key(country)
        if key:
            by_country.setdefault(key, []).append(app_id)
    parts = [pair_keys(np.full(len(ids), judge_id), np.array(ids))
             for judge_id, country in judges
             for ids in [by_country.get(country_key(country), [])] if ids]
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)


def row_keys(columns: Sequence[np.ndarray]) -> np.ndarray | None:
    """One int64 per row for several integer id columns, ordered as the rows sort (the first
    column first): mixed radix, each column's largest id + 1. None when they would not fit in
    62 bits. A row with a negative id (a code that named nothing) gets a key of its own, below
    0, that no other row has."""
    import numpy as np

    valid = np.ones(len(columns[0]), dtype=bool)
    for k in columns:
        valid &= k >= 0
    out = np.zeros(len(columns[0]), dtype=np.int64)
    span = 1
    for k in columns:
        radix = int(k.max()) + 1 if len(k) else 1
        span *= max(radix, 1)
        if span >= 1 << 62:
            return None
        out = out * radix + np.where(valid, k, 0)
    return np.where(valid, out, -1 - np.arange(len(out), dtype=np.int64))
