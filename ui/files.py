"""File dialogs that remember where the person last looked, per purpose.

Every open, save and folder dialog of the app goes through here: the folder a person chose for
"imports" is where the next import dialog opens, whatever view asked. The folders are kept in
the app's settings under ``folders/<purpose>``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def _settings(parent: QWidget | None) -> QSettings:
    window = parent.window() if parent is not None else None
    found = getattr(window, "settings", None)
    return found if isinstance(found, QSettings) else QSettings()


def last_folder(parent: QWidget | None, purpose: str, fallback: str | Path | None = None) -> str:
    """The folder last used for ``purpose`` (else ``fallback``, else the home folder)."""
    value = _settings(parent).value(f"folders/{purpose}")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    if fallback is not None and Path(fallback).is_dir():
        return str(fallback)
    return str(Path.home())


def remember_folder(parent: QWidget | None, purpose: str, path: str | Path) -> None:
    """Remember ``path``'s folder (or ``path`` itself if it is a folder) for ``purpose``."""
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    _settings(parent).setValue(f"folders/{purpose}", str(folder))


def open_file(parent: QWidget | None, purpose: str, title: str, filters: str,
              fallback: str | Path | None = None) -> str:
    """Ask for an existing file; "" when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(parent, purpose, fallback),
                                          filters)
    if name:
        remember_folder(parent, purpose, name)
    return name


def save_file(parent: QWidget | None, purpose: str, title: str, suggested: str, filters: str,
              fallback: str | Path | None = None, suffixes: tuple[str, ...] = ()) -> str:
    """Ask where to save ``suggested`` (a file name); "" when cancelled. Without one of
    ``suffixes`` the first is added."""
    start = str(Path(last_folder(parent, purpose, fallback)) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return ""
    if suffixes and Path(name).suffix.lower() not in suffixes:
        name += suffixes[0]
    remember_folder(parent, purpose, name)
    return name


def choose_folder(parent: QWidget | None, purpose: str, title: str,
                  fallback: str | Path | None = None) -> str:
    """Ask for a folder; "" when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title,
                                              last_folder(parent, purpose, fallback))
    if folder:
        remember_folder(parent, purpose, folder)
    return folder
