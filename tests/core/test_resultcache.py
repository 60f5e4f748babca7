"""The results computed once per data state: kept under the data's fingerprint, reused by
results, finalize and the report, given anew when anything they read changes, and the same
bytes either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "WEGO_AWARDS_USER": "secretariat", "PYTHONIOENCODING": "utf-8"}


def run(db: Path, *args: str, cache: Path | None = None) -> str:
    env = dict(ENV, WEGO_AWARDS_CACHE=str(cache) if cache is not None else "off")
    proc = subprocess.run([sys.executable, "-m", "wego_awards", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    return proc.stdout


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json.z")) if folder.exists() else []


def test_a_result_read_back_is_the_result_written(demo_db):
    from wego_awards.resultdata import Results
    from wego_awards.services.results import compute

    data = compute(demo_db)
    back = Results.from_json(json.loads(json.dumps(data.to_json())))
    assert back == data
    assert back.to_json() == data.to_json()
    assert back.categories[0].awards[0].override is None


def test_computed_once_per_data_state_and_the_same_bytes(demo_path, tmp_path):
    cache = tmp_path / "cache"
    fresh = run(demo_path, "results", "--json")  # the cache off: computed
    first = run(demo_path, "results", "--json", cache=cache)
    assert len(entries(cache)) == 1
    again = run(demo_path, "results", "--json", cache=cache)
    assert fresh == first == again
    assert len(entries(cache)) == 1

    # The report and finalize read the same data: they reuse the entry, adding none.
    run(demo_path, "report", "--out", str(tmp_path / "report.pdf"), cache=cache)
    out = run(demo_path, "finalize", cache=cache)
    assert "results fingerprint" in out
    assert len(entries(cache)) == 1
    final = json.loads(run(demo_path, "results", "--json", cache=cache))
    assert final["finalized"] is True  # worded with the edition as it is now
    assert {k: v for k, v in final.items() if k != "finalized"} == \
        {k: v for k, v in json.loads(first).items() if k != "finalized"}
    run(demo_path, "reopen", "--reason", "one score to correct", cache=cache)

    # One score changed: another data state, computed anew, and as if there were no cache.
    scores = tmp_path / "one.csv"
    scores.write_text("judge,application,criterion,score,comment\nJ1,EG-01,INNO,10,\n",
                      encoding="utf-8")
    run(demo_path, "import", "scores", str(scores), cache=cache)
    changed = run(demo_path, "results", "--json", cache=cache)
    assert len(entries(cache)) == 2
    assert changed != first
    assert changed == run(demo_path, "results", "--json")


@pytest.mark.parametrize("method", ["mean", "zscore"])
def test_each_method_is_its_own_entry(demo_path, tmp_path, method):
    cache = tmp_path / "cache"
    additive = run(demo_path, "results", "--json", cache=cache)
    other = run(demo_path, "results", "--json", "--method", method, cache=cache)
    assert json.loads(other)["method"] == method != json.loads(additive)["method"]
    assert len(entries(cache)) == 2
    assert other == run(demo_path, "results", "--json", "--method", method)


def test_a_damaged_entry_is_computed_again(demo_path, tmp_path):
    cache = tmp_path / "cache"
    first = run(demo_path, "results", "--json", cache=cache)
    (entry,) = entries(cache)
    blob = bytearray(entry.read_bytes())
    blob[-5] ^= 0xFF  # a flipped byte in the compressed body
    entry.write_bytes(bytes(blob))
    assert run(demo_path, "results", "--json", cache=cache) == first
    (entry,) = entries(cache)
    entry.write_bytes(b"")  # cut short
    assert run(demo_path, "results", "--json", cache=cache) == first


def test_a_folder_that_cannot_be_written_is_no_error(demo_path, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert run(demo_path, "results", "--json", cache=blocked / "cache") == \
        run(demo_path, "results", "--json")


def test_the_key_changes_with_each_input():
    import numpy as np

    from wego_awards.services.resultcache import fingerprint

    base = {"method": "additive", "applications": [(1, "EG-01", 1, "Seoul", "Korea", "T")]}
    arr = [np.array([1, 2, 3]), np.array([7.0, 8.0, 9.0])]
    key = fingerprint(base, arr)
    assert key == fingerprint(dict(base), [a.copy() for a in arr])
    assert key != fingerprint({**base, "method": "mean"}, arr)
    assert key != fingerprint({**base, "applications": [(1, "EG-01", 1, "Busan", "Korea", "T")]},
                              arr)
    assert key != fingerprint(base, [arr[0], np.array([7.0, 8.0, 9.5])])
    assert key != fingerprint(base, [arr[0].astype(np.int32), arr[1]])


def test_off_keeps_nothing(demo_db, monkeypatch, results_cache):
    from wego_awards.services.results import compute

    monkeypatch.setenv("WEGO_AWARDS_CACHE", "off")
    compute(demo_db)
    assert not results_cache.exists()
