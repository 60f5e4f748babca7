"""Files in and out: ``import`` and ``export``."""

from __future__ import annotations

from pathlib import Path

import click

from wego_awards.cli.context import KINDS, Ctx, pass_ctx, progress_bar


@click.command("import")
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
        report = imports.preview(obj.db(), kind, file)
        click.echo(f"{report} (checked only; nothing written)")
    else:
        with progress_bar(f"importing {file.name}") as bar:
            report = imports.import_file(obj.db(), kind, file, progress=bar)
        click.echo(str(report))
    for note in report.notes:  # e.g. a name no shipped font draws: named, never dropped
        click.echo(f"wego-awards: {note}", err=True)


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write, .csv or .xlsx.")
@pass_ctx
def export(obj: Ctx, kind: str, out: Path) -> None:
    """Write KIND back out in the import columns (the file imports again unchanged)."""
    from wego_awards.services.exports import export_kind

    n = export_kind(obj.db(), kind, out)
    click.echo(f"wrote {n} {kind} to {out}")


COMMANDS = (import_, export)
