"""Services the app's first screen does not need, imported when first used.

The window's menus reach imports, packages, sheets, exports, records and rounds, and those bring
pandas (a quarter of a second) with them. Imported lazily (the standard library's
``importlib.util.LazyLoader``), the module object exists at once and loads on its first
attribute access: opening a record form or an import runs the import then, once.

Python 3.11's lazy modules take no lock when they first load, so a module must not load on two
threads at once: :func:`warm` loads them all on the GUI thread a moment after the window is up,
before a person can have reached them (and before the database worker uses them). A module asked
for after that (by a view or dialog imported when first opened) is imported at once.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_LAZY: list[ModuleType] = []
_warmed = False  # warm() has run: a module asked for now is imported at once


def lazy(name: str) -> ModuleType:
    """The module ``name``, loaded on first use (at once if it is already loaded)."""
    if name in sys.modules:
        return sys.modules[name]
    if _warmed:
        return importlib.import_module(name)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    _LAZY.append(module)
    return module


def warm() -> None:
    """Load every lazy module now, on this (the GUI) thread."""
    global _warmed
    _warmed = True
    for module in _LAZY:
        getattr(module, "__doc__", None)  # any attribute loads it
