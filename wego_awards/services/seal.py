"""A judge's package seal: the key derived for the judge, and the signature over every score and
conflict that each recorded act renews.

A light module (the database models, the history and the clock; no pandas) that
``wego_awards/services/__init__.py`` imports, so that whatever code records an act in a judge's
package (the app, the command line, a script importing only ``history`` and ``judging``) renews
the seal in the same transaction; the package's export and import live in ``packages``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db.models import Application, Conflict, Criterion, Edition, Judge, Score
from wego_awards.services import history
from wego_awards.services.clock import now
from wego_awards.store import in_edition

SEAL = "package"  # the settings key holding a package's seal


def judge_key(edition_secret: str, uid: str, judge_code: str) -> str:
    """The judge's package key: HMAC-SHA256(edition secret, uid + judge code), as hex."""
    message = f"wego-awards judge package\n{uid}\n{judge_code}".encode()
    return hmac.new(edition_secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _payload(session: Session, edition: Edition, seal: dict[str, Any]) -> bytes:
    """The canonical bytes a seal signs: the seal's own fields and every score and conflict."""
    scores = session.execute(
        select(Judge.code, Application.code, Criterion.code, Score.value, Score.comment)
        .join(Score, Score.judge_id == Judge.id)
        .join(Application, Application.id == Score.application_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(in_edition(Judge, edition))).all()
    conflicts = session.execute(
        select(Judge.code, Application.code, Conflict.source)
        .join(Conflict, Conflict.judge_id == Judge.id)
        .join(Application, Application.id == Conflict.application_id)
        .where(in_edition(Judge, edition))).all()
    body = {
        "edition": edition.uid,
        "judge": seal.get("judge"),
        "made_at": seal.get("made_at"),
        "nonce": seal.get("nonce"),
        "saves": seal.get("saves"),
        "signed_at": seal.get("signed_at"),
        # repr() of a float is the shortest text that reads back as the same number.
        "scores": sorted([j, a, c, repr(float(v)), m] for j, a, c, v, m in scores),
        "conflicts": sorted([j, a, s] for j, a, s in conflicts),
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def sign(session: Session, edition: Edition, seal: dict[str, Any]) -> str:
    """The seal's signature: HMAC-SHA256, with the package's key, of the canonical payload."""
    return hmac.new(edition.secret.encode("utf-8"), _payload(session, edition, seal),
                    hashlib.sha256).hexdigest()


def reseal(session: Session, edition: Edition) -> None:
    """Renew a package's seal after its judge changed a score or a conflict (inside the same
    transaction, so the file never holds a change without its signature)."""
    if not edition.package_judge:
        return
    seal = dict((edition.settings or {}).get(SEAL) or {})
    seal["judge"] = edition.package_judge
    seal["saves"] = int(seal.get("saves") or 0) + 1
    seal["signed_at"] = now()
    session.flush()  # the signature covers the change just made
    seal["signature"] = sign(session, edition, seal)
    edition.settings = {**(edition.settings or {}), SEAL: seal}
    session.flush()


# In a judge's package every recorded act renews the seal over the judge's scores, in the same
# transaction, so the secretariat can verify the return. The history calls it back; it does not
# import this module (wego_awards/services/__init__.py imports it, so it is always registered).
history.on_record(reseal)


def seal_of(edition: Edition) -> dict[str, Any] | None:
    """A package's seal (None in the secretariat's edition)."""
    seal = (edition.settings or {}).get(SEAL)
    return dict(seal) if isinstance(seal, dict) else None
