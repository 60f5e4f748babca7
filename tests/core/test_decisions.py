"""Overrides, finalize and reopen, settings: the jury's decisions and their rules."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest

from tests.conftest import fingerprint
from wego_awards.errors import EditionLocked, Refused
from wego_awards.services import decisions, imports, judging, results
from wego_awards.services.audit import verify


def awards_of(data, code):
    cat = next(c for c in data.categories if c.code == code)
    return [(a.award, a.application) for a in cat.awards]


def test_override_moves_one_award_and_the_rest_follow_the_ranking(demo_db):
    before = results.compute(demo_db)
    ranking = [r.application for r in
               next(c for c in before.categories if c.code == "EG").ranking]
    decisions.set_override(demo_db, "EG", "silver", ranking[4], "The jury values its reach")
    after = results.compute(demo_db)
    assert awards_of(after, "EG") == [("gold", ranking[0]), ("silver", ranking[4]),
                                      ("special_mention", ranking[1])]
    silver = next(c for c in after.categories if c.code == "EG").awards[1]
    assert silver.override.reason == "The jury values its reach"
    assert silver.override.by == "tester"
    decisions.clear_override(demo_db, "Efficient Government", "silver")
    assert awards_of(results.compute(demo_db), "EG") == awards_of(before, "EG")
    assert verify(demo_db).ok


@pytest.mark.parametrize("args,expect", [
    (("EG", "silver", "EG-01", "  "), "needs a reason"),
    (("XX", "silver", "EG-01", "why"), "'XX' is not a category"),
    (("EG", "silver", "SC-04", "why"), "SC-04 is in SC, not in EG"),
    (("EG", "silver", "NOPE", "why"), "'NOPE' is not an application"),
])
def test_override_refusals_change_nothing(demo_db, demo_path, args, expect):
    before = fingerprint(demo_path)
    with pytest.raises(Refused, match=expect):
        decisions.set_override(demo_db, *args)
    assert fingerprint(demo_path) == before


def test_finalize_locks_and_reopen_needs_a_reason(demo_db, demo_path):
    out = decisions.finalize(demo_db)
    assert len(out.results_hash) == 64
    assert results.compute(demo_db).finalized is True
    with pytest.raises(EditionLocked):
        decisions.set_override(demo_db, "EG", "gold", "EG-01", "late")
    with pytest.raises(EditionLocked):
        judging.save_score(demo_db, "J1", "EG-01", "INNO", 5)
    with pytest.raises(EditionLocked):
        decisions.set_setting(demo_db, "method", "mean")
    with pytest.raises(Refused, match="finalized already"):
        decisions.finalize(demo_db)
    before = fingerprint(demo_path)
    with pytest.raises(Refused, match="needs a reason"):
        decisions.reopen(demo_db, " ")
    assert fingerprint(demo_path) == before
    decisions.reopen(demo_db, "A judge's late return")
    judging.save_score(demo_db, "J1", "EG-01", "INNO", 5)
    assert verify(demo_db).ok


def _four_in_eg(db, tmp_path, name: str, scores: list[tuple[str, str, int]]) -> None:
    """An edition of four applications in EG (A-D), two judges, one criterion, and ``scores``
    as (judge, application, value)."""
    from wego_awards.services.edition import create_edition

    create_edition(db, name, 2024)
    (tmp_path / "c.csv").write_text("code,name,weight,min,max\nQ,Quality,1,0,10\n")
    (tmp_path / "a.csv").write_text("code,category,city,country,title\n"
                                    "A,EG,Seoul,Korea,A\nB,EG,Busan,Korea,B\nC,EG,Ulsan,Korea,C\n"
                                    "D,EG,Jeju,Korea,D\n")
    (tmp_path / "j.csv").write_text("code,name\nJ1,One\nJ2,Two\n")
    rows = ["judge,application,criterion,score,comment"]
    rows += [f"{j},{app},Q,{v}," for j, app, v in scores]
    (tmp_path / "s.csv").write_text("\n".join(rows) + "\n")
    for kind, f in (("criteria", "c"), ("applications", "a"), ("judges", "j"), ("scores", "s")):
        imports.import_file(db, kind, tmp_path / f"{f}.csv")


def _tie_edition(db, tmp_path):
    """Two applications with exactly the same scores from the same judges."""
    _four_in_eg(db, tmp_path, "Tie", [(j, app, v) for j in ("J1", "J2")
                                      for app, v in (("A", 9), ("B", 7), ("C", 7), ("D", 5))])


def test_finalize_refuses_an_exact_tie_until_the_jury_decides(db, db_path, tmp_path):
    _tie_edition(db, tmp_path)
    data = results.compute(db)
    eg = next(c for c in data.categories if c.code == "EG")
    assert [r.rank for r in eg.ranking] == [1, 2, 2, 4]
    assert any(f.kind == "tie" and set(f.applications) == {"B", "C"} for f in eg.flags)
    before = fingerprint(db_path)
    with pytest.raises(Refused, match="cannot finalize"):
        decisions.finalize(db)
    assert fingerprint(db_path) == before
    decisions.set_override(db, "EG", "silver", "C", "Broader impact, by the jury's vote")
    done = decisions.finalize(db)
    assert awards_of(results.compute(db), "EG") == [("gold", "A"), ("silver", "C"),
                                                    ("special_mention", "B")]
    assert isinstance(done.warnings, list)


def test_settings_change_award_rules_and_are_in_history(demo_db):
    decisions.set_setting(demo_db, "awards", "gold=1,silver=2")
    data = results.compute(demo_db)
    assert [a.award for a in data.categories[0].awards] == ["gold", "silver", "silver"]
    decisions.set_setting(demo_db, "min_score", "8.5")
    data = results.compute(demo_db)
    assert all(a.score >= 8.5 for c in data.categories for a in c.awards)
    assert any(f.kind == "empty_tier" for c in data.categories for f in c.flags)
    with pytest.raises(Refused, match="is not a setting"):
        decisions.set_setting(demo_db, "colour", "red")
    with pytest.raises(Refused, match="not a number"):
        decisions.set_setting(demo_db, "near_tie", "abc")
    with pytest.raises(Refused, match="'bronze' is not an award"):
        decisions.set_setting(demo_db, "awards", "bronze=1")
    assert verify(demo_db).ok


def test_the_settings_are_read_by_name_and_print_as_stored(demo_db):
    from wego_awards.resultdata import AwardTier
    from wego_awards.services.edition import DEFAULT_SETTINGS, get_edition, settings_of

    decisions.set_setting(demo_db, "awards", "gold=1,silver=2")
    view = decisions.show_settings(demo_db)
    assert view.awards == (AwardTier("gold", 1), AwardTier("silver", 2))
    assert view.shrinkage == "auto" and view.own_country_rule is False
    assert view.other == (("ceremony", "5th WeGO General Assembly, Seoul (online)"),)  # demo's
    # Every default has its field, in the defaults' order: 'settings' prints them in it.
    assert [f.name for f in dataclasses.fields(view)][:-1] == list(DEFAULT_SETTINGS)
    with demo_db.read() as s:
        stored = settings_of(get_edition(s))
    assert json.dumps(view.to_json()) == json.dumps(stored)


@pytest.mark.parametrize("method", ["additive", "mean", "zscore", "median", "trimmed"])
def test_results_are_the_same_bytes_every_time(demo_db, method):
    a = json.dumps(results.compute(demo_db, method=method).to_json(), ensure_ascii=False)
    b = json.dumps(results.compute(demo_db, method=method).to_json(), ensure_ascii=False)
    assert a == b


@pytest.mark.parametrize("method", ["additive", "mean", "zscore", "median", "trimmed"])
def test_an_award_shows_the_figures_of_its_ranking_row(demo_db, method):
    """Rounded once: with the median, MO-01's Special Mention showed 7.47 where its ranking row
    showed 7.48 (the same score rounded two ways)."""
    data = results.compute(demo_db, method=method)
    for cat in data.categories:
        row = {r.application: r for r in cat.ranking}
        for award in cat.awards:
            assert (award.score, award.raw_mean) == (row[award.application].score,
                                                     row[award.application].raw_mean)


def test_conflicted_score_never_counts(demo_db):
    """A conflict declared after scoring: the judge's scores of it are excluded."""
    from sqlalchemy import select

    from wego_awards.db.models import Application, Conflict, Judge

    base = results.compute(demo_db)
    with demo_db.write() as s:
        j = s.scalar(select(Judge).where(Judge.code == "J3"))
        a = s.scalar(select(Application).where(Application.code == "EG-03"))
        s.add(Conflict(judge_id=j.id, application_id=a.id, source="secretariat"))
    data = results.compute(demo_db)
    eg = {r.application: r for r in data.categories[0].ranking}
    eg0 = {r.application: r for r in base.categories[0].ranking}
    assert eg["EG-03"].judges == eg0["EG-03"].judges - 1
    assert data.excluded_scores == 5


def test_a_jury_decision_can_never_be_left_pointing_at_nothing(demo_db, demo_path, tmp_path):
    from tests.conftest import DEMO

    decisions.set_override(demo_db, "EG", "silver", "EG-04", "Jury vote")
    text = (DEMO / "applications.csv").read_text(encoding="utf-8").replace("EG-04,EG,",
                                                                           "EG-04,SC,")
    (tmp_path / "applications.csv").write_text(text, encoding="utf-8")
    shutil.copytree(DEMO / "attachments", tmp_path / "attachments")
    before = fingerprint(demo_path)
    with pytest.raises(Refused, match="EG-04 holds the jury's silver award in EG; clear that "
                                      "decision before moving it"):
        imports.import_file(demo_db, "applications", tmp_path / "applications.csv")
    with pytest.raises(Refused, match="the new rules must give that award once"):
        decisions.set_setting(demo_db, "awards", "gold=1,special_mention=1")
    assert fingerprint(demo_path) == before
    decisions.clear_override(demo_db, "EG", "silver")
    decisions.set_setting(demo_db, "awards", "gold=2,silver=1")
    with pytest.raises(Refused, match="gives 2 Gold awards per category"):
        decisions.set_override(demo_db, "EG", "gold", "EG-04", "Jury vote")


def test_a_ranking_across_separate_groups_names_its_category_by_code(db, tmp_path):
    """Two judges who share no application split a category into two groups: the results say
    so naming the category as the edition does (EG), not by the engine's index."""
    _four_in_eg(db, tmp_path, "Groups", [("J1", "A", 9), ("J1", "B", 7), ("J2", "C", 8),
                                         ("J2", "D", 5)])
    (warning,) = [w for w in results.compute(db).warnings if "separate groups" in w]
    assert "Rankings in EG compare applications from different groups" in warning
    assert "category 0" not in warning
