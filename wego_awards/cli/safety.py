"""History and safety: ``audit verify``, ``audit log`` and ``backup``."""

from __future__ import annotations

from pathlib import Path

import click

from wego_awards.cli.context import Ctx, echo_json, pass_ctx


@click.group()
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

    entries = history.entries(obj.db())
    if as_json:
        echo_json([e.as_dict() for e in entries])
        return
    for e in entries:
        line = f"{e.id:>5}  {e.at}  {e.actor:<12} {e.action:<20} {e.summary}"
        if e.reason:
            line += f"  (reason: {e.reason})"
        click.echo(line)


@click.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
def backup(obj: Ctx, out: Path) -> None:
    """A consistent copy of the edition, safe to take while it is in use."""
    from wego_awards.services.backup import backup as do_backup

    path = do_backup(obj.db(), out)
    click.echo(f"backed up to {path}")


COMMANDS = (audit, backup)
