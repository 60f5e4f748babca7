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
    from importlib.resources import files

    return Path(str(files("wego_awards_resources")))


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_root().joinpath(*parts)
