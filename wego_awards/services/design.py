"""The edition's settings and its certificate's design, as the settings dialog edits them.

``edition_settings`` / ``save_edition_settings``: the edition's name and year, the ceremony, the
award rules and the method, read and written in one go; only what differs is changed, each
change with its own history entry, and nothing while the edition is finalized.

``design_of`` / ``save_design``: the certificate's logo, signatories, colours and wording, read
from the edition's effective template and written into the edition's own template folder (beside
the database file unless told otherwise). The folder's ``certificate.toml`` is edited in place
with tomlkit, so a secretariat's comments and layout survive; the result is checked by loading it
like any template before it replaces the folder, so a wrong value is refused with its key and
value and nothing is written.

``preview_certificate``: one real certificate of the edition drawn with a design not saved yet,
quick enough to follow each change in the dialog.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Edition
from wego_awards.errors import Refused
from wego_awards.resources import resource_path
from wego_awards.services import history
from wego_awards.services.changes import CertificateDesign, ChangeSet, EditionIdentity
from wego_awards.services.edition import (
    AWARD_NAMES,
    get_edition,
    parse_setting,
    require_unlocked,
    settings_of,
)
from wego_awards.store import in_edition

if TYPE_CHECKING:
    from wego_awards.pdf import CertificateData

TEMPLATE_FILE = "certificate.toml"
# The settings the dialog edits, in the order their changes are recorded.
SETTING_FIELDS = ("organisation", "ceremony_date", "ceremony_place", "method", "shrinkage",
                  "min_score", "near_tie", "low_confidence", "own_country_rule", "awards",
                  "certificate_language")


def _default_awards() -> dict[str, int]:
    return {award: 1 for award in AWARD_NAMES}


@dataclass
class EditionSettings:
    """What the settings dialog shows and saves about the edition (``finalized`` is only read)."""

    name: str
    year: int
    organisation: str = ""
    ceremony_date: str = ""  # ISO 8601 (2021-10-18) or "" for not set
    ceremony_place: str = ""
    method: str = "additive"
    shrinkage: float = 1.0  # shown (and kept) as 1.0 while the edition estimates it
    # True: estimate the shrinkage from the scores ("auto"); None (a caller that does not know):
    # keep "auto" unless ``shrinkage`` was changed from the 1.0 shown for it.
    shrinkage_auto: bool | None = None
    min_score: float | None = None
    near_tie: float = 0.05
    low_confidence: float = 0.5
    own_country_rule: bool = False
    awards: dict[str, int] = field(default_factory=_default_awards)  # award -> count per category
    finalized: bool = False
    certificate_language: str = "en"  # "ko", or two side by side: "en+ko"


def edition_settings(db: Database) -> EditionSettings:
    """The edition's settings as the dialog edits them."""
    with db.read() as session:
        edition = get_edition(session)
        s = settings_of(edition)
        counts = {award: 0 for award in AWARD_NAMES}
        for tier in s["awards"]:
            counts[tier["award"]] = int(tier["count"])
        minimum = s.get("min_score")
        return EditionSettings(
            name=edition.name, year=int(edition.year),
            organisation=str(s.get("organisation") or ""),
            ceremony_date=str(s.get("ceremony_date") or ""),
            ceremony_place=str(s.get("ceremony_place") or ""),
            method=str(s["method"]),
            shrinkage=1.0 if s["shrinkage"] == "auto" else float(s["shrinkage"]),
            shrinkage_auto=s["shrinkage"] == "auto",
            min_score=None if minimum is None else float(minimum),
            near_tie=float(s["near_tie"]), low_confidence=float(s["low_confidence"]),
            own_country_rule=bool(s.get("own_country_rule")), awards=counts,
            finalized=bool(edition.finalized),
            certificate_language=str(s.get("certificate_language") or "en"),
        )


def _as_text(key: str, value: Any) -> str:
    """A value as a person would type it, so that ``parse_setting`` checks it the one way."""
    if key == "awards":
        return ",".join(f"{award}={int(n)}" for award, n in value.items() if int(n) > 0)
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return repr(float(value))
    return str(value)


def _checked(key: str, value: Any, current: Any) -> Any:
    if key == "awards":
        unknown = sorted(set(value) - set(AWARD_NAMES))
        if unknown:
            raise Refused(f"awards: '{unknown[0]}' is not an award; known: "
                          f"{', '.join(AWARD_NAMES)}")
        if not any(int(n) > 0 for n in value.values()):
            raise Refused("awards: give at least one award per category (a Gold, a Silver or "
                          "a Special Mention)")
        ordered = {award: int(value.get(award, 0)) for award in AWARD_NAMES}
        return parse_setting(key, _as_text(key, ordered))
    if key == "ceremony_date" and str(value or "").strip() == current:
        return current  # a date written before dates were checked is kept as it is
    return parse_setting(key, _as_text(key, value))


def _wanted(new: EditionSettings, key: str, current: dict[str, Any]) -> Any:
    """The value asked for; "auto" for an estimated shrinkage (see ``shrinkage_auto``)."""
    if key == "shrinkage" and (new.shrinkage_auto or (
            new.shrinkage_auto is None and current.get(key) == "auto" and new.shrinkage == 1.0)):
        return "auto"
    return getattr(new, key)


def _same_awards(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Tiers that give the same awards (a tier of 0 is the same as no tier)."""
    def counts(tiers: list[dict[str, Any]]) -> list[tuple[str, int]]:
        return [(t["award"], int(t["count"])) for t in tiers if int(t["count"]) > 0]
    return counts(a) == counts(b)


def save_edition_settings(db: Database, new: EditionSettings) -> list[str]:
    """Change what differs from the edition as it is; each change is one history entry.

    All or nothing: a wrong value is refused (naming it) and nothing is changed. Refused while
    the edition is finalized. Returns what was done, in words (empty when nothing differed).
    """
    from wego_awards.services.decisions import apply_setting

    name = new.name.strip()
    if not name:
        raise Refused("the edition needs a name")
    if not 1900 <= int(new.year) <= 2200:
        raise Refused(f"year {new.year} is not a plausible year")
    done: list[str] = []
    with db.write() as session:
        edition = get_edition(session)
        current = settings_of(edition)
        values = {key: _checked(key, _wanted(new, key, current), current.get(key))
                  for key in SETTING_FIELDS}
        changed = [key for key in SETTING_FIELDS
                   if not (_same_awards(values[key], current[key]) if key == "awards"
                           else values[key] == current.get(key))]
        renamed = name != edition.name or int(new.year) != edition.year
        if not changed and not renamed:
            return done
        require_unlocked(edition, "changing the settings")
        if renamed:
            before = f"'{edition.name}' ({edition.year})"
            edition.name, edition.year = name, int(new.year)
            summary = f"renamed the edition {before} to '{name}' ({edition.year})"
            history.record(session, edition, "edition", summary,
                           changes=ChangeSet(edition=EditionIdentity(name, edition.year,
                                                                     edition.uid)))
            done.append(summary)
        for key in changed:
            said = apply_setting(session, edition, key, values[key])
            if said:
                done.append(said)
    return done


# --- the certificate's design -----------------------------------------------------------------


@dataclass
class SignatoryDesign:
    """One person signing the certificates; ``signature`` is an image file or None."""

    name: str
    title: str = ""
    signature: Path | None = None


@dataclass
class Design:
    """The parts of a certificate template the settings dialog edits.

    ``wording`` holds the template's [wording] lines (keys as in ``pdf.template.WORDING_KEYS``)
    and ``award_names`` its [wording.awards] (gold, silver, special_mention, participation).
    Image paths are absolute. ``source`` is the template file it was read from (None: the
    default shipped with the app).
    """

    logo: Path | None
    signatories: list[SignatoryDesign]
    colours: dict[str, str]
    wording: dict[str, str]
    award_names: dict[str, str]
    source: Path | None = None


def _default_toml() -> Path:
    return resource_path("templates", "default") / TEMPLATE_FILE


def _effective_toml(db: Database, edition: Edition) -> Path:
    """The certificate.toml the edition's certificates are drawn with now."""
    from wego_awards.services.paper import edition_folder, template_path

    path = template_path(edition, None, edition_folder(db))
    if path is None:
        return _default_toml()
    if path.is_dir():
        path = path / TEMPLATE_FILE
    if not path.is_file():
        raise Refused(f"{path}: the edition's certificate template is missing (setting "
                      "certificate_template); choose another or clear the setting")
    return path


def design_of(db: Database) -> Design:
    """The design of the edition's certificates, from its effective template."""
    from wego_awards.pdf import TemplateError, load_template

    with db.read() as session:
        path = _effective_toml(db, get_edition(session))
    try:
        tpl = load_template(path)
    except TemplateError as exc:
        raise Refused(str(exc)) from None
    return Design(
        logo=tpl.logo,
        signatories=[SignatoryDesign(s.name, s.title, s.signature) for s in tpl.signatories],
        colours=dict(tpl.colours), wording=dict(tpl.wording),
        award_names=dict(tpl.award_labels),
        source=None if path == _default_toml() else tpl.path,
    )


def default_folder(db: Database, edition: Edition | None = None) -> Path:
    """Where the edition's own template goes: ``<db-stem>-certificate/`` beside the file; on a
    server, the folder the edition's template was saved in before (else refused: choose one)."""
    if db.path is None:
        if edition is not None:
            from wego_awards.services.paper import template_path

            configured = template_path(edition, None)
            if configured is not None and (configured / TEMPLATE_FILE).is_file():
                return configured.absolute()
        raise Refused("an edition on a server has no folder of its own: choose a folder for its "
                      "certificate template")
    path = db.path.absolute()
    return path.parent / f"{path.stem}-certificate"


def _copy_image(source: Path | None, folder: Path, stem: str) -> str:
    """Copy an image the design names into ``folder`` as ``stem`` plus its extension."""
    if source is None:
        return ""
    source = Path(source).expanduser()
    if not source.is_file():
        raise Refused(f"{source}: no such image file")
    name = stem + (source.suffix.lower() or ".png")
    shutil.copyfile(source, folder / name)
    return name


def _fonts_beside(base: Path, doc: Any, folder: Path) -> None:
    """Font files a template names relative to itself travel with it to ``folder``."""
    fonts = doc.get("fonts")
    if not isinstance(fonts, dict):
        return
    for value in fonts.values():
        if not isinstance(value, str) or Path(value).is_absolute():
            continue
        src = base.parent / value
        dst = folder / value
        if src.is_file() and not dst.exists() and ".." not in Path(value).parts:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)


def _write_template(design: Design, base: Path, folder: Path) -> Any:
    """Write ``design`` as ``folder/certificate.toml``, starting from the template ``base``
    (its comments, page and fonts kept), with the design's images copied beside it; checked
    by loading it (the loaded Template is returned). ``folder`` is new and empty or holds a copy
    of the template being edited."""
    import tomlkit

    from wego_awards.pdf import TemplateError, load_template

    try:
        doc = tomlkit.parse(base.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - tomlkit raises its own parse errors
        raise Refused(f"{base}: cannot be read as a template ({exc})") from None
    _fonts_beside(base, doc, folder)
    doc["logo"] = _copy_image(design.logo, folder, "logo")
    for key, value in design.colours.items():
        colour = str(value).strip()
        if re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
            colour = colour.upper()  # as the loader reads it, so saving it again changes nothing
        doc.setdefault("colours", tomlkit.table())[key] = colour
    wording = doc.setdefault("wording", tomlkit.table())
    for key, value in design.wording.items():
        wording[key] = value
    awards = wording.setdefault("awards", tomlkit.table())
    for key, value in design.award_names.items():
        awards[key] = value
    people = [s for s in design.signatories if s.name.strip() or s.title.strip() or s.signature]
    signatories = tomlkit.aot()
    for number, person in enumerate(people, start=1):
        if not person.name.strip():
            raise Refused(f"signatory {number}: give the name printed under the signature")
        entry = tomlkit.table()
        entry["name"] = person.name.strip()
        if person.title.strip():
            entry["title"] = person.title.strip()
        image = _copy_image(person.signature, folder, f"signature-{number}")
        if image:
            entry["signature"] = image
        signatories.append(entry)
    if "signatories" in doc:
        del doc["signatories"]
    if people:
        doc["signatories"] = signatories
    out = folder / TEMPLATE_FILE
    out.write_text(tomlkit.dumps(doc), encoding="utf-8")
    _drop_unused_images(folder, doc)
    try:
        return load_template(out)
    except TemplateError as exc:
        raise Refused(str(exc)) from None


def _drop_unused_images(folder: Path, doc: Any) -> None:
    """Images an earlier design copied in (logo.*, signature-N.*) that nothing names now."""
    used = {doc.get("logo") or ""}
    used |= {s.get("signature") or "" for s in doc.get("signatories", [])}
    for path in folder.iterdir():
        stem = path.stem
        ours = stem == "logo" or (stem.startswith("signature-") and stem[10:].isdigit())
        if ours and path.is_file() and path.name not in used:
            path.unlink()


def check_design(db: Database, design: Design) -> None:
    """Refuse ``design`` as ``save_design`` would (a wrong colour, placeholder or image), without
    writing anything the edition uses."""
    with db.read() as session:
        base = _effective_toml(db, get_edition(session))
    with tempfile.TemporaryDirectory(prefix="wego-design-") as tmp:
        _write_template(design, base, Path(tmp))


def _setting_text(folder: Path, db: Database) -> str:
    """The ``certificate_template`` value for ``folder``: relative to the database file's
    folder when it lies inside it (so both move together), else absolute."""
    from wego_awards.services.paper import edition_folder

    base = edition_folder(db)
    folder = folder.absolute()
    if base is not None:
        try:
            return folder.relative_to(base).as_posix()
        except ValueError:
            pass
    return str(folder)


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def save_design(db: Database, design: Design, folder: str | Path | None = None) -> Path:
    """Write ``design`` into the edition's own template folder and use it from now on.

    ``folder`` defaults to ``<db-stem>-certificate/`` beside the database file; the first time,
    it starts as a copy of the template the edition uses now (the default one unless set). The
    new folder is made and checked aside and only then replaces the old one, so a refused
    design (e.g. "certificate.toml: colours.gold '#12345G' is not a colour like #C9A227")
    leaves everything as it was. Sets ``certificate_template`` (in the history) and records
    the change of design. Refused while the edition is finalized. Returns the folder.
    """
    from wego_awards.services.decisions import apply_setting

    with db.read() as session:
        edition = get_edition(session)
        require_unlocked(edition, "changing the certificate's design")
        base = _effective_toml(db, edition)
        target = (Path(folder).expanduser().absolute() if folder is not None
                  else default_folder(db, edition))
    if target.exists() and not target.is_dir():
        raise Refused(f"{target}: is a file, not a folder for the certificate template")
    if target.is_dir() and any(target.iterdir()) and not (target / TEMPLATE_FILE).is_file():
        raise Refused(f"{target}: the folder holds other files; choose a new or empty folder for "
                      "the certificate template")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.new"
    try:
        if (target / TEMPLATE_FILE).is_file():
            shutil.copytree(target, staging)
        else:
            shutil.copytree(_default_toml().parent, staging)
        _write_template(design, base, staging)
        digest = _digest(staging)
        with db.write() as session:
            edition = get_edition(session)
            require_unlocked(edition, "changing the certificate's design")
            setting = _setting_text(target, db)
            moved = apply_setting(session, edition, "certificate_template", setting)
            if moved is None and target.is_dir() and _digest(target) == digest:
                return target  # the same design again: nothing to write or record
            history.record(session, edition, "certificate design",
                           f"changed the certificate's design ({setting})",
                           changes=ChangeSet(certificate_design=CertificateDesign(setting,
                                                                                  digest)))
            _swap(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _swap(staging: Path, target: Path) -> None:
    """Put the checked folder in place of the old one (the old one removed after)."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.old"
        os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --- the live preview -------------------------------------------------------------------------


def _sample(session: Session, edition: Edition) -> CertificateData:
    """The certificate to preview: the first award of the results, else a sample for the first
    application, else a placeholder applicant."""
    from wego_awards.pdf import CertificateData
    from wego_awards.services.paper import DRAFT_CODE, ceremony_date_text, certificate_data
    from wego_awards.services.results import compute_in_session

    try:
        data, _ = compute_in_session(session, edition)
        certs = certificate_data(session, edition, data)
    except Refused:  # no criteria or scores yet
        certs = []
    if certs:
        return certs[0]
    settings = settings_of(edition)
    row = session.execute(
        select(Application.code, Application.city, Application.country, Application.title,
               Category.name)
        .join(Category, Category.id == Application.category_id)
        .where(in_edition(Application, edition))
        .order_by(Category.position, Application.code).limit(1)).first()
    if row is not None:
        code, city, country, title, category = row
    else:
        code, city, country = "XX-01", "City", "Country"
        title = "The project's title, as the applicant wrote it"
        first = session.scalar(select(Category.name).where(in_edition(Category, edition))
                               .order_by(Category.position, Category.code).limit(1))
        category = first or "Category"
    return CertificateData(
        edition=edition.name, year=edition.year, organisation=settings.get("organisation") or "",
        award="gold", category=category, city=city, country=country, title=title,
        application=code, date=ceremony_date_text(settings, edition),
        verification_code=DRAFT_CODE, draft=True,
        ceremony_place=settings.get("ceremony_place") or "")


def preview_certificate(db: Database, design: Design, out_pdf: str | Path,
                        edition: EditionSettings | None = None) -> Path:
    """Draw one real certificate of the edition with ``design`` (not saved) into ``out_pdf``.

    ``edition``, when given, stands in for the edition's name, year, organisation and ceremony
    as saved, so that what is being typed shows at once. A design that cannot be used is
    refused like ``save_design`` would refuse it.
    """
    from dataclasses import replace

    from wego_awards.pdf import render_certificate
    from wego_awards.pdf.wording import in_languages
    from wego_awards.services.paper import ceremony_date_text, certificate_languages

    out = Path(out_pdf)
    with db.read() as session:
        row = get_edition(session)
        base = _effective_toml(db, row)
        cert = _sample(session, row)
        wording = settings_of(row)
        if edition is not None:
            wording = {"ceremony_date": edition.ceremony_date,
                       "certificate_language": edition.certificate_language}
            cert = replace(cert, edition=edition.name, year=int(edition.year),
                           organisation=edition.organisation,
                           date=ceremony_date_text(wording, row),
                           ceremony_place=edition.ceremony_place)
    with tempfile.TemporaryDirectory(prefix="wego-preview-") as tmp:
        tpl = in_languages(_write_template(design, base, Path(tmp)),
                           certificate_languages(wording))
        out.parent.mkdir(parents=True, exist_ok=True)
        part = out.with_name(f".{out.name}.part")
        render_certificate(part, cert, tpl)
        os.replace(part, out)
    return out
