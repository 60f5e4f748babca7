"""The errors a person can cause, and how they are worded.

Every refusal the core makes for a person's mistake is a :class:`Refused` (or a subclass). The
command line prints its message and exits 1; the desktop app shows it in a dialog. Anything else
that escapes is a bug in this program, not a mistake of the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one place in an input file."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    value: object = None

    def __str__(self) -> str:
        place = self.file
        if self.row is not None:
            place += f" row {self.row}"
        if self.column is not None:
            place += f", column {self.column}" if self.row is not None else f" column {self.column}"
        return f"{place}: {self.message}"


class Refused(Exception):
    """A request the rules forbid, or input that cannot be taken; nothing was changed."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems: list[Problem] = problems or []

    @property
    def message(self) -> str:
        return str(self.args[0])


class InputRefused(Refused):
    """A file refused whole because of the problems it lists (at least one)."""

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        first = str(problems[0])
        self.total = total if total is not None else len(problems)  # listed or only counted
        more = self.total - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''} in this file)"
        super().__init__(first + "; nothing was imported", problems)


class MissingGlyphs(Refused):
    """Certificates refused: some text holds characters no shipped font draws (they would
    print as empty boxes). The person may correct them, or print anyway."""


class EditionLocked(Refused):
    """The edition is finalized: results, scores and rules cannot change until it is reopened."""


def quoted(value: object) -> str:
    """A value as a message shows it: strings in quotes, empty as (empty)."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return "(empty)"
    if isinstance(value, str):
        return f"'{value}'"
    return str(value)


ERROR_LOG_NAME = "wego-awards-error.log"


def explain(exc: BaseException) -> tuple[str, int]:
    """What a person reads about ``exc``, and the exit status: the one place that words errors
    for the command line and the desktop app alike.

    A refusal is the person's own mistake or a rule: its message, status 1. A database that
    cannot be opened or a file that cannot be read is said in a line, status 1. Anything else is
    a bug in this program: the details go to a log file, the person reads one sentence and where
    the log is, status 3; never a traceback.
    """
    if isinstance(exc, Refused):
        return exc.message, 1
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        OperationalError = ()  # type: ignore[assignment,misc]  # noqa: N806
    if isinstance(exc, OperationalError):
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return f"the database cannot be used: {first}", 1
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}", 1
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / ERROR_LOG_NAME
    trace = getattr(exc, "__wego_trace__", None) or "".join(traceback.format_exception(exc))
    try:
        log.write_text(trace, encoding="utf-8")
        where = f"; the details are in {log}"
    except OSError:
        where = ""
    return (f"unexpected error ({type(exc).__name__}: {exc}); this is a bug in WeGO Awards, "
            f"not a mistake of yours, and nothing half-done was kept{where}"), 3


class PassphraseNeeded(Refused):
    """A sealed judge's package was opened without its passphrase (or with a wrong one): it can
    be neither read nor written. The app asks for the passphrase again; the command line exits."""

    def __init__(self, message: str, path: Path, wrong: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.wrong = wrong
