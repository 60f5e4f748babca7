"""Services the app's first screen does not need, imported when first used.

The window's menus reach imports, packages, sheets, exports, records and rounds, and those bring
pandas (a quarter of a second) with them. :func:`lazy` gives a stand-in for such a module: a
small module object of its own (never put in ``sys.modules``) whose first attribute looked up
imports the real module with :func:`importlib.import_module` and hands on the attribute.

That import is the ordinary one, under the import system's per-module lock: two threads that
reach a module at once (a menu on the GUI thread and a task on the database worker) both wait
for the one import and both get the whole module, never a half-loaded one (the standard
library's ``LazyLoader`` takes no lock in Python 3.11, so it is not used). :func:`warm` imports
them all on the GUI thread a moment after an edition is shown, only so that the first menu
chosen does not wait for pandas.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

_LAZY: list[_LazyModule] = []
_lock = threading.Lock()  # guards _LAZY only; the imports take the import system's own locks


class _LazyModule(ModuleType):
    """Stands for the module of the same name until that is first used, then hands it on."""

    _real: ModuleType | None = None

    def _load(self) -> ModuleType:
        real = self._real
        if real is None:
            real = importlib.import_module(self.__name__)  # locked: one import, whole module
            self._real = real
        return real

    def __getattr__(self, attr: str) -> Any:  # only for names the stand-in does not have
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)  # copy, pickle and the like probing: not a use
        return getattr(self._load(), attr)

    def __dir__(self) -> list[str]:
        return dir(self._load())

    def __repr__(self) -> str:
        state = "loaded" if self._real is not None else "not loaded yet"
        return f"<lazy module {self.__name__!r} ({state})>"


def lazy(name: str) -> ModuleType:
    """The module ``name`` (at once if it is already imported, else a stand-in that imports it
    when first used, on whichever thread uses it first)."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    if importlib.util.find_spec(name) is None:
        raise ImportError(name)
    stand_in = _LazyModule(name)
    with _lock:
        _LAZY.append(stand_in)
    return stand_in


def warm() -> None:
    """Import every module asked for lazily now, on this (the GUI) thread: an optimisation, so
    that a person's first menu choice does not wait for the import."""
    with _lock:
        waiting = [m for m in _LAZY if m._real is None]
    for module in waiting:
        module._load()
