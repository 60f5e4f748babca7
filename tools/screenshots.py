"""Make the README's screenshots of every view, from the demo edition.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py [OUT_DIR]

The secretariat's views show the demo finalized; the judge's views (scoring, progress) show a
copy still being scored, with a few of judge J1's applications left to do.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FINAL_VIEWS = ("applications", "judges", "results", "certificates")
OPEN_VIEWS = ("scoring", "progress")


def main() -> None:
    from wego_awards.demo import build_demo, run_demo
    from wego_awards.services import judging
    from wego_awards.services.edition import open_database

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="wego-shots-"))
    final, scoring = work / "demo.db", work / "scoring.db"
    with open_database(final, create=True) as db:
        run_demo(db, work / "out")
    with open_database(scoring, create=True) as db:
        build_demo(db)
        for app in ("SU-05", "SU-07", "SU-08"):  # J1 has three applications left to score
            for crit in ("INNO", "IMPACT", "SUST", "INCL", "TRANS"):
                judging.save_score(db, "J1", app, crit, None)
    exe = Path(sys.executable).with_name("wego-awards")
    for views, db in ((FINAL_VIEWS, final), (OPEN_VIEWS, scoring)):
        for view in views:
            png = out / f"{view}.png"
            subprocess.run([str(exe), "--db", str(db), "gui", "--view", view, "--screenshot",
                            str(png)], check=True)
            print(png)


if __name__ == "__main__":
    main()
