"""The results as the services hand them out: frozen dataclasses the app, the command line, the
report, the certificates and the results workbook read by attribute.

``Results.to_json()`` is exactly what ``results --json`` prints (docs/interface.md): every class
here names its fields as the JSON's keys, in the JSON's order, and ``to_json`` walks them in that
order. Values are kept as the services computed them (numbers rounded once there, the edition's
settings as stored), so the same data gives the same bytes.

A leaf: it imports nothing of the program, so the services that build these and the layers
below them that read them (``pdf``, ``io``) share the one definition.
"""

from __future__ import annotations

import operator
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, TypeVar

_R = TypeVar("_R", bound="_JSONRecord")


@dataclass(frozen=True, slots=True)
class _JSONRecord:
    """A frozen dataclass whose fields are its JSON keys, in order."""

    def to_json(self) -> dict[str, object]:
        """The record as JSON data (dicts, lists, str, int, float, bool, None)."""
        shape = _shape(type(self))
        values = shape.values(self)
        if shape.plain:  # no records or tuples inside: the values are JSON already
            return dict(zip(shape.names, values, strict=True))
        return {name: _json(v) for name, v in zip(shape.names, values, strict=True)}

    @classmethod
    def from_json(cls: type[_R], data: dict[str, Any]) -> _R:
        """The record back from its ``to_json()``: ``from_json(x.to_json()) == x``."""
        shape = _shape(cls)
        if shape.plain:
            return cls(*[data[name] for name in shape.names])
        return cls(*[read(data[name]) for name, read in zip(shape.names, shape.readers,
                                                             strict=True)])


@dataclass(frozen=True, slots=True)
class _Shape:
    """A record class's fields, in order, read once: their names, a getter of their values,
    how to read each from JSON, and whether all are plain JSON values."""

    names: tuple[str, ...]
    values: Callable[[Any], tuple[Any, ...]]
    readers: tuple[Callable[[Any], Any], ...]
    plain: bool


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        names = tuple(f.name for f in fields(cls))
        hints = typing.get_type_hints(cls)
        readers = tuple(_reader(hints[name]) for name in names)
        get = operator.attrgetter(*names)
        values = get if len(names) > 1 else (lambda rec: (get(rec),))
        shape = _SHAPES[cls] = _Shape(names, values, readers,
                                      all(r is _same for r in readers))
    return shape


def _reader(hint: Any) -> Callable[[Any], Any]:
    """How a JSON value becomes a field of type ``hint``: records from dicts, tuples from lists,
    an optional record None or a record; anything else as it is."""
    if isinstance(hint, type) and issubclass(hint, _JSONRecord):
        return hint.from_json
    origin = typing.get_origin(hint)
    if origin is tuple:
        inner = _reader(typing.get_args(hint)[0])
        return lambda v: tuple(inner(x) for x in v)
    if origin in (typing.Union, types.UnionType):
        records = [a for a in typing.get_args(hint)
                   if isinstance(a, type) and issubclass(a, _JSONRecord)]
        if records:
            one = records[0].from_json
            return lambda v: None if v is None else one(v)
    return _same


def _same(value: Any) -> Any:
    return value


def _json(value: object) -> object:
    """A field's value as JSON data: records as dicts, tuples as lists."""
    if isinstance(value, _JSONRecord):
        return value.to_json()
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class JuryDecision(_JSONRecord):
    """The jury's decision that gave an award: why, who recorded it and when."""

    reason: str
    by: str
    at: str


@dataclass(frozen=True, slots=True)
class Award(_JSONRecord):
    """One award given in a category and the application that holds it."""

    award: str  # gold, silver or special_mention
    application: str  # the application's code
    city: str
    country: str
    title: str
    score: float | None  # the method's score (0..10), rounded to 2 places
    raw_mean: float | None  # the plain mean of the judges' totals, rounded to 2 places
    confidence: float | None  # the chance this is the right award, given the scores
    override: JuryDecision | None  # the jury's decision, None when the scores gave it
    confidence_note: str | None  # the confidence in words, with what lowers it most


@dataclass(frozen=True, slots=True)
class RankedApplication(_JSONRecord):
    """One application in its category's ranking (only applications with a complete score)."""

    rank: int  # exact ties share a rank: 1, 2, 2, 4
    application: str
    city: str
    country: str
    title: str
    score: float | None
    raw_mean: float | None
    judges: int  # judges whose total counted
    se: float | None  # the score's standard error, rounded to 3 places
    award: str | None  # the award it holds, if any


@dataclass(frozen=True, slots=True)
class Flag(_JSONRecord):
    """What the jury must look at in a category."""

    kind: str  # tie, near_tie, empty_tier, low_confidence, judge_dependent
    message: str
    applications: tuple[str, ...]  # the applications' codes
    judge: str | None  # the judge's code, for a result that depends on one judge


@dataclass(frozen=True, slots=True)
class CategoryResults(_JSONRecord):
    """A category's awards, ranking and flags."""

    code: str
    name: str
    awards: tuple[Award, ...]
    ranking: tuple[RankedApplication, ...]
    flags: tuple[Flag, ...]


@dataclass(frozen=True, slots=True)
class JudgeFigures(_JSONRecord):
    """A judge's statistics: how many applications scored completely, the offset the method
    removes (points, + lenient), the spread of their totals and their agreement with the
    panel."""

    code: str
    name: str
    scored: int
    offset: float | None
    spread: float | None
    agreement: float | None
    outlier: bool


@dataclass(frozen=True, slots=True)
class ModelEstimates(_JSONRecord):
    """The judge-effect model's estimated spreads (points on the 0..10 scale) and its ridge."""

    offset_sd: float | None
    noise_sd: float | None
    quality_sd: float | None
    shrinkage: float | None
    shrinkage_estimated: bool
    dof: int


@dataclass(frozen=True, slots=True)
class AwardTier(_JSONRecord):
    """How many of an award each category gives."""

    award: str
    count: int


@dataclass(frozen=True, slots=True)
class ResultSettings(_JSONRecord):
    """The edition's award rules the results were computed with, as stored in its settings."""

    awards: tuple[AwardTier, ...]
    min_score: float | None
    near_tie: float
    low_confidence: float
    shrinkage: float | str  # a number, or "auto": estimated from the scores
    trim: float

    def given(self) -> list[str]:
        """The awards a category gives (tiers with a count), in order."""
        return [t.award for t in self.awards if t.count]


@dataclass(frozen=True, slots=True)
class Results(_JSONRecord):
    """The edition's results: per category the awards, ranking and flags; the judges'
    statistics; the model's estimates; and what the method and the confidence mean."""

    edition: str
    year: int
    method: str
    finalized: bool
    categories: tuple[CategoryResults, ...]
    warnings: tuple[str, ...]
    judges: tuple[JudgeFigures, ...]
    reliability: float | None  # the panel's ICC of the raw totals
    reliability_adjusted: float | None  # the same of the method's adjusted totals
    model: ModelEstimates | None  # None when the scores leave nothing to estimate from
    confidence_means: str
    missing_scores: int  # judge-application pairs partly scored, not counted
    excluded_scores: int  # scores left out for a conflict of interest
    method_description: str
    settings: ResultSettings

    def award_count(self) -> int:
        """How many awards are given across the categories."""
        return sum(len(c.awards) for c in self.categories)
