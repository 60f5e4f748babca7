"""Judging rounds: ``round add``, ``round list``, ``round advance``, ``round promote`` and
``round demote``; and ``feedback``, the applicants' letters."""

from __future__ import annotations

from pathlib import Path

import click

from wego_awards.cli.context import Ctx, echo_json, pass_ctx, progress_bar


@click.group("round")
def round_() -> None:
    """Judging in rounds: a qualifying round, a shortlist, a final with its own criteria."""


@round_.command("add")
@click.argument("code")
@click.option("--name", required=True, help="The round's name, e.g. 'Shortlist' or 'Final'.")
@click.option("--kind", type=click.Choice(["scoring", "qualifying"]), default="scoring",
              show_default=True,
              help="qualifying: screeners say pass or fail, with no criteria.")
@click.option("--criteria", type=click.Path(dir_okay=False, path_type=Path),
              help="A criteria file (.csv or .xlsx) of the round's own; without it the round "
                   "takes the previous round's criteria when it opens.")
@pass_ctx
def round_add(obj: Ctx, code: str, name: str, kind: str, criteria: Path | None) -> None:
    """Append a round after the last one (it opens when the open round advances into it)."""
    from wego_awards.services.rounds import add_round

    info = add_round(obj.db(), code, name, kind=kind, criteria=criteria)
    crits = (", ".join(info.criteria) if info.criteria
             else "the previous round's, copied when it opens")
    click.echo(f"added round {info.code} ({info.name}, {info.kind}) as round {info.position}; "
               f"criteria: {crits}")


@round_.command("edit")
@click.argument("code")
@click.option("--name", help="A new name for the round.")
@click.option("--kind", type=click.Choice(["scoring", "qualifying"]),
              help="Its kind (only while nothing is scored in it).")
@pass_ctx
def round_edit(obj: Ctx, code: str, name: str | None, kind: str | None) -> None:
    """Rename a round, or change its kind while nothing is scored in it: a competition that
    starts with screeners makes R1 qualifying (round edit R1 --kind qualifying)."""
    from wego_awards.services.rounds import edit_round

    info = edit_round(obj.db(), code, name=name, kind=kind)
    click.echo(f"round {info.code}: {info.name}, {info.kind}; criteria: "
               f"{', '.join(info.criteria) or 'none yet'}")


@round_.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def round_list(obj: Ctx, as_json: bool) -> None:
    """The rounds, their kind, criteria and applications, and which is open."""
    from wego_awards.services.rounds import format_rounds, list_rounds

    rounds = list_rounds(obj.db())
    if as_json:
        echo_json([r.to_json() for r in rounds])
    else:
        click.echo(format_rounds(rounds))


@round_.command("advance")
@click.option("--to", "to", required=True, help="The next round's code.")
@click.option("--top", type=int, help="The top N of each category go on.")
@click.option("--min-score", type=float, help="Those with at least this score go on.")
@click.option("--passed", is_flag=True,
              help="From a qualifying round: those a majority of screeners passed go on.")
@click.option("--min-share", type=float,
              help="With --passed: the share of screeners who must pass it (0.5 = half).")
@click.option("--dry-run", is_flag=True, help="Show the cut and what would go on; move nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the cut as JSON.")
@pass_ctx
def round_advance(obj: Ctx, to: str, top: int | None, min_score: float | None, passed: bool,
                  min_share: float | None, dry_run: bool, as_json: bool) -> None:
    """Take, per category, the applications that go on from the open round's results into the
    next round, which becomes the open round. A tie at the cut is refused until the jury
    decides (round promote / round demote)."""
    from wego_awards.services.rounds import advance, plan_advance

    run = plan_advance if dry_run else advance
    plan = run(obj.db(), to, top=top, min_score=min_score, passed=passed, min_share=min_share)
    if as_json:
        echo_json(plan.to_json())
    else:
        click.echo(str(plan))


def _decide(obj: Ctx, application: str, reason: str, decision: str) -> None:
    from wego_awards.services.rounds import decide

    click.echo(decide(obj.db(), application, decision, reason))


@round_.command("promote")
@click.option("--application", required=True, help="The application's code.")
@click.option("--reason", required=True, help="Why the jury takes it on.")
@pass_ctx
def round_promote(obj: Ctx, application: str, reason: str) -> None:
    """The jury takes an application on at the open round's cut, whatever its place."""
    _decide(obj, application, reason, "promote")


@round_.command("demote")
@click.option("--application", required=True, help="The application's code.")
@click.option("--reason", required=True, help="Why the jury leaves it out.")
@pass_ctx
def round_demote(obj: Ctx, application: str, reason: str) -> None:
    """The jury leaves an application out at the open round's cut, whatever its place."""
    _decide(obj, application, reason, "demote")


@click.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the letters (one PDF per application).")
@click.option("--application", help="Only this application's letter.")
@click.option("--no-numbers", is_flag=True,
              help="Leave the figures and charts out: the criteria and the comments only.")
@click.option("--allow-missing-glyphs", is_flag=True,
              help="Write even when a name holds characters no shipped font draws.")
@pass_ctx
def feedback(obj: Ctx, out: Path, application: str | None, no_numbers: bool,
             allow_missing_glyphs: bool) -> None:
    """Feedback letters for every applicant, winner or not: how far it went, each criterion's
    average beside the category's spread, and the judges' comments without their names."""
    from wego_awards.services.feedback import write_letters

    with progress_bar("feedback letters") as bar:
        done = write_letters(obj.db(), out, application=application, numbers=not no_numbers,
                             progress=bar, allow_missing_glyphs=allow_missing_glyphs)
    click.echo(f"wrote {len(done)} feedback letter{'s' if len(done) != 1 else ''} to {out}")


COMMANDS = (round_, feedback)
