"""Creating and opening an edition, and its settings (award rules, default method).

A database file holds one edition. Opening it upgrades an older schema first (Alembic), so a file
made by an earlier version of the program keeps working.
"""

from __future__ import annotations

import os
import secrets
import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Category, Edition, Round
from wego_awards.errors import EditionLocked, Refused
from wego_awards.services import history
from wego_awards.services.clock import now
from wego_awards.store import DEFAULT_SETTINGS, get_edition, settings_of  # noqa: F401

# get_edition, settings_of and DEFAULT_SETTINGS live in the store; the services import them
# from here, beside the rest of what an edition is.

WEGO_CATEGORIES = (
    ("EG", "Efficient Government",
     "Public Service Delivery, Accountability, Service Integration, Breaking Down Silos, "
     "Interoperability"),
    ("ET", "Emerging Technology",
     "Latest ICT innovations such as AI, Drones, Blockchain, Virtual and Augmented Reality, "
     "Edge Computing"),
    ("MO", "Mobility",
     "Efficient Transport, Intelligent Transport Systems, Mixed-Modal Access, Integrated ICT "
     "Infrastructure, Parking"),
    ("OI", "Open and Inclusive City",
     "Citizen Participation, Open Data and Privacy, Transparency, Bridging the Digital Divide, "
     "Participatory Budgeting, Living Labs, Crowdsourcing"),
    ("SC", "Safe City",
     "Security, Emergency Response, Gas and Fire Detection, Infrastructure Management, "
     "Disaster Response"),
    ("SU", "Sustainable City",
     "Green ICT, Waste Management, Water Management, Circular Economy, Lighting, Buildings, "
     "Resources Management"),
)

AWARD_NAMES = {"gold": "Gold", "silver": "Silver", "special_mention": "Special Mention"}

# How each setting is read from text (the command line's ``settings set``) and checked.
SETTING_TYPES: dict[str, str] = {
    "method": "method", "min_score": "number-or-none", "near_tie": "number",
    "low_confidence": "probability", "shrinkage": "number-or-auto", "trim": "fraction",
    "own_country_rule": "bool", "organisation": "text", "ceremony_date": "date",
    "awards": "awards", "certificate_template": "text", "ceremony_place": "text",
    "certificate_language": "language",
}


def open_database(target: str | os.PathLike[str] | None, *, create: bool = False,
                  passphrase: str | None = None,
                  key: tuple[bytes, bytes] | None = None) -> Database:
    """Open (and upgrade) an edition database, or a judge's sealed package with its passphrase
    (else ``$WEGO_AWARDS_PASSPHRASE``) or its (key, salt)."""
    from wego_awards.db.migrate import upgrade

    db = Database(target, create=create, passphrase=passphrase, key=key)
    try:
        upgrade(db)
    except Refused:
        raise
    except Exception as exc:
        db.close()
        from wego_awards.db.engine import display_target

        where = display_target(str(target)) if target is not None else "the database"
        raise Refused(f"{where}: cannot open the database ({str(exc).splitlines()[0]})") from None
    return db


def current(db: Database) -> Edition | None:
    """The database's edition as it stands (read, detached), or None when it holds none yet."""
    with db.read() as session:
        try:
            return get_edition(session)
        except Refused:
            return None


def require_unlocked(edition: Edition, what: str) -> None:
    if edition.finalized:
        raise EditionLocked(
            f"the edition '{edition.name}' is finalized: {what} is locked; "
            "reopen it first with 'wego-awards reopen --reason TEXT'"
        )


def create_edition(db: Database, name: str, year: int, *, categories: bool = True,
                   settings: dict[str, Any] | None = None, organisation: str = "") -> Edition:
    """Create the edition (with the six WeGO categories unless told otherwise) in one
    transaction; refused when the database already holds one.

    ``organisation`` (who gives the awards, printed on the certificates) is stored in the
    settings; one given in ``settings`` too is overridden by it when not empty.
    """
    name = name.strip()
    if not name:
        raise Refused("the edition needs a name (--edition)")
    if not 1900 <= year <= 2200:
        raise Refused(f"year {year} is not a plausible year")
    with db.write() as session:
        return _create(session, name, year, categories, settings, organisation)


def _create(session: Session, name: str, year: int, categories: bool,
            settings: dict[str, Any] | None, organisation: str) -> Edition:
    if session.scalar(select(func.count()).select_from(Edition)):
        existing = get_edition(session)
        raise Refused(
            f"this database already holds the edition '{existing.name}' ({existing.year}); "
            "use another file (--db) for a new edition"
        )
    merged = dict(DEFAULT_SETTINGS)
    merged.update(settings or {})
    if organisation.strip():
        merged["organisation"] = organisation.strip()
    edition = Edition(
        uid=str(uuid.uuid4()), name=name, year=year, settings=merged, finalized=False,
        created_at=now(), secret=secrets.token_hex(32),
    )
    session.add(edition)
    session.flush()
    first = Round(edition_id=edition.id, code="R1", name="Round 1", kind="scoring", position=1,
                  own_criteria=False, created_at=edition.created_at,
                  opened_at=edition.created_at, advanced_by="")
    session.add(first)
    session.flush()
    edition.open_round_id = first.id
    rows = []
    if categories:
        for pos, (code, cname, desc) in enumerate(WEGO_CATEGORIES):
            session.add(Category(edition_id=edition.id, code=code, name=cname, description=desc,
                                 position=pos))
            rows.append({"code": code, "name": cname, "description": desc})
    from wego_awards.services.changes import ChangeSet, EditionIdentity, TableRows

    history.record(session, edition, "init", f"created the edition '{name}' ({year})",
                   changes=ChangeSet(edition=EditionIdentity(name, year, edition.uid),
                                     settings=merged, upserts=TableRows(categories=tuple(rows))))
    return edition


def parse_setting(key: str, text: str) -> Any:
    """A setting's value from the text a person typed; Refused with the reason if it is wrong."""
    from wego_awards.scoring import METHODS

    kind = SETTING_TYPES.get(key)
    if kind is None:
        raise Refused(f"'{key}' is not a setting; known: {', '.join(sorted(SETTING_TYPES))}")
    t = text.strip()
    if kind == "text":
        return t
    if kind == "date":  # empty: not set (certificates print the day the results were final)
        if t:
            try:
                date.fromisoformat(t)
            except ValueError:
                raise Refused(f"ceremony date: '{t}' is not a date like 2021-10-18") from None
        return t
    if kind == "method":
        if t not in METHODS:
            raise Refused(f"method '{t}' is not known; known: {', '.join(METHODS)}")
        return t
    if kind == "language":
        from wego_awards.languages import parse_languages

        try:
            return "+".join(parse_languages(t))
        except ValueError as exc:
            raise Refused(f"certificate_language: {exc}") from None
    if kind == "bool":
        if t.lower() in ("1", "true", "yes", "on"):
            return True
        if t.lower() in ("0", "false", "no", "off"):
            return False
        raise Refused(f"{key}: '{t}' is not yes or no")
    if kind == "awards":
        return parse_award_rules(t)
    if kind == "number-or-none" and t.lower() in ("", "none", "null", "off"):
        return None
    if kind == "number-or-auto" and t.lower() in ("auto", "estimated", "estimate"):
        return "auto"  # estimated from the scores (see wego_awards.scoring.model)
    try:
        value = float(t)
    except ValueError:
        raise Refused(f"{key}: '{t}' is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise Refused(f"{key}: '{t}' is not a number")
    if kind in ("probability", "fraction") and not 0 <= value <= (1 if kind == "probability"
                                                                   else 0.49):
        raise Refused(f"{key}: {t} is out of range")
    if kind in ("number", "number-or-auto") and value < 0:
        raise Refused(f"{key}: {t} must not be negative")
    return value


def parse_award_rules(text: str) -> list[dict[str, Any]]:
    """``gold=1,silver=2,special_mention=3`` -> the award tiers, in order."""
    tiers = []
    for part in [p for p in text.split(",") if p.strip()]:
        award, _, count = part.partition("=")
        award = award.strip().lower().replace(" ", "_")
        if award not in AWARD_NAMES:
            raise Refused(f"awards: '{award}' is not an award; known: {', '.join(AWARD_NAMES)}")
        try:
            n = int(count.strip() or "1")
        except ValueError:
            raise Refused(f"awards: '{count.strip()}' is not a whole number") from None
        if n < 0 or n > 100:
            raise Refused(f"awards: {award}={n} is out of range (0 to 100)")
        tiers.append({"award": award, "count": n})
    if not tiers:
        raise Refused("awards: give at least one tier, e.g. gold=1,silver=1,special_mention=1")
    if len({t["award"] for t in tiers}) != len(tiers):
        raise Refused("awards: an award is named twice")
    return tiers
