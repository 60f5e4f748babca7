"""Setting up an edition: ``init``, ``settings``, ``demo`` and the desktop app (``gui``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from wego_awards.cli.context import Ctx, pass_ctx, progress_bar


@click.command()
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
    settings = {"organisation": organisation} if organisation else None
    edition = create_edition(db, name, year, categories=not no_categories, settings=settings)
    from wego_awards.db.engine import display_target

    click.echo(f"created the edition '{edition.name}' ({edition.year}) in "
               f"{db.path or display_target(db.url)}")


@click.command()
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
        for k, v in show_settings(obj.db()).to_json().items():
            click.echo(f"{k} = {json.dumps(v, ensure_ascii=False)}")
        return
    if value is None:
        raise click.UsageError("give the new value after the setting's name")
    set_setting(obj.db(), key, value)
    click.echo(f"{key} set")


@click.command()
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


@click.command()
@click.option("--view", metavar="NAME",
              help="Open this view: applications, judges, scoring, progress, results, "
                   "certificates.")
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path),
              help="Wait until the edition is shown, save a PNG of the main window and exit.")
@click.option("--lang", metavar="CODE",
              help="The app's language: en, ko, es, fr, ru, zh or ar (default: the one chosen "
                   "in the app, else the system's).")
@pass_ctx
def gui(obj: Ctx, view: str | None, screenshot: Path | None, lang: str | None) -> None:
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
    code = app.run(target=obj.target, view=view, screenshot=screenshot, lang=lang)
    if code:
        sys.exit(code)


COMMANDS = (init, settings, demo, gui)
