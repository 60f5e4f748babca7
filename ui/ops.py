"""Typed operations: database work the app does, and what each one changed.

Shaped after Anki's ``CollectionOp`` and ``OpChanges``: an operation runs on the one database
worker, and when it is done the window is told *what* it changed (:class:`Changes`), so that each
view reads its data again only when the change touched something it shows. An import of scores
leaves the judges' table alone; a new category leaves the scoring form alone.

An operation may also carry its own way back (:class:`Undo`): Edit ▸ Undo runs it as a new act,
recorded in the history like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from wego_awards.db import Database
    from wego_awards.services.browse import EditionInfo
    from wego_awards.services.records import RecordChange

# What an operation can change. "edition" is the edition's identity and state (name, finalized);
# "settings" its rules; the rest are its tables.
PARTS = frozenset({"edition", "settings", "categories", "criteria", "applications", "judges",
                   "conflicts", "assignments", "scores", "decisions"})

# What each view shows, so what must change before it reads its data again.
VIEW_READS: dict[str, frozenset[str]] = {
    "applications": frozenset({"applications", "categories", "scores", "conflicts",
                               "assignments"}),
    "judges": frozenset({"judges", "scores", "conflicts", "assignments"}),
    "conflicts": frozenset({"conflicts", "judges", "applications", "categories"}),
    "assignments": frozenset({"assignments", "judges", "applications", "categories", "scores",
                              "conflicts"}),
    "categories": frozenset({"categories", "applications"}),
    "criteria": frozenset({"criteria"}),
    "scoring": frozenset({"judges", "applications", "categories", "criteria", "conflicts",
                          "assignments", "scores", "edition", "settings"}),
    "progress": frozenset({"judges", "applications", "categories", "criteria", "conflicts",
                           "assignments", "scores", "edition"}),
    "results": PARTS,
    "certificates": PARTS,
}


@dataclass(frozen=True)
class Changes:
    """What an operation changed: a subset of :data:`PARTS`."""

    parts: frozenset[str]

    @classmethod
    def of(cls, *parts: str | Iterable[str]) -> Changes:
        names: set[str] = set()
        for p in parts:
            names.update([p] if isinstance(p, str) else p)
        unknown = names - PARTS
        if unknown:
            raise ValueError(f"unknown parts {sorted(unknown)}")
        return cls(frozenset(names))

    @classmethod
    def everything(cls) -> Changes:
        return cls(PARTS)

    def touches(self, view: str) -> bool:
        """True when ``view`` shows something this change touched."""
        return bool(self.parts & VIEW_READS.get(view, PARTS))

    @property
    def counts(self) -> bool:
        """The edition's counts in the status bar may have changed."""
        return bool(self.parts & {"applications", "judges", "criteria", "categories",
                                  "edition", "settings", "decisions"})


# What each kind of the interface's files touches when imported.
IMPORT_CHANGES: dict[str, Changes] = {
    "categories": Changes.of("categories"),
    "criteria": Changes.of("criteria"),
    "applications": Changes.of("applications"),
    "judges": Changes.of("judges", "conflicts", "assignments", "scores"),
    "assignments": Changes.of("assignments"),
    "scores": Changes.of("scores"),
}


@dataclass(frozen=True)
class Undo:
    """The way back from an operation: ``label`` for the Edit menu ("Undo delete application
    EG-07") and ``fn(db)``, run on the worker, which returns what it did; ``changes`` is what
    running it touches."""

    label: str
    fn: Callable[[Database], RecordChange]
    changes: Changes


@runtime_checkable
class View(Protocol):
    """What the main window asks of every view in its sidebar."""

    def set_edition(self, info: EditionInfo) -> None:
        """A new edition is open (or its state changed): remember what the view needs of it."""

    def load(self) -> None:
        """Read the view's data again (shown, and something it shows has changed)."""

    def is_ready(self) -> bool:
        """Everything the view asked the worker for has arrived (screenshots, tests)."""
        ...
