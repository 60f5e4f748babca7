"""The reads the app browses and scores with: frozen records read by attribute, whose
``to_json()`` is the dict each read gave before it was typed."""

from __future__ import annotations

import dataclasses

import pytest

from wego_awards.services import browse, judging


def test_the_reads_are_frozen_records(demo_db):
    detail = browse.judge_detail(demo_db, "J2")
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.scored = 0  # type: ignore[misc]
    assert [c.application for c in detail.conflicts] == ["SC-04"]
    assert detail.to_json() == {
        "code": "J2", "name": detail.name, "affiliation": detail.affiliation,
        "country": "Guatemala", "email": detail.email, "to_score": detail.to_score,
        "scored": detail.scored, "partial": detail.partial,
        "conflicts": [{"application": "SC-04", "title": "My Safe City",
                       "source": "secretariat"}]}


def test_an_application_with_and_without_its_document(demo_db):
    with_doc = browse.application_detail(demo_db, "eg-02")
    assert with_doc.application == "EG-02" and with_doc.category == "EG"
    assert with_doc.attachment is not None
    name, content = browse.attachment(demo_db, "EG-02") or ("", b"")
    assert with_doc.attachment == browse.AttachmentInfo(filename=name, size=len(content))
    assert with_doc.to_json()["attachment"] == {"filename": name, "size": len(content)}
    without = browse.application_detail(demo_db, "EG-01")
    assert without.attachment is None and without.to_json()["attachment"] is None
    assert list(without.to_json()) == ["application", "title", "city", "country",
                                       "organisation", "email", "summary", "category",
                                       "category_name", "attachment"]


def test_a_judges_scores_workload_and_totals(demo_db):
    criteria = browse.criteria(demo_db)
    scores = browse.judge_scores(demo_db, "J1", "EG-01")
    assert set(scores.scores) == {c.code for c in criteria}
    assert scores.to_json()["scores"] == dict(scores.scores)
    # The form's total is the results' formula: the weighted mean, rescaled to 0..10.
    by_hand = sum(c.weight * (scores.scores[c.code] - c.min) / (c.max - c.min)
                  for c in criteria) / sum(c.weight for c in criteria) * 10
    assert browse.weighted_total(criteria, scores.scores) == pytest.approx(by_hand)
    row = next(r for r in browse.judge_workload(demo_db, "J1") if r.application == "EG-01")
    assert row.complete and row.scored == row.criteria == len(criteria)
    judging.save_score(demo_db, "J1", "EG-01", criteria[0].code, None)
    row = next(r for r in browse.judge_workload(demo_db, "J1") if r.application == "EG-01")
    assert not row.complete and row.scored == len(criteria) - 1
    chart = browse.score_distributions(demo_db, "J1")
    assert chart.judges == 6 and set(chart.own) <= set(chart.panel)
    assert chart.to_json() == {"own": list(chart.own), "panel": list(chart.panel), "judges": 6}


def _complete_application(db, judge: str) -> tuple[str, str, float]:  # noqa: ANN001
    """An application ``judge`` scored completely, a criterion and a value other than theirs."""
    criterion = browse.criteria(db)[0]
    app = next(r.application for r in browse.judge_workload(db, judge) if r.complete)
    old = browse.judge_scores(db, judge, app).scores[criterion.code]
    return app, criterion.code, criterion.min if old != criterion.min else criterion.max


def test_the_panels_totals_are_computed_once_per_data_state(demo_db, demo_path, score_reads):
    from wego_awards.services.edition import open_database

    reads = score_reads
    j1 = browse.score_distributions(demo_db, "J1")
    j3 = browse.score_distributions(demo_db, "J3")
    assert len(reads) == 1  # the second judge's chart takes the panel already computed
    assert j3.panel == j1.panel and j3.own != j1.own and j3.judges == j1.judges == 6
    with open_database(demo_path) as other:  # another window (or the command line) ...
        assert browse.score_distributions(other, "J3") == j3  # ... computed alike, afresh
        app, criterion, value = _complete_application(other, "J3")
        judging.save_score(other, "J3", app, criterion, value)  # ... changes one of J3's
        fresh = {j: browse.score_distributions(other, j) for j in ("J1", "J3")}
    reads.clear()
    assert browse.score_distributions(demo_db, "J1") == fresh["J1"]
    assert browse.score_distributions(demo_db, "J3") == fresh["J3"]
    assert len(reads) == 1  # read again once: the data changed
    assert fresh["J1"].panel != j1.panel and fresh["J3"].own != j3.own


def test_in_a_judges_package_the_panel_is_that_judge_alone(demo_db, tmp_path):
    from tests.conftest import PACKAGE_PASSPHRASE
    from wego_awards.services import packages
    from wego_awards.services.edition import open_database

    package = tmp_path / "package-J2.db"
    packages.export_package(demo_db, "J2", package, PACKAGE_PASSPHRASE)
    secretariat = browse.score_distributions(demo_db, "J2")  # the whole panel, kept for demo_db
    with open_database(package) as pkg:
        chart = browse.score_distributions(pkg, "J2")
        app, criterion, value = _complete_application(pkg, "J2")
        judging.save_score(pkg, "J2", app, criterion, value)  # the judge at work in it
        again = browse.score_distributions(pkg, "J2")
    assert secretariat.judges == 6 and len(secretariat.panel) > len(secretariat.own)
    assert chart.judges == 1 and chart.panel == chart.own == secretariat.own
    assert again.judges == 1 and again.panel == again.own != chart.own
