"""``audit verify``: does the database hold exactly what its history says?

The history's chain is checked first (every entry's hash and link). Then its changes are
replayed, oldest first, into the rows the database must hold (tables, scores, overrides, the
finalized state, the settings) and compared with what it does hold. Every difference is named:
"score of judge J1 for EG-03, criterion INNO: 9 in the database, 7 in the history".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import numpy as np
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
from wego_awards.keys import row_keys
from wego_awards.services import history
from wego_awards.services.changes import EditionIdentity, JuryDecision, ScoreChanges
from wego_awards.services.edition import get_edition, settings_of
from wego_awards.store import (
    ALL_ROUNDS,
    KINDS,
    EditionStore,
    all_columns,
    in_edition,
    key_of,
    keyed,
    number_text,
)

# Tables whose rows belong to a round: keyed by the round's code first. A row recorded without
# its round is the round open when it was recorded (every edition starts with R1 open).
ROUND_TABLES = ("criteria", "assignments")


def _same(want: Mapping[str, Any], have: Mapping[str, Any], columns: tuple[str, ...]) -> bool:
    """The row as recorded (its columns that the history holds) is the row as stored."""
    return all(str(want[c]) == str(have[c]) for c in columns if c in want)


def _differing(want: Mapping[tuple, Mapping[str, Any]], have: Mapping[tuple, Mapping[str, Any]],
               columns: tuple[str, ...]) -> set[tuple]:
    """The keys of the rows in one but not the other, or recorded otherwise than stored.

    A row whose columns are all equal as they are is the same (the stored ones are text); only
    the others are compared column by column as text, on the columns the history holds."""
    get = itemgetter(*columns)
    try:
        rough = [k for k, w in want.items() if (h := have.get(k)) is None or get(w) != get(h)]
    except KeyError:  # a row recorded without some column: each row by the columns it holds
        rough = list(want)
    differing = {k for k in rough if k not in have or not _same(want[k], have[k], columns)}
    in_both = len(want) - sum(1 for k in rough if k not in have)
    return differing | (have.keys() - want.keys()) if in_both != len(have) else differing


def _keyed(kind: str, rows: Any, open_round: str) -> dict[tuple, Mapping[str, Any]]:
    """Rows by their key (``store.keyed``'s: casefolded codes); criteria and assignments by
    their round's code first."""
    if kind not in ROUND_TABLES:
        return keyed(kind, rows)
    key = key_of(kind)
    return {(str(r.get("round") or open_round).casefold(), *key(r)): r for r in rows}

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
            have: dict[tuple, Mapping[str, Any]] = {}
            if kind in ROUND_TABLES:
                for r in in_db.values():
                    have.update(_keyed(kind, store.in_round(r).table_rows(kind), r.code))
            else:
                have = _keyed(kind, store.table_rows(kind), open_round)
            columns = all_columns(kind)

            # Only the rows that differ are sorted and worded (120,000 rows compare in a pass).
            for key in sorted(_differing(want, have, columns)):
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

        _compare_scores(store, score_parts, problem)

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


def _compare_scores(store: EditionStore, parts: list[ScoreChanges],
                    problem: Callable[[str], None]) -> None:
    """Every round's scores as replayed (the last change of a judge, application and criterion
    wins; NaN: cleared) against the stored ones, matched by their ids sorted as one key; the
    differences named in the order of their ids."""
    rows = store.rows(select(Score.judge_id, Score.application_id, Score.criterion_id,
                             Score.value, Score.comment)
                      .where(in_edition(Score, store.edition, ALL_ROUNDS)))
    # A value that is no number (text written into the file with another tool) is named here
    # and left out of the comparison below, on both sides.
    try:
        v = np.fromiter(map(itemgetter(3), rows), np.float64, len(rows))
        odd = []
    except (TypeError, ValueError):
        odd = [r for r in rows if not isinstance(r[3], (int, float))]
    if odd:
        maps = store.code_maps()
        for jj, aa, cc, vv, _ in odd:
            problem(f"score of judge {maps['judge'].code_of.get(jj, jj)} for "
                    f"{maps['application'].code_of.get(aa, aa)}, criterion "
                    f"{maps['criterion'].code_of.get(cc, cc)}: {vv!r} in the database is not a "
                    "number")
        rows = [r for r in rows if isinstance(r[3], (int, float))]
        v = np.fromiter(map(itemgetter(3), rows), np.float64, len(rows))
    # Column by column (zip(*rows) would make an iterator per row).
    j, a, c = (np.fromiter(map(itemgetter(i), rows), np.int64, len(rows)) for i in range(3))
    have = _Scores(j, a, c, v, np.array(list(map(itemgetter(4), rows)), dtype=object))

    def joined(name: str, dtype: type) -> np.ndarray:
        return np.concatenate([getattr(p, name) for p in parts]) if parts else np.zeros(0, dtype)

    want = _Scores(joined("judge", np.int64), joined("application", np.int64),
                   joined("criterion", np.int64), joined("value", np.float64),
                   np.array([x for p in parts for x in p.comment], dtype=object))
    if odd:  # the history's version of an odd score is not compared either
        oj, oa, oc = (np.array([r[i] for r in odd], dtype=np.int64) for i in range(3))
        wk, ok = _keys((want.j, want.a, want.c), (oj, oa, oc))
        keep = ~np.isin(wk, ok)
        want = want.take(np.flatnonzero(keep))
    wk, hk = _keys((want.j, want.a, want.c), (have.j, have.a, have.c))
    order = np.argsort(wk, kind="stable")  # a key's changes stay in the order made
    ordered = wk[order]
    last = np.ones(len(order), dtype=bool)  # the last change of each key
    last[:-1] = ordered[1:] != ordered[:-1]
    order = order[last]
    order = order[~np.isnan(want.v[order])]
    want, wk = want.take(order), wk[order]
    horder = np.argsort(hk)
    have, hk = have.take(horder), hk[horder]

    if len(wk) == len(hk) and np.array_equal(wk, hk):  # the same scores: values and comments
        at = np.arange(len(wk))
        found = np.ones(len(wk), dtype=bool)
    else:
        at = np.minimum(np.searchsorted(hk, wk), max(len(hk) - 1, 0))
        found = hk[at] == wk if len(hk) else np.zeros(len(wk), dtype=bool)
    w_in, h_in = np.flatnonzero(found), at[found]
    differ = (want.v[w_in] != have.v[h_in]) | (want.m[w_in] != have.m[h_in])
    matched = np.zeros(len(hk), dtype=bool)
    matched[h_in] = True
    # (key, side, index in want, index in have): side 0 both, 1 history only, 2 database only
    bad = [(int(wk[w]), 0, int(w), int(h))
           for w, h in zip(w_in[differ], h_in[differ], strict=True)]
    bad += [(int(wk[w]), 1, int(w), -1) for w in np.flatnonzero(~found)]
    bad += [(int(hk[h]), 2, -1, int(h)) for h in np.flatnonzero(~matched)]
    if not bad:
        return
    judges, apps = store.id_codes(Judge), store.id_codes(Application)
    # The scores compared are every round's: so are the criteria that name them.
    crits = dict(store.session.execute(
        select(Criterion.id, Criterion.code)
        .where(in_edition(Criterion, store.edition, ALL_ROUNDS))).all())
    for _, side, w, h in sorted(bad):
        row = want if side == 1 else have
        i = w if side == 1 else h
        jid, aid, cid = int(row.j[i]), int(row.a[i]), int(row.c[i])
        label = (f"score of judge {judges.get(jid, jid)} for {apps.get(aid, aid)}, "
                 f"criterion {crits.get(cid, cid)}")
        if side == 1:
            problem(f"{label} is in the history but missing from the database")
        elif side == 2:
            problem(f"{label} ({number_text(have.v[h])}) is in the database but not in "
                    "the history")
        elif want.v[w] != have.v[h]:
            problem(f"{label}: {number_text(have.v[h])} in the database, "
                    f"{number_text(want.v[w])} in the history")
        else:
            problem(f"{label}: its comment differs from the history")


@dataclass
class _Scores:
    """Scores as columns: judge, application and criterion ids, value, comment."""

    j: np.ndarray
    a: np.ndarray
    c: np.ndarray
    v: np.ndarray
    m: np.ndarray

    def take(self, index: np.ndarray) -> _Scores:
        return _Scores(self.j[index], self.a[index], self.c[index], self.v[index],
                       self.m[index])


def _keys(*sides: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[np.ndarray]:
    """One int64 per (judge, application, criterion), ordered as the ids are, the same on
    every side: ``keys.row_keys`` of all sides together when the ids fit, else their rank
    among all."""
    cols = [np.concatenate([s[i] for s in sides]).astype(np.int64, copy=False)
            for i in range(3)]
    negative = any(len(col) and col.min() < 0 for col in cols)
    key = None if negative else row_keys(cols)  # with a negative id, ranked (below)
    if key is None:
        key = np.unique(np.stack(cols, axis=1), axis=0, return_inverse=True)[1].reshape(-1)
        key = key.astype(np.int64)
    ends = np.cumsum([len(s[0]) for s in sides])
    return np.split(key, ends[:-1])
