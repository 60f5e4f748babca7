"""The jury's and the secretariat's decisions: overrides, settings, finalize and reopen.

Each is one transaction with its history entry; a refused one changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Edition, Override
from wego_awards.errors import Refused
from wego_awards.resultdata import AwardTier, Results
from wego_awards.services import history
from wego_awards.services.changes import (
    ChangeSet,
    ClearedDecision,
    Finalization,
    IssuedAward,
    JuryDecision,
)
from wego_awards.services.clock import current_actor, now
from wego_awards.services.edition import (
    AWARD_NAMES,
    get_edition,
    parse_setting,
    require_unlocked,
    settings_of,
)
from wego_awards.store import EditionStore, in_edition


def find_category(session: Session, edition: Edition, name: str) -> Category:
    """A category by code or name, case-insensitive."""
    key = name.strip().casefold()
    cats = session.scalars(select(Category).where(in_edition(Category, edition))).all()
    for c in cats:
        if key in (c.code.casefold(), c.name.casefold()):
            return c
    raise Refused(f"'{name}' is not a category; known: "
                  f"{', '.join(sorted(c.code for c in cats))}")


@dataclass(frozen=True, slots=True)
class SettingsView:
    """The edition's settings, the defaults filled in, each value as stored (so ``settings``
    prints the same bytes for the same edition)."""

    method: str  # the default method: additive, mean, zscore, median or trimmed
    awards: tuple[AwardTier, ...]  # the award tiers, in order
    min_score: float | None  # a tier stays empty below it; None: no floor
    near_tie: float  # scores closer than this are flagged as a near tie
    low_confidence: float  # an award less sure than this is flagged
    shrinkage: float | str  # a number, or "auto": estimated from the scores
    trim: float  # the share trimmed at each end by the trimmed method
    own_country_rule: bool  # no judge scores an application from their own country
    organisation: str  # who gives the awards (on the certificates)
    ceremony_date: str
    ceremony_place: str
    certificate_template: str  # a template folder, "" for the built-in one
    certificate_language: str  # "en", or two joined by + ("en+ko")
    # The other keys stored in the settings (a package's seal, the demo's "ceremony"), in the
    # stored order, as stored.
    other: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, settings: dict[str, Any]) -> SettingsView:
        """The view of ``settings_of(edition)``'s dict."""
        named = {f.name for f in fields(cls)} - {"awards", "other"}
        return cls(awards=tuple(AwardTier(award=t["award"], count=t["count"])
                                for t in settings["awards"]),
                   other=tuple((k, v) for k, v in settings.items()
                               if k not in named and k != "awards"),
                   **{k: v for k, v in settings.items() if k in named})

    def to_json(self) -> dict[str, object]:
        """The settings as the dict ``show_settings`` gave before it was typed: the named
        settings in order, then the others."""
        out: dict[str, object] = {}
        for f in fields(self):
            if f.name == "awards":
                out["awards"] = [t.to_json() for t in self.awards]
            elif f.name != "other":
                out[f.name] = getattr(self, f.name)
        out.update(self.other)
        return out


def show_settings(db: Database) -> SettingsView:
    """The edition's settings, the defaults filled in."""
    with db.read() as session:
        return SettingsView.of(settings_of(get_edition(session)))


def set_setting(db: Database, key: str, text: str) -> Any:
    """Change one setting of the edition (refused while it is finalized)."""
    value = parse_setting(key, text)
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "changing the settings")
        apply_setting(session, edition, key, value)
    return value


def apply_setting(session: Session, edition: Edition, key: str, value: Any) -> str | None:
    """Store one setting's (already checked) value with its history entry, inside the caller's
    transaction; what was done in words, or None when the value is the same as before."""
    if settings_of(edition).get(key) == value:
        return None
    if key == "awards":
        _refuse_orphaned_decisions(session, edition, value)
    settings = dict(edition.settings or {})
    settings[key] = value
    edition.settings = settings
    summary = f"set {key} to {json.dumps(value, ensure_ascii=False)}"
    history.record(session, edition, "settings", summary,
                   changes=ChangeSet(settings={key: value}))
    return summary


def _refuse_orphaned_decisions(session: Session, edition: Edition,
                               tiers: list[dict[str, Any]]) -> None:
    """New award rules must keep every jury decision meaningful (its award given once)."""
    once = {t["award"] for t in tiers if t["count"] == 1}
    for award, cat in session.execute(
            select(Override.award, Category.code).join(Category, Category.id ==
                                                       Override.category_id)
            .where(in_edition(Category, edition))):
        if award not in once:
            raise Refused(f"the jury decided the {AWARD_NAMES[award]} award in {cat}; the new "
                          "rules must give that award once per category (or clear the decision "
                          "first)")


def set_override(db: Database, category: str, award: str, application: str, reason: str) -> None:
    """Give ``award`` in ``category`` to ``application`` by the jury's decision."""
    reason = reason.strip()
    if not reason:
        raise Refused("the jury's decision needs a reason (--reason)")
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "changing awards")
        _in_last_round(session, edition)
        cat = find_category(session, edition, category)
        tiers = {t["award"]: t["count"] for t in settings_of(edition)["awards"]}
        if award not in AWARD_NAMES:
            raise Refused(f"'{award}' is not an award; known: {', '.join(AWARD_NAMES)}")
        if not tiers.get(award):
            raise Refused(f"this edition gives no {AWARD_NAMES[award]} award")
        if tiers[award] > 1:
            raise Refused(f"this edition gives {tiers[award]} {AWARD_NAMES[award]} awards per "
                          "category; a jury decision names one application for one award, so it "
                          "works where an award is given once")
        app = EditionStore(session, edition).find(Application, application, "application")
        if app.category_id != cat.id:
            raise Refused(f"{app.code} is in {app.category.code}, not in {cat.code}")
        other = session.scalar(select(Override).where(Override.category_id == cat.id,
                                                      Override.application_id == app.id,
                                                      Override.award != award))
        if other is not None:
            raise Refused(f"{app.code} already holds the jury's {other.award} in {cat.code}; "
                          "clear that decision first")
        existing = session.scalar(select(Override).where(Override.category_id == cat.id,
                                                         Override.award == award))
        actor, at = current_actor(), now()
        if existing is None:
            session.add(Override(category_id=cat.id, award=award, application_id=app.id,
                                 reason=reason, actor=actor, at=at))
        else:
            existing.application_id, existing.reason = app.id, reason
            existing.actor, existing.at = actor, at
        history.record(
            session, edition, "override",
            f"{AWARD_NAMES[award]} in {cat.code} to {app.code} by the jury's decision",
            reason=reason, actor=actor,
            changes=ChangeSet(override=JuryDecision(cat.code, award, app.code, reason)))


def clear_override(db: Database, category: str, award: str, reason: str | None = None) -> None:
    with db.write() as session:
        edition = get_edition(session)
        require_unlocked(edition, "changing awards")
        cat = find_category(session, edition, category)
        existing = session.scalar(select(Override).where(Override.category_id == cat.id,
                                                         Override.award == award))
        if existing is None:
            raise Refused(f"there is no jury decision on {award} in {cat.code} to clear")
        session.delete(existing)
        history.record(session, edition, "override cleared",
                       f"cleared the jury's decision on {award} in {cat.code}", reason=reason,
                       changes=ChangeSet(override_clear=ClearedDecision(cat.code, award)))


@dataclass
class Finalized:
    results_hash: str
    warnings: list[str] = field(default_factory=list)


def results_fingerprint(data: Results) -> str:
    """The SHA-256 of the results as ``results --json`` prints them."""
    blob = json.dumps(data.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _warnings(data: Results) -> list[str]:
    """What the jury should have looked at before finalizing: each category's flags, then the
    results' warnings."""
    return [f"{c.code}: {f.message}" for c in data.categories
            for f in c.flags] + list(data.warnings)


def _not_finalized(edition: Edition) -> Edition:
    """``edition``, or Refused when it is finalized already (with since when)."""
    if edition.finalized:
        raise Refused(f"the edition '{edition.name}' is finalized already "
                      f"(since {edition.finalized_at})")
    return edition


def _in_last_round(session: Session, edition: Edition) -> Edition:
    """``edition``, or Refused while its last round is not yet the open one (the awards come
    from the last round)."""
    store = EditionStore(session, edition)
    if not store.is_last_round():
        last = store.rounds()[-1]
        raise Refused(f"the awards come from the last round, {last.code} ({last.name}), and the "
                      f"open round is {store.round.code} ({store.round.name}): advance to "
                      f"{last.code} and score it first ('wego-awards round advance --to "
                      f"{last.code} ...')")
    return edition


@dataclass(frozen=True, slots=True)
class FinalizePreview:
    """What finalizing now would do, as the jury is told before they confirm."""

    ties: tuple[str, ...]  # exact ties at an award boundary with no jury decision: refused
    warnings: tuple[str, ...]  # judges not done, then each category's flags, then the rest
    method: str  # the method the awards come from
    awards: int  # how many awards it locks

    def to_json(self) -> dict[str, object]:
        """The dict ``finalize_preview`` gave before it was typed."""
        return {"ties": list(self.ties), "warnings": list(self.warnings),
                "method": self.method, "awards": self.awards}


def finalize_preview(db: Database) -> FinalizePreview:
    """What finalizing now would do, writing nothing: the open ties that would refuse it, the
    flags and warnings the jury should see first, how many awards it locks, and the method."""
    from wego_awards.services.results import compute_in_session

    with db.read() as session:
        edition = _in_last_round(session, _not_finalized(get_edition(session)))
        data, ties = compute_in_session(session, edition, with_ties=True)
    return FinalizePreview(ties=tuple(ties), warnings=tuple(unscored(db) + _warnings(data)),
                           method=data.method, awards=data.award_count())


def unscored(db: Database) -> list[str]:
    """The judges who have not scored all that is theirs, most missing first: their scores
    are not in the results, so the jury hears of it before finalizing."""
    from wego_awards.services.status import status

    progress = status(db)["progress"]
    behind = progress["remind"]
    assigned = {r["code"]: r["assigned"] for r in progress["judges"]}
    lines = []
    for j in behind[:10]:
        of = assigned.get(j["code"])
        lines.append(f"judge {j['code']} ({j['name']}) has not finished scoring: "
                     f"{j['missing']} application{'s' * (j['missing'] != 1)} left"
                     + (f" of {of}" if of else ""))
    if len(behind) > 10:
        lines.append(f"… and {len(behind) - 10} more judges have not finished scoring")
    return lines


def finalize(db: Database) -> Finalized:
    """Lock the edition's results; refused while an exact tie at an award boundary is open."""
    from wego_awards.services.results import compute_in_session

    behind = unscored(db)  # read before the write lock: said with the other warnings
    with db.write() as session:
        edition = _in_last_round(session, _not_finalized(get_edition(session)))
        data, ties = compute_in_session(session, edition, with_ties=True)
        if ties:
            raise Refused("cannot finalize: " + "; ".join(ties) + ". The jury decides with "
                          "'wego-awards override --category C --award A --application X "
                          "--reason TEXT'")
        if not any(c.awards for c in data.categories):
            raise Refused("cannot finalize: no category has an award yet (are scores imported?)")
        warnings = behind + _warnings(data)
        digest = results_fingerprint(replace(data, finalized=True))
        edition.finalized = True
        edition.finalized_at = now()
        edition.results_hash = digest
        awards = tuple(IssuedAward(c.code, a.award, a.application)
                       for c in data.categories for a in c.awards)
        history.record(session, edition, "finalize",
                       f"finalized the results ({len(awards)} awards, method {data.method})",
                       changes=ChangeSet(finalization=Finalization(True, digest, awards)))
    return Finalized(digest, warnings)


def reopen(db: Database, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise Refused("reopening needs a reason (--reason)")
    with db.write() as session:
        edition = get_edition(session)
        if not edition.finalized:
            raise Refused(f"the edition '{edition.name}' is not finalized")
        edition.finalized = False
        edition.finalized_at = None
        history.record(session, edition, "reopen", "reopened the results", reason=reason,
                       changes=ChangeSet(finalization=Finalization(False)))
