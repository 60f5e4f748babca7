"""What ``make run`` starts: the desktop app when there is a display and the app is installed,
otherwise the demo pipeline, saying where its results are."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make run")
    parser.add_argument("--out", default="demo-output", type=Path)
    args = parser.parse_args(argv)
    from wego_awards.cli import main as cli_main

    db = str(args.out / "demo.db")
    args.out.mkdir(parents=True, exist_ok=True)
    gui = has_display() and _gui_available()
    if not gui:
        print("No display here: running the demo pipeline instead of the desktop app.\n")
    try:
        cli_main(["--db", db, "demo", "--out", str(args.out)])
    except SystemExit as done:
        if done.code not in (0, None) or not gui:
            return int(done.code or 0)
    cli_main(["--db", db, "gui"])  # exits with the app's own status
    return 0


def _gui_available() -> bool:
    # Looked up, not imported: the core never imports Qt, and this only asks whether it is there.
    from importlib.util import find_spec

    return find_spec("PySide6") is not None and find_spec("ui") is not None


if __name__ == "__main__":
    sys.exit(main())
