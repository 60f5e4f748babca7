"""``audit verify``: does the database hold exactly what its history says?

The history's chain is checked first (every entry's hash and link). Then its changes are
replayed, oldest first, into the rows the database must hold (tables, scores, overrides, the
finalized state, the settings) and compared with what it does hold. Every difference is named:
"score of judge J1 for EG-03, criterion INNO: 9 in the database, 7 in the history".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Attachment,
    Category,
    Criterion,
    Judge,
    Override,
    Score,
)
from wego_awards.services import history
from wego_awards.services.changes import EditionIdentity, JuryDecision, ScoreChanges
from wego_awards.services.edition import get_edition, settings_of
from wego_awards.store import (
    ALL_ROUNDS,
    KINDS,
    EditionStore,
    all_columns,
    bulk,
    in_edition,
    keyed,
    number_text,
)

# Tables whose rows belong to a round: keyed by the round's code first. A row recorded without
# its round is the round open when it was recorded (every edition starts with R1 open).
ROUND_TABLES = ("criteria", "assignments")


def _same(want: Mapping[str, Any], have: Mapping[str, Any], columns: tuple[str, ...]) -> bool:
    """The row as recorded (its columns that the history holds) is the row as stored."""
    return all(str(want[c]) == str(have[c]) for c in columns if c in want)


def _keyed(kind: str, rows: Any, open_round: str) -> dict[tuple, Mapping[str, Any]]:
    if kind not in ROUND_TABLES:
        return keyed(kind, rows)
    return {(str(r.get("round") or open_round).casefold(), *key): r
            for key, r in keyed(kind, rows).items()}

SHOWN = 20  # differences named one by one; the rest are counted
ONE_OF = {"categories": "category", "criteria": "criterion", "applications": "application",
          "judges": "judge", "assignments": "assignment"}


@dataclass
class AuditReport:
    entries: int
    problems: list[str] = field(default_factory=list)
    more: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return (f"history intact: {self.entries} entries, and the data matches them "
                    "exactly")
        lines = [f"history check FAILED ({len(self.problems) + self.more} problems):"]
        lines += [f"  - {p}" for p in self.problems]
        if self.more:
            lines.append(f"  … and {self.more} more")
        return "\n".join(lines)


def verify(db: Database) -> AuditReport:
    """Check the chain and replay it against the data; reads only."""
    with db.read() as session:
        edition = get_edition(session)
        chain = history.check_chain(session, edition)
        report = AuditReport(chain.entries, list(chain.problems))

        def problem(text: str) -> None:
            if len(report.problems) < SHOWN:
                report.problems.append(text)
            else:
                report.more += 1

        expected: dict[str, dict[tuple, Mapping[str, Any]]] = {
            k: {} for k in KINDS if k != "scores"}
        score_parts: list[ScoreChanges] = []
        overrides: dict[tuple[str, str], JuryDecision] = {}
        finalized = False
        settings: dict[str, Any] = {}
        identity: EditionIdentity | None = None
        open_round = "R1"
        rounds = {"r1"}
        for _entry, changes in chain.payloads:
            if changes.round_added is not None:
                rounds.add(changes.round_added.code.casefold())
            if changes.edition is not None:
                identity = changes.edition
            settings.update(changes.settings)
            for kind, rows in changes.upserts.items():
                expected[kind].update(_keyed(kind, rows, open_round))
            for kind, rows in changes.removals.items():
                for key in _keyed(kind, rows, open_round):
                    expected[kind].pop(key, None)
            if changes.advance is not None:  # later rows are the new round's
                open_round = changes.advance.target
            if changes.scores is not None:
                score_parts.append(changes.scores)
            if changes.override is not None:
                o = changes.override
                overrides[(o.category.casefold(), o.award)] = o
            if changes.override_clear is not None:
                c = changes.override_clear
                overrides.pop((c.category.casefold(), c.award), None)
            if changes.finalization is not None:
                finalized = changes.finalization.finalized

        store = EditionStore(session, edition)
        in_db = {r.code.casefold(): r for r in store.rounds()}
        for code in sorted(set(in_db) ^ rounds):
            where = "history" if code in rounds else "database"
            other = "database" if code in rounds else "history"
            problem(f"round {code.upper()} is in the {where} but not in the {other}")
        if store.round.code.casefold() != open_round.casefold():
            problem(f"the open round: {store.round.code} in the database, {open_round} in the "
                    "history")
        for kind, want in expected.items():
            if kind in ROUND_TABLES:
                have = {}
                for r in in_db.values():
                    have.update(_keyed(kind, store.in_round(r).table_rows(kind), r.code))
            else:
                have = keyed(kind, store.table_rows(kind))
            columns = all_columns(kind)

            # Only the rows that differ are sorted and worded (120,000 rows compare in a pass).
            differing = (want.keys() ^ have.keys()) | {
                k for k in want.keys() & have.keys() if not _same(want[k], have[k], columns)}
            for key in sorted(differing):
                if kind not in ROUND_TABLES:
                    label = f"{ONE_OF[kind]} {' / '.join(key)}"
                else:  # the round named only when there is more than one
                    label = f"{ONE_OF[kind]} {' / '.join(key[1:])}" + (
                        f" in round {key[0].upper()}" if len(in_db) > 1 else "")
                if key not in have:
                    problem(f"{label} is in the history but missing from the database")
                elif key not in want:
                    problem(f"{label} is in the database but not in the history")
                else:
                    for col in columns:
                        if col in want[key] and str(want[key][col]) != str(have[key][col]):
                            problem(f"{label}, {col}: {have[key][col]!r} in the database, "
                                    f"{want[key][col]!r} in the history")

        _compare_scores(session, edition, score_parts, problem)

        have_over = {}
        for cat, award, app, reason in session.execute(
                select(Category.code, Override.award, Application.code, Override.reason)
                .join(Override, Override.category_id == Category.id)
                .join(Application, Application.id == Override.application_id)
                .where(in_edition(Category, edition))):
            have_over[(cat.casefold(), award)] = {"application": app, "reason": reason}
        for key in sorted(set(have_over) | set(overrides)):
            want_o, have_o = overrides.get(key), have_over.get(key)
            label = f"override of {key[1]} in {key[0].upper()}"
            if want_o is None:
                problem(f"{label} is in the database but not in the history")
            elif have_o is None:
                problem(f"{label} is in the history but missing from the database")
            elif (want_o.application.casefold() != have_o["application"].casefold()
                  or want_o.reason != have_o["reason"]):
                problem(f"{label}: {have_o['application']} in the database, "
                        f"{want_o.application} in the history")
        if identity is not None:
            for field_name, have_v, want_v in (("name", edition.name, identity.name),
                                               ("year", edition.year, identity.year),
                                               ("uid", edition.uid, identity.uid)):
                if have_v != want_v:
                    problem(f"the edition's {field_name}: {have_v!r} in the database, "
                            f"{want_v!r} in the history")
        _compare_attachments(session, edition, expected["applications"], problem)
        if bool(edition.finalized) != finalized:
            problem(f"the edition is {'finalized' if edition.finalized else 'open'} in the "
                    f"database but {'finalized' if finalized else 'open'} in the history")
        current = settings_of(edition)
        for name, value in settings.items():
            if current.get(name) != value:
                problem(f"setting {name}: {current.get(name)!r} in the database, {value!r} in "
                        "the history")
        return report


def _compare_attachments(session, edition, applications: dict[tuple, Mapping[str, Any]],
                         problem) -> None:
    """Each application's document must be the very file the history recorded (by SHA-256)."""
    import hashlib

    have = {code.casefold(): (digest, hashlib.sha256(content).hexdigest())
            for code, digest, content in session.execute(
                select(Application.code, Attachment.sha256, Attachment.content)
                .join(Attachment, Attachment.application_id == Application.id)
                .where(in_edition(Application, edition)))}
    for (code,), row in sorted(applications.items()):
        want = row.get("attachment_sha256") or ""
        stored, actual = have.get(code, ("", ""))
        if want and (stored != want or actual != want):
            problem(f"the document of application {row.get('code', code)} is not the file the "
                    "history recorded")


def _compare_scores(session, edition, parts: list[ScoreChanges], problem) -> None:
    if parts:
        want = pd.DataFrame({
            "j": np.concatenate([p.judge for p in parts]),
            "a": np.concatenate([p.application for p in parts]),
            "c": np.concatenate([p.criterion for p in parts]),
            "v": np.concatenate([p.value for p in parts]),
            "m": [m for p in parts for m in p.comment],
        }).drop_duplicates(["j", "a", "c"], keep="last")
        want = want[~np.isnan(want["v"].to_numpy())]  # NaN: the score was cleared
    else:
        want = pd.DataFrame({"j": np.zeros(0, np.int64), "a": np.zeros(0, np.int64),
                             "c": np.zeros(0, np.int64), "v": np.zeros(0), "m": []})
    have = pd.DataFrame(bulk.fetch_rows(session,
        select(Score.judge_id, Score.application_id, Score.criterion_id, Score.value,
               Score.comment)
        .where(in_edition(Score, edition, ALL_ROUNDS))),
        columns=["j", "a", "c", "v", "m"])
    if have.empty:
        have = have.astype({"j": np.int64, "a": np.int64, "c": np.int64, "v": np.float64})
    both = want.merge(have, on=["j", "a", "c"], how="outer", suffixes=("_want", "_have"),
                      indicator="side")
    bad = both[(both["side"] != "both") | (both["v_want"] != both["v_have"])
               | (both["m_want"] != both["m_have"])]
    if bad.empty:
        return
    store = EditionStore(session, edition)
    judges, apps = store.id_codes(Judge), store.id_codes(Application)
    # The scores compared are every round's: so are the criteria that name them.
    crits = dict(session.execute(select(Criterion.id, Criterion.code)
                                 .where(in_edition(Criterion, edition, ALL_ROUNDS))).all())
    for r in bad.sort_values(["j", "a", "c"]).itertuples():
        label = (f"score of judge {judges.get(int(r.j), r.j)} for {apps.get(int(r.a), r.a)}, "
                 f"criterion {crits.get(int(r.c), r.c)}")
        if r.side == "left_only":
            problem(f"{label} is in the history but missing from the database")
        elif r.side == "right_only":
            problem(f"{label} ({number_text(r.v_have)}) is in the database but not in "
                    "the history")
        elif r.v_want != r.v_have:
            problem(f"{label}: {number_text(r.v_have)} in the database, "
                    f"{number_text(r.v_want)} in the history")
        else:
            problem(f"{label}: its comment differs from the history")
