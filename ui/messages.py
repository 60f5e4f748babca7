"""Errors in words: what a person reads when something is refused or goes wrong.

A refusal (``wego_awards.errors.Refused``) is shown with its own message. Anything else is a bug
in this program: the person reads one sentence and where the details were written, never a
traceback.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.worker import Cancelled
from wego_awards.errors import Refused

LOG = Path(tempfile.gettempdir()) / "wego-awards-error.log"


def describe(exc: BaseException) -> str:
    """One or two sentences about ``exc`` for a person (and the details logged for a bug)."""
    if isinstance(exc, Refused):
        return exc.message
    if isinstance(exc, Cancelled):
        return "Cancelled; nothing was changed."
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover
        OperationalError = ()  # type: ignore[assignment]  # noqa: N806
    if isinstance(exc, OperationalError):
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return f"The database cannot be used: {first}"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}"
    trace = getattr(exc, "__wego_trace__", None) or f"{type(exc).__name__}: {exc}"
    try:
        LOG.write_text(trace, encoding="utf-8")
        where = f" The details were written to {LOG}."
    except OSError:
        where = ""
    return (f"Something went wrong inside WeGO Awards ({type(exc).__name__}). This is a bug in "
            f"the program, not a mistake of yours; nothing half-done was kept.{where}")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Not done") -> None:
    """A message box with the error in words."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(_plain())
    box.exec()


def _plain():  # noqa: ANN202 - Qt enum
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText


def esc(text: str) -> str:
    """Text made safe to put in a rich-text label (quotes stay as they are)."""
    return html.escape(text, quote=False)
