"""One open edition's rows, scoped to it in one place.

An :class:`EditionStore` is a session and the edition it works on. It knows how each table
belongs to the edition (categories, criteria, applications and judges by their ``edition_id``;
conflicts, assignments and scores through their judge; a document through its application), so
a service asks ``store.select(Criterion.code)`` or ``store.all(Judge, order_by=Judge.code)`` and
never writes that condition itself. The lookups the services share (code maps, conflicted and
assigned pairs), the interface's tables (``table_rows``, ``score_table``) and the bulk path
(``rows``, ``columns``, ``insert``) are here too.

A unit of work: ``with reading(db) as store:`` for reading, ``with writing(db) as store:`` for a
transaction that commits at the end of the block or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, ColumnElement, Select, func, literal, select
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
    PackageKey,
    Round,
    RoundDecision,
    RoundEntry,
    Score,
)
from wego_awards.errors import Refused
from wego_awards.keys import pair_keys, same_country_pairs, sorted_unique
from wego_awards.progress import Progress
from wego_awards.store import bulk
from wego_awards.store.tables import number_text

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

DEFAULT_SETTINGS: dict[str, Any] = {
    "method": "additive",
    "awards": [
        {"award": "gold", "count": 1},
        {"award": "silver", "count": 1},
        {"award": "special_mention", "count": 1},
    ],
    "min_score": None,
    "near_tie": 0.05,
    "low_confidence": 0.5,
    "shrinkage": "auto",
    "trim": 0.2,
    "own_country_rule": False,
    "organisation": "",
    "ceremony_date": "",
    "ceremony_place": "",
    "certificate_template": "",
    "certificate_language": "en",  # or two joined by +, en+ko: see wego_awards/pdf/wording.py
}

# Tables that carry their edition's id, and tables that belong to it through another row.
# Criteria, assignments and scores belong to a round as well (the open round unless one is
# named): criteria and assignments by their round_id, a score through its criterion.
_OWN = (Category, Application, Judge, HistoryEntry, PackageKey, Round)
_BY_JUDGE = (Conflict, JudgeLogin)
_IN_ROUND = (Criterion, Assignment, RoundEntry, RoundDecision)
_BY_APPLICATION = (Attachment,)
_BY_CATEGORY = (Override,)


def get_edition(session: Session) -> Edition:
    """The database's edition; refused when none has been created yet."""
    edition = session.scalars(select(Edition).order_by(Edition.id)).first()
    if edition is None:
        raise Refused(
            "this database holds no edition yet; create one with "
            "'wego-awards init --edition NAME --year YEAR'"
        )
    return edition


def settings_of(edition: Edition) -> dict[str, Any]:
    """The edition's settings with defaults filled in."""
    merged = dict(DEFAULT_SETTINGS)
    merged.update(edition.settings or {})
    return merged


class CodeMap(dict[str, int]):
    """Casefolded code -> id, remembering the codes as they are written (for messages)."""

    def __init__(self, rows: list[tuple[str, int]]) -> None:
        super().__init__((code.casefold(), id_) for code, id_ in rows)
        self.written = sorted(code for code, _ in rows)
        self.code_of = {id_: code for code, id_ in rows}  # id -> the code as written


def pair_key_column(model: Any) -> ColumnElement[int]:
    """The (judge, application) pair key of a row of ``model`` made in SQL, as
    :func:`pair_keys` makes it: one number where two ids would be two."""
    return model.judge_id * literal(1 << 32, BigInteger) + model.application_id


def _model_of(what: Any) -> Any:
    """The model a selected thing belongs to: the class itself, or a column's class."""
    return what if isinstance(what, type) else what.class_


ALL_ROUNDS = "all"  # as ``round_id``: every round's rows (the audit compares them all)


def in_edition(model: Any, edition: Edition,
               round_id: int | str | None = None) -> ColumnElement[bool]:
    """The condition that a row of ``model`` belongs to ``edition``, and for criteria,
    assignments and scores to its round ``round_id`` (default: the open round; ``ALL_ROUNDS``:
    any of its rounds): the one place that knows how each table belongs to its edition and
    round."""
    eid = edition.id
    if model in _OWN:
        return model.edition_id == eid
    if model in _IN_ROUND or model is Score:
        if round_id == ALL_ROUNDS:
            if model is Score:
                return Score.criterion_id.in_(
                    select(Criterion.id).where(Criterion.edition_id == eid))
            return model.round_id.in_(select(Round.id).where(Round.edition_id == eid))
        rid = round_id if round_id is not None else edition.open_round_id
        if rid is None:
            raise ValueError(f"the edition '{edition.name}' has no open round")
        if model is Score:
            return Score.criterion_id.in_(select(Criterion.id).where(Criterion.round_id == rid))
        return model.round_id == rid
    if model in _BY_JUDGE:
        return model.judge_id.in_(select(Judge.id).where(Judge.edition_id == eid))
    if model in _BY_APPLICATION:
        return model.application_id.in_(
            select(Application.id).where(Application.edition_id == eid))
    if model in _BY_CATEGORY:
        return model.category_id.in_(select(Category.id).where(Category.edition_id == eid))
    raise ValueError(f"{model.__name__} rows do not belong to an edition")


class EditionStore:
    """The rows of one edition, through one session, in one round (the open round unless one
    is given). Cheap to make: it holds no rows."""

    def __init__(self, session: Session, edition: Edition, round: Round | None = None) -> None:
        self.session = session
        self.edition = edition
        self.id = edition.id
        self._round = round

    @property
    def round(self) -> Round:
        """The round this store reads and writes criteria, assignments and scores in."""
        if self._round is None:
            found = self.session.get(Round, self.edition.open_round_id) \
                if self.edition.open_round_id is not None else None
            if found is None:
                raise Refused(f"the edition '{self.edition.name}' has no open round")
            self._round = found
        return self._round

    def in_round(self, round: Round | str | None) -> EditionStore:
        """This store in ``round`` (a round already read, or its code in any case), or in the
        open round for None; Refused, naming the rounds, for a code there is none of."""
        if isinstance(round, Round):
            return EditionStore(self.session, self.edition, round)
        if round is None or not round.strip():
            return self
        return EditionStore(self.session, self.edition, self.find_round(round))

    def rounds(self) -> list[Round]:
        """The edition's rounds in order."""
        return self.all(Round, order_by=Round.position)

    def find_round(self, code: str) -> Round:
        found = self.session.scalar(self.select(Round)
                                    .where(func.lower(Round.code) == code.strip().lower()))
        if found is None:
            known = ", ".join(r.code for r in self.rounds())
            raise Refused(f"'{code}' is not a round of this edition; its rounds: {known}")
        return found

    def is_last_round(self) -> bool:
        """Whether this store's round is the edition's last (the awards come from it)."""
        last = self.session.scalar(select(func.max(Round.position)).where(self.mine(Round)))
        return self.round.position == last

    # --- scoping ------------------------------------------------------------------------------

    def mine(self, model: Any) -> ColumnElement[bool]:
        """The condition that a row of ``model`` belongs to this edition (and, for criteria,
        assignments and scores, to this store's round)."""
        if model in _IN_ROUND or model is Score:
            return in_edition(model, self.edition, self.round.id)
        return in_edition(model, self.edition)

    def entered(self) -> ColumnElement[bool]:
        """The condition that an application takes part in this store's round: every one in
        the first round, those that went on into a later one."""
        if self.round.position == 1:
            return Application.edition_id == self.id
        return Application.id.in_(select(RoundEntry.application_id)
                                  .where(RoundEntry.round_id == self.round.id))

    def select(self, *what: Any, of: Any = None) -> Select:
        """``select(*what)`` limited to this edition's rows of ``of`` (default: the model of the
        first thing selected)."""
        return select(*what).where(self.mine(of if of is not None else _model_of(what[0])))

    def all(self, model: Any, *, order_by: Any = None) -> list[Any]:
        """The edition's objects of ``model`` (ordered by ``order_by`` when given)."""
        stmt = self.select(model)
        if order_by is not None:
            stmt = stmt.order_by(*(order_by if isinstance(order_by, tuple) else (order_by,)))
        return list(self.session.scalars(stmt))

    def by_code(self, model: Any) -> dict[str, Any]:
        """The edition's objects of ``model`` by casefolded code."""
        return {o.code.casefold(): o for o in self.all(model)}

    # --- the bulk path ------------------------------------------------------------------------

    def rows(self, stmt: Select) -> list[tuple]:
        """A select's rows as the driver's plain tuples."""
        return bulk.fetch_rows(self.session, stmt)

    def columns(self, stmt: Select, dtypes: Sequence[type]) -> list[np.ndarray]:
        """A select's columns as numpy arrays of the given dtypes (object for text)."""
        return bulk.fetch_columns(self.session, stmt, dtypes)

    def insert(self, model: Any, columns: Sequence[str], rows: Sequence[tuple],
               progress: Progress | None = None) -> None:
        """INSERT many rows (tuples in ``columns`` order) of ``model`` in one go."""
        bulk.insert_rows(self.session, model.__table__, columns, rows, progress)


    # --- lookups the services share -----------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        return settings_of(self.edition)

    def code_maps(self) -> dict[str, CodeMap]:
        """Code -> id maps for the edition's judges, applications, criteria and categories."""
        out: dict[str, CodeMap] = {}
        for name, model in (("judge", Judge), ("application", Application),
                            ("criterion", Criterion), ("category", Category)):
            out[name] = CodeMap(self.rows(self.select(model.code, model.id)))
        return out

    def find(self, model: Any, code: str, what: str) -> Any:
        """The edition's judge, application, criterion or category with this code (any case);
        Refused, naming what is known, when there is none."""
        obj = self.session.scalar(self.select(model)
                                  .where(func.lower(model.code) == code.strip().lower()))
        if obj is None:
            known = sorted(self.session.scalars(self.select(model.code)).all())
            hint = f"; known: {', '.join(known[:12])}{', …' if len(known) > 12 else ''}" \
                if model is not Application else ""
            article = "an" if what[0] in "aeiou" else "a"
            raise Refused(f"'{code}' is not {article} {what}{hint}")
        return obj

    def id_codes(self, model: Any) -> dict[int, str]:
        return dict(self.session.execute(self.select(model.id, model.code)).all())

    def count(self, model: Any) -> int:
        return self.session.scalar(
            select(func.count()).select_from(model).where(self.mine(model))) or 0

    def conflict_pairs(self) -> np.ndarray:
        """Every conflicted (judge, application) pair as pair keys: declared ones, plus the
        own-country rule's when the edition has it on."""
        import numpy as np

        pairs = self.rows(self.select(Conflict.judge_id, Conflict.application_id))
        arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        keys = pair_keys(arr[:, 0], arr[:, 1])
        if self.settings().get("own_country_rule"):
            keys = np.concatenate([keys, self._same_country_pairs()])
        return sorted_unique(keys)

    def _same_country_pairs(self) -> np.ndarray:
        """(judge, application) pairs from the same country (the own-country rule's)."""
        return same_country_pairs(
            self.rows(self.select(Judge.id, Judge.country).where(Judge.country != "")),
            self.rows(self.select(Application.id, Application.country)))

    def has_assignments(self) -> bool:
        """Whether the edition assigns judges at all (without, every judge is assigned every
        application they have no conflict with): one row looked at, not every pair."""
        return self.session.execute(self.select(Assignment.id).limit(1)).first() is not None

    def assignment_pairs(self) -> np.ndarray | None:
        """Assigned pairs as pair keys, or None when the edition has no assignments at all (then
        every judge is assigned every application they have no conflict with)."""
        import numpy as np

        (keys,) = self.columns(self.select(pair_key_column(Assignment), of=Assignment),
                              (np.int64,))
        if not len(keys):
            return None
        return sorted_unique(keys)  # the key made by SQL: no hash, no pair array

    # --- the interface's tables ---------------------------------------------------------------

    def table_rows(self, kind: str) -> list[dict[str, str]]:
        """The edition's rows of one kind in the import columns, in a stable order.

        The one place that turns the database into the import columns: ``export`` writes it,
        and ``audit verify`` compares it with what the history says the rows must be."""
        s = self.session
        if kind == "categories":
            return [{"code": c.code, "name": c.name, "description": c.description}
                    for c in self.all(Category, order_by=(Category.position, Category.code))]
        if kind == "criteria":
            return [{"code": c.code, "name": c.name, "weight": number_text(c.weight),
                     "min": number_text(c.min), "max": number_text(c.max),
                     "description": c.description}
                    for c in self.all(Criterion, order_by=(Criterion.position, Criterion.code))]
        if kind == "applications":  # plain rows, not 20,000 objects
            files = dict(s.execute(self.select(Attachment.application_id,
                                               Attachment.filename)).all())
            return [{"code": code, "category": cat, "city": city, "country": country,
                     "title": title, "summary": summary, "organisation": org, "email": email,
                     "attachment": files.get(id_, "")}
                    for id_, code, cat, city, country, title, summary, org, email in self.rows(
                        self.select(Application.id, Application.code, Category.code,
                                    Application.city, Application.country, Application.title,
                                    Application.summary, Application.organisation,
                                    Application.email)
                        .join(Category, Category.id == Application.category_id)
                        .order_by(Application.code))]
        if kind == "judges":
            apps = self.id_codes(Application)
            conflicts: dict[int, list[str]] = {}
            for j, a in s.execute(self.select(Conflict.judge_id, Conflict.application_id)):
                conflicts.setdefault(j, []).append(apps[a])
            return [{"code": j.code, "name": j.name, "affiliation": j.affiliation,
                     "country": j.country, "email": j.email,
                     "conflicts": ";".join(sorted(conflicts.get(j.id, [])))}
                    for j in self.all(Judge, order_by=Judge.code)]
        if kind == "assignments":  # the driver's tuples, not 100,000 Row objects
            return [{"judge": j, "application": a} for j, a in self.rows(
                self.select(Judge.code, Application.code)
                .join(Assignment, Assignment.judge_id == Judge.id)
                .join(Application, Application.id == Assignment.application_id)
                .where(self.mine(Assignment))
                .order_by(Judge.code, Application.code))]
        if kind == "scores":
            scores = s.execute(
                self.select(Judge.code, Application.code, Criterion.code, Score.value,
                            Score.comment)
                .join(Score, Score.judge_id == Judge.id)
                .join(Application, Application.id == Score.application_id)
                .join(Criterion, Criterion.id == Score.criterion_id)
                .where(self.mine(Score))
                .order_by(Judge.code, Application.code, Criterion.position,
                          Criterion.code)).all()
            return [{"judge": j, "application": a, "criterion": c, "score": number_text(v),
                     "comment": m} for j, a, c, v, m in scores]
        raise ValueError(f"unknown kind {kind}")

    def score_table(self) -> list[tuple[str, ...]]:
        """Every score as a row of the scores file (judge, application, criterion, score,
        comment), in the order ``table_rows("scores")`` gives, for an export of 500,000 rows:
        the ids read without joins, the codes put in by numpy and the rows ordered by lexsort
        instead of a sort in SQL over joined text. (SQLite compares text byte by byte, which
        for UTF-8 is the order of the code points, Python's order of strings.)"""
        import numpy as np

        j_id, a_id, c_id, value = self.columns(
            self.select(Score.judge_id, Score.application_id, Score.criterion_id, Score.value)
            .order_by(Score.id), (np.int64, np.int64, np.int64, np.float64))
        if not j_id.size:
            return []
        comment = [r[0] for r in self.rows(self.select(Score.comment).order_by(Score.id))]
        judges = self.id_codes(Judge)
        apps = dict(self.rows(self.select(Application.id, Application.code)))
        crits = self.session.execute(
            self.select(Criterion.id, Criterion.code, Criterion.position)).all()

        def ranks(ids: np.ndarray, codes: dict[int, Any]) -> tuple[np.ndarray, list[Any]]:
            """Each id's place in the codes' order, and the codes in that order."""
            order = sorted(codes, key=lambda i: codes[i])
            known = np.array(sorted(codes), dtype=np.int64)
            place = np.empty(len(known), dtype=np.int64)
            place[np.searchsorted(known, np.array(order, dtype=np.int64))] = np.arange(len(order))
            return place[np.searchsorted(known, ids)], [codes[i] for i in order]

        jr, j_codes = ranks(j_id, judges)
        ar, a_codes = ranks(a_id, apps)
        cr, c_keys = ranks(c_id, {cid: (pos, code) for cid, code, pos in crits})
        order = np.lexsort((cr, ar, jr)).tolist()
        texts = {v: number_text(v) for v in np.unique(value).tolist()}
        jl, al, cl, vl = jr.tolist(), ar.tolist(), cr.tolist(), value.tolist()
        return [(j_codes[jl[k]], a_codes[al[k]], c_keys[cl[k]][1], texts[vl[k]], comment[k])
                for k in order]


@contextmanager
def reading(db: Database) -> Iterator[EditionStore]:
    """The edition of ``db`` for reading (nothing is written)."""
    with db.read() as session:
        yield EditionStore(session, get_edition(session))


@contextmanager
def writing(db: Database) -> Iterator[EditionStore]:
    """The edition of ``db`` in one transaction: committed at the end of the block, or not at
    all when it raises."""
    with db.write() as session:
        yield EditionStore(session, get_edition(session))
