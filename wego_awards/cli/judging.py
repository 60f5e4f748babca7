"""Offline judging: ``assign``, ``sheet``, ``package`` and ``conflict``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wego_awards.cli.context import Ctx, echo_json, pass_ctx, progress_bar


@click.command()
@click.option("--per-application", "per_application", required=True, type=click.IntRange(1),
              metavar="K", help="How many judges each application gets.")
@click.option("--seed", default=0, show_default=True, type=int,
              help="The same seed gives the same assignment.")
@click.option("--max-load", type=click.IntRange(1), metavar="N",
              help="No judge gets more than N applications in all.")
@click.option("--preferences", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Category preferences, .csv or .xlsx: a judge column (judge or code) and "
                   "categories (codes or names separated by ';'). The judges file serves if it "
                   "has a categories column.")
@pass_ctx
def assign(obj: Ctx, per_application: int, seed: int, max_load: int | None,
           preferences: Path | None) -> None:
    """Assign K judges to every application: never a conflicted judge, loads as even as the
    conflicts allow (within one where possible), preferred categories where balance allows.

    Existing assignments are kept, so a rerun only fills what is missing (new applications, a
    larger K). A request that cannot be met is refused with the applications it fails on, and
    nothing is assigned.
    """
    from wego_awards.services.assignment import assign as do_assign
    from wego_awards.services.assignment import read_preferences

    prefs = read_preferences(preferences) if preferences else None
    with progress_bar("assigning") as bar:
        report = do_assign(obj.db(), per_application, seed=seed, max_load=max_load,
                           preferences=prefs, progress=bar)
    click.echo(str(report))


@click.group()
def sheet() -> None:
    """Judges' Excel sheets for offline scoring (import them back with 'import scores')."""


@sheet.command("export")
@click.option("--judge", help="The judge's code.")
@click.option("--all", "all_judges", is_flag=True, help="Every judge: --out is then a folder.")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="The .xlsx file to write (a folder with --all).")
@pass_ctx
def sheet_export(obj: Ctx, judge: str | None, all_judges: bool, out: Path) -> None:
    """Write a judge's scoring sheet: the edition and judge above the table, the criteria
    with weights, ranges and rubric, one row per application to score, scores so far filled in.
    """
    from wego_awards.services.sheets import export_sheet, export_sheets

    if all_judges == bool(judge):
        raise click.UsageError("give either --judge CODE or --all")
    if all_judges:
        with progress_bar("writing sheets") as bar:
            done = export_sheets(obj.db(), out, progress=bar)
        click.echo(f"wrote {len(done)} sheets into {out}")
        return
    click.echo(str(export_sheet(obj.db(), judge or "", out)))


@click.group()
def package() -> None:
    """Judges' offline packages: an edition file for one judge, scored in the app, sent back."""


@package.command("export")
@click.option("--judge", help="The judge's code.")
@click.option("--all", "all_judges", is_flag=True, help="Every judge: --out is then a folder.")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="The package file to write (a folder with --all).")
@click.option("--passphrase", help="Seal the package with this passphrase (at least 12 "
              "characters); without it one of five plain words is made and printed once.")
@pass_ctx
def package_export(obj: Ctx, judge: str | None, all_judges: bool, out: Path,
                   passphrase: str | None) -> None:
    """Write a judge's package: their applications (with attachments, never a conflicted one),
    the criteria and rubric, their scores so far, and nothing about other judges, sealed with a
    passphrase (encrypted; without it the file can be neither read nor changed). The judge opens
    it with 'wego-awards --db FILE gui' and gives the passphrase; the secretariat's 'package
    import' needs none. Exporting a judge's package again supersedes the earlier one."""
    from wego_awards.services.packages import PASSPHRASE_SHEET, export_package, export_packages

    if all_judges == bool(judge):
        raise click.UsageError("give either --judge CODE or --all")
    if all_judges:
        if passphrase:
            raise click.UsageError("--passphrase is for one judge's package; with --all each "
                                   "judge gets a passphrase of their own")
        with progress_bar("writing packages") as bar:
            done = export_packages(obj.db(), out, progress=bar)
        click.echo(f"wrote {len(done)} sealed packages into {out}, and their passphrases in "
                   f"{out / PASSPHRASE_SHEET}: hand each judge their own line, apart from the "
                   "file (the passphrases are kept nowhere else; delete the sheet once handed "
                   "out)")
        return
    click.echo(str(export_package(obj.db(), judge or "", out, passphrase)))


@package.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
def package_import(obj: Ctx, files: tuple[Path, ...]) -> None:
    """Verify returned packages (that judge's, this edition's, unaltered) and merge their
    scores. Each file is all or nothing; the same file twice changes nothing the second time."""
    from wego_awards.errors import Refused
    from wego_awards.services.packages import import_package

    refused = 0
    for path in files:
        try:
            with progress_bar(f"merging {path.name}") as bar:
                report = import_package(obj.db(), path, progress=bar)
        except Refused as exc:
            if len(files) == 1:
                raise
            refused += 1
            click.echo(f"wego-awards: {exc.message}", err=True)
            continue
        click.echo(str(report))
    if refused:
        click.echo(f"{refused} of {len(files)} packages refused (nothing taken from them)",
                   err=True)
        sys.exit(1)


@click.group()
def conflict() -> None:
    """Conflicts of interest: a judge never sees, scores or is assigned such an application."""


@conflict.command("add")
@click.option("--judge", required=True, help="The judge's code.")
@click.option("--application", required=True, help="The application's code.")
@click.option("--reason", help="Why (kept in the history).")
@pass_ctx
def conflict_add(obj: Ctx, judge: str, application: str, reason: str | None) -> None:
    """Declare a conflict. The pair's assignment is removed and its scores cleared (the history
    keeps them). In a judge's package, the judge declares their own."""
    from wego_awards.services.conflicts import add_conflict

    click.echo(str(add_conflict(obj.db(), judge, application, reason=reason)))


@conflict.command("remove")
@click.option("--judge", required=True, help="The judge's code.")
@click.option("--application", required=True, help="The application's code.")
@click.option("--reason", help="Why (kept in the history).")
@pass_ctx
def conflict_remove(obj: Ctx, judge: str, application: str, reason: str | None) -> None:
    """Withdraw a declared conflict (the pair is not assigned again by this)."""
    from wego_awards.services.conflicts import remove_conflict

    remove_conflict(obj.db(), judge, application, reason=reason)
    click.echo(f"judge {judge} no longer has a conflict with {application}")


@conflict.command("list")
@click.option("--judge", help="Only this judge's conflicts.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def conflict_list(obj: Ctx, judge: str | None, as_json: bool) -> None:
    """Every conflicted pair and who declared it (secretariat, judge, or the own-country rule)."""
    from wego_awards.services.conflicts import list_conflicts

    rows = list_conflicts(obj.db(), judge)
    if as_json:
        echo_json([r.to_json() for r in rows])
        return
    if not rows:
        click.echo("no conflicts")
        return
    click.echo(f"{'judge':<10} {'application':<14} source")
    for r in rows:
        click.echo(f"{r.judge:<10} {r.application:<14} {r.source}")


COMMANDS = (assign, sheet, package, conflict)
