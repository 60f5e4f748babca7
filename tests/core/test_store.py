"""The store scopes every table to its edition, in one place.

A database holds one edition, so a missing scope would pass every other test unnoticed; here a
second edition is written into the same file beside the demo's, with a judge, an application,
a criterion, a category, a conflict, an assignment, a score, a document and an override of its
own, and everything the store gives must still be the demo's alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from wego_awards.db.models import (
    Application,
    Assignment,
    Attachment,
    Category,
    Conflict,
    Criterion,
    Edition,
    Judge,
    Override,
    Round,
    Score,
)
from wego_awards.services import browse, results, status
from wego_awards.store import EditionStore, in_edition, reading

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_editions(demo_db):
    """The demo, and a stranger's edition written beside it in the same file."""
    before = {"results": results.compute(demo_db), "status": status.status(demo_db)}
    with demo_db.write() as s:
        other = Edition(uid="00000000-0000-0000-0000-000000000002", name="Other", year=2030,
                        settings={}, finalized=False, created_at="2030-01-01T00:00:00Z",
                        secret="00" * 32)
        s.add(other)
        s.flush()
        first = Round(edition_id=other.id, code="R1", name="Round 1", kind="scoring",
                      position=1, own_criteria=False, created_at="2030-01-01T00:00:00Z",
                      opened_at="2030-01-01T00:00:00Z", advanced_by="")
        s.add(first)
        s.flush()
        other.open_round_id = first.id
        cat = Category(edition_id=other.id, code="EG", name="Stranger", description="",
                       position=0)
        crit = Criterion(edition_id=other.id, round_id=first.id, code="X", name="X", weight=1,
                         min=0, max=10, description="", position=0)
        judge = Judge(edition_id=other.id, code="J1", name="Stranger judge", affiliation="",
                      country="Korea", email="")
        s.add_all([cat, crit, judge])
        s.flush()
        app = Application(edition_id=other.id, code="EG-01", category_id=cat.id, city="Nowhere",
                          country="Korea", title="Not the demo's", summary="", organisation="",
                          email="")
        s.add(app)
        s.flush()
        s.add_all([
            Conflict(judge_id=judge.id, application_id=app.id, source="secretariat"),
            Assignment(judge_id=judge.id, application_id=app.id, source="import",
                       round_id=first.id),
            Score(judge_id=judge.id, application_id=app.id, criterion_id=crit.id, value=10.0,
                  comment="stranger", updated_at="2030-01-01T00:00:00Z", source=""),
            Attachment(application_id=app.id, filename="stranger.pdf", content=b"%PDF",
                       sha256="0" * 64),
            Override(category_id=cat.id, award="gold", application_id=app.id, reason="r",
                     actor="x", at="2030-01-01T00:00:00Z"),
        ])
    return demo_db, before


def test_every_read_keeps_to_its_own_edition(two_editions):
    db, before = two_editions
    with reading(db) as st:
        assert st.edition.year != 2030  # the first edition in the file is the demo's
        for model in (Category, Criterion, Application, Judge, Conflict, Assignment, Score,
                      Attachment, Override, Round):
            key = model.__mapper__.primary_key[0]
            everything = st.session.scalar(select(key).order_by(key.desc()).limit(1))
            mine = st.session.scalars(st.select(key, of=model)).all()
            assert everything not in mine, model.__name__  # the stranger's row is the newest
            assert len(mine) == st.count(model)
        assert "stranger" not in {r["comment"] for r in st.table_rows("scores")}
        assert all(r[4] != "stranger" for r in st.score_table())
        assert "Stranger judge" not in {r["name"] for r in st.table_rows("judges")}
        assert "stranger.pdf" not in {r["attachment"] for r in st.table_rows("applications")}
    # What the services compute from the store is what it was before the stranger came.
    assert results.compute(db) == before["results"]
    assert status.status(db) == before["status"]
    assert "Not the demo's" not in str(browse.fetch_rows(
        db, "applications", browse.row_ids(db, "applications")))


def test_a_table_with_no_edition_is_refused_rather_than_read_whole(demo_db):
    with reading(demo_db) as st, pytest.raises(ValueError, match="do not belong to an edition"):
        in_edition(Edition, st.edition)


def test_no_service_writes_the_edition_condition_itself():
    """The condition lives in store/edition.py; a service that wrote its own would be missed
    the day a table's link to its edition changes (rounds, say)."""
    found = []
    for folder in ("wego_awards/services", "wego_awards/cli", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\.edition_id\s*==", line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_store_is_cheap_and_holds_no_rows(demo_db):
    with reading(demo_db) as st:
        assert isinstance(st, EditionStore)
        assert set(vars(st)) == {"session", "edition", "id", "_round"}
        assert st._round is None  # the round is read when first asked for
        assert st.round.code == "R1"
