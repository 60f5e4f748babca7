"""The edition's settings dialog (placeholder until the dialog lands)."""

from __future__ import annotations

from typing import Any


def edit_settings(window: Any) -> None:
    """Open the settings dialog on ``window``'s edition."""
    raise NotImplementedError
