"""Progress and results: ``status``, ``results``, the jury's ``override``, ``finalize`` and
``reopen``."""

from __future__ import annotations

from pathlib import Path

import click

from wego_awards.cli.context import AWARDS, METHODS, Ctx, echo_json, pass_ctx, progress_bar


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of words.")
@pass_ctx
def status(obj: Ctx, as_json: bool) -> None:
    """Counts and progress: per judge and per category, what is scored and what is missing."""
    from wego_awards.db import quick
    from wego_awards.statusdata import figures, format_status

    # A plain SQLite file at the newest schema is read without SQLAlchemy (a third of a second
    # on a large edition instead of twice that); anything else through the store.
    rows = quick.status_rows(obj.target)
    if rows is None:
        from wego_awards.services.status import status_rows

        rows = status_rows(obj.db())
    data = figures(rows)
    if as_json:
        echo_json(data)
    else:
        click.echo(format_status(data))


@click.command()
@click.option("--method", type=click.Choice(METHODS),
              help="How judges' scores are combined (default: the edition's, normally additive: "
                   "corrects for lenient and harsh judges).")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the results to a .xlsx or .csv file.")
@click.option("--round", "round_code",
              help="The results of this round (default: the open round); the awards come from "
                   "the last round.")
@pass_ctx
def results(obj: Ctx, method: str | None, as_json: bool, out: Path | None,
            round_code: str | None) -> None:
    """Rankings and awards per category, with confidence and the flags the jury must look at."""
    from wego_awards.services.results import compute, format_results, write_results
    from wego_awards.services.rounds import is_qualifying, qualifying_results

    if is_qualifying(obj.db(), round_code):  # screeners' votes, not scores
        votes = qualifying_results(obj.db(), round_code)
        if out is not None:
            from wego_awards.errors import Refused

            raise Refused("a qualifying round's votes are shown, not written to a workbook")
        if as_json:
            echo_json(votes.to_json())
        else:
            click.echo(str(votes))
        return
    with progress_bar("computing results") as bar:
        data = compute(obj.db(), method=method, progress=bar, round_code=round_code)
    if out is not None:
        write_results(data, out)
    if as_json:
        echo_json(data.to_json())
    else:
        click.echo(format_results(data))
        if out is not None:
            click.echo(f"\nwrote {out}")


@click.command()
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


@click.command()
@pass_ctx
def finalize(obj: Ctx) -> None:
    """Lock the results: no score, application or rule changes until reopened. Refused while
    an exact tie at an award boundary has no jury decision."""
    from wego_awards.services.decisions import finalize as do_finalize

    outcome = do_finalize(obj.db())
    for w in outcome.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"finalized; results fingerprint {outcome.results_hash[:16]}")


@click.command()
@click.option("--reason", required=True, help="Why the results are reopened (kept in the history).")
@pass_ctx
def reopen(obj: Ctx, reason: str) -> None:
    """Unlock a finalized edition, with a reason."""
    from wego_awards.services.decisions import reopen as do_reopen

    do_reopen(obj.db(), reason)
    click.echo("reopened; certificates printed before still verify, and 'wego-awards verify' "
               "tells that the results were reopened since")


COMMANDS = (status, results, override, finalize, reopen)
