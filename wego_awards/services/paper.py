"""The ceremony's paper: certificates and the results report, from the edition's results.

Each award's certificate carries a verification code: an HMAC, keyed with the edition's secret,
of the edition, the finalized results' fingerprint and the award. ``verify_code`` finds which
award a code was issued for by replaying the finalizations in the history, and says whether the
results were reopened since. Before finalizing, certificates are drafts: a large DRAFT mark and
no valid code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wego_awards.db import Database
from wego_awards.db.models import Application, Category, Edition, HistoryEntry
from wego_awards.errors import MissingGlyphs, Refused
from wego_awards.progress import Progress
from wego_awards.resources import resource_path
from wego_awards.resultdata import Results, ResultSettings
from wego_awards.services.changes import ChangeSet
from wego_awards.services.clock import now
from wego_awards.services.edition import get_edition, settings_of
from wego_awards.store import in_edition

if TYPE_CHECKING:
    from wego_awards.pdf import CertificateData, Template
    from wego_awards.pdf.report import ResultsReport

DRAFT_CODE = "DRAFT"


def code_for(edition: Edition, results_hash: str, category: str, award: str,
             application: str) -> str:
    """The verification code printed on a certificate (12 letters and digits, grouped by 4)."""
    msg = f"{edition.uid}|{results_hash}|{category}|{award}|{application}".encode()
    digest = hmac.new(edition.secret.encode(), msg, hashlib.sha256).digest()
    text = base64.b32encode(digest).decode()[:12]
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def _normal(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def certificate_languages(settings: dict[str, Any]) -> tuple[str, ...]:
    """The languages certificates are worded in (``certificate_language``: ko, en+ko...)."""
    from wego_awards.languages import parse_languages

    try:
        return parse_languages(str(settings.get("certificate_language") or "en"))
    except ValueError:
        return ("en",)


def ceremony_day(settings: dict[str, Any], edition: Edition) -> date | str:
    """The day the paper carries: the ceremony's, else the day the results were final (else
    today); the secretariat's own text when the ceremony date is not a date."""
    raw = settings.get("ceremony_date") or (edition.finalized_at or now())[:10]
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return str(raw)  # free text, as the secretariat wrote it


def ceremony_date_text(settings: dict[str, Any], edition: Edition) -> str:
    """The date printed on certificates, as the certificate's language(s) write a date."""
    from wego_awards.pdf.wording import dates_text

    d = ceremony_day(settings, edition)
    if isinstance(d, str):
        return d
    return dates_text(d, certificate_languages(settings))


def in_edition_language(template: Template, edition: Edition) -> Template:
    """The template worded in the edition's certificate language(s)."""
    from wego_awards.pdf.wording import in_languages

    return in_languages(template, certificate_languages(settings_of(edition)))


def edition_folder(db: Database) -> Path | None:
    """The folder of the edition's database file (None on a server): a relative
    ``certificate_template`` is read from there, so the edition and its template move
    together."""
    return db.path.parent.absolute() if db.path is not None else None


def template_path(edition: Edition, template: str | Path | None,
                  base: Path | None = None) -> Path | None:
    """The template to use: the one given, else the edition's setting, else the default.

    A relative setting is taken from ``base`` (the database file's folder, see
    :func:`edition_folder`); a template given here is used as given.
    """
    if template is not None:
        return Path(template)
    configured = settings_of(edition).get("certificate_template")
    if not configured:
        return None
    path = Path(configured).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def load(edition: Edition, template: str | Path | None, base: Path | None = None) -> Template:
    from wego_awards.pdf import TemplateError, load_template

    path = template_path(edition, template, base)
    if path is not None and path.is_dir():
        path = path / "certificate.toml"
    if path is not None and not path.exists():
        raise Refused(f"{path}: no such template file")
    try:
        return load_template(path)
    except TemplateError as exc:
        raise Refused(str(exc)) from None


@dataclass
class Certificates:
    files: list[Path]
    combined: Path | None
    draft: bool
    cancelled: bool = False


def certificate_data(session: Session, edition: Edition, results: Results,
                     participation: bool = False) -> list[CertificateData]:
    """One CertificateData per award (or per application, for participation)."""
    from wego_awards.pdf import CertificateData

    settings = settings_of(edition)
    draft = not edition.finalized
    when = ceremony_date_text(settings, edition)
    base: dict[str, Any] = dict(edition=edition.name, year=edition.year,
                                organisation=settings.get("organisation") or "", date=when,
                                ceremony_place=settings.get("ceremony_place") or "",
                                draft=draft)

    def code(category: str, award: str, app: str) -> str:
        if draft:
            return DRAFT_CODE
        return code_for(edition, edition.results_hash or "", category, award, app)

    out = []
    if participation:
        rows = session.execute(
            select(Application.code, Application.city, Application.country, Application.title,
                   Category.code, Category.name)
            .join(Category, Category.id == Application.category_id)
            .where(in_edition(Application, edition))
            .order_by(Category.position, Application.code)).all()
        for app, city, country, title, cat_code, cat_name in rows:
            out.append(CertificateData(award="participation", category=cat_name, city=city,
                                       country=country, title=title, application=app,
                                       verification_code=code(cat_code, "participation", app),
                                       **base))
        return out
    for c in results.categories:
        for a in c.awards:
            out.append(CertificateData(award=a.award, category=c.name, city=a.city,
                                       country=a.country, title=a.title,
                                       application=a.application,
                                       verification_code=code(c.code, a.award, a.application),
                                       **base))
    return out


def write_certificates(db: Database, out_dir: str | Path, *, template: str | Path | None = None,
                       participation: bool = False, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None,
                       allow_missing_glyphs: bool = False) -> Certificates:
    """Render the certificates into ``out_dir``: one PDF each and one combined for printing.

    A certificate holding characters no shipped font draws is refused (naming the application,
    the field and the characters) rather than printed with empty boxes, unless
    ``allow_missing_glyphs``.
    """
    from wego_awards.pdf import render_certificates
    from wego_awards.services.glyphs import certificate_problems
    from wego_awards.services.results import compute_in_session

    with db.read() as session:
        edition = get_edition(session)
        tpl = in_edition_language(load(edition, template, edition_folder(db)), edition)
        data, _ = compute_in_session(session, edition)
        certs = certificate_data(session, edition, data, participation)
    if not certs:
        raise Refused("there are no awards to print yet (import scores and compute results)")
    problems = [] if allow_missing_glyphs else certificate_problems(certs, tpl)
    if problems:
        shown = "\n  ".join(problems[:10])
        more = f"\n  and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise MissingGlyphs(f"{len(problems)} certificate field(s) hold characters no shipped "
                            f"font draws; they would print as empty boxes:\n  {shown}{more}\n"
                            "Correct them, or print anyway (--allow-missing-glyphs; in the "
                            "app, Print anyway)")
    batch = render_certificates(certs, tpl, Path(out_dir), progress=progress,
                                cancelled=cancelled)
    return Certificates(list(batch.files), batch.combined, not edition.finalized,
                        batch.cancelled)


def report_data(session: Session, edition: Edition) -> ResultsReport:
    """The results with what the report adds: organisation, fingerprint, when it was made."""
    from wego_awards.pdf.report import ResultsReport
    from wego_awards.services.results import compute_in_session

    data, _ = compute_in_session(session, edition)
    settings = settings_of(edition)
    return ResultsReport(
        results=data, organisation=settings.get("organisation") or "",
        results_hash=edition.results_hash or "",
        generated_at=edition.finalized_at if edition.finalized else now(),
        settings=_settings_in_words(data.settings))


def _settings_in_words(settings: ResultSettings) -> tuple[tuple[str, str], ...]:
    """The report shows settings as a person reads them, not as JSON."""
    from wego_awards.services.edition import AWARD_NAMES

    tiers = ", ".join(f"{t.count} {AWARD_NAMES[t.award]}" for t in settings.awards)
    minimum = settings.min_score
    shrinkage = settings.shrinkage
    return (
        ("awards per category", tiers),
        ("minimum score for an award", "none" if minimum is None else f"{minimum:g}"),
        ("near tie below", f"{settings.near_tie:g} points"),
        ("low confidence below", f"{settings.low_confidence:.0%}"),
        ("shrinkage of judge offsets", "estimated from the scores"
         if shrinkage == "auto" else f"{shrinkage:g}"),
        ("trimmed share (trimmed mean)", f"{settings.trim:.0%}"),
    )


def write_report(db: Database, out: str | Path, *, template: str | Path | None = None,
                 progress: Progress | None = None) -> Path:
    """The results report as a PDF (DRAFT on every page before finalizing)."""
    from wego_awards.pdf import render_report

    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise Refused(f"{out.name}: the report is written as a .pdf file")
    from wego_awards.pdf.report import LONG_RANKING

    with db.read() as session:
        edition = get_edition(session)
        tpl = load(edition, template, edition_folder(db))
        data = report_data(session, edition)
    out.parent.mkdir(parents=True, exist_ok=True)
    if any(len(c.ranking) > LONG_RANKING for c in data.results.categories):
        # A long ranking's head is in the report; the whole of it in a table beside it.
        from dataclasses import replace

        from wego_awards.services.results import write_results

        beside = write_results(data.results, out.with_name(f"{out.stem}-ranking.csv"))
        data = replace(data, full_ranking=beside.name)
    return render_report(data, out, draft=not edition.finalized, progress=progress,
                         template=tpl)


def verify_code(db: Database, code: str) -> str:
    """Which award a certificate's code was issued for, and whether that still stands."""
    wanted = _normal(code)
    if not wanted:
        raise Refused("give the code printed on the certificate, e.g. ABCD-EFGH-JKLM")
    if wanted == DRAFT_CODE:
        raise Refused("a DRAFT certificate has no verification code: it was printed before the "
                      "results were finalized and is not valid")
    with db.read() as session:
        edition = get_edition(session)
        entries = session.scalars(
            select(HistoryEntry).where(in_edition(HistoryEntry, edition),
                                       HistoryEntry.action.in_(("finalize", "reopen")))
            .order_by(HistoryEntry.id)).all()
        names = dict(session.execute(select(Category.code, Category.name)
                                     .where(in_edition(Category, edition))).all())
        for i, entry in enumerate(entries):
            if entry.action != "finalize":
                continue
            done = ChangeSet.decode(entry.changes,
                                    f"the finalization of {entry.at}").finalization
            if done is None or done.results_hash is None:
                continue
            results_hash = done.results_hash
            for award in done.awards:
                issued = code_for(edition, results_hash, award.category, award.award,
                                  award.application)
                if _normal(issued) != wanted:
                    continue
                app = session.scalar(select(Application).where(
                    in_edition(Application, edition),
                    Application.code == award.application))
                what = (f"{_award_words(award.award)} in "
                        f"{names.get(award.category, award.category)} to "
                        f"{award.application}")
                if app is not None:
                    what += f", {app.city} ({app.country}): {app.title}"
                later = [e for e in entries[i + 1:] if e.action == "reopen"]
                head = f"VALID: issued for {what}; results of {edition.name} finalized {entry.at}"
                if later:
                    return (f"{head}.\nBUT the results were reopened on {later[0].at} "
                            f"(reason: {later[0].reason}); this certificate may be superseded"
                            + ("" if edition.finalized else " and the results are open now"))
                return head + "; they have not been reopened since."
            # Participation certificates: any application of the edition.
            for app in session.scalars(select(Application)
                                       .where(in_edition(Application, edition))):
                issued = code_for(edition, results_hash, app.category.code,
                                  "participation", app.code)
                if _normal(issued) == wanted:
                    return (f"VALID: certificate of participation for {app.code}, {app.city} "
                            f"({app.country}): {app.title}; results finalized {entry.at}")
    raise Refused(f"'{code}' was not issued for any certificate of {edition.name}: the "
                  "certificate is not genuine or belongs to another edition")


def _award_words(kind: str) -> str:
    from wego_awards.services.edition import AWARD_NAMES

    return AWARD_NAMES.get(kind, "Participation")


def copy_template(out_dir: str | Path) -> Path:
    """Copy the default certificate template into ``out_dir`` for editing."""
    src = resource_path("templates", "default")
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise Refused(f"{out}: the folder is not empty; choose a new folder for the template")
    shutil.copytree(src, out, dirs_exist_ok=True)
    return out / "certificate.toml"


def write_all(db: Database, out: Path, progress: Progress | None = None) -> list[Path]:
    """The report and the certificates into ``out`` (the demo's paper)."""
    report = write_report(db, out / "report.pdf")
    certs = write_certificates(db, out / "certificates", progress=progress)
    paths = [report, *(certs.files)]
    if certs.combined:
        paths.append(certs.combined)
    return paths
