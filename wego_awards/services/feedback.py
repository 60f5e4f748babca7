"""Feedback letters: for every applicant, winner or not, how far the application went, each
criterion's average beside the category's spread, and the judges' comments without their names.

One letter holds one application's data and nothing of another's but the category's anonymous
spread (each application's average, never its code). The figures come from the last scoring
round the application took part in; the comments from every round it was judged in, each judge
labelled Judge A, B, C... in the order they first commented (the same judge keeps the same
letter across rounds, and no label says who). The award comes from the results of the last
round. Words, fonts and template are the certificates': ``settings certificate_language`` sets
the letters' language (``en+ko`` for two).
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Category,
    Criterion,
    Edition,
    Round,
    RoundEntry,
    Score,
)
from wego_awards.errors import MissingGlyphs, Refused
from wego_awards.keys import places
from wego_awards.progress import Progress
from wego_awards.services.clock import now
from wego_awards.services.edition import get_edition, settings_of
from wego_awards.services.paper import (
    ceremony_day,
    certificate_languages,
    edition_folder,
    in_edition_language,
    load,
)
from wego_awards.services.results import compute_in_session
from wego_awards.store import ALL_ROUNDS, EditionStore, in_edition, in_sorted, pair_keys


def letters(db: Database, *, application: str | None = None,
            numbers: bool = True) -> list[Any]:
    """The letters' data (``pdf.feedback.FeedbackLetter``), one per application (or only
    ``application``'s), by code."""
    with db.read() as session:
        edition = get_edition(session)
        return _letters(session, edition, application, numbers)


def write_letters(db: Database, out: str | Path, *, application: str | None = None,
                  numbers: bool = True, progress: Progress | None = None,
                  template: str | Path | None = None,
                  allow_missing_glyphs: bool = False) -> list[Path]:
    """Write the letters into ``out``, one PDF per application; refused, writing nothing, when
    a name holds characters no shipped font draws (unless ``allow_missing_glyphs``)."""
    from wego_awards.pdf.feedback import missing_glyphs, render_letters

    with db.read() as session:
        edition = get_edition(session)
        tpl = in_edition_language(load(edition, template, edition_folder(db)), edition)
        found = _letters(session, edition, application, numbers)
    if not allow_missing_glyphs:
        problems = [f"{lt.application}: {where}: {chars}"
                    for lt in found for where, chars in missing_glyphs(lt, tpl)]
        if problems:
            shown = "\n  ".join(problems[:10])
            more = f"\n  and {len(problems) - 10} more" if len(problems) > 10 else ""
            raise MissingGlyphs(f"{len(problems)} field(s) of the letters hold characters no "
                                f"shipped font draws; they would print as empty boxes:\n  "
                                f"{shown}{more}\nCorrect them, or write anyway "
                                "(--allow-missing-glyphs)")
    return render_letters(found, Path(out), tpl, progress=progress)


def letter_pdf(db: Database, application: str, *, numbers: bool = True) -> tuple[str, bytes]:
    """One application's letter as (file name, PDF bytes), for a preview (a character no font
    draws is drawn as a box here; writing the letters names it)."""
    with tempfile.TemporaryDirectory(prefix="wego-letter-") as tmp:
        [path] = write_letters(db, tmp, application=application, numbers=numbers,
                               allow_missing_glyphs=True)
        return path.name, path.read_bytes()


def _letters(session: Session, edition: Edition, only: str | None,
             numbers: bool) -> list[Any]:
    from wego_awards.pdf.feedback import CriterionFigures, FeedbackLetter, Stage, judge_label

    store = EditionStore(session, edition)
    rounds = store.rounds()
    apps = session.execute(
        select(Application.id, Application.code, Application.title, Application.city,
               Application.country, Category.id, Category.name)
        .join(Category, Category.id == Application.category_id)
        .where(store.mine(Application)).order_by(Application.code)).all()
    if only is not None:
        wanted = store.find(Application, only, "application")
        apps = [a for a in apps if a[0] == wanted.id]
    if not apps:
        raise Refused("the edition has no applications to write letters for")
    # The last round each application took part in (every one took part in the first).
    reached: dict[int, Round] = {a[0]: rounds[0] for a in apps}
    for r in rounds[1:]:
        if r.opened_at is None:
            continue
        for (app_id,) in session.execute(select(RoundEntry.application_id)
                                         .where(RoundEntry.round_id == r.id)):
            if app_id in reached:
                reached[app_id] = r
    qualifying = [r for r in rounds if r.kind == "qualifying"]
    opened = {r.id for r in rounds if r.opened_at is not None}
    awards = _awards(session, edition, rounds)
    conflicted = store.conflict_pairs()
    figures = {r.id: _figures(store.in_round(r), conflicted)
               for r in rounds if r.kind == "scoring" and r.id in opened}
    comments = _comments(session, edition, conflicted)
    settings = settings_of(edition)
    language = "+".join(certificate_languages(settings))
    day = ceremony_day(settings, edition)  # the certificates' date; a letter needs a day
    when = day if isinstance(day, date) else date.fromisoformat(now()[:10])
    out = []
    for app_id, code, title, city, country, cat_id, cat_name in apps:
        last = reached[app_id]
        qualified: bool | None = None
        if qualifying:
            q = qualifying[-1]
            if last.position > q.position:
                qualified = True
            elif last.id == q.id and any(r.position == q.position + 1 and r.id in opened
                                         for r in rounds):
                qualified = False
        scored = [r for r in rounds if r.kind == "scoring" and r.position <= last.position
                  and r.id in figures]
        crits: tuple[Any, ...] = ()
        n_judges = 0
        if scored:
            per_crit, n_judges = figures[scored[-1].id].get(app_id, ([], 0))
            crits = tuple(CriterionFigures(c_code, c_name, lo, hi, avg,
                                           tuple(figures[scored[-1].id]["category"]
                                                 [(cat_id, c_id)]))
                          for c_id, c_code, c_name, lo, hi, avg in per_crit)
        # One block per judge (Judge A, B... in the order they first wrote), their words from
        # each round under the round's name when the application was judged in several.
        by_judge: dict[int, list[tuple[str, str]]] = {}
        for judge_id, round_name, text in comments.get(app_id, []):
            by_judge.setdefault(judge_id, []).append((round_name, text))
        several = len({r for said in by_judge.values() for r, _ in said}) > 1
        said = [(judge_label(n), "\n\n".join(f"{r}: {t}" if several else t for r, t in words))
                for n, words in enumerate(by_judge.values())]
        out.append(FeedbackLetter(
            edition=edition.name, year=edition.year,
            organisation=str(settings.get("organisation") or ""), application=code,
            title=title, city=city, country=country, category=cat_name,
            stage=Stage(last.name, last.position, len(rounds),
                        awards.get(app_id) if last.position == len(rounds) else None,
                        qualified),
            criteria=crits, comments=tuple(said), judges=n_judges, show_numbers=numbers,
            language=language, date=when))
    return out


def _awards(session: Session, edition: Edition, rounds: list[Round]) -> dict[int, str]:
    """Each awarded application's award, from the last round's results (none before the last
    round is open)."""
    last = rounds[-1]
    if last.opened_at is None or edition.open_round_id != last.id:
        return {}
    data, _ = compute_in_session(session, edition, round_code=last.code)
    codes = EditionStore(session, edition).code_maps()["application"]
    return {codes[aw.application.casefold()]: aw.award
            for cat in data.categories for aw in cat.awards}


def _figures(store: EditionStore, conflicted: np.ndarray) -> dict[Any, Any]:
    """Per application: each criterion's (id, code, name, low, high, its average) and how many
    judges scored it; under "category": each (category, criterion)'s averages of every
    application in the round (anonymous: the values only).

    Counted with numpy over every score at once (a Python pass and a ``np.mean`` per
    application and criterion took 1.8 s of a single letter on 500,000 scores)."""
    crits = store.session.execute(
        store.select(Criterion.id, Criterion.code, Criterion.name, Criterion.min, Criterion.max)
        .order_by(Criterion.position, Criterion.code)).all()
    j, a, c, v = store.columns(
        store.select(Score.judge_id, Score.application_id, Score.criterion_id, Score.value),
        (np.int64, np.int64, np.int64, np.float64))
    keep = ~in_sorted(pair_keys(j, a), conflicted)
    j, a, c, v = j[keep], a[keep], c[keep], v[keep]
    entered = store.session.execute(select(Application.id, Application.category_id)
                                    .where(store.entered())).all()
    app_ids = np.array([app_id for app_id, _ in entered], dtype=np.int64)
    crit_ids = np.array([row[0] for row in crits], dtype=np.int64)
    # Each score's place among the entered applications and the round's criteria (-1: none).
    a_at, c_at = places(a, app_ids), places(c, crit_ids)
    ok = (a_at >= 0) & (c_at >= 0)
    cell = a_at[ok] * len(crit_ids) + c_at[ok]
    size = len(app_ids) * len(crit_ids)
    count = np.bincount(cell, minlength=size)
    total = np.bincount(cell, weights=v[ok], minlength=size)  # added in the scores' order
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (total / count).reshape(len(app_ids), len(crit_ids)).tolist()
    has = (count > 0).reshape(len(app_ids), len(crit_ids)).tolist()
    # How many judges scored each application: its distinct (judge, application) pairs.
    pairs = np.unique(pair_keys(j, a))
    n_judges = dict(zip(*(x.tolist() for x in np.unique(pairs & 0xFFFFFFFF,
                                                        return_counts=True)), strict=True))
    out: dict[Any, Any] = {}
    category: dict[tuple[int, int], list[float]] = defaultdict(list)
    for i, (app_id, cat_id) in enumerate(entered):
        rows = []
        for k, (c_id, code, name, lo, hi) in enumerate(crits):
            avg = round(mean[i][k], 2) if has[i][k] else None
            if avg is not None:
                category[(cat_id, c_id)].append(avg)
            rows.append((c_id, code, name, float(lo), float(hi), avg))
        out[app_id] = (rows, n_judges.get(app_id, 0))
    out["category"] = defaultdict(list, category)
    return out


def _comments(session: Session, edition: Edition,
              conflicted: np.ndarray) -> dict[int, list[tuple[int, str, str]]]:
    """Each application's comments, round by round, one per judge and round (a judge's comment
    is kept with each of their scores), never a conflicted judge's."""
    store = EditionStore(session, edition)
    rows = session.execute(
        select(Score.application_id, Score.judge_id, Criterion.round_id,
               func.max(Score.comment))
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(in_edition(Criterion, edition, ALL_ROUNDS), Score.comment != "")
        .group_by(Score.application_id, Score.judge_id, Criterion.round_id)).all()
    rounds = {r.id: r for r in store.rounds()}
    bad = set(conflicted.tolist())
    out: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for app_id, judge_id, round_id, text in rows:
        if (judge_id << 32) + app_id in bad:  # pair_keys' key, without arrays per row
            continue
        if round_id in rounds and text.strip():
            r = rounds[round_id]
            out[app_id].append((r.position, judge_id, r.name, text.strip()))
    return {a: [(j, name, t) for _, j, name, t in sorted(v)] for a, v in out.items()}
