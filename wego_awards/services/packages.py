"""Judge packages: an edition database file made for one judge, scored offline, merged back.

A package is an ordinary edition file (the same migrations; ``--db`` and the app open it) that
holds the edition's identity (same uid, name, year and settings), that judge alone, the
applications they are to score (never one they have a conflict with) with their attachments,
every criterion with its rubric, and the judge's own scores so far. It holds nothing about other
judges, and ``package_judge`` is set, so only that judge's scores can be entered in it.

The package does not carry the edition's secret. It carries the judge's key, HMAC(edition
secret, edition uid + judge code), which the secretariat can derive again and nobody else can.
Every change to the judge's scores (or conflicts) in the package renews a *seal*: an HMAC with
that key over a canonical serialisation of every score and conflict in the file, with a save
counter. ``import_package`` refuses, changing nothing, a file that is not a package, one made
for another edition or an unknown judge, one whose key was not derived from this edition's
secret, one carrying another judge's scores, one whose seal does not match its contents (a score
changed with a database tool), an older return than one already merged, and anything a scores
file would be refused for (conflicted, unassigned, out of range). Merging goes through the same
score planning as files and sheets: idempotent, a later return replaces earlier values, and the
history keeps both.

A package is *sealed* (``wego_awards/db/sealed.py``): SQLCipher encrypts and authenticates every
page under a key scrypt derives from a passphrase that only the judge and the secretariat know,
so a stranger holding the file and the program reads nothing and can make no return the
secretariat accepts. The secretariat keeps the derived key (``package_keys``), not the
passphrase, so its ``package import`` needs none; exporting a judge's package again (a lost
passphrase) supersedes the older one, whose returns are then refused.
"""

from __future__ import annotations

import csv
import hmac
import os
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from wego_awards.db import Database, sealed
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
    PackageKey,
    Round,
    RoundEntry,
    Score,
)
from wego_awards.errors import Refused
from wego_awards.io.tables import ROW
from wego_awards.progress import Progress, part
from wego_awards.resources import resource_path
from wego_awards.services import history
from wego_awards.services.assignment import judge_applications
from wego_awards.services.changes import (
    TABLES,
    ChangeSet,
    EditionIdentity,
    ImportedFile,
    PackageSeal,
    ScoreChanges,
    TableRows,
)
from wego_awards.services.clock import now
from wego_awards.services.conflicts import declare
from wego_awards.services.edition import get_edition, open_database, require_unlocked
from wego_awards.services.judging import find_judge
from wego_awards.services.scores import plan_score_rows
from wego_awards.services.seal import SEAL, judge_key, reseal, seal_of, sign
from wego_awards.store import EditionStore, in_edition

__all__ = ["SEAL", "judge_key", "reseal", "seal_of"]  # the seal's names, as before

ACTION = "package import"
CHUNK = 500  # ids per IN (...) list


# --- keys and seals: in wego_awards/services/seal.py (a light leaf, always imported) -----------


# --- passphrases ---------------------------------------------------------------------------------

WORDS = 5  # from 7,776: about 64.6 bits, and five words a person can read out on the phone
MIN_PASSPHRASE = 12  # characters, for one the secretariat chooses
PASSPHRASE_SHEET = "passphrases.csv"


@cache
def _wordlist() -> list[str]:
    path = resource_path("wordlists", "eff_large_wordlist.txt")
    return [w for w in path.read_text(encoding="utf-8").split() if w]


def new_passphrase(words: int = WORDS) -> str:
    """A passphrase of plain words (the EFF's long list), picked with :mod:`secrets`."""
    wordlist = _wordlist()
    return " ".join(secrets.choice(wordlist) for _ in range(words))


def _checked_passphrase(passphrase: str) -> str:
    if len(sealed.normalise(passphrase)) < MIN_PASSPHRASE:
        raise Refused(f"a package's passphrase needs at least {MIN_PASSPHRASE} characters (a "
                      f"few plain words); leave --passphrase out and one of {WORDS} words is "
                      "made for you")
    return passphrase


# --- export --------------------------------------------------------------------------------------


@dataclass
class PackageSummary:
    """What one exported package holds."""

    judge: str
    path: Path
    applications: int
    scores: int
    attachments: int
    passphrase: str = field(default="", repr=False)
    generated: bool = True  # the passphrase was made here (and is shown this once)
    name: str = ""
    superseded: int = 0  # earlier packages of the judge whose returns are now refused

    def __str__(self) -> str:
        text = (f"wrote {self.path}: the package of judge {self.judge} with {self.applications} "
                f"applications, {self.attachments} attachments and {self.scores} of their scores")
        if self.superseded:
            text += "; the judge's earlier package is superseded (its returns will be refused)"
        if self.generated:
            return (text + f"\npassphrase for judge {self.judge}: {self.passphrase}\n(shown "
                    "this once and kept nowhere: give it to the judge apart from the file, by "
                    "phone or in person; lost, export the package again)")
        return text + "; sealed with the passphrase given"


def export_package(db: Database, judge: str, out: str | Path,
                   passphrase: str | None = None) -> PackageSummary:
    """Write ``judge``'s package to ``out`` (replacing the file if it exists), sealed with
    ``passphrase`` (one of plain words is made when None)."""
    if passphrase is None:
        return _export(db, judge, Path(out), None, new_passphrase(), generated=True)
    return _export(db, judge, Path(out), None, _checked_passphrase(passphrase), generated=False)


def export_packages(db: Database, out_dir: str | Path,
                    progress: Progress | None = None) -> list[PackageSummary]:
    """Write every judge's package into ``out_dir`` as ``package-<code>.db``, each sealed with a
    passphrase of its own, and the passphrase sheet (``passphrases.csv``) beside them for the
    secretariat to hand out."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with db.read() as session:
        edition = get_edition(session)
        codes = list(session.scalars(select(Judge.code).where(in_edition(Judge, edition))
                                     .order_by(Judge.code)))
    if not codes:
        raise Refused("the edition has no judges yet; import them first")
    # Each judge's passphrase and key first: scrypt is slow by design (0.15 s) and releases
    # the GIL, so the keys of 300 judges are derived on every core at once.
    phrases = [new_passphrase() for _ in codes]
    salts = [sealed.new_salt() for _ in codes]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        keys = list(pool.map(sealed.derive_key, phrases, salts))
    keyed, writing = part(progress, 0.0, 0.1), part(progress, 0.1, 1.0)
    if keyed:
        keyed(1, 1)
    out = []
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        template = Path(tmp) / "template.db"
        open_database(template, create=True).close()  # migrate once, copy for each judge
        for n, code in enumerate(codes):
            out.append(_export(db, code, folder / f"package-{_safe(code)}.db", template,
                               phrases[n], generated=True, key=(keys[n], salts[n])))
            if writing:
                writing(n + 1, len(codes))
    write_passphrase_sheet(out, folder / PASSPHRASE_SHEET)
    return out


def write_passphrase_sheet(summaries: list[PackageSummary], path: Path) -> Path:
    """The sheet the secretariat hands out: each judge, their package's file and passphrase."""
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["judge", "name", "file", "passphrase"])
        for s in summaries:
            w.writerow([s.judge, s.name, s.path.name, s.passphrase])
    tmp.replace(path)
    return path


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)


def _rows(session: Session, table: Any, *where: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(table).where(*where))]


def _rows_in(session: Session, table: Any, column: Any, ids: list[int],
             *where: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), CHUNK):
        out += _rows(session, table, column.in_(ids[start:start + CHUNK]), *where)
    return out


def _export(db: Database, judge_code: str, out: Path, template: Path | None,
            passphrase: str, *, generated: bool,
            key: tuple[bytes, bytes] | None = None) -> PackageSummary:
    """One judge's package; ``key`` is the (key, salt) already derived from ``passphrase``."""
    if out.exists() and out.is_dir():
        raise Refused(f"{out}: is a folder; give a file name for the package")
    with db.read() as session:
        edition = get_edition(session)
        if edition.package_judge:
            raise Refused("this is a judge's package: packages are made from the secretariat's "
                          "edition")
        require_unlocked(edition, "making judge packages")
        judge = find_judge(session, edition, judge_code)
        apps = judge_applications(session, edition, judge)
        app_ids = [a.id for a in apps]
        ed_row = _rows(session, Edition.__table__, Edition.id == edition.id)[0]
        # The package is judged in the round open now: it carries that round (and, for a later
        # round, which of the judge's applications went on into it), its criteria and scores.
        data = {
            Round: _rows(session, Round.__table__, Round.id == edition.open_round_id),
            RoundEntry: _rows_in(session, RoundEntry.__table__, RoundEntry.application_id,
                                 app_ids, in_edition(RoundEntry, edition)),
            Category: _rows(session, Category.__table__, in_edition(Category, edition)),
            Criterion: _rows(session, Criterion.__table__, in_edition(Criterion, edition)),
            Application: _rows_in(session, Application.__table__, Application.id, app_ids),
            Attachment: _rows_in(session, Attachment.__table__, Attachment.application_id,
                                 app_ids),
            Judge: _rows(session, Judge.__table__, Judge.id == judge.id),
            Assignment: [] if not EditionStore(session, edition).has_assignments() else [
                {k: v for k, v in r.items() if k != "id"} for r in _rows_in(
                    session, Assignment.__table__, Assignment.application_id, app_ids,
                    Assignment.judge_id == judge.id, in_edition(Assignment, edition))],
            Score: _rows_in(session, Score.__table__, Score.application_id, app_ids,
                            Score.judge_id == judge.id, in_edition(Score, edition)),
        }
        seal_key = judge_key(edition.secret, edition.uid, judge.code)
        code, name = judge.code, judge.name

    out.parent.mkdir(parents=True, exist_ok=True)
    staged = out.with_name(out.name + ".part")
    for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        leftover.unlink(missing_ok=True)
    if key is None:
        salt = sealed.new_salt()
        key = (sealed.derive_key(passphrase, salt), salt)
    raw_key, salt = key
    with tempfile.TemporaryDirectory() as work:
        tmp = Path(work) / "package.db"  # plain for a moment, in a private folder; then sealed
        if template is not None:
            shutil.copyfile(template, tmp)
        _fill(tmp, ed_row, data, seal_key=seal_key, code=code, name=name)
        sealed.encrypt_copy(tmp, staged, raw_key, salt)
    made = now()
    with db.write() as session:
        edition = get_edition(session)
        judge = find_judge(session, edition, code)
        superseded = len(session.execute(
            update(PackageKey).where(PackageKey.judge_id == judge.id,
                                     PackageKey.superseded_at.is_(None))
            .values(superseded_at=made).returning(PackageKey.id)).all())
        session.add(PackageKey(edition_id=edition.id, judge_id=judge.id, salt=salt.hex(),
                               key=raw_key.hex(), made_at=made))
        history.record(session, edition, "package export",
                       f"sealed package for judge {code} ({name}): {len(app_ids)} applications"
                       + ("; the earlier package superseded" if superseded else ""))
        staged.replace(out)
    return PackageSummary(code, out, len(app_ids), len(data[Score]), len(data[Attachment]),
                          passphrase, generated, name, superseded)


def _fill(tmp: Path, ed_row: dict[str, Any], data: dict[Any, list[dict[str, Any]]], *,
          seal_key: str, code: str, name: str) -> None:
    """Write the package's rows into the plain database ``tmp`` (before it is sealed); its
    secret is the judge's seal key, derived from the edition's secret."""
    pkg = open_database(tmp, create=True)
    try:
        settings = dict(ed_row["settings"] or {})
        settings.pop(SEAL, None)
        seal = {"judge": code, "made_at": now(), "nonce": secrets.token_hex(8), "saves": 0}
        ed_row.update(secret=seal_key, package_judge=code, finalized=False, finalized_at=None,
                      results_hash=None, history_head=None, settings={**settings, SEAL: seal})
        with pkg.write() as ps:
            ps.execute(insert(Edition), [ed_row])
            for model in (Round, Category, Criterion, Application, RoundEntry, Attachment, Judge,
                          Assignment, Score):
                if data[model]:
                    ps.execute(insert(model), data[model])
            pe = get_edition(ps)
            pstore = EditionStore(ps, pe)
            scores = data[Score]
            history.record(
                ps, pe, "package",
                f"judge package for {code} ({name}): {len(data[Application])} applications, "
                f"{len(scores)} of their scores",
                changes=ChangeSet(
                    edition=EditionIdentity(pe.name, pe.year, pe.uid),
                    settings=settings,
                    # Criteria and assignments are the package's round's (its code kept, so
                    # the package's own audit replays them into that round).
                    upserts=TableRows.from_data({kind: [
                        dict(r, round=pstore.round.code) if kind in ("criteria", "assignments")
                        else r for r in pstore.table_rows(kind)] for kind in TABLES}),
                    scores=ScoreChanges(
                        judge=np.array([s["judge_id"] for s in scores], np.int64),
                        application=np.array([s["application_id"] for s in scores], np.int64),
                        criterion=np.array([s["criterion_id"] for s in scores], np.int64),
                        value=np.array([s["value"] for s in scores], np.float64),
                        old=np.full(len(scores), np.nan),
                        comment=tuple(s["comment"] for s in scores),
                    ),
                ))
            seal["signature"] = sign(ps, pe, seal)
            pe.settings = {**settings, SEAL: seal}
    finally:
        pkg.close()


# --- import --------------------------------------------------------------------------------------


@dataclass
class PackageReturn:
    """A package file as read and checked on its own (before it meets the edition)."""

    name: str
    uid: str
    edition: str
    year: int
    judge: str
    key: str
    seal: dict[str, Any] | None
    seal_ok: bool
    judges: list[str]
    scores: pd.DataFrame
    conflicts: list[tuple[str, str]]
    cleared: list[tuple[str, str]]  # (application, criterion) the judge cleared in the package
    round: str = "R1"  # the round the package was made in (its scores go back into it)


@dataclass
class PackageReport:
    """What merging a package did."""

    judge: str
    file: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    cleared: int = 0
    conflicts: list[str] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.cleared + len(self.conflicts)

    def __str__(self) -> str:
        if not self.touched:
            return (f"{self.file}: nothing to change (judge {self.judge}'s {self.unchanged} "
                    "scores are already in the edition)")
        text = (f"{self.file}: judge {self.judge}: {self.added} scores added, {self.changed} "
                f"changed, {self.unchanged} unchanged")
        if self.cleared:
            text += f", {self.cleared} cleared by the judge"
        if self.conflicts:
            text += f"; conflicts declared by the judge: {', '.join(self.conflicts)}"
        return text


KeyFor = Callable[[str, bytes], tuple[bytes, bytes]]


def read_package(path: str | Path, key_for: KeyFor | None = None) -> PackageReturn:
    """Open a returned package (a copy of it: the file itself is never changed) and check that
    it is one; the checks against the edition come in :func:`import_package`. ``key_for`` gives
    the (key, salt) of a sealed package from its file name and salt (the secretariat's keys)."""
    path = Path(path)
    if not path.exists():
        raise Refused(f"{path}: no such file")
    if path.is_dir():
        raise Refused(f"{path}: is a folder, not a judge package")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "package.db"
        # Work on a copy (with its write-ahead log, if the judge's app left one): the returned
        # file itself is never opened for writing, not even by a migration.
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        key = None
        salt = sealed.salt_of(copy)
        if salt is not None:
            if key_for is None:
                raise Refused(f"{path.name}: is a sealed judge package (or no database at all); "
                              "it opens in the secretariat's edition it was exported from")
            key = key_for(path.name, salt)
        else:
            _plain_tables(path, copy)
        try:
            pkg = open_database(copy, key=key)
        except Refused as exc:  # name the file the person gave, not our temporary copy
            if key is not None:
                raise Refused(f"{path.name}: does not open with the key kept for it (damaged, or "
                              "changed by someone without its passphrase); nothing was "
                              "imported") from None
            raise Refused(exc.message.replace(str(copy), path.name)) from None
        try:
            with pkg.read() as ps:
                pe = ps.scalars(select(Edition).order_by(Edition.id)).first()
                if pe is None:
                    raise Refused(f"{path.name}: is not a judge package (it holds no edition)")
                if not pe.package_judge:
                    raise Refused(f"{path.name}: is an edition database, not a judge package")
                if key is None:
                    raise Refused(
                        f"{path.name}: is an unsealed judge package (made before packages were "
                        "sealed with a passphrase): anyone holding a copy could have changed "
                        "it, so it is refused; export the judge's package again and have them "
                        "send back the new one")
                seal = seal_of(pe)
                seal_ok = bool(seal and seal.get("signature")) and hmac.compare_digest(
                    str((seal or {}).get("signature")), sign(ps, pe, seal or {}))
                judges = list(ps.scalars(select(Judge.code).where(in_edition(Judge, pe))))
                scores = pd.DataFrame(ps.execute(
                    select(Judge.code, Application.code, Criterion.code, Score.value,
                           Score.comment)
                    .join(Score, Score.judge_id == Judge.id)
                    .join(Application, Application.id == Score.application_id)
                    .join(Criterion, Criterion.id == Score.criterion_id)
                    .where(in_edition(Judge, pe))
                    .order_by(Application.code, Criterion.position, Criterion.code)).all(),
                    columns=["judge", "application", "criterion", "value", "comment"])
                conflicts = [(str(r[0]), str(r[1])) for r in ps.execute(
                    select(Judge.code, Application.code)
                    .join(Conflict, Conflict.judge_id == Judge.id)
                    .join(Application, Application.id == Conflict.application_id)
                    .where(in_edition(Judge, pe)).order_by(Application.code))]
                return PackageReturn(path.name, pe.uid, pe.name, pe.year, pe.package_judge,
                                     pe.secret, seal, seal_ok, judges, scores, conflicts,
                                     _cleared_in(ps, pe, scores),
                                     EditionStore(ps, pe).round.code)
        except Refused:
            raise
        except Exception as exc:  # a damaged or foreign file: refuse it, never crash
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise Refused(f"{path.name}: is not a readable judge package ({first})") from None
        finally:
            pkg.close()


def _plain_tables(path: Path, copy: Path) -> None:
    """Refuse a plain (unsealed) file that is no wego-awards database."""
    try:
        src = sqlite3.connect(copy)
        try:
            tables = {r[0] for r in src.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            src.close()
    except sqlite3.DatabaseError:
        raise Refused(f"{path.name}: is not a judge package (not a database file)") from None
    if not {"editions", "scores", "alembic_version"} <= tables:
        raise Refused(f"{path.name}: is not a judge package (not a wego-awards file)")


def package_keys(db: Database) -> KeyFor:
    """The secretariat's keys of its sealed packages, looked up by a file's salt: a package
    of another edition (or file), and a superseded one, are refused here, naming why."""

    def key_for(name: str, salt: bytes) -> tuple[bytes, bytes]:
        with db.read() as session:
            edition = get_edition(session)
            if edition.package_judge:
                raise Refused("this database is itself a judge's package: import returns into "
                              "the secretariat's edition")
            row = session.scalar(select(PackageKey).where(in_edition(PackageKey, edition),
                                                          PackageKey.salt == salt.hex()))
            if row is None:
                raise Refused(f"{name}: is not a judge package exported from this edition file (no "
                              "package made here has its seal): a package of another edition "
                              "or of another copy of this one, or no package at all; nothing "
                              "was imported")
            if row.superseded_at:
                code = session.scalar(select(Judge.code).where(Judge.id == row.judge_id))
                raise Refused(f"{name}: is judge {code}'s package made {row.made_at[:16]}, "
                              f"superseded on {row.superseded_at[:16]} when their package was "
                              "exported again (a lost passphrase?); returns of it are refused: "
                              "the judge sends back the new package; nothing was imported")
            return bytes.fromhex(row.key), salt

    return key_for


def import_package(db: Database, path: str | Path, *, progress: Progress | None = None,
                   actor: str | None = None) -> PackageReport:
    """Verify a returned package and merge its judge's scores (and conflicts) into the edition,
    all or nothing; refused, with the database unchanged, for any of the reasons above."""
    back = read_package(path, package_keys(db))
    name = back.name
    with db.write() as session:
        edition = get_edition(session)
        if edition.package_judge:
            raise Refused("this database is itself a judge's package: import returns into the "
                          "secretariat's edition")
        require_unlocked(edition, "importing judge packages")
        if back.uid != edition.uid:
            if (back.edition, back.year) == (edition.name, edition.year):
                # Same name, another file: say so, or the message reads as a contradiction.
                raise Refused(f"{name}: was made from another edition file that has the same "
                              f"name ('{edition.name}', {edition.year}), not from this one; "
                              "merge it into the file its packages were exported from")
            raise Refused(f"{name}: was made for another edition ('{back.edition}', "
                          f"{back.year}); this database holds '{edition.name}' ({edition.year})")
        try:
            judge = find_judge(session, edition, back.judge)
        except Refused:
            raise Refused(f"{name}: its judge '{back.judge}' is not a judge of this "
                          "edition") from None
        if not hmac.compare_digest(back.key, judge_key(edition.secret, edition.uid,
                                                       judge.code)):
            raise Refused(f"{name}: was not made from this edition for judge {judge.code} (its "
                          "key does not match); nothing was imported")
        others = sorted({c for c in back.judges if c.casefold() != judge.code.casefold()}
                        | {c for c in back.scores["judge"]
                           if c.casefold() != judge.code.casefold()}
                        | {j for j, _ in back.conflicts if j.casefold() != judge.code.casefold()})
        if others:
            raise Refused(f"{name}: carries another judge ({', '.join(others)}): a package "
                          f"returns only the scores of its judge, {judge.code}; nothing was "
                          "imported")
        if not back.seal_ok:
            raise Refused(f"{name}: was altered outside the app (its signature does not match "
                          "its scores); nothing was imported")
        _refuse_older(session, edition, judge.code, back)

        report = PackageReport(judge.code, name)
        for _, app_code in back.conflicts:
            app = session.scalar(select(Application).where(
                in_edition(Application, edition), Application.code == app_code))
            if app is None:
                raise Refused(f"{name}: the judge declared a conflict with '{app_code}', which is "
                              "not an application of this edition; nothing was imported")
            done = declare(session, edition, judge, app, source="judge",
                           reason=f"declared by the judge in {name}", actor=actor)
            if done.changed:
                report.conflicts.append(app.code)

        frame = pd.DataFrame({
            "judge": judge.code,
            "application": back.scores["application"].astype(object),
            "criterion": back.scores["criterion"].astype(object),
            "score": [repr(float(v)) for v in back.scores["value"]],
            "comment": back.scores["comment"].astype(object),
            ROW: np.arange(1, len(back.scores) + 1),
        })
        # Into the round the package was made in, even when the edition has moved on since.
        try:
            back_round = EditionStore(session, edition).find_round(back.round)
        except Refused:
            raise Refused(f"{name}: was made in round {back.round}, which this edition does not "
                          "have; nothing was imported") from None
        plan = plan_score_rows(session, edition, frame, name, back_round)
        report.added, report.changed = plan.report.added, plan.report.changed
        report.unchanged = plan.report.unchanged
        cleared = _cleared(session, edition, judge, back, back_round)
        report.cleared = len(cleared)
        if not report.touched:
            return report
        changes = plan.apply(session, progress) if plan.report.touched else ChangeSet()
        if cleared:
            changes = replace(changes, scores=_with_cleared(changes.scores, judge.id, cleared))
            session.execute(delete(Score).where(
                Score.id.in_([c[0] for c in cleared])))
        seal = back.seal or {}
        changes = replace(changes, source=ImportedFile(name, "scores"), package=PackageSeal(
            seal.get("judge"), seal.get("made_at"), seal.get("nonce"), seal.get("saves"),
            seal.get("signature")))
        history.record(session, edition, ACTION,
                       f"package {name} from judge {judge.code} ({judge.name}): "
                       f"{report.added} scores added, {report.changed} changed, "
                       f"{report.cleared} cleared, {report.unchanged} unchanged",
                       changes=changes, actor=actor)
    return report


def _cleared_in(ps: Session, pe: Edition, scores: pd.DataFrame) -> list[tuple[str, str]]:
    """The (application, criterion) scores the judge cleared while working in the package, as
    its own history says, and that are still cleared."""
    apps = EditionStore(ps, pe).id_codes(Application)
    crits = EditionStore(ps, pe).id_codes(Criterion)
    gone: set[tuple[str, str]] = set()
    for blob in ps.scalars(select(HistoryEntry.changes).where(
            in_edition(HistoryEntry, pe), HistoryEntry.action == "score")):
        changed = ChangeSet.decode(blob, "a score in the package's history").scores
        if changed is None:
            continue
        for a, c, v in zip(changed.application, changed.criterion, changed.value,
                           strict=True):
            key = (apps.get(int(a), ""), crits.get(int(c), ""))
            (gone.add if np.isnan(v) else gone.discard)(key)
    present = set(zip(scores["application"], scores["criterion"], strict=True))
    return sorted(gone - present)


def _cleared(session: Session, edition: Edition, judge: Judge, back: PackageReturn,
             in_round: Round) -> list[tuple[int, int, int, float]]:
    """The edition's scores of the judge that the judge cleared in the package, each as
    (score id, application, criterion, value)."""
    if not back.cleared:
        return []
    wanted = {(a.casefold(), c.casefold()) for a, c in back.cleared}
    rows = session.execute(
        select(Score.id, Score.application_id, Score.criterion_id, Score.value,
               Application.code, Criterion.code)
        .join(Application, Application.id == Score.application_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.judge_id == judge.id, in_edition(Score, edition, in_round.id))).all()
    return [(sid, aid, cid, value) for sid, aid, cid, value, app, crit in rows
            if (app.casefold(), crit.casefold()) in wanted]


def _with_cleared(scores: ScoreChanges | None, judge_id: int,
                  cleared: list[tuple[int, int, int, float]]) -> ScoreChanges:
    """The history's score changes with the cleared ones added (value NaN: cleared)."""
    gone = ScoreChanges.cleared([judge_id] * len(cleared), [c[1] for c in cleared],
                                [c[2] for c in cleared], [c[3] for c in cleared])
    return gone if scores is None else scores + gone


def _refuse_older(session: Session, edition: Edition, judge: str, back: PackageReturn) -> None:
    """Refuse a return older than one of the same judge already merged: it would undo newer
    scores. Returns are ordered by when their package was made, then by their save count."""
    seal = back.seal or {}
    mine = (str(seal.get("made_at") or ""), int(seal.get("saves") or 0))
    for blob, at in session.execute(
            select(HistoryEntry.changes, HistoryEntry.at)
            .where(in_edition(HistoryEntry, edition), HistoryEntry.action == ACTION)):
        seen = ChangeSet.decode(blob, f"the package import of {at}").package
        if seen is None or str(seen.judge or "").casefold() != judge.casefold():
            continue
        theirs = (str(seen.made_at or ""), int(seen.saves or 0))
        same_package = seen.nonce == seal.get("nonce")
        if (same_package and mine[1] < theirs[1]) or (not same_package and mine[0] < theirs[0]):
            raise Refused(f"{back.name}: is an older return of judge {judge} than the one merged "
                          f"on {at} ({mine[1]} saves in a package made {mine[0]}, against "
                          f"{theirs[1]} in one made {theirs[0]}); it would undo newer scores, so "
                          "nothing was imported")
