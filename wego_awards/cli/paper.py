"""The ceremony's paper: ``certificates``, ``report``, ``verify`` and ``template``."""

from __future__ import annotations

from pathlib import Path

import click

from wego_awards.cli.context import Ctx, pass_ctx, progress_bar


@click.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs.")
@click.option("--template", type=click.Path(path_type=Path),
              help="A certificate template (certificate.toml, or its folder) instead of the "
                   "edition's.")
@click.option("--participation", is_flag=True,
              help="Certificates of participation for every applicant instead of the awards.")
@click.option("--allow-missing-glyphs", is_flag=True,
              help="Print even when a name holds characters no shipped font draws (they print "
                   "as empty boxes); without it such certificates are refused, named.")
@pass_ctx
def certificates(obj: Ctx, out: Path, template: Path | None, participation: bool,
                 allow_missing_glyphs: bool) -> None:
    """PDF certificates: one file per award (A4 landscape) plus one combined file for printing.
    Before the edition is finalized they carry a large DRAFT mark."""
    from wego_awards.services.paper import write_certificates

    with progress_bar("certificates") as bar:
        done = write_certificates(obj.db(), out, template=template, participation=participation,
                                  progress=bar, allow_missing_glyphs=allow_missing_glyphs)
    kind = "certificates of participation" if participation else "award certificates"
    click.echo(f"wrote {len(done.files)} {kind} to {out}"
               + (f", and {done.combined.name} for printing" if done.combined else ""))
    if done.draft:
        click.echo("note: the results are not finalized, so every certificate is marked DRAFT")


@click.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF file to write.")
@pass_ctx
def report(obj: Ctx, out: Path) -> None:
    """The results report: rankings per category, method, judge statistics, confidence."""
    from wego_awards.services.paper import write_report

    with progress_bar("report") as bar:
        path = write_report(obj.db(), out, progress=bar)
    click.echo(f"wrote {path}")


@click.command()
@click.argument("code")
@pass_ctx
def verify(obj: Ctx, code: str) -> None:
    """Say which award a certificate's verification CODE was issued for, and whether the
    results were reopened since."""
    from wego_awards.services.paper import verify_code

    click.echo(verify_code(obj.db(), code))


@click.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="A new folder to copy the default certificate template into.")
def template(out: Path) -> None:
    """Copy the default certificate template for editing; then use it with
    'certificates --template FOLDER' or 'settings certificate_template FOLDER'."""
    from wego_awards.services.paper import copy_template

    click.echo(f"copied the default template to {copy_template(out)}; edit it, then use "
               f"--template {out}")


COMMANDS = (certificates, report, verify, template)
