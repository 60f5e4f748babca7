"""What an act changed, typed: the change set ``history.record`` stores with each entry and
``audit verify`` replays.

A :class:`ChangeSet` is made of optional parts, each a frozen dataclass: the rows upserted and
removed by table, the scores set or cleared (numpy arrays of ids and values), the settings, the
edition's identity, a jury decision, the finalization, an assignment run, the imported file, the
seal of a judge's package, the certificate's design. Only the parts an act touches are filled.

Stored, a change set is compressed bytes (:func:`encode_changes`): ``WGH1``, then zlib of an
8-byte header length, a JSON header ``{"arrays": [[path, dtype, length], ...], "data": {...},
"version": 2}`` (keys sorted, so the same changes always hash the same) and the raw bytes of
each numpy array. ``data`` holds the parts under the keys named in :meth:`ChangeSet.to_data`;
an array sits one level down and stands in the JSON as ``{"__array__": path}``.

The format's versions:

1. What every entry was written in before the header carried a ``"version"`` (an entry without
   one is version 1). The same keys as version 2, except that the categories an edition or a
   judge's package starts with are a top-level ``"categories"`` list, read here as upserts of
   categories (audit always replayed them so). Read, never written: the hash chain covers the
   stored bytes, so an old entry is never re-encoded.
2. The current format, written by :meth:`ChangeSet.encode`: ``"version": 2`` in the header,
   every category row in ``upserts["categories"]``.

An entry in a newer version than this program knows is refused with :class:`NewerFormat` (a
:class:`~wego_awards.errors.Refused`), never guessed at.

A leaf of the services: it imports none of them (the history and every service that records an
act import it).
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from wego_awards.errors import Refused

if TYPE_CHECKING:  # numpy is imported where it is used: the app's first screen never needs it
    import numpy as np

VERSION = 2  # the format this program writes; it reads 1 (no "version" in the header) to this
MAGIC = b"WGH1"

Row = Mapping[str, str]
"""One record in its import file's columns, every value text (numbers as the file would write
them, e.g. ``"7.5"``): what ``audit verify`` compares with the database's rows (keyed by
``store.key_of``, read by ``EditionStore.table_rows``)."""

TABLES = ("categories", "criteria", "applications", "judges", "assignments")
"""The tables whose rows the history upserts and removes (scores have their own part)."""


class NewerFormat(Refused):
    """A history entry written by a newer program, in a format this one does not know."""

    def __init__(self, version: int, where: str = "a history entry") -> None:
        self.version = version
        super().__init__(
            f"{where} was written by a newer WeGO Awards (its changes are in format {version}; "
            f"this program reads formats up to {VERSION}): open this edition with that newer "
            "version")


# --- the byte format -----------------------------------------------------------------------------


def encode_changes(changes: Mapping[str, Any], *, version: int | None = None) -> bytes:
    """Changes as compressed bytes: a JSON header, then each numpy array's raw bytes.

    Arrays may sit one level down (``{"scores": {"value": ndarray, ...}}``). The encoding is
    deterministic, so the same changes always hash the same. Without ``version`` the header is
    exactly what version 1 wrote (no ``"version"`` key).
    """
    import numpy as np

    arrays: list[tuple[str, np.ndarray]] = []

    def strip(obj: Any, path: str) -> Any:
        if isinstance(obj, np.ndarray):
            arrays.append((path, np.ascontiguousarray(obj)))
            return {"__array__": path}
        if isinstance(obj, Mapping):
            return {k: strip(v, f"{path}/{k}") for k, v in obj.items()}
        return obj

    header = strip(changes, "")
    meta = [[p, a.dtype.str, int(a.shape[0])] for p, a in arrays]
    top: dict[str, Any] = {"data": header, "arrays": meta}
    if version is not None:
        top["version"] = version
    head = json.dumps(top, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    # Compressed piece by piece, each array from its own memory: the same bytes as compressing
    # the joined whole (deflate does not depend on how its input is cut), without a copy of
    # 500,000 scores' arrays, and another of them joined, held at once.
    packer = zlib.compressobj(1)
    out = [MAGIC, packer.compress(len(head).to_bytes(8, "little")), packer.compress(head)]
    out += [packer.compress(a.data.cast("B")) for _, a in arrays]
    out.append(packer.flush())
    return b"".join(out)


def _unpack(blob: bytes) -> tuple[dict[str, Any], bytes, int]:
    """The header of ``blob``, its decompressed bytes and where the arrays start."""
    if blob[:4] != MAGIC:
        raise ValueError("unknown history encoding")
    raw = zlib.decompress(blob[4:])
    n = int.from_bytes(raw[:8], "little")
    return json.loads(raw[8:8 + n].decode("utf-8")), raw, 8 + n


def _restore(meta: dict[str, Any], raw: bytes, pos: int) -> dict[str, Any]:
    """The header's data with its arrays put back (read-only views of ``raw``)."""
    import numpy as np

    found: dict[str, np.ndarray] = {}
    for path, dtype, length in meta["arrays"]:
        dt = np.dtype(dtype)
        size = dt.itemsize * length
        found[path] = np.frombuffer(raw[pos:pos + size], dtype=dt)
        pos += size

    def restore(obj: Any) -> Any:
        if isinstance(obj, dict):
            if set(obj) == {"__array__"}:
                return found[obj["__array__"]]
            return {k: restore(v) for k, v in obj.items()}
        return obj

    data = restore(meta["data"])
    if not isinstance(data, dict):
        raise ValueError("the changes are not a mapping")
    return data


def decode_changes(blob: bytes | None) -> dict[str, Any]:
    """The plain data of an encoded change set, whatever its version (``{}`` for none)."""
    if not blob:
        return {}
    meta, raw, pos = _unpack(blob)
    return _restore(meta, raw, pos)


# --- the parts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableRows:
    """Rows by table, each table's in the order recorded (a later row with the same key wins).

    As upserts a row holds every import column; as removals only its key (``code``, or
    ``judge`` and ``application`` for an assignment).
    """

    categories: tuple[Row, ...] = ()
    """Categories: code, name, description."""
    criteria: tuple[Row, ...] = ()
    """Criteria: code, name, weight, min, max, description."""
    applications: tuple[Row, ...] = ()
    """Applications: code, category (its code), city, country, title, summary, organisation,
    email, attachment (the document's file name, "" for none) and, when recorded by an import,
    a form or an undo, attachment_sha256 (the document's SHA-256, "" for none)."""
    judges: tuple[Row, ...] = ()
    """Judges: code, name, affiliation, country, email, conflicts (the codes of the applications
    the judge has a declared conflict with, joined by ";")."""
    assignments: tuple[Row, ...] = ()
    """Assignments: judge, application (codes)."""

    @classmethod
    def of(cls, table: str, rows: Iterable[Row]) -> TableRows:
        """The rows of one table (one of :data:`TABLES`)."""
        if table not in TABLES:
            raise ValueError(f"'{table}' is not a table the history records")
        return cls(**{table: tuple(rows)})

    @property
    def empty(self) -> bool:
        return next(self.items(), None) is None

    def items(self) -> Iterator[tuple[str, tuple[Row, ...]]]:
        """Each table with rows, as (table, rows), in the order of :data:`TABLES`."""
        for table in TABLES:
            rows: tuple[Row, ...] = getattr(self, table)
            if rows:
                yield table, rows

    def to_data(self) -> dict[str, list[dict[str, str]]]:
        return {table: [dict(r) for r in rows] for table, rows in self.items()}

    @classmethod
    def from_data(cls, data: Mapping[str, Iterable[Row]]) -> TableRows:
        """The rows of plain ``{table: rows}`` (tables of :data:`TABLES` only)."""
        unknown = sorted(set(data) - set(TABLES))
        if unknown:
            raise ValueError(f"rows of unknown tables: {', '.join(unknown)}")
        return cls(**{t: tuple(rows) for t, rows in data.items()})


def _ids(values: Any) -> np.ndarray:
    import numpy as np

    return np.asarray(values, dtype=np.int64).reshape(-1)


def _numbers(values: Any) -> np.ndarray:
    import numpy as np

    return np.asarray(values, dtype=np.float64).reshape(-1)


@dataclass(frozen=True, eq=False)
class ScoreChanges:
    """Scores set, changed or cleared: position i of every field is one score. Replayed in
    order, the last change of a (judge, application, criterion) wins."""

    judge: np.ndarray
    """int64: the judge's row id in the edition's database (not the code)."""
    application: np.ndarray
    """int64: the application's row id."""
    criterion: np.ndarray
    """int64: the criterion's row id."""
    value: np.ndarray
    """float64: the score now; NaN: the score was cleared."""
    old: np.ndarray
    """float64: the score before the act; NaN: there was none (kept for the record; not
    replayed)."""
    comment: tuple[str, ...]
    """The score's comment now ("" for a cleared score)."""

    def __post_init__(self) -> None:
        # Frozen: the fields are set once, here, in their dtypes (no copy when they have them).
        for name in ("judge", "application", "criterion"):
            object.__setattr__(self, name, _ids(getattr(self, name)))
        for name in ("value", "old"):
            object.__setattr__(self, name, _numbers(getattr(self, name)))
        object.__setattr__(self, "comment", tuple(self.comment))
        n = len(self.judge)
        if any(len(getattr(self, f)) != n for f in ("application", "criterion", "value", "old",
                                                    "comment")):
            raise ValueError("score changes of different lengths")

    @classmethod
    def cleared(cls, judge: Iterable[int], application: Iterable[int],
                criterion: Iterable[int], old: Iterable[float]) -> ScoreChanges:
        """The scores ``old`` cleared (value NaN, no comment)."""
        import numpy as np

        gone = _numbers(list(old))
        return cls(_ids(list(judge)), _ids(list(application)), _ids(list(criterion)),
                   np.full(len(gone), math.nan), gone, ("",) * len(gone))

    def __len__(self) -> int:
        return len(self.judge)

    def __add__(self, other: ScoreChanges) -> ScoreChanges:
        """These changes, then ``other``'s."""
        import numpy as np

        def both(f: str) -> np.ndarray:
            return np.concatenate([getattr(self, f), getattr(other, f)])

        return ScoreChanges(both("judge"), both("application"), both("criterion"),
                            both("value"), both("old"), self.comment + other.comment)

    def __eq__(self, other: object) -> bool:
        import numpy as np

        if not isinstance(other, ScoreChanges):
            return NotImplemented
        return (all(np.array_equal(getattr(self, f), getattr(other, f))
                    for f in ("judge", "application", "criterion"))
                and all(np.array_equal(getattr(self, f), getattr(other, f), equal_nan=True)
                        for f in ("value", "old"))
                and self.comment == other.comment)

    def to_data(self) -> dict[str, Any]:
        return {"judge": self.judge, "application": self.application,
                "criterion": self.criterion, "value": self.value, "old": self.old,
                "comment": list(self.comment)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> ScoreChanges:
        return cls(data["judge"], data["application"], data["criterion"], data["value"],
                   data["old"], data["comment"])


@dataclass(frozen=True)
class EditionIdentity:
    """The edition's name, year and uid as they now are (recorded when it is created or
    renamed, and when a judge's package is made)."""

    name: str
    year: int
    uid: str  # the edition's UUID, fixed at its creation

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "year": self.year, "uid": self.uid}


@dataclass(frozen=True)
class JuryDecision:
    """The jury gives ``award`` in ``category`` to ``application`` (an override of the
    ranking), for ``reason``; codes, as ``override`` takes them."""

    category: str  # the category's code
    award: str  # the award's code: gold, silver, special_mention
    application: str  # the application's code
    reason: str  # the jury's reason, as given

    def to_data(self) -> dict[str, str]:
        return {"category": self.category, "award": self.award,
                "application": self.application, "reason": self.reason}


@dataclass(frozen=True)
class ClearedDecision:
    """The jury's decision on ``award`` in ``category`` is withdrawn (the ranking decides)."""

    category: str  # the category's code
    award: str  # the award's code

    def to_data(self) -> dict[str, str]:
        return {"category": self.category, "award": self.award}


@dataclass(frozen=True)
class IssuedAward:
    """One award of the finalized results; with the results' hash it makes the verification
    code printed on its certificate (``paper.code_for``)."""

    category: str  # the category's code
    award: str  # the award's code
    application: str  # the application's code

    def to_data(self) -> dict[str, str]:
        return {"category": self.category, "award": self.award,
                "application": self.application}


@dataclass(frozen=True)
class Finalization:
    """The results locked (``finalized`` True, with their hash and awards) or reopened
    (False, nothing else)."""

    finalized: bool
    results_hash: str | None = None
    """The SHA-256 of the results as ``results --json`` printed them when finalized."""
    awards: tuple[IssuedAward, ...] = ()
    """Every award those results gave, in their order."""

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"finalized": self.finalized}
        if self.results_hash is not None:
            data["results_hash"] = self.results_hash
        if self.awards:
            data["awards"] = [a.to_data() for a in self.awards]
        return data


@dataclass(frozen=True)
class AssignRun:
    """What an automatic assignment was asked for (the assignments it made are upserts and
    the ones a conflict forbade removals). Kept for the record; not replayed."""

    per_application: int  # judges per application
    seed: int  # the solver's seed
    max_load: int | None  # at most this many applications per judge; None: no limit
    preferences: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Judge code -> the category codes or names the judge prefers, as given."""

    def to_data(self) -> dict[str, Any]:
        return {"per_application": self.per_application, "seed": self.seed,
                "max_load": self.max_load,
                "preferences": {j: list(v) for j, v in self.preferences.items()}}


@dataclass(frozen=True)
class ImportedFile:
    """The file an import, or a judge's package return, came from."""

    file: str  # its name, without the folder
    kind: str  # what it held: one of the import kinds ("scores" for a package return)


@dataclass(frozen=True)
class PackageSeal:
    """The seal of the judge's package a return came from, as the package carried it (any
    field may be missing from a damaged seal: None). Returns of one judge are ordered by
    ``made_at``, then by ``saves`` within one package (``nonce``)."""

    judge: str | None  # the judge's code
    made_at: str | None  # when the package was made (ISO 8601, UTC)
    nonce: str | None  # the package's random id (the same in all its returns)
    saves: int | None  # how many acts the judge recorded in it
    signature: str | None  # the seal's HMAC-SHA256 (hex)

    def to_data(self) -> dict[str, Any]:
        return {"judge": self.judge, "made_at": self.made_at, "nonce": self.nonce,
                "saves": self.saves, "signature": self.signature}


@dataclass(frozen=True)
class CertificateDesign:
    """A new certificate design was saved."""

    folder: str  # the design's folder, as the certificate_template setting names it
    sha256: str  # the SHA-256 over the folder's files (``design._digest``)

    def to_data(self) -> dict[str, str]:
        return {"folder": self.folder, "sha256": self.sha256}


@dataclass(frozen=True)
class RoundAdded:
    """A judging round appended (its own criteria, if any, are in the upserts with their
    round)."""

    code: str  # the round's code (R2, FINAL)
    name: str  # its name as people say it (Shortlist, Final)
    kind: str  # scoring or qualifying
    position: int  # its place among the rounds, from 1

    def to_data(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "kind": self.kind,
                "position": self.position}


@dataclass(frozen=True)
class Advance:
    """Applications taken on into the next round, which became the open round."""

    source: str  # the round they came from (its code)
    target: str  # the round they went on into, open from then on
    rule: str  # how, in words: "the top 5 of each category"
    applications: tuple[str, ...]  # the codes of those that went on
    promoted: tuple[str, ...] = ()  # those among them the jury promoted

    def to_data(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "rule": self.rule,
                "applications": list(self.applications), "promoted": list(self.promoted)}


@dataclass(frozen=True)
class CutDecision:
    """The jury's decision at a round's cut (its reason is the entry's reason)."""

    round: str  # the round whose cut it decides
    application: str  # the application's code
    decision: str  # promote (goes on) or demote (stays out)

    def to_data(self) -> dict[str, str]:
        return {"round": self.round, "application": self.application,
                "decision": self.decision}


# --- the change set ------------------------------------------------------------------------------

# The keys of a version-2 change set's data (version 1 also had a top-level "categories").
_KEYS = frozenset({"edition", "settings", "upserts", "removals", "scores", "override",
                   "override_clear", "finalized", "results_hash", "awards", "assign", "file",
                   "kind", "package", "certificate_design", "round_added", "advance",
                   "round_decision"})


@dataclass(frozen=True)
class ChangeSet:
    """Everything one act changed (or, for a few parts, what it was asked): the parts it did
    not touch stay empty. Replayed oldest first, the change sets of an edition's history
    rebuild the rows its database must hold."""

    version: int = field(default=VERSION, compare=False)
    """The format it was read in (1: written before the format had versions); encoding always
    writes the current :data:`VERSION`."""
    edition: EditionIdentity | None = None
    """The edition's identity, when the act set it."""
    settings: Mapping[str, Any] = field(default_factory=dict)
    """Settings by name with their new values (JSON: text, numbers, booleans, null, the award
    tiers as a list of ``{"award", "count"}``); applied over the earlier ones. An edition's
    first entry, and a judge's package, hold them all."""
    upserts: TableRows = TableRows()
    """Rows added or changed, whole, by table."""
    removals: TableRows = TableRows()
    """Rows removed, by their key, by table."""
    scores: ScoreChanges | None = None
    """Scores set, changed or cleared."""
    override: JuryDecision | None = None
    """An award given by the jury's decision."""
    override_clear: ClearedDecision | None = None
    """A jury decision withdrawn."""
    finalization: Finalization | None = None
    """The results finalized or reopened."""
    assign: AssignRun | None = None
    """The request of an automatic assignment."""
    source: ImportedFile | None = None
    """The file an import or a package return came from."""
    package: PackageSeal | None = None
    """The seal of the judge's package a return came from."""
    certificate_design: CertificateDesign | None = None
    """A new certificate design."""
    round_added: RoundAdded | None = None
    """A judging round appended."""
    advance: Advance | None = None
    """Applications taken on into the next round."""
    round_decision: CutDecision | None = None
    """The jury's promote or demote at a round's cut."""

    @property
    def empty(self) -> bool:
        """Nothing changed (``history.record`` then stores no changes at all)."""
        return (self.edition is None and not self.settings and self.upserts.empty
                and self.removals.empty and self.scores is None and self.override is None
                and self.override_clear is None and self.finalization is None
                and self.assign is None and self.source is None and self.package is None
                and self.certificate_design is None and self.round_added is None
                and self.advance is None and self.round_decision is None)

    def __add__(self, other: ChangeSet) -> ChangeSet:
        """These changes, then ``other``'s (one act made of several plans: a file whose rows
        go into several rounds). Rows and scores are joined; a part set by both is refused."""
        upserts = TableRows(**{t: getattr(self.upserts, t) + getattr(other.upserts, t)
                               for t in TABLES})
        removals = TableRows(**{t: getattr(self.removals, t) + getattr(other.removals, t)
                                for t in TABLES})
        scores = self.scores if other.scores is None else (
            other.scores if self.scores is None else self.scores + other.scores)
        single = {}
        for f in ("edition", "override", "override_clear", "finalization", "assign", "source",
                  "package", "certificate_design", "round_added", "advance", "round_decision"):
            mine, theirs = getattr(self, f), getattr(other, f)
            if mine is not None and theirs is not None and mine != theirs:
                raise ValueError(f"two change sets both set {f}")
            single[f] = mine if mine is not None else theirs
        return ChangeSet(settings={**self.settings, **other.settings}, upserts=upserts,
                         removals=removals, scores=scores, **single)

    def to_data(self) -> dict[str, Any]:
        """The plain data, under the keys of the current format (arrays stay numpy arrays)."""
        data: dict[str, Any] = {}
        if self.edition is not None:
            data["edition"] = self.edition.to_data()
        if self.settings:
            data["settings"] = dict(self.settings)
        if not self.upserts.empty:
            data["upserts"] = self.upserts.to_data()
        if not self.removals.empty:
            data["removals"] = self.removals.to_data()
        if self.scores is not None:
            data["scores"] = self.scores.to_data()
        if self.override is not None:
            data["override"] = self.override.to_data()
        if self.override_clear is not None:
            data["override_clear"] = self.override_clear.to_data()
        if self.finalization is not None:
            data.update(self.finalization.to_data())
        if self.assign is not None:
            data["assign"] = self.assign.to_data()
        if self.source is not None:
            data["file"], data["kind"] = self.source.file, self.source.kind
        if self.package is not None:
            data["package"] = self.package.to_data()
        if self.certificate_design is not None:
            data["certificate_design"] = self.certificate_design.to_data()
        if self.round_added is not None:
            data["round_added"] = self.round_added.to_data()
        if self.advance is not None:
            data["advance"] = self.advance.to_data()
        if self.round_decision is not None:
            data["round_decision"] = self.round_decision.to_data()
        return data

    def encode(self) -> bytes:
        """The bytes ``history.record`` stores, in the current format."""
        return encode_changes(self.to_data(), version=VERSION)

    @classmethod
    def decode(cls, blob: bytes | None, where: str = "a history entry") -> ChangeSet:
        """The change set stored as ``blob`` (an empty one for none), in any version up to
        :data:`VERSION`. A newer version is refused (:class:`NewerFormat`, its message naming
        ``where``); damaged bytes raise ValueError (or the codec's own error)."""
        if not blob:
            return cls()
        meta, raw, pos = _unpack(blob)
        version = meta.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError(f"not a version of the history's format: {version!r}")
        if version > VERSION:
            raise NewerFormat(version, where)
        return cls.from_data(_restore(meta, raw, pos), version)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], version: int = VERSION) -> ChangeSet:
        """The change set of plain ``data`` in format ``version``. Version 1's keys this program
        does not know are passed over, as audit always did; version 2 has no others."""
        if version >= 2:
            unknown = sorted(set(data) - _KEYS)
            if unknown:
                raise ValueError(f"unknown parts of a change set: {', '.join(unknown)}")
        upserts = TableRows.from_data(data.get("upserts") or {})
        if version == 1 and data.get("categories"):
            upserts = replace(upserts,
                              categories=tuple(data["categories"]) + upserts.categories)
        fin = None
        if "finalized" in data:
            fin = Finalization(bool(data["finalized"]), data.get("results_hash"),
                               tuple(IssuedAward(**a) for a in data.get("awards") or ()))
        source = None
        if "file" in data or "kind" in data:
            source = ImportedFile(data["file"], data["kind"])
        assign = data.get("assign")
        edition = data.get("edition")
        override = data.get("override")
        cleared = data.get("override_clear")
        package = data.get("package")
        design = data.get("certificate_design")
        added = data.get("round_added")
        adv = data.get("advance")
        cut = data.get("round_decision")
        return cls(
            version=version,
            edition=EditionIdentity(**edition) if edition is not None else None,
            settings=dict(data.get("settings") or {}),
            upserts=upserts,
            removals=TableRows.from_data(data.get("removals") or {}),
            scores=ScoreChanges.from_data(data["scores"]) if "scores" in data else None,
            override=JuryDecision(**override) if override is not None else None,
            override_clear=ClearedDecision(**cleared) if cleared is not None else None,
            finalization=fin,
            assign=AssignRun(assign["per_application"], assign["seed"], assign["max_load"],
                             {j: tuple(v) for j, v in (assign.get("preferences") or {}).items()})
            if assign is not None else None,
            source=source,
            package=PackageSeal(**package) if package is not None else None,
            certificate_design=CertificateDesign(**design) if design is not None else None,
            round_added=RoundAdded(**added) if added is not None else None,
            advance=Advance(adv["from"], adv["to"], adv["rule"], tuple(adv["applications"]),
                            tuple(adv.get("promoted") or ())) if adv is not None else None,
            round_decision=CutDecision(**cut) if cut is not None else None,
        )
