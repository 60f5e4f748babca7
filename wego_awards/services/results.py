"""Results: the edition's scores through the scoring engine, into typed results.

The database is read into numpy arrays (ids mapped to 0-based positions), conflicted scores are
excluded, the engine computes, and the answer is worded with the edition's codes and names as a
:class:`~wego_awards.resultdata.Results` (whose ``to_json()`` is the interface's JSON). The same
data and method give the same bytes: numbers are rounded once, here, and nothing depends on the
clock or on the order rows come out of the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Category,
    Criterion,
    Edition,
    Judge,
    Override,
    Score,
)
from wego_awards.errors import Refused
from wego_awards.keys import places
from wego_awards.progress import Progress
from wego_awards.resultdata import Award as Award
from wego_awards.resultdata import AwardTier as AwardTier
from wego_awards.resultdata import CategoryResults as CategoryResults
from wego_awards.resultdata import Flag as Flag
from wego_awards.resultdata import JudgeFigures as JudgeFigures
from wego_awards.resultdata import JuryDecision as JuryDecision
from wego_awards.resultdata import ModelEstimates as ModelEstimates
from wego_awards.resultdata import RankedApplication as RankedApplication
from wego_awards.resultdata import Results as Results
from wego_awards.resultdata import ResultSettings as ResultSettings
from wego_awards.services import resultcache
from wego_awards.services.edition import AWARD_NAMES, get_edition
from wego_awards.store import EditionStore, in_sorted, pair_key_column

if TYPE_CHECKING:
    from wego_awards.scoring import AwardResult
    from wego_awards.scoring.model import ModelFit

METHOD_WORDS = {
    "additive": (
        "Judge-effect model (additive): each judge's weighted total for an application is read "
        "as the application's quality plus that judge's own leniency or harshness plus noise. "
        "The leniencies (offsets) are fitted over all applications at once by least squares, "
        "shrunk towards zero, and removed, so an application is not helped or hurt by which "
        "judges happened to score it. When every judge scores every application this equals "
        "the plain mean."),
    "mean": "Plain mean of the judges' weighted totals.",
    "zscore": (
        "Standardised scores: each judge's totals are rescaled to the panel's mean and spread "
        "before averaging, so a judge who uses a narrow or shifted part of the scale counts "
        "the same as the others."),
    "median": "Median of the judges' weighted totals (robust to one extreme judge).",
    "trimmed": (
        "Trimmed mean: the highest and lowest totals of each application are cut (the "
        "'trim' share from each end) before averaging."),
}


CONFIDENCE_MEANS = (
    "Confidence is the chance that this is the right award, given all the scores: how often, "
    "among the true qualities the scores leave plausible, the application really holds this "
    "place. It reads each score as the application's quality plus the judge's own leniency plus "
    "noise, with the spread of each estimated from the whole edition, and it allows for the "
    "luck that lifts a leader (applications are pulled towards their category's average by how "
    "little the scores can tell them apart). It is lowered by close rivals, by few judges, by "
    "judges who disagree (the noise), and by judges whose leniency is itself uncertain. For a "
    "jury's decision it is the chance the scores alone would have given that award.")


def _shrinkage(value: float | str | None) -> float | None:
    """The setting as the engine takes it: None to estimate it from the scores ("auto")."""
    if value is None or (isinstance(value, str) and value.strip().lower() == "auto"):
        return None
    return float(value)


def _model_entry(fit: ModelFit | None) -> ModelEstimates | None:
    """The model's estimated spreads (points on the 0..10 scale) and the ridge used."""
    if fit is None:
        return None
    return ModelEstimates(offset_sd=_r(fit.offset_sd, 3), noise_sd=_r(fit.noise_sd, 3),
                          quality_sd=_r(fit.quality_sd, 3), shrinkage=_r(fit.shrinkage, 3),
                          shrinkage_estimated=bool(fit.estimated), dof=int(fit.dof))


def _confidence_note(aw: AwardResult, apps: list[_App], n_judges: list[int]) -> str | None:
    """One sentence a jury reads right: what the figure is and what lowers it most."""
    if aw.confidence is None:
        return None
    pct = ("more than 99%" if aw.confidence >= 0.995 else "less than 1%"
           if aw.confidence < 0.005 else f"{round(100 * aw.confidence):d}%")
    what = AWARD_NAMES.get(aw.award, aw.award)
    me = apps[aw.app]
    head = (f"{pct} chance that {what} is the right award for {me.city} ({me.code}), "
            "given the scores" if not aw.overridden else
            f"The scores alone would have given {me.city} ({me.code}) {what} in {pct} of the "
            "plausible cases")
    reasons = []
    if aw.rival is not None and aw.rival_chance is not None and aw.rival_chance >= 0.005:
        r = apps[aw.rival]
        reasons.append(f"{r.city} ({r.code}) may truly rank on the other side of it "
                       f"({max(round(100 * aw.rival_chance), 1):d}% chance)")
    judged = int(n_judges[aw.app])
    if judged and judged <= 3:
        reasons.append(f"only {judged} judges scored it")
    tail = f"; lowered most by: {' and '.join(reasons)}." if reasons else "."
    return head[0].upper() + head[1:] + tail


def _r(value: float | None, digits: int = 2) -> float | None:
    if value is None or not np.isfinite(value):
        return None
    out = round(float(value), digits)
    return 0.0 if out == 0 else out  # never "-0.0"


class _App(NamedTuple):
    id: int
    code: str
    category_id: int
    city: str
    country: str
    title: str


def _rounded(values: np.ndarray, digits: int) -> list[float | None]:
    """An array rounded once, as plain floats (None where there is no figure, never -0.0)."""
    out = np.round(np.asarray(values, dtype=np.float64), digits) + 0.0
    return [None if v != v else v for v in out.tolist()]


def compute(db: Database, method: str | None = None,
            progress: Progress | None = None, round_code: str | None = None) -> Results:
    """The results (reads only), of the open round or of the round ``round_code``;
    ``to_json()`` is what ``results --json`` prints."""
    with db.read() as session:
        edition = get_edition(session)
        if progress:
            progress(0, 2)
        data, _ = compute_in_session(session, edition, method=method, round_code=round_code)
        if progress:
            progress(2, 2)
        return data


def load_scores(store: EditionStore) -> tuple[np.ndarray, ...]:
    """All score rows of the round as (judge_id, application_id, criterion_id, value,
    excluded) arrays, ``excluded`` marking a score whose judge has a conflict with its
    application.

    The judge and application come as one pair key (three numbers a row from the driver, not
    four: a fifth less time for 500,000 scores), the key the conflicts are matched on too."""
    key, c, v = store.columns(
        store.select(pair_key_column(Score), Score.criterion_id, Score.value, of=Score),
        (np.int64, np.int64, np.float64))
    return key >> 32, key & 0xFFFFFFFF, c, v, in_sorted(key, store.conflict_pairs())


def compute_in_session(session: Session, edition: Edition, method: str | None = None,
                       with_ties: bool = False,
                       round_code: str | None = None) -> tuple[Results, list[str]]:
    """Compute inside an open session; with ``with_ties`` also word the exact ties at award
    boundaries that no override settles (finalize refuses while there are any).

    Computed once per data state: the same inputs (see :mod:`resultcache`) give the results
    kept the first time."""
    store = EditionStore(session, edition).in_round(round_code)
    settings = store.settings()
    method = method or settings["method"]
    cats = session.execute(store.select(Category.id, Category.code, Category.name)
                           .order_by(Category.position, Category.code)).all()
    apps = [_App(*r) for r in store.rows(
        select(Application.id, Application.code, Application.category_id,
               Application.city, Application.country, Application.title)
        .where(store.entered()).order_by(Application.id))]  # those in the round
    judges = session.execute(store.select(Judge.id, Judge.code, Judge.name)
                             .order_by(Judge.id)).all()
    crits = session.execute(store.select(Criterion.id, Criterion.weight, Criterion.min,
                                         Criterion.max).order_by(Criterion.id)).all()
    if not crits:
        raise Refused("the edition has no criteria yet; import them first")
    sj, sa, sc, sv, excluded = load_scores(store)
    # The awards come from the last round; an earlier round ranks only.
    last = store.is_last_round()
    # The jury's award decisions are the last round's: an earlier round has no awards to
    # decide (its cut is decided by promote and demote).
    overrides = session.execute(
        store.select(Override.category_id, Override.award, Override.application_id,
                     Override.reason, Override.actor, Override.at)).all() if last else []
    key = None if resultcache.folder() is None else resultcache.fingerprint(
        {"method": method, "round": store.round.code, "last": last, "settings": settings,
         "edition": edition.uid,  # the seed of the engine's draws
         "categories": [tuple(c) for c in cats], "applications": [tuple(a) for a in apps],
         "judges": [tuple(j) for j in judges], "criteria": [tuple(c) for c in crits],
         "overrides": [tuple(o) for o in overrides]},
        (sj, sa, sc, sv, excluded))
    kept = resultcache.load(key) if key else None
    if kept is not None:  # worded with the edition as it is now (named, finalized since)
        data, ties = kept
        data = replace(data, edition=edition.name, year=edition.year,
                       finalized=bool(edition.finalized))
    else:
        data, ties = _computed(edition, settings, method, store, cats, apps, judges, crits,
                               (sj, sa, sc, sv), excluded, last, overrides)
        if key:
            resultcache.save(key, data, ties)
    return data, ties if with_ties else []


def _computed(edition: Edition, settings: dict[str, Any], method: str, store: EditionStore,
              cats: Sequence[Any], apps: list[_App], judges: Sequence[Any],
              crits: Sequence[Any], scores: tuple[np.ndarray, ...], excluded: np.ndarray,
              last: bool, overrides: Sequence[Any]) -> tuple[Results, list[str]]:
    """The engine's answer worded as :class:`Results`, and the exact ties no decision
    settles."""
    from wego_awards.scoring import AwardRules, ScoringInput, compute_results, unresolved_ties
    from wego_awards.scoring import Override as EngineOverride

    sj, sa, sc, sv = scores
    app_ids = np.array([a.id for a in apps], dtype=np.int64)
    judge_ids = np.array([j.id for j in judges], dtype=np.int64)
    crit_ids = np.array([c.id for c in crits], dtype=np.int64)
    cat_pos = {c.id: i for i, c in enumerate(cats)}
    inp = ScoringInput(
        n_apps=len(apps), n_judges=len(judges), n_categories=len(cats),
        app_category=np.array([cat_pos[a.category_id] for a in apps], dtype=np.int64),
        s_app=places(sa, app_ids), s_judge=places(sj, judge_ids),
        s_crit=places(sc, crit_ids), s_value=sv,
        crit_weight=np.array([c.weight for c in crits], dtype=np.float64),
        crit_min=np.array([c.min for c in crits], dtype=np.float64),
        crit_max=np.array([c.max for c in crits], dtype=np.float64),
        excluded=excluded,
        app_labels=[a.code for a in apps], judge_labels=[j.code for j in judges],
        category_labels=[c.code for c in cats],
    )
    tiers = tuple((t["award"], int(t["count"])) for t in settings["awards"]) if last else ()
    rules = AwardRules(tiers=tiers, min_score=settings["min_score"],
                       near_tie=float(settings["near_tie"]),
                       low_confidence=float(settings["low_confidence"]),
                       shrinkage=_shrinkage(settings["shrinkage"]), trim=float(settings["trim"]),
                       seed=int(edition.uid.replace("-", "")[:8], 16))
    app_pos = {a.id: i for i, a in enumerate(apps)}
    # A decision for an application that did not go on into this round cannot stand: said.
    gone = [o for o in overrides if o.application_id not in app_pos]
    overrides = [o for o in overrides if o.application_id in app_pos]
    stale = [f"the jury's decision on {o.award} in "
             f"{next(c.code for c in cats if c.id == o.category_id)} names an application "
             f"that is not in round {store.round.code}; it is not applied" for o in gone]
    engine_overrides = [EngineOverride(category=cat_pos[o.category_id], award=o.award,
                                       app=app_pos[o.application_id]) for o in overrides]
    why = {(cat_pos[o.category_id], o.award): JuryDecision(reason=o.reason, by=o.actor, at=o.at)
           for o in overrides}
    try:
        res = compute_results(inp, method=method, rules=rules, overrides=engine_overrides)
    except ValueError as exc:
        raise Refused(str(exc)) from None

    # Each figure rounded once: an award shows its application's score and raw mean as its
    # ranking row does (rounded apart, one was 7.47 where the other was 7.48).
    score2, raw2, se3 = _rounded(res.score, 2), _rounded(res.raw_mean, 2), _rounded(res.se, 3)
    n_judges = res.n_judges.tolist()

    categories = []
    for ci, cr in enumerate(res.categories):
        c = cats[ci]
        awards = []
        for aw in cr.awards:
            a = apps[aw.app]
            awards.append(Award(
                award=aw.award, application=a.code, city=a.city, country=a.country,
                title=a.title, score=score2[aw.app], raw_mean=raw2[aw.app],
                confidence=_r(aw.confidence),
                override=why.get((ci, aw.award)) if aw.overridden else None,
                confidence_note=_confidence_note(aw, apps, n_judges)))
        award_of = {aw.app: aw.award for aw in cr.awards}
        ranking = tuple(
            RankedApplication(rank=rank, application=apps[i].code, city=apps[i].city,
                              country=apps[i].country, title=apps[i].title, score=score2[i],
                              raw_mean=raw2[i], judges=n_judges[i], se=se3[i],
                              award=award_of.get(i))
            for rank, i in cr.ranking)
        flags = tuple(
            Flag(kind=f["kind"], message=f["message"],
                 applications=tuple(apps[i].code for i in f["applications"]),
                 judge=judges[f["judge"]].code if f.get("judge") is not None else None)
            for f in cr.flags)
        categories.append(CategoryResults(code=c.code, name=c.name, awards=tuple(awards),
                                          ranking=ranking, flags=flags))
    judge_rows = []
    for rec in res.judges.records():
        j = judges[rec["judge"]]
        judge_rows.append(JudgeFigures(code=j.code, name=j.name, scored=rec["n_scored"],
                                       offset=_r(rec["offset"]), spread=_r(rec["spread"]),
                                       agreement=_r(rec["agreement"]), outlier=rec["outlier"]))
    data = Results(
        edition=edition.name, year=edition.year, method=method,
        finalized=bool(edition.finalized),
        categories=tuple(categories),
        warnings=tuple(res.warnings) + tuple(stale),
        judges=tuple(judge_rows),
        reliability=_r(res.reliability),
        reliability_adjusted=_r(res.reliability_adjusted),
        model=_model_entry(res.model),
        confidence_means=CONFIDENCE_MEANS,
        missing_scores=int(res.missing),
        excluded_scores=int(excluded.sum()),
        method_description=METHOD_WORDS[method],
        settings=ResultSettings(
            awards=tuple(AwardTier(award=t["award"], count=t["count"])
                         for t in settings["awards"]),
            min_score=settings["min_score"], near_tie=settings["near_tie"],
            low_confidence=settings["low_confidence"], shrinkage=settings["shrinkage"],
            trim=settings["trim"]),
    )
    ties = [f"{cats[t['category']].code}: {t['message']}" for t in unresolved_ties(res)]
    return data, ties


def format_results(data: Results) -> str:
    """The results in words, for a terminal."""
    state = "FINALIZED" if data.finalized else "not finalized (draft)"
    lines = [f"{data.edition} ({data.year}) — method: {data.method} — {state}"]
    for c in data.categories:
        lines += ["", f"{c.code}  {c.name}"]
        for a in c.awards:
            conf = "" if a.confidence is None else f"  confidence {a.confidence:.0%}"
            by = "  (jury's decision)" if a.override else ""
            lines.append(f"  {AWARD_NAMES[a.award]:<16} {a.application:<8} "
                         f"{a.city}, {a.country}: {a.title[:50]}  "
                         f"score {a.score:.2f} (raw {a.raw_mean:.2f}){conf}{by}")
        for f in c.flags:
            lines.append(f"  ! {f.message}")
    for w in data.warnings:
        lines.append(f"\nwarning: {w}")
    if data.missing_scores:
        lines.append(f"\n{data.missing_scores} judge-application pairs are partly scored "
                     "and not counted")
    return "\n".join(lines)


def write_results(data: Results, out: str | Path) -> Path:
    """The results as a readable workbook (a sheet per category, one of judges) or a flat CSV."""
    out = Path(out)
    columns = ["category", "rank", "application", "city", "country", "title", "score",
               "raw_mean", "judges", "se", "award", "confidence", "override_reason"]
    rows: list[list[object]] = []
    for c in data.categories:
        conf = {a.application: a for a in c.awards}
        for r in c.ranking:
            aw = conf.get(r.application)
            rows.append([c.code, r.rank, r.application, r.city, r.country,
                         r.title, r.score, r.raw_mean, r.judges, r.se,
                         r.award or "", aw.confidence if aw else "",
                         (aw.override.reason if aw.override else "") if aw else ""])
    if out.suffix.lower() == ".csv":
        from wego_awards.io.writing import write_table

        return write_table(out, columns, rows)
    if out.suffix.lower() != ".xlsx":
        raise Refused(f"{out.name}: results are written as .xlsx or .csv")
    from wego_awards.io.workbook import results_workbook

    return results_workbook(data, out)
