"""Services the app's first screen does not need, imported when first used.

The window's menus reach imports, packages, sheets, exports, records and rounds, and those bring
pandas (a quarter of a second) with them. Imported lazily (the standard library's
``importlib.util.LazyLoader``), the module object exists at once and loads on its first
attribute access: opening a record form or an import runs the import then, once.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """The module ``name``, loaded on first use (at once if it is already loaded)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
