"""The ``wego-awards`` command line (click).

Only click and the standard library are imported at start-up, so ``--help`` answers at once;
each command imports the services it needs when it runs. A refusal (bad input, a rule, a locked
edition) prints one message on stderr and exits 1; wrong usage exits 2; nothing here ever shows
a person a traceback for a mistake of theirs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from wego_awards import __version__

KINDS = ("categories", "criteria", "applications", "judges", "assignments", "scores")
METHODS = ("additive", "mean", "zscore", "median", "trimmed")  # checked against scoring in tests
AWARDS = ("gold", "silver", "special_mention")

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Ctx:
    """What every command shares: the chosen database, opened on first use."""

    def __init__(self, target: str | None) -> None:
        self.target = target
        self._db: Any = None  # a Database, imported lazily to keep start-up fast

    def db(self, *, create: bool = False) -> Any:
        if self._db is None:
            from wego_awards.services.edition import open_database

            self._db = open_database(self.target, create=create)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


pass_ctx = click.make_pass_decorator(Ctx)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal; nothing when stdout is not one (scripts, pipes, CI)."""
    if not sys.stdout.isatty():
        yield None
        return
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = click.progressbar(length=max(total, 1), label=label, file=sys.stdout)
            bar.__enter__()
            state["bar"] = bar
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)


def echo_json(data: Any) -> None:
    """JSON to stdout as UTF-8 bytes, the same bytes for the same data."""
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


@click.group(context_settings=CONTEXT)
@click.option("--db", "target", metavar="PATH_OR_URL", envvar=None,
              help="The edition's database: a file path (SQLite) or a URL such as "
                   "postgresql+psycopg://user:pw@127.0.0.1:5432/awards. Default: "
                   "$WEGO_AWARDS_DB, else awards.db in your user data folder.")
@click.version_option(__version__, prog_name="wego-awards")
@click.pass_context
def cli(ctx: click.Context, target: str | None) -> None:
    """Run an awards competition: applications, judges and scores in; awards, a report and
    certificates out.

    \b
    A typical edition:
      wego-awards --db awards.db init --edition "5th WeGO Awards" --year 2023
      wego-awards --db awards.db import criteria criteria.csv
      wego-awards --db awards.db import applications applications.csv
      wego-awards --db awards.db import judges judges.csv
      wego-awards --db awards.db import scores scores.csv
      wego-awards --db awards.db results
      wego-awards --db awards.db finalize
    Try it on the sample edition: wego-awards --db demo.db demo --out demo-output
    """
    ctx.obj = Ctx(target)
    ctx.call_on_close(ctx.obj.close)


# --- setting up --------------------------------------------------------------------------------


@cli.command()
@click.option("--edition", "name", required=True,
              help="The edition's name, e.g. '5th WeGO Awards'.")
@click.option("--year", required=True, type=click.IntRange(1900, 2200), help="The edition's year.")
@click.option("--no-categories", is_flag=True,
              help="Start without the six WeGO categories (import your own).")
@click.option("--organisation", default="", help="Who gives the awards (printed on certificates).")
@pass_ctx
def init(obj: Ctx, name: str, year: int, no_categories: bool, organisation: str) -> None:
    """Create an edition: the six WeGO categories (EG, ET, MO, OI, SC, SU) and the default award
    rules (one Gold, one Silver and one Special Mention per category)."""
    from wego_awards.services.edition import create_edition

    db = obj.db(create=True)
    with db.write() as session:
        settings = {"organisation": organisation} if organisation else None
        edition = create_edition(session, name, year, categories=not no_categories,
                                 settings=settings)
    from wego_awards.db.engine import display_target

    click.echo(f"created the edition '{edition.name}' ({edition.year}) in "
               f"{db.path or display_target(db.url)}")


@cli.command("import")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Only check the file and say what it would change.")
@pass_ctx
def import_(obj: Ctx, kind: str, file: Path, check: bool) -> None:
    """Import a .csv or .xlsx file of KIND (a filled judge sheet too, as scores).

    All or nothing: one bad row refuses the whole file with a message naming the row, column
    and value, and nothing changes. Rows are matched by their code, so importing the same file
    twice changes nothing the second time.
    """
    from wego_awards.services import imports

    if check:
        click.echo(f"{imports.preview(obj.db(), kind, file)} (checked only; nothing written)")
        return
    with progress_bar(f"importing {file.name}") as bar:
        report = imports.import_file(obj.db(), kind, file, progress=bar)
    click.echo(str(report))


@cli.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write, .csv or .xlsx.")
@pass_ctx
def export(obj: Ctx, kind: str, out: Path) -> None:
    """Write KIND back out in the import columns (the file imports again unchanged)."""
    from wego_awards.services.exports import export_kind

    n = export_kind(obj.db(), kind, out)
    click.echo(f"wrote {n} {kind} to {out}")


@cli.command()
@click.argument("key", required=False)
@click.argument("value", required=False)
@pass_ctx
def settings(obj: Ctx, key: str | None, value: str | None) -> None:
    """Show the edition's settings, or set KEY to VALUE.

    \b
    Settings: method (additive, mean, zscore, median, trimmed), awards (e.g.
    gold=1,silver=1,special_mention=1), min_score (a tier stays empty below it; 'none'),
    near_tie, low_confidence, shrinkage, trim, own_country_rule (yes/no: no judge scores an
    application from their own country), organisation, ceremony_date, ceremony_place
    (printed where the certificate's wording says {ceremony_place}), certificate_template
    (a template folder; a relative one is read from the database file's folder).
    """
    from wego_awards.services.decisions import set_setting, show_settings

    if key is None:
        for k, v in show_settings(obj.db()).items():
            click.echo(f"{k} = {json.dumps(v, ensure_ascii=False)}")
        return
    if value is None:
        raise click.UsageError("give the new value after the setting's name")
    set_setting(obj.db(), key, value)
    click.echo(f"{key} set")


# --- progress and results ----------------------------------------------------------------------


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of words.")
@pass_ctx
def status(obj: Ctx, as_json: bool) -> None:
    """Counts and progress: per judge and per category, what is scored and what is missing."""
    from wego_awards.services.status import format_status
    from wego_awards.services.status import status as get_status

    data = get_status(obj.db())
    if as_json:
        echo_json(data)
    else:
        click.echo(format_status(data))


@cli.command()
@click.option("--method", type=click.Choice(METHODS),
              help="How judges' scores are combined (default: the edition's, normally additive: "
                   "corrects for lenient and harsh judges).")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the results to a .xlsx or .csv file.")
@pass_ctx
def results(obj: Ctx, method: str | None, as_json: bool, out: Path | None) -> None:
    """Rankings and awards per category, with confidence and the flags the jury must look at."""
    from wego_awards.services.results import compute, format_results, write_results

    with progress_bar("computing results") as bar:
        data = compute(obj.db(), method=method, progress=bar)
    if out is not None:
        write_results(data, out)
    if as_json:
        echo_json(data)
    else:
        click.echo(format_results(data))
        if out is not None:
            click.echo(f"\nwrote {out}")


@cli.command()
@click.option("--category", required=True, help="Category code or name.")
@click.option("--award", required=True, type=click.Choice(AWARDS))
@click.option("--application", help="The application that gets the award.")
@click.option("--reason", help="Why the jury decided so (required).")
@click.option("--clear", is_flag=True, help="Remove the jury's decision for this award.")
@pass_ctx
def override(obj: Ctx, category: str, award: str, application: str | None, reason: str | None,
             clear: bool) -> None:
    """Record the jury's decision over the computed award, with its reason; the other awards
    of the category then follow the ranking among the rest."""
    from wego_awards.services.decisions import clear_override, set_override

    if clear:
        clear_override(obj.db(), category, award, reason=reason)
        click.echo(f"cleared the jury's decision on {award} in {category}")
        return
    if not application:
        raise click.UsageError("name the --application that gets the award (or use --clear)")
    set_override(obj.db(), category, award, application, reason or "")
    click.echo(f"{award} in {category} goes to {application} by the jury's decision")


@cli.command()
@pass_ctx
def finalize(obj: Ctx) -> None:
    """Lock the results: no score, application or rule changes until reopened. Refused while
    an exact tie at an award boundary has no jury decision."""
    from wego_awards.services.decisions import finalize as do_finalize

    outcome = do_finalize(obj.db())
    for w in outcome.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"finalized; results fingerprint {outcome.results_hash[:16]}")


@cli.command()
@click.option("--reason", required=True, help="Why the results are reopened (kept in the history).")
@pass_ctx
def reopen(obj: Ctx, reason: str) -> None:
    """Unlock a finalized edition, with a reason."""
    from wego_awards.services.decisions import reopen as do_reopen

    do_reopen(obj.db(), reason)
    click.echo("reopened; certificates printed before still verify, and 'wego-awards verify' "
               "tells that the results were reopened since")


# --- the ceremony's paper ----------------------------------------------------------------------


@cli.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs.")
@click.option("--template", type=click.Path(path_type=Path),
              help="A certificate template (certificate.toml, or its folder) instead of the "
                   "edition's.")
@click.option("--participation", is_flag=True,
              help="Certificates of participation for every applicant instead of the awards.")
@pass_ctx
def certificates(obj: Ctx, out: Path, template: Path | None, participation: bool) -> None:
    """PDF certificates: one file per award (A4 landscape) plus one combined file for printing.
    Before the edition is finalized they carry a large DRAFT mark."""
    from wego_awards.services.paper import write_certificates

    with progress_bar("certificates") as bar:
        done = write_certificates(obj.db(), out, template=template, participation=participation,
                                  progress=bar)
    kind = "certificates of participation" if participation else "award certificates"
    click.echo(f"wrote {len(done.files)} {kind} to {out}"
               + (f", and {done.combined.name} for printing" if done.combined else ""))
    if done.draft:
        click.echo("note: the results are not finalized, so every certificate is marked DRAFT")


@cli.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF file to write.")
@pass_ctx
def report(obj: Ctx, out: Path) -> None:
    """The results report: rankings per category, method, judge statistics, confidence."""
    from wego_awards.services.paper import write_report

    with progress_bar("report") as bar:
        path = write_report(obj.db(), out, progress=bar)
    click.echo(f"wrote {path}")


@cli.command()
@click.argument("code")
@pass_ctx
def verify(obj: Ctx, code: str) -> None:
    """Say which award a certificate's verification CODE was issued for, and whether the
    results were reopened since."""
    from wego_awards.services.paper import verify_code

    click.echo(verify_code(obj.db(), code))


@cli.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="A new folder to copy the default certificate template into.")
def template(out: Path) -> None:
    """Copy the default certificate template for editing; then use it with
    'certificates --template FOLDER' or 'settings certificate_template FOLDER'."""
    from wego_awards.services.paper import copy_template

    click.echo(f"copied the default template to {copy_template(out)}; edit it, then use "
               f"--template {out}")


@cli.group()
def server() -> None:
    """The shared PostgreSQL server: judges' own logins."""


@server.command("grant-judge")
@click.option("--judge", required=True, help="The judge's code.")
@click.option("--role", required=True, help="The database login for the judge, e.g. j_storey.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="The login's password (asked for when not given).")
@pass_ctx
def server_grant_judge(obj: Ctx, judge: str, role: str, password: str) -> None:
    """Give a judge their own login on the server: it can read and write only that judge's
    scores (row-level security). Run it connected as the database's owner."""
    from wego_awards.services.server import grant_judge

    click.echo(grant_judge(obj.db(), judge, role, password))


# --- history and safety ------------------------------------------------------------------------


@cli.group()
def audit() -> None:
    """The tamper-evident history of every import, score change and decision."""


@audit.command("verify")
@pass_ctx
def audit_verify(obj: Ctx) -> None:
    """Check that the data matches its history exactly (exit 1 and name the differences if not)."""
    from wego_awards.errors import Refused
    from wego_awards.services.audit import verify

    report = verify(obj.db())
    if not report.ok:
        raise Refused(str(report))
    click.echo(str(report))


@audit.command("log")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def audit_log(obj: Ctx, as_json: bool) -> None:
    """Show the history, oldest first."""
    from wego_awards.services import history
    from wego_awards.services.edition import get_edition

    with obj.db().read() as session:
        entries = history.log(session, get_edition(session))
    if as_json:
        echo_json([e.as_dict() for e in entries])
        return
    for e in entries:
        line = f"{e.id:>5}  {e.at}  {e.actor:<12} {e.action:<20} {e.summary}"
        if e.reason:
            line += f"  (reason: {e.reason})"
        click.echo(line)


@cli.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
def backup(obj: Ctx, out: Path) -> None:
    """A consistent copy of the edition, safe to take while it is in use."""
    from wego_awards.services.backup import backup as do_backup

    path = do_backup(obj.db(), out)
    click.echo(f"backed up to {path}")


@cli.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the results, report and certificates.")
@pass_ctx
def demo(obj: Ctx, out: Path) -> None:
    """Build the sample edition (the 4th WeGO Awards, 2020) in --db, score it with the sample
    judges, compute, finalize, and write its results into OUT."""
    from wego_awards.demo import run_demo

    with progress_bar("building the demo") as bar:
        summary = run_demo(obj.db(create=True), out, progress=bar)
    click.echo(summary)


@cli.command()
@click.option("--view", metavar="NAME",
              help="Open this view: applications, judges, scoring, progress, results, "
                   "certificates.")
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path),
              help="Wait until the edition is shown, save a PNG of the main window and exit.")
@pass_ctx
def gui(obj: Ctx, view: str | None, screenshot: Path | None) -> None:
    """Open the desktop app on --db (an edition or a judge's package)."""
    import importlib

    from wego_awards.errors import Refused

    try:
        # The desktop app and Qt itself (ui.app imports Qt only when it runs, so ask for Qt
        # here: without the gui extra the person reads how to install it, not "a bug").
        app = importlib.import_module("ui.app")  # the core never imports Qt
        importlib.import_module("PySide6.QtWidgets")
    except ImportError as exc:
        raise Refused(f"the desktop app cannot start: {exc}; install it with "
                      "pip install 'wego-awards[gui]'") from None
    code = app.run(target=obj.target, view=view, screenshot=screenshot)
    if code:
        sys.exit(code)


def _register_offline_judging() -> None:
    # assign, sheet, package and conflict live in their own module (it imports from this one).
    from wego_awards.cli_judging import register

    register(cli)


_register_offline_judging()


def main(argv: list[str] | None = None) -> None:
    """The console script: run a command, turning refusals into one clear line and exit 1."""
    try:
        cli.main(args=argv, prog_name="wego-awards", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("interrupted; nothing half-done was kept", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the one place that decides what a person sees
        sys.exit(_explain(exc))
    sys.exit(0)


def _explain(exc: BaseException) -> int:
    from wego_awards.errors import explain

    text, code = explain(exc)
    click.echo(f"wego-awards: {text}", err=True)
    return code
