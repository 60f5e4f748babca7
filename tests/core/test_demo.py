"""The demo edition reproduces the book's table of the 4th WeGO Awards' winners."""

from __future__ import annotations

import json

from wego_awards.services import results

# "Overview of Winners" in the 5th WeGO General Assembly program book.
BOOK = {
    "Efficient Government": ("Goyang", "Moscow", "Makati"),
    "Emerging Technology": ("Seongnam", "Jeju", "Lima"),
    "Mobility": ("George Town", "Belo Horizonte", "Tehran"),
    "Open and Inclusive City": ("São Paulo", "Jakarta", "Sejong"),
    "Safe City": ("Mexico City", "Belo Horizonte", "Goyang"),
    "Sustainable City": ("Istanbul", "Mashhad", "Iskandar Malaysia"),
}


def winners(data: results.Results) -> dict[str, tuple[str, ...]]:
    return {c.name: tuple(a.city for a in c.awards) for c in data.categories}


def json_winners(data: dict) -> dict[str, tuple[str, ...]]:
    """``winners`` of the results as ``results --json`` prints them."""
    return {c["name"]: tuple(a["city"] for a in c["awards"]) for c in data["categories"]}


def test_default_method_gives_the_books_winners(demo_db):
    data = results.compute(demo_db)
    assert data.method == "additive"
    assert winners(data) == BOOK
    assert [a.award for c in data.categories for a in c.awards] == \
        ["gold", "silver", "special_mention"] * 6
    for c in data.categories:
        assert not [f for f in c.flags if f.kind in ("tie", "near_tie")], c.code


def test_the_showcase_raw_mean_disagrees_in_safe_city(demo_db):
    """Renata Avila (lenient) is recused from Mexico City: the raw mean would give Gold to Belo
    Horizonte; the judge-effect model corrects for it."""
    plain = winners(results.compute(demo_db, method="mean"))
    assert plain["Safe City"][:2] == ("Belo Horizonte", "Mexico City")
    assert winners(results.compute(demo_db))["Safe City"][:2] == ("Mexico City", "Belo Horizonte")


def test_demo_edition_shape(demo_db):
    from wego_awards.services.status import status

    s = status(demo_db)
    assert (s["applications"], s["judges"], s["categories"], s["missing"]) == (52, 6, 6, 0)


def test_run_demo_twice_writes_the_same_results(tmp_path, db):
    from wego_awards.demo import run_demo

    first = run_demo(db, tmp_path / "out")
    blob = (tmp_path / "out" / "results.json").read_bytes()
    assert "Gold: São Paulo" in first
    data = json.loads(blob)
    assert data["finalized"] is True and json_winners(data) == BOOK
    run_demo(db, tmp_path / "out")
    assert (tmp_path / "out" / "results.json").read_bytes() == blob
    assert (tmp_path / "out" / "results.xlsx").stat().st_size > 5000
