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
