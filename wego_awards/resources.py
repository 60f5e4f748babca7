"""Where the shipped resources (fonts, templates, the demo edition) are.

In a source checkout they are the top-level ``resources/`` folder; an installed wheel carries them
as the ``wego_awards_resources`` package; a PyInstaller bundle unpacks them beside the program.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parents[1] / "resources"
    if checkout.is_dir():
        return checkout
    return installed_root()


def installed_root() -> Path:
    """The resources of an installed wheel (or an editable install)."""
    # The resources folder is installed as a package without an __init__ (a namespace
    # package), for which importlib.resources answers a MultiplexedPath whose str() is no path:
    # the folder is where the import system found the package.
    import importlib.util

    spec = importlib.util.find_spec("wego_awards_resources")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the program's resources (fonts, templates) are not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_root().joinpath(*parts)
