"""The scoring engine: judges' scores in, rankings, awards, confidence, flags and judge statistics
out. Pure numpy/scipy on 0-based index arrays; no database, no Qt.

Modules, one job each: ``inputs`` (what comes in, validated), ``totals`` (weighted total per judge
and application), ``additive`` (the judge-effect model), ``methods`` (adjust then aggregate, with
leave-one-judge-out values and standard errors), ``awards`` (ranking, award procedure, boundary
flags), ``confidence`` (simulation), ``sensitivity`` (leave-one-judge-out check), ``judges``
(judge statistics, reliability), ``results`` (what goes out), ``engine`` (the whole pass).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import compute_results, unresolved_ties
    from .inputs import AwardRules, Override, ScoringInput
    from .methods import METHODS
    from .results import AwardResult, CategoryResult, JudgeStats, Results

# Each name is loaded from its module on first use (PEP 562): the panel's chart needs the
# inputs and the weighted totals (numpy), not the engine and scipy (0.28 s to import).
_MODULE_OF = {
    "compute_results": "engine", "unresolved_ties": "engine",
    "AwardRules": "inputs", "Override": "inputs", "ScoringInput": "inputs",
    "METHODS": "methods",
    "AwardResult": "results", "CategoryResult": "results", "JudgeStats": "results",
    "Results": "results",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "METHODS",
    "AwardResult",
    "AwardRules",
    "CategoryResult",
    "JudgeStats",
    "Override",
    "Results",
    "ScoringInput",
    "compute_results",
    "unresolved_ties",
]
