"""One record at a time: add, edit and delete a category, criterion, application, judge,
conflict or assignment from a form, and undo any of it.

The desktop app's secretariat works here, and it works under the same rules as the file imports:
a form's row goes through the very planner ``import`` uses (``imports.PLANNERS``), so a value an
import would refuse is refused here with the same words, and a conflict is declared through
``conflicts.declare``, which clears the pair's scores and removes its assignment as always.

Every act is one transaction with one history entry, recorded so that ``audit verify`` replays
it exactly (upserts, removals, scores cleared as NaN); a refused act changes nothing and records
nothing. Undo is a new act (action "undo") that puts back the rows the change touched as they
were, and is refused when those rows have changed since, so it never overwrites later work.

What deleting takes with it:

- an application: its scores, assignments, conflicts and document (refused while it holds a jury
  decision);
- a judge: their scores, assignments, conflicts and server login;
- a criterion: its scores;
- a category: nothing (refused while it still holds applications);
- a conflict: only the conflict (the pair is not assigned again, and no score comes back);
- an assignment: the assignment and the pair's scores, because the rules take no score from a
  judge who is not assigned to the application (interface: "the judge is not assigned to it").
  When it was the edition's last assignment the scores stay: with no assignments at all every
  judge is assigned every application they have no conflict with, so they are valid again.

Everything a change takes is kept in its :class:`RecordChange` (``before``, plain data that
pickles), so undoing a delete re-creates the record with its scores, assignments, conflicts and
document, under the same database ids where they are free (results order by id).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import bindparam, func, select, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import (
    Application,
    Assignment,
    Attachment,
    Category,
    Conflict,
    Criterion,
    Edition,
    HistoryEntry,
    Judge,
    JudgeLogin,
    Override,
    Score,
)
from wego_awards.errors import InputRefused, Problem, Refused, quoted
from wego_awards.io.tables import ROW, Table
from wego_awards.services import conflicts, history, imports
from wego_awards.services.acting import acting
from wego_awards.services.changes import ChangeSet, ScoreChanges, TableRows
from wego_awards.services.edition import get_edition, require_unlocked
from wego_awards.services.planning import Plan, known_codes
from wego_awards.store import (
    COLUMNS,
    CodeMap,
    EditionStore,
    all_columns,
    bulk,
    in_edition,
    number_text,
    pair_keys,
)

EDITABLE = ("categories", "criteria", "applications", "judges", "conflicts", "assignments")
ONE = {"categories": "category", "criteria": "criterion", "applications": "application",
       "judges": "judge", "conflicts": "conflict", "assignments": "assignment"}
PAIRS = ("conflicts", "assignments")  # keyed by (judge, application); added and deleted only


@dataclass(frozen=True)
class Field:
    """One field of a record's form."""

    key: str  # the import column
    label: str
    required: bool = False
    # "text", "multiline", "number", "category", "judge", "application" or "pdf"
    kind: str = "text"
    read_only_when_editing: bool = False


def _code(what: str) -> Field:
    return Field("code", "Code", True, "text", True)


FIELDS: dict[str, tuple[Field, ...]] = {
    "categories": (
        _code("category"), Field("name", "Name", True),
        Field("description", "Description", False, "multiline")),
    "criteria": (
        _code("criterion"), Field("name", "Name", True),
        Field("weight", "Weight", True, "number"), Field("min", "Minimum", True, "number"),
        Field("max", "Maximum", True, "number"),
        Field("description", "Rubric", False, "multiline")),
    "applications": (
        _code("application"), Field("category", "Category", True, "category"),
        Field("city", "City", True), Field("country", "Country", True),
        Field("title", "Title", True), Field("summary", "Summary", False, "multiline"),
        Field("organisation", "Organisation"), Field("email", "E-mail"),
        Field("attachment", "Document (PDF)", False, "pdf")),
    "judges": (
        _code("judge"), Field("name", "Name", True), Field("affiliation", "Affiliation"),
        Field("country", "Country"), Field("email", "E-mail")),
    "conflicts": (
        Field("judge", "Judge", True, "judge", True),
        Field("application", "Application", True, "application", True),
        Field("reason", "Reason", True, "multiline")),
    "assignments": (
        Field("judge", "Judge", True, "judge", True),
        Field("application", "Application", True, "application", True)),
}


@dataclass
class Consequences:
    """What an act will do, in words; ``blocking`` says why it cannot be done at all."""

    lines: list[str]
    destroys: bool = False
    blocking: str | None = None


@dataclass
class RecordChange:
    """What one act did: the status bar's sentence, the views to refresh, and what undo needs."""

    kind: str
    key: tuple[str, ...]
    action: str  # "add", "edit", "delete" or "undo"
    summary: str
    touched: frozenset[str]
    before: Any = None  # {"scope", "before", "after"}: plain data, picklable


class FormRefused(InputRefused):
    """A form's row refused: each problem names its field (``column``), with no row number."""

    def __init__(self, what: str, problems: list[Problem]) -> None:
        labels = {f.key: f.label for fields in FIELDS.values() for f in fields}
        text = "; ".join(f"{labels.get(p.column or '', p.column or what)}: {p.message}"
                         for p in problems)
        Refused.__init__(self, f"{text}; nothing was saved", problems)
        self.total = len(problems)


# --- snapshots: the rows an act touches, by their codes -----------------------------------------

# Parents before children: rows are put back in this order and removed in the reverse.
_TABLES = ("categories", "criteria", "judges", "applications", "attachments", "judge_logins",
           "conflicts", "assignments", "scores")
_MAIN: dict[str, Any] = {"categories": Category, "criteria": Criterion, "applications": Application,
         "judges": Judge}
_FIELDS = {
    "categories": ("code", "name", "description", "position"),
    "criteria": ("code", "name", "weight", "min", "max", "description", "position"),
    "applications": ("code", "city", "country", "title", "summary", "organisation", "email"),
    "judges": ("code", "name", "affiliation", "country", "email"),
}
_ENTITY = {"judge": "judge", "application": "application", "criterion": "criterion"}
_OWN = {"categories": "category", "criteria": "criterion", "applications": "application",
        "judges": "judge"}

_SCORES: Any = Score.__table__  # the bulk path's Core table
Scope = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
Snapshot = dict[str, dict[tuple[str, ...], Any]]
# A score in a snapshot: (value, comment, source, updated_at, judge id, application id,
# criterion id, judge code, application code, criterion code).
_SCORE_SAME = 3  # the leading fields that say whether two scores are the same


def _scope(kind: str, key: tuple[str, ...], *, full: bool) -> Scope:
    """The rows an act on the record ``key`` may touch. ``full``: with everything that depends on
    the record (what deleting it takes), else just the record's own rows (what editing
    changes)."""
    if kind in PAIRS:  # a pair's conflict, assignment and scores go together
        pair = (("judge", key[0]), ("application", key[1]))
        return (("conflicts", pair), ("assignments", pair), ("scores", pair))
    code = key[0]
    own: list[tuple[str, tuple[tuple[str, str], ...]]] = [(kind, (("code", code),))]
    deps: tuple[str, ...]
    if kind == "applications":
        own.append(("attachments", (("application", code),)))
        deps = ("scores", "assignments", "conflicts")
        by = "application"
    elif kind == "judges":
        deps = ("judge_logins", "scores", "assignments", "conflicts")
        by = "judge"
    elif kind == "criteria":
        deps, by = ("scores",), "criterion"
    else:
        deps, by = (), ""
    if full:
        own += [(t, ((by, code),)) for t in deps]
    return tuple(own)


def _capture(session: Session, edition: Edition, scope: Scope) -> Snapshot:
    """The rows ``scope`` names, as they are now, keyed by casefolded codes."""
    snap: Snapshot = {t: {} for t in _TABLES}
    maps = EditionStore(session, edition).code_maps()
    written = {name: m.code_of for name, m in maps.items()}
    for table, filters in scope:
        ids: dict[str, int] = {}
        for field, code in filters:
            entity = _OWN[table] if field == "code" else _ENTITY[field]
            found = maps[entity].get(code.casefold())
            if found is None:
                break
            ids[field] = found
        else:
            _capture_table(session, edition, table, ids, written, snap[table])
    return snap


def _capture_table(session: Session, edition: Edition, table: str, ids: dict[str, int],
                   written: dict[str, dict[int, str]], out: dict[tuple[str, ...], Any]) -> None:
    if table in _MAIN:
        obj = session.get(_MAIN[table], ids["code"])
        if obj is None:  # pragma: no cover - the code map found it
            return
        row = {f: getattr(obj, f) for f in _FIELDS[table]}
        row["_id"] = obj.id
        if table == "applications":
            row["category"] = written["category"][obj.category_id]
        out[(obj.code.casefold(),)] = row
        return
    if table == "attachments":
        att = session.get(Attachment, ids["application"])
        if att is not None:
            code = written["application"][att.application_id]
            out[(code.casefold(),)] = {"application": code, "filename": att.filename,
                                       "sha256": att.sha256, "content": bytes(att.content)}
        return
    if table == "judge_logins":
        for role, in session.execute(select(JudgeLogin.role)
                                     .where(JudgeLogin.judge_id == ids["judge"])):
            code = written["judge"][ids["judge"]]
            out[(code.casefold(),)] = {"judge": code, "role": role}
        return
    model: Any = {"conflicts": Conflict, "assignments": Assignment, "scores": Score}[table]
    cols = {"judge": model.judge_id, "application": model.application_id}
    if table == "scores":
        cols["criterion"] = Score.criterion_id
    where = [cols[f] == i for f, i in ids.items()]
    if table != "conflicts":  # assignments and scores: the open round's (conflicts: every round)
        where.append(in_edition(model, edition))
    if table == "scores":
        for j, a, c, value, comment, source, at in bulk.fetch_rows(session, select(
                Score.judge_id, Score.application_id, Score.criterion_id, Score.value,
                Score.comment, Score.source, Score.updated_at).where(*where)):
            jc, ac, cc = written["judge"][j], written["application"][a], written["criterion"][c]
            out[(jc.casefold(), ac.casefold(), cc.casefold())] = (
                float(value), comment, source, at, int(j), int(a), int(c), jc, ac, cc)
        return
    for j, a, source in session.execute(select(model.judge_id, model.application_id,
                                               model.source).where(*where)):
        jc, ac = written["judge"][j], written["application"][a]
        out[(jc.casefold(), ac.casefold())] = {"judge": jc, "application": ac, "source": source}


def _same_row(table: str, a: Any, b: Any) -> bool:
    if table == "scores":
        return bool(a[:_SCORE_SAME] == b[:_SCORE_SAME])
    return {k: v for k, v in a.items() if k != "_id"} == {k: v for k, v in b.items()
                                                          if k != "_id"}


def _differences(a: Snapshot, b: Snapshot) -> dict[str, list[tuple[str, ...]]]:
    """The keys whose rows differ between two snapshots, per table."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in _TABLES:
        keys = [k for k in set(a[t]) | set(b[t])
                if k not in a[t] or k not in b[t] or not _same_row(t, a[t][k], b[t][k])]
        if keys:
            out[t] = sorted(keys)
    return out


# --- putting rows back ---------------------------------------------------------------------------


def _deletion_blocker(session: Session, edition: Edition, table: str, row: dict) -> str | None:
    """Why the rules forbid removing this record now, if they do."""
    if table == "applications":
        held = session.execute(
            select(Override.award, Category.code).join(Category,
                                                       Category.id == Override.category_id)
            .where(Override.application_id == row["_id"])).first()
        if held is not None:
            return (f"{row['code']} holds the jury's {held[0]} award in {held[1]}; clear that "
                    "decision first")
    if table == "categories":
        n = session.scalar(select(func.count()).select_from(Application)
                           .where(in_edition(Application, edition),
                                  Application.category_id == row["_id"])) or 0
        if n:
            return (f"category {row['code']} still holds {n} application{'s' if n > 1 else ''}; "
                    "delete them or move them to another category first")
    return None


def _free(session: Session, model: Any, id_: int | None) -> bool:
    return id_ is not None and session.scalar(select(model.id).where(model.id == id_)) is None


def _restore(session: Session, edition: Edition, target: Snapshot, current: Snapshot) -> None:
    """Make the rows of ``current`` (what the scope holds now) into those of ``target``:
    remove, re-create or change each row that differs. Refused, changing nothing, when the
    rules forbid the result (a jury decision on an application to remove, a score outside its
    criterion's range now, a pair conflicted since, a record referred to that is gone)."""
    diff = _differences(target, current)
    # Remove, children first.
    for t in reversed(_TABLES):
        gone = [k for k in diff.get(t, []) if k not in target[t]]
        if not gone:
            continue
        rows = [current[t][k] for k in gone]
        if t == "scores":
            session.connection().execute(
                sql_delete(_SCORES).where(Score.judge_id == bindparam("j"),
                                              Score.application_id == bindparam("a"),
                                              Score.criterion_id == bindparam("c")),
                [{"j": r[4], "a": r[5], "c": r[6]} for r in rows])
        elif t in PAIRS:
            model: Any = Conflict if t == "conflicts" else Assignment
            scope = [in_edition(Assignment, edition)] if t == "assignments" else []
            ids = _ids(session, edition)
            for r in rows:
                session.execute(sql_delete(model).where(
                    model.judge_id == ids["judge"][r["judge"].casefold()],
                    model.application_id == ids["application"][r["application"].casefold()],
                    *scope))
        elif t == "judge_logins":
            for r in rows:
                session.execute(sql_delete(JudgeLogin).where(JudgeLogin.role == r["role"]))
        elif t == "attachments":
            for k in gone:
                app_id = current["applications"].get(k, {}).get("_id") \
                    or _ids(session, edition)["application"][k[0]]
                session.execute(sql_delete(Attachment).where(Attachment.application_id == app_id))
        else:
            for r in rows:
                why = _deletion_blocker(session, edition, t, r)
                if why:
                    raise Refused(why)
                session.execute(sql_delete(_MAIN[t]).where(_MAIN[t].id == r["_id"]))
        session.flush()
    # Put back or change, parents first.
    for t in _TABLES:
        todo = [k for k in diff.get(t, []) if k in target[t]]
        if todo:
            _put(session, edition, t, [(target[t][k], current[t].get(k)) for k in todo])
    session.expire_all()  # Core statements above changed rows the session may hold


def _ids(session: Session, edition: Edition) -> dict[str, CodeMap]:
    return EditionStore(session, edition).code_maps()


def _missing(what: str, code: str) -> Refused:
    return Refused(f"{what} {code} no longer exists, so this cannot be undone")


def _put(session: Session, edition: Edition, t: str, rows: list[tuple[Any, Any]]) -> None:
    """Insert (``old`` None) or update each ``(new, old)`` row of table ``t``."""
    ids = _ids(session, edition)

    def ref(entity: str, code: str) -> int:
        found = ids[entity].get(code.casefold())
        if found is None:
            raise _missing(entity, code)
        return found

    if t in _MAIN:
        model = _MAIN[t]
        for new, old in rows:
            values = {f: new[f] for f in _FIELDS[t]}
            if t == "applications":
                values["category_id"] = ref("category", new["category"])
                if old is not None and old["category"].casefold() != new["category"].casefold():
                    why = _deletion_blocker(session, edition, "applications", old)
                    if why:
                        raise Refused(why.replace("first", "before moving it back"))
            if t == "criteria":
                _refuse_stranded(session, old, new)
            if t == "categories":
                _refuse_name_clash(session, edition, new)
            if old is None:
                if _free(session, model, new.get("_id")):
                    values["id"] = new["_id"]
                if t == "criteria":  # a criterion of the round now open
                    values["round_id"] = edition.open_round_id
                session.add(model(edition_id=edition.id, **values))
            else:
                session.execute(update(model).where(model.id == old["_id"]).values(**values))
        session.flush()
        return
    if t == "attachments":
        for new, old in rows:
            app_id = ref("application", new["application"])
            if old is not None:
                session.execute(sql_delete(Attachment).where(Attachment.application_id == app_id))
            session.add(Attachment(application_id=app_id, filename=new["filename"],
                                   sha256=new["sha256"], content=new["content"]))
        session.flush()
        return
    if t == "judge_logins":
        for new, _old in rows:
            session.add(JudgeLogin(role=new["role"], judge_id=ref("judge", new["judge"])))
        session.flush()
        return
    conflicted = set(EditionStore(session, edition).conflict_pairs().tolist())
    if t in PAIRS:
        model2: Any = Conflict if t == "conflicts" else Assignment
        for new, old in rows:
            j, a = ref("judge", new["judge"]), ref("application", new["application"])
            if t == "assignments" and int(pair_keys(np.array([j]), np.array([a]))[0]) \
                    in conflicted:
                raise Refused(f"judge {new['judge']} has a conflict with {new['application']} "
                              "now, so the assignment cannot come back")
            # An assignment is the open round's; a conflict holds in every round.
            scope = [in_edition(Assignment, edition)] if t == "assignments" else []
            if old is not None:
                session.execute(update(model2).where(model2.judge_id == j,
                                                     model2.application_id == a, *scope)
                                .values(source=new["source"]))
            elif t == "assignments":
                session.add(Assignment(judge_id=j, application_id=a, source=new["source"],
                                       round_id=edition.open_round_id))
            else:
                session.add(Conflict(judge_id=j, application_id=a, source=new["source"]))
        session.flush()
        return
    # Scores: checked against the rules as they stand now, then written in bulk.
    ranges = {cid: (lo, hi) for cid, lo, hi in session.execute(
        select(Criterion.id, Criterion.min, Criterion.max)
        .where(in_edition(Criterion, edition)))}
    inserts, updates = [], []
    for new, old in rows:
        value, comment, source, at = new[:4]
        j, a, c = ref("judge", new[7]), ref("application", new[8]), ref("criterion", new[9])
        if int(pair_keys(np.array([j]), np.array([a]))[0]) in conflicted:
            raise Refused(f"judge {new[7]} has a conflict with {new[8]} now, so their scores "
                          "of it cannot come back")
        lo, hi = ranges[c]
        if not lo <= value <= hi:
            raise Refused(f"the score {number_text(value)} of judge {new[7]} for "
                          f"{new[8]} lies outside the range {number_text(lo)}.."
                          f"{number_text(hi)} criterion {new[9]} has now, so it cannot "
                          "come back")
        if old is None:
            inserts.append((j, a, c, value, comment, at, source))
        else:
            updates.append({"v": value, "m": comment, "s": source, "t": at,
                            "j": j, "a": a, "c": c})
    bulk.insert_rows(session, Score.__table__, ("judge_id", "application_id", "criterion_id",
                                                "value", "comment", "updated_at", "source"),
                     inserts)
    if updates:
        session.connection().execute(
            update(_SCORES).where(Score.judge_id == bindparam("j"),
                                          Score.application_id == bindparam("a"),
                                          Score.criterion_id == bindparam("c"))
            .values(value=bindparam("v"), comment=bindparam("m"), source=bindparam("s"),
                    updated_at=bindparam("t")), updates)


def _refuse_stranded(session: Session, old: dict | None, new: dict) -> None:
    """A criterion's range put back must still hold every score given on it (as imports)."""
    if old is None or (old["min"] == new["min"] and old["max"] == new["max"]):
        return
    outside = session.scalar(select(Score.id).where(
        Score.criterion_id == old["_id"],
        (Score.value < new["min"]) | (Score.value > new["max"])).limit(1))
    if outside is not None:
        raise Refused(f"the range {new['min']:g}..{new['max']:g} of criterion {new['code']} "
                      "would leave scores given since outside it, so it cannot come back")


def _refuse_name_clash(session: Session, edition: Edition, new: dict) -> None:
    clash = session.scalar(select(Category.code).where(
        in_edition(Category, edition), func.lower(Category.name) == new["name"].lower(),
        func.lower(Category.code) != new["code"].lower()))
    if clash:
        raise Refused(f"the name {quoted(new['name'])} belongs to category {clash} now, so it "
                      "cannot come back")


# --- what the history records --------------------------------------------------------------------


def _import_row(session: Session, edition: Edition, t: str, code: str) -> dict[str, str]:
    """The record's row in the import columns as it is now (what audit compares)."""
    if t == "judges":
        judge = EditionStore(session, edition).find(Judge, code, "judge")
        return conflicts.judge_row(session, edition, judge)
    obj = EditionStore(session, edition).find(_MAIN[t], code, ONE[t])
    if t == "categories":
        return {"code": obj.code, "name": obj.name, "description": obj.description}
    if t == "criteria":
        return {"code": obj.code, "name": obj.name, "weight": number_text(obj.weight),
                "min": number_text(obj.min), "max": number_text(obj.max),
                "description": obj.description}
    att = session.get(Attachment, obj.id)
    return {"code": obj.code, "category": obj.category.code, "city": obj.city,
            "country": obj.country, "title": obj.title, "summary": obj.summary,
            "organisation": obj.organisation, "email": obj.email,
            "attachment": att.filename if att else "",
            "attachment_sha256": att.sha256 if att else ""}


def _history_changes(session: Session, edition: Edition, before: Snapshot,
                     after: Snapshot) -> ChangeSet:
    """The history's payload for going from ``before`` to ``after``, in the terms audit
    replays: upserts and removals of rows, and scores (NaN: cleared)."""
    diff = _differences(before, after)
    upserts: dict[str, list[dict[str, str]]] = {}
    removals: dict[str, list[dict[str, str]]] = {}
    redo: dict[str, set[str]] = {t: set() for t in _MAIN}  # codes to upsert as they are now
    for t in _MAIN:
        for k in diff.get(t, []):
            if k in after[t]:
                redo[t].add(after[t][k]["code"])
            else:
                removals.setdefault(t, []).append({"code": before[t][k]["code"]})
    for k in diff.get("attachments", []):  # the document is part of the application's row
        if k not in diff.get("applications", []) or k in after["applications"]:
            row = after["attachments"].get(k) or before["attachments"][k]
            redo["applications"].add(row["application"])
    for k in diff.get("conflicts", []):  # the judge's row carries the conflicts column
        row = after["conflicts"].get(k) or before["conflicts"][k]
        redo["judges"].add(row["judge"])
    maps = EditionStore(session, edition).code_maps()  # once, not once per code
    for t in _MAIN:
        alive = {c for c in redo[t] if c.casefold() in maps[_OWN[t]]}
        if alive:
            upserts[t] = [_import_row(session, edition, t, c) for c in sorted(alive)]
    for k in diff.get("assignments", []):
        if k in after["assignments"]:
            r = after["assignments"][k]
            upserts.setdefault("assignments", []).append(
                {"judge": r["judge"], "application": r["application"]})
        else:
            r = before["assignments"][k]
            removals.setdefault("assignments", []).append(
                {"judge": r["judge"], "application": r["application"]})
    scores = None
    keys = diff.get("scores", [])
    if keys:
        rows = [after["scores"].get(k) or before["scores"][k] for k in keys]
        cleared = [k not in after["scores"] for k in keys]
        scores = ScoreChanges(
            judge=np.array([r[4] for r in rows], np.int64),
            application=np.array([r[5] for r in rows], np.int64),
            criterion=np.array([r[6] for r in rows], np.int64),
            value=np.array([math.nan if gone else r[0] for r, gone in
                            zip(rows, cleared, strict=True)], np.float64),
            old=np.array([before["scores"][k][0] if k in before["scores"] else math.nan
                          for k in keys], np.float64),
            comment=tuple("" if gone else r[1] for r, gone in zip(rows, cleared, strict=True)),
        )
    return ChangeSet(upserts=TableRows.from_data(upserts),
                     removals=TableRows.from_data(removals), scores=scores)


def _touched(before: Snapshot, after: Snapshot) -> frozenset[str]:
    """The data the UI shows that changed (a document belongs to applications, a server login
    to judges)."""
    view = {"attachments": "applications", "judge_logins": "judges"}
    return frozenset(view.get(t, t) for t in _differences(before, after))


# --- forms ---------------------------------------------------------------------------------------


def _guard(edition: Edition, what: str) -> None:
    """Refuse every write while the edition is finalized, and in a judge's package."""
    require_unlocked(edition, what)
    acting(edition).secretariat_only(what)


def _kind(kind: str) -> str:
    if kind not in EDITABLE:
        raise Refused(f"'{kind}' is not something to edit here; choose one of "
                      f"{', '.join(EDITABLE)}")
    return kind


def _clean(kind: str, row: dict[str, str]) -> dict[str, str]:
    keys = set(all_columns(kind)) if kind in COLUMNS else set()
    keys |= {f.key for f in FIELDS[kind]}
    return {k: str(row.get(k) if row.get(k) is not None else "").strip() for k in keys}


def _find_row(session: Session, edition: Edition, kind: str,
              key: tuple[str, ...]) -> dict[str, str] | None:
    """The record's row in the import columns, or None when there is none."""
    if kind in PAIRS:
        maps = EditionStore(session, edition).code_maps()
        if len(key) != 2:
            raise Refused(f"a {ONE[kind]} is named by its judge and application")
        j, a = maps["judge"].get(key[0].casefold()), maps["application"].get(key[1].casefold())
        if j is None or a is None:
            return None
        model: Any = Conflict if kind == "conflicts" else Assignment
        src = session.scalar(select(model.source).where(model.judge_id == j,
                                                       model.application_id == a))
        if src is None:
            return None
        jc, ac = maps["judge"].code_of[j], maps["application"].code_of[a]
        row = {"judge": jc, "application": ac, "source": src}
        if kind == "conflicts":
            row["reason"] = _conflict_reason(session, edition, jc, ac)
        return row
    code = key[0].casefold() if key else ""
    if code not in EditionStore(session, edition).code_maps()[_OWN[kind]]:
        return None
    return {k: v for k, v in _import_row(session, edition, kind, key[0]).items()
            if k != "attachment_sha256"}


def _conflict_reason(session: Session, edition: Edition, judge: str, app: str) -> str:
    """The reason given when the conflict was declared (kept in the history's entry)."""
    said = f"judge {judge} now has a conflict with {app} (%"
    reason = session.scalar(
        select(HistoryEntry.reason).where(in_edition(HistoryEntry, edition),
                                          HistoryEntry.action == "conflict",
                                          HistoryEntry.summary.like(said))
        .order_by(HistoryEntry.id.desc()).limit(1))
    return reason or ""


def _label(kind: str, key: tuple[str, ...]) -> str:
    if kind in PAIRS:
        verb = "conflict of judge" if kind == "conflicts" else "assignment of judge"
        return f"{verb} {key[0]} {'with' if kind == 'conflicts' else 'to'} {key[1]}"
    return f"{ONE[kind]} {key[0]}"


def _require(session: Session, edition: Edition, kind: str,
             key: tuple[str, ...]) -> dict[str, str]:
    row = _find_row(session, edition, kind, key)
    if row is None:
        raise Refused(f"there is no {_label(kind, key)} (was it deleted?)")
    return row


def get(db: Database, kind: str, key: tuple[str, ...]) -> dict[str, str]:
    """The record's current row in the import columns (applications: ``attachment`` is the
    document's file name; judges: ``conflicts`` lists theirs; conflicts: judge, application,
    reason, source; assignments: judge, application, source). Refused when there is none."""
    _kind(kind)
    with db.read() as session:
        return _require(session, get_edition(session), kind, tuple(key))


@dataclass
class _Prepared:
    """A form's row checked against the rules, ready to write."""

    kind: str
    key: tuple[str, ...]
    action: str
    lines: list[str]
    destroys: bool
    plan: Plan | None = None
    reason: str = ""
    nothing: bool = False


def _form_table(kind: str, row: dict[str, str]) -> Table:
    frame = pd.DataFrame({c: pd.Series([row.get(c, "")], dtype=object)
                          for c in all_columns(kind)})
    frame[ROW] = [1]
    return Table(Path(f"{kind} form"), frame, {})


def _as_form(kind: str, exc: InputRefused) -> FormRefused:
    return FormRefused(ONE[kind], [Problem(ONE[kind], p.message, None, p.column, p.value)
                                   for p in exc.problems])


def _plan(session: Session, edition: Edition, kind: str, row: dict[str, str]) -> Plan:
    """The import's planner on this one row: the same checks, words and writes."""
    try:
        return imports.PLANNERS[kind](session, edition, _form_table(kind, row))
    except InputRefused as exc:
        raise _as_form(kind, exc) from None


def _prepare(session: Session, edition: Edition, kind: str, row: dict[str, str],
             key: tuple[str, ...] | None) -> _Prepared:
    _kind(kind)
    row = _clean(kind, row)
    if kind in PAIRS:
        return _prepare_pair(session, edition, kind, row, key)
    editing = key is not None
    current = _require(session, edition, kind, tuple(key or ())) if key is not None else None
    code = row["code"] or (current["code"] if current else "")
    row["code"] = code
    what = ONE[kind]
    problems: list[Problem] = []
    if current is not None and code.casefold() != current["code"].casefold():
        problems.append(Problem(what, f"codes are not renamed: this is {what} {current['code']}; "
                                f"to use {code}, add a new {what} and delete this one",
                                None, "code", code))
    codes = EditionStore(session, edition).code_maps()[what]
    found = codes.get(code.casefold()) if code else None
    if not editing and found is not None:
        have = codes.code_of[found]
        problems.append(Problem(what, f"{what} {have} exists already", None, "code", code))
    if kind == "applications":
        problems += _check_attachment(row, current)
    if problems:
        raise FormRefused(what, problems)
    if kind == "judges":
        # Conflicts are their own records here: the judge's stay as they are.
        row["conflicts"] = current["conflicts"] if current else ""
    plan = _plan(session, edition, kind, row)
    key = (current["code"] if current else code,)
    if plan.report.touched == 0:
        return _Prepared(kind, key, "edit", [f"Nothing to change in {what} {key[0]}."], False,
                         nothing=True)
    lines = _edit_lines(kind, row, current) if current else _add_lines(kind, row)
    # What an import would warn of (a name no shipped font draws) is said for a form too.
    lines += list(plan.report.notes)
    return _Prepared(kind, key, "edit" if editing else "add", lines, False, plan)


def _check_attachment(row: dict[str, str], current: dict[str, str] | None) -> list[Problem]:
    path = row.get("attachment", "")
    if current is not None and path and path == current.get("attachment"):
        row["attachment"] = ""  # the form shows the stored file's name: keep that file
    elif path and not Path(path).is_absolute():
        return [Problem("application", f"give the full path of the PDF file, not {quoted(path)}",
                        None, "attachment", path)]
    return []


def _add_lines(kind: str, row: dict[str, str]) -> list[str]:
    what = ONE[kind]
    if kind == "applications":
        lines = [f"Adds application {row['code']} {quoted(row['title'])} to category "
                 f"{row['category']}."]
        if row.get("attachment"):
            lines.append(f"Attaches the document {Path(row['attachment']).name}.")
        return lines
    return [f"Adds {what} {row['code']} {quoted(row['name'])}."]


def _edit_lines(kind: str, row: dict[str, str], current: dict[str, str]) -> list[str]:
    labels = {f.key: f.label for f in FIELDS[kind]}
    lines = []
    for f in FIELDS[kind]:
        if f.key in ("code", "attachment"):
            continue
        old, new = current.get(f.key, ""), row.get(f.key, "")
        if f.kind == "number" and _same_number(old, new):
            continue
        if f.kind == "category" and old.casefold() == new.casefold():
            continue
        if old != new:
            lines.append(f"Changes the {labels[f.key].lower()} of {ONE[kind]} {current['code']} "
                         f"from {quoted(old)} to {quoted(new)}.")
    if row.get("attachment"):
        name = Path(row["attachment"]).name
        lines.append(f"Replaces the document {current['attachment']} with {name}."
                     if current.get("attachment") else f"Attaches the document {name}.")
    if kind == "criteria" and any(not _same_number(current[c], row[c])
                                  for c in ("weight", "min", "max")):
        lines.append("The results are computed anew with it.")
    return lines or [f"Saves {ONE[kind]} {current['code']} as it is."]


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b


def _prepare_pair(session: Session, edition: Edition, kind: str, row: dict[str, str],
                  key: tuple[str, ...] | None) -> _Prepared:
    what = ONE[kind]
    if key is not None:
        raise Refused(f"a {what} cannot be edited: delete it and "
                      f"{'declare' if kind == 'conflicts' else 'add'} it anew")
    maps = EditionStore(session, edition).code_maps()
    problems: list[Problem] = []
    for col in ("judge", "application"):
        value = row[col]
        if not value:
            problems.append(Problem(what, f"the {what} needs a{'n' if col[0] == 'a' else ''} "
                                    f"{col}", None, col, value))
        elif value.casefold() not in maps[col]:
            hint = f"; known: {known_codes(maps[col])}" if col == "judge" else ""
            article = "an" if col[0] == "a" else "a"
            problems.append(Problem(what, f"{quoted(value)} is not {article} {col}{hint}", None,
                                    col, value))
    if kind == "conflicts" and not row["reason"]:
        problems.append(Problem(what, "the conflict needs a reason", None, "reason", ""))
    if problems:
        raise FormRefused(what, problems)
    j = maps["judge"][row["judge"].casefold()]
    a = maps["application"][row["application"].casefold()]
    jc, ac = maps["judge"].code_of[j], maps["application"].code_of[a]
    key = (jc, ac)
    if kind == "assignments":
        if _find_row(session, edition, kind, key) is not None:
            raise FormRefused(what, [Problem(what, f"judge {jc} is assigned to {ac} already",
                                             None, "application", row["application"])])
        plan = _plan(session, edition, kind, {"judge": jc, "application": ac})
        lines = [f"Assigns judge {jc} to {ac}."]
        if not EditionStore(session, edition).has_assignments():
            lines.append("This is the edition's first assignment: from then on each judge "
                         "scores only the applications assigned to them.")
        return _Prepared(kind, key, "add", lines, False, plan)
    pairs = EditionStore(session, edition).conflict_pairs()
    if int(pair_keys(np.array([j]), np.array([a]))[0]) in set(pairs.tolist()):
        if _find_row(session, edition, kind, key) is not None:
            message = f"judge {jc} has a conflict with {ac} already"
        else:
            message = (f"judge {jc} and {ac} are from the same country: the own-country rule "
                       "forbids the pair already")
        raise FormRefused(what, [Problem(what, message, None, "application",
                                         row["application"])])
    n = _count(session, select(func.count()).select_from(Score)
               .where(Score.judge_id == j, Score.application_id == a,
                      in_edition(Score, edition)))
    assigned = session.scalar(select(Assignment.id).where(Assignment.judge_id == j,
                                                          Assignment.application_id == a,
                                                          in_edition(Assignment, edition)))
    lines = [f"Judge {jc} gets a conflict with {ac}: they can no longer be assigned to it or "
             "score it."]
    if n:
        lines.append(f"Clears their {_n(n, 'score')} of {ac} (kept in the history; undo brings "
                     "them back).")
    if assigned is not None:
        lines.append(f"Removes the assignment of judge {jc} to {ac}.")
    return _Prepared(kind, key, "add", lines, bool(n or assigned is not None),
                     reason=row["reason"])


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(stmt) or 0)


def _n(n: int, word: str) -> str:
    plural = {"criterion": "criteria", "category": "categories"}.get(word, word + "s")
    return f"{n} {word if n == 1 else plural}"


def check(db: Database, kind: str, row: dict[str, str], *,
          key: tuple[str, ...] | None = None) -> Consequences:
    """Check a form's row through the import's rules, writing nothing, and say what saving it
    will do (and what it destroys). Refused (a :class:`FormRefused` naming the field) when the
    rules do not take it; ``key`` names the record being edited (None: a new one)."""
    with db.read() as session:
        edition = get_edition(session)
        _guard(edition, f"changing {_kind(kind)}")
        prepared = _prepare(session, edition, kind, row, tuple(key) if key else None)
        return Consequences(prepared.lines, prepared.destroys)


def save(db: Database, kind: str, row: dict[str, str], *,
         key: tuple[str, ...] | None = None) -> RecordChange:
    """Add (``key`` None) or edit the record ``key`` from a form's row, through the import's
    rules, in one transaction with its history entry. Conflicts and assignments are added only;
    a conflict is declared by the secretariat with its reason, clearing the pair's scores and
    removing its assignment. An edit that changes nothing writes nothing."""
    with db.write() as session:
        edition = get_edition(session)
        _guard(edition, f"changing {_kind(kind)}")
        p = _prepare(session, edition, kind, row, tuple(key) if key else None)
        label = _label(kind, p.key)
        if p.nothing:
            return RecordChange(kind, p.key, p.action, f"Nothing to change in {label}",
                                frozenset())
        # An add may be undone only while nothing has come to depend on the record since.
        scope = _scope(kind, p.key, full=p.action == "add")
        before = _capture(session, edition, scope)
        if kind == "conflicts":
            judge = EditionStore(session, edition).find(Judge, p.key[0], "judge")
            app = EditionStore(session, edition).find(Application, p.key[1], "application")
            done = conflicts.declare(session, edition, judge, app, source="secretariat",
                                     reason=p.reason)
            summary = str(done)[0].upper() + str(done)[1:]
        else:
            assert p.plan is not None
            changes = p.plan.apply(session)
            summary = _summary(p, label)
            history.record(session, edition, f"{p.action} {ONE[kind]}", summary,
                           changes=changes)
        after = _capture(session, edition, scope)
    return RecordChange(kind, p.key, p.action, summary, _touched(before, after),
                        {"scope": scope, "before": before, "after": after})


def _summary(p: _Prepared, label: str) -> str:
    if p.action == "add":
        return f"Added {label}"
    changed = [line for line in p.lines if line.startswith(("Changes the ", "Replaces ",
                                                            "Attaches "))]
    fields = [line.split(" ")[2] if line.startswith("Changes") else "document"
              for line in changed]
    return f"Changed {label}" + (f" ({', '.join(fields)})" if fields else "")


# --- deleting ------------------------------------------------------------------------------------


def _delete_target(kind: str, before: Snapshot, session: Session,
                   edition: Edition) -> Snapshot:
    """What the scope holds once the record is deleted."""
    target: Snapshot = {t: dict(rows) for t, rows in before.items()}
    if kind == "conflicts":
        target["conflicts"] = {}
    elif kind == "assignments":
        target["assignments"] = {}
        if _count(session, select(func.count()).select_from(Assignment)
                  .where(in_edition(Assignment, edition))) > 1:
            target["scores"] = {}  # scores need an assignment (the last one's stay valid)
    else:
        target = {t: {} for t in _TABLES}
    return target


def _deletion(session: Session, edition: Edition, kind: str,
              key_given: tuple[str, ...]
              ) -> tuple[Consequences, Scope, Snapshot, Snapshot, str, tuple[str, ...]]:
    """What deleting the record takes, in words and in rows, and the status bar's sentence."""
    _kind(kind)
    row = _require(session, edition, kind, key_given)
    key: tuple[str, ...] = (row["judge"], row["application"]) if kind in PAIRS else (row["code"],)
    scope = _scope(kind, key, full=True)
    before = _capture(session, edition, scope)
    target = _delete_target(kind, before, session, edition)
    label = _label(kind, key)
    lines = [f"Deletes {label}" + (f" {quoted(row.get('title') or row.get('name'))}"
                                   if kind not in PAIRS else "") + "."]
    with_: list[str] = []
    scores = len(before["scores"]) - len(target["scores"])
    if scores:
        judges = len({k[0] for k in before["scores"]})
        apps = len({k[1] for k in before["scores"]})
        whose = {"applications": f" from {_n(judges, 'judge')}",
                 "judges": f" of {_n(apps, 'application')}",
                 "criteria": f" from {_n(judges, 'judge')}"}.get(kind, "")
        lines.append(f"Clears {_n(scores, 'score')}{whose} (undo brings them back).")
        with_.append(_n(scores, "score"))
    if kind in ("applications", "judges"):
        other = "judge" if kind == "applications" else "application"
        for t, word in (("assignments", "assignment"), ("conflicts", "conflict")):
            n = len(before[t])
            if n:
                names = sorted(r[other] for r in before[t].values())
                lines.append(f"Removes {_n(n, word)} ({', '.join(names[:8])}"
                             f"{', …' if n > 8 else ''}).")
                with_.append(_n(n, word))
        for att in before["attachments"].values():
            lines.append(f"Removes the document {att['filename']}.")
            with_.append("its document")
        for login in before["judge_logins"].values():
            lines.append(f"Removes the judge's server login {login['role']}.")
    if kind == "conflicts":
        lines.append(f"Judge {key[0]} may be assigned to {key[1]} again (this does not assign "
                     "them).")
    if kind == "assignments" and not target["assignments"] and before["scores"] == target[
            "scores"]:
        lines.append("This is the edition's last assignment: without any, every judge is "
                     "assigned every application they have no conflict with.")
    if kind == "criteria" and _count(session, select(func.count()).select_from(Criterion)
                                     .where(in_edition(Criterion, edition))) == 1:
        lines.append("It is the last criterion: there are no results without criteria.")
    blocking = None
    try:
        _guard(edition, f"deleting {kind}")
    except Refused as exc:
        blocking = exc.message
    if blocking is None and kind in _MAIN:
        blocking = _deletion_blocker(session, edition, kind, before[kind][(key[0].casefold(),)])
    if blocking is None and kind == "conflicts" and row["source"] == conflicts.OWN_COUNTRY:
        blocking = "the own-country rule forbids this pair; it is not a declared conflict"
    summary = f"Deleted {label}" + (f" with its {_and(with_)}" if with_ else "")
    return Consequences(lines, True, blocking), scope, before, target, summary, key


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def consequences(db: Database, kind: str, key: tuple[str, ...]) -> Consequences:
    """What deleting the record would take with it, in words; ``blocking`` says why it cannot
    be deleted (a jury decision on the application, applications left in the category, a
    finalized edition, a judge's package). Refused when there is no such record."""
    with db.read() as session:
        return _deletion(session, get_edition(session), kind, tuple(key))[0]


def delete(db: Database, kind: str, key: tuple[str, ...]) -> RecordChange:
    """Delete the record with everything that depends on it (see the module's notes), in one
    transaction with one history entry; Refused, changing nothing, when it is blocked."""
    with db.write() as session:
        edition = get_edition(session)
        _guard(edition, f"deleting {_kind(kind)}")
        said, scope, before, target, summary, key = _deletion(session, edition, kind,
                                                              tuple(key))
        if said.blocking:
            raise Refused(said.blocking)
        _restore(session, edition, target, before)
        after = _capture(session, edition, scope)
        history.record(session, edition, f"delete {ONE[kind]}", summary,
                       changes=_history_changes(session, edition, before, after))
    return RecordChange(kind, key, "delete", summary, _touched(before, after),
                        {"scope": scope, "before": before, "after": after})


# --- undo ----------------------------------------------------------------------------------------


def undo(db: Database, change: RecordChange) -> RecordChange:
    """Take back ``change`` as a new act in the history (action "undo"): the rows it touched go
    back to what they were (an add is deleted, an edit's old values and document return, a
    delete comes back with its scores, assignments, conflicts and document, a conflict goes and
    the scores and assignment it cleared return). Refused, changing nothing, when those rows
    have changed since or the rules no longer allow the old state. Undoing an undo redoes."""
    if not change.before:
        raise Refused("there is nothing to undo: that change changed nothing")
    scope: Scope = change.before["scope"]
    was: Snapshot = change.before["before"]
    expected: Snapshot = change.before["after"]
    label = _label(change.kind, change.key)
    with db.write() as session:
        edition = get_edition(session)
        _guard(edition, "undoing")
        now = _capture(session, edition, scope)
        if _differences(now, expected):
            raise Refused(f"{label[0].upper()}{label[1:]} has changed since "
                          f"({_what_changed(_differences(now, expected))}), so "
                          f"'{change.summary}' cannot be undone")
        _restore(session, edition, was, now)
        after = _capture(session, edition, scope)
        summary = f"Undone: {change.summary[0].lower()}{change.summary[1:]}"
        history.record(session, edition, "undo", summary,
                       changes=_history_changes(session, edition, now, after))
    return RecordChange(change.kind, change.key, "undo", summary, _touched(now, after),
                        {"scope": scope, "before": now, "after": after})


def _what_changed(diff: dict[str, list[tuple[str, ...]]]) -> str:
    words = {"categories": "category", "criteria": "criterion", "judges": "judge",
             "applications": "application", "attachments": "document",
             "judge_logins": "login", "conflicts": "conflict", "assignments": "assignment",
             "scores": "score"}
    return _and([_n(len(keys), words[t]) for t, keys in diff.items()])
