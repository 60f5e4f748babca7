"""What a command loads: the reading commands start without pandas, and once the results are
kept for the data, without scipy (the engine) either. Each is a second of the large edition's
commands (issue 14), and each came back before by one careless import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The command run in this interpreter, then the heavy modules it loaded, as JSON on stderr.
PROBE = r"""
import json, sys
from wego_awards.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = [m for m in ("pandas", "scipy", "PySide6", "openpyxl") if m in sys.modules]
print(json.dumps({"code": code, "loaded": heavy}), file=sys.stderr)
"""


def loaded(db: Path, *args: str, cache: Path) -> list[str]:
    env = {**os.environ, "WEGO_AWARDS_CACHE": str(cache), "WEGO_AWARDS_USER": "secretariat"}
    proc = subprocess.run([sys.executable, "-c", PROBE, "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None), proc.stderr
    return report["loaded"]


@pytest.mark.parametrize("args", [
    ("status", "--json"),
    ("export", "scores", "--out", "{tmp}/scores.csv"),
    ("results", "--json"),
    ("report", "--out", "{tmp}/report.pdf"),
    ("certificates", "--out", "{tmp}/certificates"),
    ("round", "advance", "--to", "R2", "--top", "3", "--dry-run"),
], ids=lambda a: a[0] if a[0] != "round" else "round advance")
def test_a_reading_command_loads_no_pandas_and_with_its_results_kept_no_scipy(
        demo_path, tmp_path, args):
    cache = tmp_path / "cache"
    if args[0] == "round":
        subprocess.run([sys.executable, "-m", "wego_awards", "--db", str(demo_path), "round",
                        "add", "R2", "--name", "Final"], check=True, capture_output=True,
                       env={**os.environ, "WEGO_AWARDS_USER": "secretariat"})
    argv = [a.format(tmp=tmp_path) for a in args]
    if args[0] not in ("status", "export"):
        assert "pandas" not in loaded(demo_path, *argv, cache=cache)  # the first: computed
    assert loaded(demo_path, *argv, cache=cache) == []  # then: kept


def test_the_panels_chart_needs_no_scipy(demo_path):
    """The chart of a judge's totals beside the panel's is weighted totals (numpy): choosing a
    judge in the app does not wait for the engine and scipy to load (0.28 s)."""
    probe = ("import json, sys\nfrom wego_awards.services import browse\n"
             "from wego_awards.services.edition import open_database\n"
             "with open_database(sys.argv[1]) as db:\n"
             "    d = browse.score_distributions(db, 'J1')\n"
             "print(json.dumps([len(d.panel), 'scipy' in sys.modules]))\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(demo_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    n, scipy_loaded = json.loads(proc.stdout)
    assert n > 0 and not scipy_loaded
