"""What every command of the command line shares: the chosen database, opened on first use,
the progress bar, JSON output and the choices several commands offer.

Only click and the standard library are imported here, so ``--help`` answers at once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from wego_awards.progress import Progress

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
def progress_bar(label: str) -> Iterator[Progress | None]:
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
    """JSON to stdout as UTF-8 bytes, the same bytes for the same data: orjson writes what
    ``json.dumps(data, ensure_ascii=False, indent=2)`` writes (a test holds them equal) in a
    hundredth of the time (20,000 ranked applications: 0.9 s with the json module)."""
    import orjson

    try:
        raw = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (orjson.JSONEncodeError, TypeError):  # what orjson does not take: the json module
        raw = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")
    sys.stdout.buffer.write(raw + b"\n")
    sys.stdout.flush()
