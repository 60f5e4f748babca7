"""Errors in words: what a person reads when something is refused or goes wrong.

A refusal (``wego_awards.errors.Refused``) is shown with its own message. Anything else is a bug
in this program: the person reads one sentence and where the details were written, never a
traceback.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.worker import Cancelled
from wego_awards.errors import ERROR_LOG_NAME, explain

LOG = Path(tempfile.gettempdir()) / ERROR_LOG_NAME


def describe(exc: BaseException) -> str:
    """One or two sentences about ``exc`` for a person (the words are the core's, shared with
    the command line; a bug's details are logged there)."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Messages", "Cancelled; nothing was changed.")
    text, _code = explain(exc)
    return text


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A message box with the error in words."""
    title = title or QCoreApplication.translate("Messages", "Not done")
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
