"""The scoring engine: judges' scores in, rankings, awards, confidence, flags and judge statistics
out. Pure numpy/scipy on 0-based index arrays; no database, no Qt.

Modules, one job each: ``inputs`` (what comes in, validated), ``totals`` (weighted total per judge
and application), ``additive`` (the judge-effect model), ``methods`` (adjust then aggregate, with
leave-one-judge-out values and standard errors), ``awards`` (ranking, award procedure, boundary
flags), ``confidence`` (simulation), ``sensitivity`` (leave-one-judge-out check), ``judges``
(judge statistics, reliability), ``results`` (what goes out), ``engine`` (the whole pass).
"""

from .engine import compute_results, unresolved_ties
from .inputs import AwardRules, Override, ScoringInput
from .methods import METHODS
from .results import AwardResult, CategoryResult, JudgeStats, Results

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
