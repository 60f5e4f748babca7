"""Automatic assignment: K judges each, never a conflicted one, balanced, reproducible, kept on
rerun, infeasible requests refused by name, and fast at 20,000 x 300."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import DEMO, PACKAGE_PASSPHRASE, fingerprint
from wego_awards.errors import InputRefused, Refused
from wego_awards.services import imports
from wego_awards.services.assignment import (
    Infeasible,
    assign,
    judge_applications,
    read_preferences,
    solve,
)
from wego_awards.services.audit import verify
from wego_awards.services.edition import get_edition
from wego_awards.services.status import status
from wego_awards.store import EditionStore


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``wego-awards ARGS`` in this process: the exit code, stdout and stderr. Shared by
    the judging tests."""
    from wego_awards.cli import main

    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(list(args))
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return int(info.value.code or 0), got.out, got.err


def pairs_of(sol) -> set[tuple[int, int]]:
    return set(zip(sol.apps.tolist(), sol.judges.tolist(), strict=True))


def check(sol, n_apps: int, k: int, conflicts=(), existing=()) -> None:
    """Every application has exactly k distinct judges in all, none conflicted."""
    got = pairs_of(sol)
    assert len(got) == len(sol.apps), "a judge twice on one application"
    assert not got & set(conflicts)
    assert not got & set(existing)
    per_app = np.bincount(np.concatenate([sol.apps, np.array([a for a, _ in existing], int)]),
                          minlength=n_apps)
    assert (per_app == k).all()


# --- the solver ----------------------------------------------------------------------------


def test_every_application_gets_k_distinct_judges_and_loads_within_one():
    rng = np.random.default_rng(3)
    cats = rng.integers(0, 6, 500)
    ca, cj = rng.integers(0, 500, 120), rng.integers(0, 37, 120)
    sol = solve(cats, 37, 4, conflicts=(ca, cj), seed=5)
    check(sol, 500, 4, conflicts=list(zip(ca.tolist(), cj.tolist(), strict=True)))
    assert sol.loads.max() - sol.loads.min() <= 1
    assert sol.loads.sum() == 2000


def test_a_heavily_conflicted_judge_takes_what_they_can_and_the_rest_stay_even():
    n, j = 300, 10
    ca = np.repeat(np.arange(5, n), 1)  # judge 0 may score only applications 0..4
    cj = np.zeros(len(ca), int)
    sol = solve(np.zeros(n, int), j, 2, conflicts=(ca, cj), seed=1)
    check(sol, n, 2, conflicts=list(zip(ca.tolist(), cj.tolist(), strict=True)))
    assert sol.loads[0] == 5
    assert sol.loads[1:].max() - sol.loads[1:].min() <= 1


def test_same_seed_same_assignment_other_seed_another():
    rng = np.random.default_rng(0)
    cats = rng.integers(0, 3, 200)
    a = solve(cats, 20, 3, seed=7)
    b = solve(cats, 20, 3, seed=7)
    c = solve(cats, 20, 3, seed=8)
    assert pairs_of(a) == pairs_of(b)
    assert pairs_of(a) != pairs_of(c)


def test_existing_assignments_are_kept_and_only_the_gap_is_filled():
    cats = np.zeros(60, int)
    first = solve(cats[:50], 12, 3, seed=1)
    # Ten new applications arrive, and K goes up to 4 for everyone.
    existing = (first.apps, first.judges)
    more = solve(cats, 12, 4, existing=existing, seed=1)
    old = list(zip(first.apps.tolist(), first.judges.tolist(), strict=True))
    check(more, 60, 4, existing=old)
    assert len(more.apps) == 50 * 1 + 10 * 4
    assert more.loads.max() - more.loads.min() <= 1
    again = solve(cats, 12, 4, existing=(np.concatenate([first.apps, more.apps]),
                                         np.concatenate([first.judges, more.judges])))
    assert len(again.apps) == 0


def test_max_load_is_respected_and_too_small_a_maximum_is_refused():
    cats = np.zeros(40, int)
    sol = solve(cats, 10, 2, max_load=8)
    assert sol.loads.max() <= 8
    with pytest.raises(Infeasible) as info:
        solve(cats, 10, 2, max_load=7)  # 80 places, 70 seats
    assert info.value.apps  # names the applications left short


def test_too_few_unconflicted_judges_names_the_applications():
    cats = np.zeros(10, int)
    conflicts = (np.array([3, 3, 3, 7, 7, 7]), np.array([0, 1, 2, 0, 1, 3]))
    with pytest.raises(Infeasible) as info:
        solve(cats, 5, 3, conflicts=conflicts)
    assert info.value.apps == [3, 7]


def test_preferences_are_honoured_as_far_as_balance_allows():
    rng = np.random.default_rng(2)
    cats = rng.integers(0, 2, 400)  # two categories
    prefer = np.zeros((20, 2), bool)
    prefer[:10, 0] = True  # judges 0-9 prefer category 0, 10-19 category 1
    prefer[10:, 1] = True
    sol = solve(cats, 20, 2, prefer=prefer, seed=4)
    check(sol, 400, 2)
    assert sol.loads.max() - sol.loads.min() <= 1
    liked = prefer[sol.judges, cats[sol.apps]]
    # The categories' sizes differ, so a few must cross over; no more than that difference.
    imbalance = abs(int((cats == 0).sum()) - int((cats == 1).sum())) * 2
    assert (~liked).sum() <= imbalance // 2 + 2


def test_twenty_thousand_applications_three_hundred_judges_in_seconds():
    rng = np.random.default_rng(1)
    apps, judges = 20_000, 300
    cats = rng.integers(0, 6, apps)
    cj = np.repeat(np.arange(judges), 5)
    ca = rng.integers(0, apps, len(cj))
    started = time.perf_counter()
    sol = solve(cats, judges, 3, conflicts=(ca, cj), seed=1)
    seconds = time.perf_counter() - started
    check(sol, apps, 3, conflicts=list(zip(ca.tolist(), cj.tolist(), strict=True)))
    assert sol.loads.max() - sol.loads.min() <= 1
    assert seconds < 30, seconds  # about 3 s on one core


# --- the edition ----------------------------------------------------------------------------


@pytest.fixture
def loaded(edition_db):
    for kind in ("criteria", "applications", "judges"):
        imports.import_file(edition_db, kind, DEMO / f"{kind}.csv")
    return edition_db


def pairs_in(db) -> set[tuple[str, str]]:
    with db.read() as s:
        return {(r["judge"], r["application"])
                for r in EditionStore(s, get_edition(s)).table_rows("assignments")}


def test_assign_writes_balanced_unconflicted_assignments_with_history(loaded):
    report = assign(loaded, 3, seed=1)
    assert report.added == 52 * 3 and report.kept == 0
    got = pairs_in(loaded)
    assert len(got) == 156
    conflicts = {("J1", "SU-01"), ("J2", "SC-04"), ("J4", "SC-07"), ("J6", "OI-01")}
    assert not got & conflicts
    loads = [n for n in report.loads.values()]
    assert max(loads) - min(loads) <= 1
    assert verify(loaded).ok
    data = status(loaded)
    assert data["assigned"] == 156
    assert all(j["assigned"] == 26 for j in data["progress"]["judges"])
    assert [r["code"] for r in data["progress"]["remind"]] == [f"J{i}" for i in range(1, 7)]


def test_rerun_changes_nothing_and_writes_nothing(loaded, db_path):
    assign(loaded, 3, seed=1)
    before = fingerprint(db_path)
    report = assign(loaded, 3, seed=99)
    assert report.touched == 0 and "nothing to change" in str(report)
    assert fingerprint(db_path) == before


def test_rerun_with_a_larger_k_keeps_every_existing_pair(loaded):
    assign(loaded, 2, seed=1)
    first = pairs_in(loaded)
    report = assign(loaded, 3, seed=1)
    assert first <= pairs_in(loaded)
    assert report.added == 52 and report.kept == 104
    assert verify(loaded).ok


def test_infeasible_request_refused_by_name_and_nothing_written(loaded, db_path):
    before = fingerprint(db_path)
    with pytest.raises(Refused) as info:
        assign(loaded, 6)  # four applications have a conflicted judge among the six
    message = info.value.message
    for code in ("SU-01", "SC-04", "SC-07", "OI-01"):
        assert code in message
    assert "5 judges without a conflict" in message and "nothing was assigned" in message
    assert fingerprint(db_path) == before
    with pytest.raises(Refused, match="maximum load"):
        assign(loaded, 3, max_load=20)  # 156 places, 120 seats
    assert fingerprint(db_path) == before


def test_max_load_in_the_edition(loaded):
    report = assign(loaded, 2, max_load=18)
    assert max(report.loads.values()) <= 18


def test_pairs_already_scored_count_as_assigned(demo_db):
    report = assign(demo_db, 3, seed=1)
    # Every judge scored every application without a conflict: those are the assignments.
    assert report.from_scores == 52 * 6 - 4 and report.added == 0
    assert verify(demo_db).ok
    with demo_db.read() as s:
        e = get_edition(s)
        assert len(EditionStore(s, e).table_rows("assignments")) == 308


def test_a_pair_the_own_country_rule_now_forbids_is_unassigned(loaded, tmp_path):
    from wego_awards.services.decisions import set_setting

    assign(loaded, 3, seed=1)
    # Make judge J3 American and one application he holds American too.
    with loaded.read() as s:
        mine = sorted(a for j, a in pairs_in(loaded) if j == "J3")
    target = mine[0]
    with loaded.write() as s:
        from sqlalchemy import update

        from wego_awards.db.models import Application, Judge

        s.execute(update(Judge).where(Judge.code == "J3").values(country="Testland"))
        s.execute(update(Application).where(Application.code == target)
                  .values(country="Testland"))
    set_setting(loaded, "own_country_rule", "yes")
    report = assign(loaded, 3, seed=1)
    assert report.removed == 1 and report.added == 1
    assert ("J3", target) not in pairs_in(loaded)
    assert sum(1 for _, a in pairs_in(loaded) if a == target) == 3


def test_preferences_file_and_the_judges_file_with_a_categories_column(loaded, tmp_path):
    path = tmp_path / "prefs.csv"
    path.write_text("code,name,categories\nJ1,Donovan Storey,EG;Mobility\nJ2,Renata Avila,SC\n"
                    "J3,Philip Bane,\n", encoding="utf-8")
    prefs = read_preferences(path)
    assert prefs == {"J1": ["EG", "Mobility"], "J2": ["SC"], "J3": []}
    assign(loaded, 3, seed=2, preferences=prefs)
    got = pairs_in(loaded)
    j1 = [a for j, a in got if j == "J1"]
    # J1's load is 26 and EG and MO hold 17 applications: J1 gets every one of them.
    assert sum(a[:2] in ("EG", "MO") for a in j1) == 17 and len(j1) == 26
    assert verify(loaded).ok


def test_bad_preferences_are_refused(loaded, tmp_path, db_path):
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="'J9' is not a judge"):
        assign(loaded, 2, preferences={"J9": ["EG"]})
    with pytest.raises(Refused, match="'Space' is not a category"):
        assign(loaded, 2, preferences={"J1": ["Space"]})
    path = tmp_path / "p.csv"
    path.write_text("judge,categories\nJ1,EG\nJ1,MO\n", encoding="utf-8")
    with pytest.raises(InputRefused, match="row 3"):
        read_preferences(path)
    assert fingerprint(db_path) == before


def test_judge_applications_follow_assignments_and_never_conflicts(loaded):
    with loaded.read() as s:
        e = get_edition(s)
        from wego_awards.services.judging import find_judge

        j1 = find_judge(s, e, "J1")
        everything = [a.code for a in judge_applications(s, e, j1)]
    assert len(everything) == 51 and "SU-01" not in everything
    assign(loaded, 2, seed=3)
    with loaded.read() as s:
        e = get_edition(s)
        j1 = find_judge(s, e, "J1")
        mine = [a.code for a in judge_applications(s, e, j1)]
    assert set(mine) == {a for j, a in pairs_in(loaded) if j == "J1"}


def test_refused_in_a_judge_package(loaded, tmp_path):
    from wego_awards.services.edition import open_database
    from wego_awards.services.packages import export_package

    export_package(loaded, "J1", tmp_path / "p.db", PACKAGE_PASSPHRASE)
    with open_database(tmp_path / "p.db") as pkg, pytest.raises(Refused, match="package"):
        assign(pkg, 1)


def test_cli_assign(loaded, db_path, capsys, tmp_path: Path):
    code, out, err = run_cli(capsys, "--db", str(db_path), "assign", "--per-application", "2",
                         "--seed", "4")
    assert code == 0, err
    assert "104 new assignments" in out
    code, out, err = run_cli(capsys, "--db", str(db_path), "assign", "--per-application", "6")
    assert code == 1 and "cannot give every application 6 judges: " in err and "SU-01" in err
