"""The history: an append-only, hash-chained record of every act on an edition.

Each entry says who did what, when and why, and carries what the act changed (compressed). Its
hash covers the previous entry's hash, so an entry edited, removed or inserted later breaks the
chain. Replaying the changes rebuilds the rows the database must hold: ``audit verify`` compares
them with what it does hold, so a score edited in the file behind the program's back is found
and named.

What an act changed is a typed :class:`~wego_awards.services.changes.ChangeSet`, stored in a
versioned byte format (see ``changes``): score changes as numpy arrays of ids and values
(500,000 scores compress to a few MB and replay in well under a second), everything else as
JSON. Entries written before the format had versions are read as they are, never re-encoded.

The history is a leaf of the services: it imports only the clock and the change set. What must
happen with every recorded act elsewhere (a judge's package renews its seal) registers itself in
``after_record``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Edition, HistoryEntry
from wego_awards.services.clock import current_actor, now
from wego_awards.store import in_edition, reading

if TYPE_CHECKING:  # imported where change sets are decoded: opening an edition never needs it
    from wego_awards.services.changes import ChangeSet

GENESIS = "0" * 64

AfterRecord = Callable[[Session, Edition], None]

# Called with (session, edition) after every entry is appended, inside the same transaction.
# ``seal`` registers the renewal of a judge's package seal here when it is imported, and
# ``wego_awards/services/__init__.py`` imports ``seal``, so no act is recorded without it.
after_record: list[AfterRecord] = []


def on_record(hook: AfterRecord) -> AfterRecord:
    """Register ``hook`` to run after every recorded act (once, however often registered)."""
    if hook not in after_record:
        after_record.append(hook)
    return hook


def entry_hash(prev_hash: str, at: str, actor: str, action: str, summary: str,
               reason: str | None, changes: bytes | None) -> str:
    body = json.dumps(
        [prev_hash, at, actor, action, summary, reason,
         hashlib.sha256(changes or b"").hexdigest()],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def last_hash(session: Session, edition: Edition) -> str:
    """The newest entry's hash: the edition's anchor (a judge on the shared server may not read
    other people's entries, but may extend the chain)."""
    if edition.history_head:
        return edition.history_head
    h = session.scalar(
        select(HistoryEntry.hash).where(in_edition(HistoryEntry, edition))
        .order_by(HistoryEntry.id.desc()).limit(1)
    )
    return h or GENESIS


def record(session: Session, edition: Edition, action: str, summary: str, *,
           reason: str | None = None, changes: ChangeSet | None = None,
           actor: str | None = None) -> HistoryEntry:
    """Append one entry to the edition's history (inside the caller's transaction), then run
    the ``after_record`` hooks. ``changes`` is stored in the current format (nothing when it is
    None or empty)."""
    blob = changes.encode() if changes is not None and not changes.empty else None
    prev = last_hash(session, edition)
    at = now()
    who = actor or current_actor()
    entry = HistoryEntry(
        edition_id=edition.id, at=at, actor=who, action=action, summary=summary, reason=reason,
        changes=blob, prev_hash=prev,
        hash=entry_hash(prev, at, who, action, summary, reason, blob),
    )
    session.add(entry)
    edition.history_head = entry.hash
    session.flush()
    for hook in after_record:
        hook(session, edition)
    return entry


@dataclass
class LogEntry:
    id: int
    at: str
    actor: str
    action: str
    summary: str
    reason: str | None
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "actor": self.actor, "action": self.action,
                "summary": self.summary, "reason": self.reason, "hash": self.hash}


def entries(db: Database) -> list[LogEntry]:
    """The edition's history, oldest first, without the change payloads."""
    with reading(db) as store:
        return log(store.session, store.edition)


def log(session: Session, edition: Edition) -> list[LogEntry]:
    """The history, oldest first, without the change payloads."""
    rows = session.execute(
        select(HistoryEntry.id, HistoryEntry.at, HistoryEntry.actor, HistoryEntry.action,
               HistoryEntry.summary, HistoryEntry.reason, HistoryEntry.hash)
        .where(in_edition(HistoryEntry, edition)).order_by(HistoryEntry.id)
    ).all()
    return [LogEntry(*r) for r in rows]


@dataclass
class ChainCheck:
    entries: int = 0
    problems: list[str] = field(default_factory=list)
    payloads: list[tuple[HistoryEntry, ChangeSet]] = field(default_factory=list)


def check_chain(session: Session, edition: Edition) -> ChainCheck:
    """Recompute every entry's hash and link; decode the payloads for the replay. An entry
    written by a newer program (a format this one does not know) refuses the whole check
    (:class:`~wego_awards.services.changes.NewerFormat`): replaying without it would only
    report differences that are not there."""
    from wego_awards.services.changes import ChangeSet, NewerFormat

    result = ChainCheck()
    prev = GENESIS
    entries = session.scalars(
        select(HistoryEntry).where(in_edition(HistoryEntry, edition))
        .order_by(HistoryEntry.id)
    ).all()
    for e in entries:
        result.entries += 1
        if e.prev_hash != prev:
            result.problems.append(
                f"history entry {e.id} ({e.action}, {e.at}) does not follow the entry before it: "
                "an entry was removed, inserted or reordered")
        expect = entry_hash(e.prev_hash, e.at, e.actor, e.action, e.summary, e.reason, e.changes)
        if expect != e.hash:
            result.problems.append(
                f"history entry {e.id} ({e.action}, {e.at}) was altered after it was written")
        try:
            result.payloads.append((e, ChangeSet.decode(
                e.changes, where=f"history entry {e.id} ({e.action}, {e.at})")))
        except NewerFormat:
            raise
        except Exception:
            result.problems.append(f"history entry {e.id} ({e.action}): its changes are unreadable")
        prev = e.hash
    if edition.history_head is not None and edition.history_head != prev:
        result.problems.append(
            "the history ends before the edition's newest entry: entries at its end were "
            "removed or replaced")
    return result
