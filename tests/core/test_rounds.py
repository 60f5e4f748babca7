"""Judging in rounds: a qualifying round, a shortlist and a final with its own criteria, run from
files to awards and letters on the command line, as the secretariat would (a real process each
time); the rules at the cut, the earlier rounds kept as they were, the audit across rounds."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from tests.core.test_cli import run

CATS = ("EG", "MO")
JUDGES = ("J1", "J2", "J3", "J4", "J5")


def _write(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """Twelve applications in two categories, five judges; screening votes that pass eight;
    shortlist scores that rank them plainly; the final's own criteria and scores."""
    apps = [[f"{c}-{i:02d}", c, f"City {c}{i}", "Korea", f"Project {c} {i}"]
            for c in CATS for i in range(1, 7)]
    d = tmp_path / "files"
    d.mkdir()
    out = {
        "applications": _write(d / "applications.csv",
                               ["code", "category", "city", "country", "title"], apps),
        "judges": _write(d / "judges.csv", ["code", "name", "country"],
                         [[j, f"Judge Person {j}", "France"] for j in JUDGES]),
        "shortlist_criteria": _write(d / "shortlist_criteria.csv",
                                     ["code", "name", "weight", "min", "max"],
                                     [["IMPACT", "Impact", 2, 0, 10], ["INNO", "Innovation", 1,
                                                                         0, 10]]),
        "final_criteria": _write(d / "final_criteria.csv",
                                 ["code", "name", "weight", "min", "max", "description"],
                                 [["SCALE", "Scale", 1, 1, 5, "Can it grow?"],
                                  ["VISION", "Vision", 1, 1, 5, "Is it bold?"]]),
    }
    # Screening: applications 1-4 of each category pass with 4 of 5 votes; 5 gets 2 of 5
    # (fails); 6 gets 3 of 5 (passes by a majority).
    votes = []
    for code, *_ in apps:
        n = int(code[-1])
        passes = {1: 4, 2: 4, 3: 4, 4: 4, 5: 2, 6: 3}[n]
        for k, j in enumerate(JUDGES):
            votes.append([j, code, "PASS" if k % 2 else "", "pass" if k < passes else "fail"])
    # A qualifying round's one criterion, PASS, may be named or left empty.
    out["screening"] = _write(d / "screening.csv", ["judge", "application", "criterion",
                                                    "score"], votes)
    # Shortlist: a plain order (1 best), the same from every judge; each leaves a comment.
    short = []
    for code, *_ in apps:
        n = int(code[-1])
        for j in JUDGES:
            for crit in ("IMPACT", "INNO"):
                short.append([j, code, crit, 10 - n, f"{j} on {code}: shortlist thoughts"])
    out["shortlist"] = _write(d / "shortlist_scores.csv",
                              ["judge", "application", "criterion", "score", "comment"], short)
    return out


def test_three_rounds_from_files_to_awards_and_letters(tmp_path, files):
    db = str(tmp_path / "rounds.db")

    def wa(*args: str, ok: int | None = 0) -> subprocess.CompletedProcess:
        return run("--db", db, *args, ok=ok)

    wa("init", "--edition", "Rounds Awards", "--year", "2026", "--no-categories")
    _write(tmp_path / "cats.csv", ["code", "name"], [["EG", "Efficient Government"],
                                                      ["MO", "Mobility"]])
    wa("import", "categories", str(tmp_path / "cats.csv"))
    wa("round", "edit", "R1", "--name", "Screening", "--kind", "qualifying")
    wa("round", "add", "R2", "--name", "Shortlist", "--criteria",
       str(files["shortlist_criteria"]))
    wa("round", "add", "R3", "--name", "Final", "--criteria", str(files["final_criteria"]))
    wa("import", "applications", str(files["applications"]))
    wa("import", "judges", str(files["judges"]))
    listed = json.loads(wa("round", "list", "--json").stdout)
    assert [(r["code"], r["kind"], r["open"]) for r in listed] == [
        ("R1", "qualifying", True), ("R2", "scoring", False), ("R3", "scoring", False)]
    assert listed[2]["criteria"] == ["SCALE", "VISION"]

    # Screening: votes, not scores; criteria cannot go into a qualifying round.
    refused = wa("import", "criteria", str(files["shortlist_criteria"]), ok=1)
    assert "qualifying round" in refused.stderr
    wa("import", "scores", str(files["screening"]))
    votes = json.loads(wa("results", "--json").stdout)
    eg = {a["application"]: a for a in votes["categories"][0]["applications"]}
    assert (eg["EG-05"]["pass"], eg["EG-05"]["fail"]) == (2, 3)
    wa("round", "advance", "--to", "R2", "--passed")
    on = json.loads(wa("round", "list", "--json").stdout)
    assert on[1]["open"] and on[1]["applications"] == 10  # 5 of 6 per category passed
    # Progress is the open round's: the screening's votes are no scores of the shortlist.
    progress = json.loads(wa("status", "--json").stdout)
    assert progress["scores"] == 0 and progress["applications"] == 10
    assert progress["scored"] == 0 and progress["missing"] == progress["assigned"] == 50

    # A score for an application that did not go on is refused like any bad row.
    refused = wa("import", "scores", str(files["shortlist"]), ok=1)
    assert "EG-05" in refused.stderr and "did not go on into round R2" in refused.stderr
    with open(files["shortlist"], encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    kept = [rows[0]] + [r for r in rows[1:] if not r[1].endswith("-05")]
    _write(files["shortlist"], kept[0], kept[1:])
    wa("import", "scores", str(files["shortlist"]))
    short = json.loads(wa("results", "--json").stdout)
    assert all(not c["awards"] for c in short["categories"])  # awards come from the last round
    early = wa("finalize", ok=1)
    assert "the awards come from the last round, R3 (Final)" in early.stderr
    assert [r["application"] for r in short["categories"][0]["ranking"]][:3] == [
        "EG-01", "EG-02", "EG-03"]

    # The top 3 go on; then the final's own criteria and scores.
    plan = json.loads(wa("round", "advance", "--to", "R3", "--top", "3", "--dry-run",
                         "--json").stdout)
    assert plan["going_on"] == ["EG-01", "EG-02", "EG-03", "MO-01", "MO-02", "MO-03"]
    assert not plan["done"]
    wa("round", "advance", "--to", "R3", "--top", "3")
    final = []
    for code in plan["going_on"]:
        n = int(code[-1])
        for j in JUDGES:
            final += [[j, code, "SCALE", 6 - n - (1 if code == "MO-01" else 0)],
                      [j, code, "VISION", 5 - n + 1, f"{j} final word on {code}"]]
    _write(tmp_path / "final.csv", ["judge", "application", "criterion", "score", "comment"],
           [r + [""] if len(r) == 4 else r for r in final])
    wa("import", "scores", str(tmp_path / "final.csv"))
    awards = json.loads(wa("results", "--json").stdout)
    gold = {c["code"]: [a["application"] for a in c["awards"]] for c in awards["categories"]}
    assert gold["EG"] == ["EG-01", "EG-02", "EG-03"]
    # The shortlist's results stay as they were.
    again = json.loads(wa("results", "--round", "R2", "--json").stdout)
    assert again["categories"] == short["categories"]
    wa("finalize")
    assert "history intact" in wa("audit", "verify").stdout

    # Letters: every applicant, with its comments and nobody else's, never a judge's name.
    out = tmp_path / "letters"
    wa("feedback", "--out", str(out))
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == 12
    text = {p: subprocess.run(["pdftotext", "-layout", str(out / p), "-"], capture_output=True,
                              text=True, check=True).stdout for p in pdfs}
    eg1 = next(t for p, t in text.items() if "EG-01" in p)
    assert "Gold" in eg1 and "Final" in eg1
    assert "final word on EG-01" in eg1 and "shortlist thoughts" in eg1
    assert "on EG-02" not in eg1 and "Judge Person" not in eg1
    eg5 = next(t for p, t in text.items() if "EG-05" in p)
    assert "qualifying" in eg5.lower() and "Gold" not in eg5
    for t in text.values():
        assert "Judge Person" not in t


def test_a_tie_at_the_cut_waits_for_the_jury(tmp_path, files):
    db = str(tmp_path / "tie.db")

    def wa(*args: str, ok: int | None = 0) -> subprocess.CompletedProcess:
        return run("--db", db, *args, ok=ok)

    wa("init", "--edition", "Tie Awards", "--year", "2026")
    wa("import", "criteria", str(files["shortlist_criteria"]))
    apps = [["EG-A", "EG", "Seoul", "Korea", "A"], ["EG-B", "EG", "Busan", "Korea", "B"],
            ["EG-C", "EG", "Ulsan", "Korea", "C"]]
    _write(tmp_path / "a.csv", ["code", "category", "city", "country", "title"], apps)
    wa("import", "applications", str(tmp_path / "a.csv"))
    wa("import", "judges", str(files["judges"]))
    scores = [[j, a, c, {"EG-A": 9, "EG-B": 7, "EG-C": 7}[a]] for j in JUDGES
              for a, *_ in apps for c in ("IMPACT", "INNO")]
    _write(tmp_path / "s.csv", ["judge", "application", "criterion", "score"], scores)
    wa("import", "scores", str(tmp_path / "s.csv"))
    wa("round", "add", "R2", "--name", "Final")
    refused = wa("round", "advance", "--to", "R2", "--top", "2", ok=1)
    assert "tie at the cut" in refused.stderr and "EG-B, EG-C" in refused.stderr
    assert json.loads(wa("round", "list", "--json").stdout)[0]["open"]  # nothing moved
    wa("round", "promote", "--application", "EG-C", "--reason", "the jury saw it live")
    still = wa("round", "advance", "--to", "R2", "--top", "2", ok=1)
    assert "EG-B" in still.stderr and "EG-C" not in still.stderr.split("tie at the cut")[1]
    wa("round", "demote", "--application", "EG-B", "--reason", "a conflict came to light")
    done = json.loads(wa("round", "advance", "--to", "R2", "--top", "2", "--json").stdout)
    assert done["going_on"] == ["EG-A", "EG-C"]
    log = json.loads(wa("audit", "log", "--json").stdout)
    reasons = [e["reason"] for e in log if e["action"].startswith("round ")]
    assert "the jury saw it live" in reasons and "a conflict came to light" in reasons
    # The final took the shortlist's criteria, copied when it opened; the audit replays it.
    assert json.loads(wa("round", "list", "--json").stdout)[1]["criteria"] == ["IMPACT", "INNO"]
    assert "history intact" in wa("audit", "verify").stdout


def test_the_jurys_award_decisions_belong_to_the_last_round(demo_db):
    """While an earlier round is open there are no awards to decide (its cut has promote and
    demote); a decision made before a round was added, for an application that did not go on,
    is not applied and is said."""
    from wego_awards.errors import Refused
    from wego_awards.services import decisions, results, rounds

    decisions.set_override(demo_db, "EG", "gold", "EG-09", "the jury's choice")
    rounds.add_round(demo_db, "R2", "Final")
    with pytest.raises(Refused, match="the awards come from the last round, R2"):
        decisions.set_override(demo_db, "EG", "silver", "EG-01", "too early")
    assert all(not c.awards for c in results.compute(demo_db).categories)
    going_on = rounds.advance(demo_db, "R2", top=2).going_on
    assert "EG-09" not in going_on
    data = results.compute(demo_db)
    assert any("names an application that is not in round R2" in w for w in data.warnings)
    decisions.set_override(demo_db, "EG", "gold", going_on[1], "now it counts")
    eg = next(c for c in results.compute(demo_db).categories if c.code == "EG")
    assert next(a.application for a in eg.awards if a.award == "gold") == going_on[1]


def test_the_tables_count_the_open_rounds_scores(demo_db):
    """After the advance, 'Scored by' (applications), 'Scored' (judges) and the pairs' scores
    (assignments) count the new round's scores, not the first round's."""
    from wego_awards.services import browse, rounds

    def cell(kind: str, column: str, row_id: int) -> object:
        keys = [k for k, _ in browse.columns(kind)]
        return browse.fetch_rows(demo_db, kind, [row_id])[row_id][keys.index(column)]

    first = browse.row_ids(demo_db, "applications")[0]
    judge = browse.row_ids(demo_db, "judges")[0]
    assert cell("applications", "scored_by", first) > 0 and cell("judges", "scored", judge) > 0
    rounds.add_round(demo_db, "R2", "Final")
    rounds.advance(demo_db, "R2", top=2)
    assert cell("applications", "scored_by", first) == 0
    assert cell("judges", "scored", judge) == 0


def test_a_round_column_puts_rows_into_that_round_and_an_unknown_one_is_named(demo_db,
                                                                              tmp_path):
    from wego_awards.errors import InputRefused
    from wego_awards.services import imports, rounds
    from wego_awards.store import EditionStore, reading

    rounds.add_round(demo_db, "R2", "Final")
    on = rounds.advance(demo_db, "R2", top=2).going_on
    out = [a for a in ("EG-01", "EG-02", "EG-03", "EG-04") if a not in on][0]
    bad = tmp_path / "bad.csv"
    bad.write_text(f"judge,application,round\nJ1,{on[0]},r2\nJ1,{on[0]},Final9\n",
                   encoding="utf-8")
    with pytest.raises(InputRefused) as refused:
        imports.import_file(demo_db, "assignments", bad)
    problem = refused.value.problems[0]
    assert (problem.row, problem.column, problem.value) == (3, "round", "Final9")
    assert "'Final9' is not a round of this edition; its rounds: R1, R2" in str(problem)
    good = tmp_path / "good.csv"
    good.write_text(f"judge,application,round\nJ1,{on[0]},r2\nJ1,{out},R1\nJ2,{on[1]},\n",
                    encoding="utf-8")
    report = imports.import_file(demo_db, "assignments", good)
    assert report.added == 3
    with reading(demo_db) as st:
        r2 = {(r["judge"], r["application"]) for r in st.table_rows("assignments")}
        r1 = {(r["judge"], r["application"])
              for r in EditionStore(st.session, st.edition).in_round("R1")
              .table_rows("assignments")}
    assert r2 == {("J1", on[0]), ("J2", on[1])} and ("J1", out) in r1


def test_a_conflicted_screeners_vote_is_not_counted(edition_db, tmp_path):
    """The own-country rule bars a screener from an application: a vote they gave before the
    rule was set does not count, as their score would not in the results."""
    from tests.conftest import DEMO
    from wego_awards.services import decisions, imports, rounds

    rounds.edit_round(edition_db, "R1", kind="qualifying")
    imports.import_file(edition_db, "applications", DEMO / "applications.csv")
    judges = tmp_path / "judges.csv"
    judges.write_text("code,name,country\nJ1,Kim,South Korea\nJ2,Diaz,Chile\nJ3,Roy,France\n",
                      encoding="utf-8")
    imports.import_file(edition_db, "judges", judges)
    votes = tmp_path / "votes.csv"  # EG-01 is Seocho District's, in South Korea
    votes.write_text("judge,application,criterion,score\nJ1,EG-01,,pass\nJ2,EG-01,,pass\n"
                     "J3,EG-01,,fail\n", encoding="utf-8")
    imports.import_file(edition_db, "scores", votes)

    def eg01() -> tuple[int, int]:
        data = rounds.qualifying_results(edition_db)
        row = next(c for _, _, rows in data.categories for c in rows if c.application == "EG-01")
        return row.passes, row.fails

    assert eg01() == (2, 1)
    decisions.set_setting(edition_db, "own_country_rule", "yes")
    assert eg01() == (1, 1)


def test_the_assignments_table_shows_the_open_rounds(demo_db, tmp_path):
    from wego_awards.services import browse, rounds

    (tmp_path / "a.csv").write_text("judge,application\nJ1,EG-01\n", encoding="utf-8")
    from wego_awards.services import imports

    imports.import_file(demo_db, "assignments", tmp_path / "a.csv")
    assert browse.count(demo_db, "assignments") == 1
    rounds.add_round(demo_db, "R2", "Final")
    rounds.decide(demo_db, "EG-01", "promote", "the jury's pick")
    rounds.advance(demo_db, "R2", top=1)
    assert browse.count(demo_db, "assignments") == 0  # R1's stays in R1
