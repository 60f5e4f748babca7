"""The shared PostgreSQL server: ``server grant-judge``, ``server password``, ``server revoke``."""

from __future__ import annotations

import click

from wego_awards.cli.context import Ctx, pass_ctx


@click.group()
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


@server.command("password")
@click.option("--judge", required=True, help="The judge's code.")
@click.option("--password", prompt="New password", hide_input=True, confirmation_prompt=True,
              help="The new password (asked for when not given).")
@pass_ctx
def server_password(obj: Ctx, judge: str, password: str) -> None:
    """Give a judge's login a new password (forgotten, or seen by someone else). Only a
    verifier of it reaches the server; the password itself is kept nowhere."""
    from wego_awards.services.server import set_password

    click.echo(set_password(obj.db(), judge, password))


@server.command("revoke")
@click.option("--judge", required=True, help="The judge's code.")
@pass_ctx
def server_revoke(obj: Ctx, judge: str) -> None:
    """Take a judge's login away: their open sessions are ended and the role removed. Their
    scores stay in the edition."""
    from wego_awards.services.server import revoke_judge

    click.echo(revoke_judge(obj.db(), judge))


COMMANDS = (server,)
