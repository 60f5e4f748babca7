"""Every item model of the app through qtmodeltester, and the lazy table's paging."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import WAIT_MS
from ui.tablemodel import LazyTableModel, ListTableModel
from ui.workload import WorkloadModel
from wego_awards.services import browse, imports
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui


def _loaded(qtbot, model: LazyTableModel) -> None:
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.refresh()


def _fetch_all_visible(qtbot, model: LazyTableModel) -> None:
    for row in range(min(model.rowCount(), 2 * model.PAGE)):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: not model.fetching, timeout=WAIT_MS)


@pytest.mark.parametrize("kind", browse.TABLE_KINDS)
def test_lazy_table_model_passes_the_model_tester(qtbot, qtmodeltester, worker, demo_db, kind):
    model = LazyTableModel(worker, kind)
    _loaded(qtbot, model)
    assert model.rowCount() == browse.count(demo_db, kind)
    qtmodeltester.check(model)
    _fetch_all_visible(qtbot, model)
    qtmodeltester.check(model)  # again, now that rows are fetched and cached
    if model.rowCount():
        ids = browse.row_ids(demo_db, kind)
        cells = browse.fetch_rows(demo_db, kind, ids[:1])[ids[0]]
        shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
        assert shown == list(cells)


def test_lazy_table_sorts_and_filters_in_the_database(qtbot, worker, demo_db):
    model = LazyTableModel(worker, "applications")
    _loaded(qtbot, model)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    _fetch_all_visible(qtbot, model)
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True) and len(codes) == 52
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_filter("  paulo  ")
    _fetch_all_visible(qtbot, model)
    assert model.rowCount() == 1
    row = model.row_values(0)
    assert row is not None and row["city"] == "São Paulo"
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_filter("korea mobility")  # every word must match somewhere in the row
    _fetch_all_visible(qtbot, model)
    rows = [model.row_values(r) for r in range(model.rowCount())]
    assert rows and all(r["country"] == "South Korea" and r["category"] == "MO" for r in rows)


def test_twenty_thousand_applications_open_at_once_and_page_lazily(qtbot, worker, tmp_path):
    path = tmp_path / "big.db"
    files = tmp_path / "files"
    files.mkdir()
    with open(files / "applications.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "category", "city", "country", "title"])
        for i in range(20_000):
            w.writerow([f"A{i:05d}", ("EG", "MO", "SU")[i % 3], f"City {i % 97}", "Land",
                        f"Project {i}"])
    with open_database(path, create=True) as db:
        from wego_awards.services.edition import create_edition

        create_edition(db, "Big", 2024)
        imports.import_file(db, "applications", files / "applications.csv")
    opened = []
    worker.open(lambda: open_database(path), done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    model = LazyTableModel(worker, "applications")
    _loaded(qtbot, model)
    assert model.rowCount() == 20_000
    last = model.index(19_999, 0)
    assert model.data(last) is None  # not fetched until it is painted
    qtbot.waitUntil(lambda: model.data(last) == "A19999", timeout=WAIT_MS)
    for row in range(0, 20_000, 150):  # scroll through everything
        model.data(model.index(row, 0))
        qtbot.waitUntil(lambda: not model.fetching, timeout=WAIT_MS)
    assert len(model._pages) <= model.CACHED_PAGES  # the cache stays small


def test_list_table_model_passes_the_model_tester(qtmodeltester):
    model = ListTableModel(("Rank", "Application", "Score"),
                           [[1, "EG-03", 8.57], [2, "EG-02", 7.99]], numeric=(0, 2))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "8.57"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.UserRole) == 8.57
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_workload_model_passes_the_model_tester_and_hides_conflicts(qtmodeltester, demo_db):
    rows = browse.judge_workload(demo_db, "J1")
    model = WorkloadModel()
    model.set_workload(rows)
    qtmodeltester.check(model)
    assert "SU-01" not in model.applications()  # J1's declared conflict
    assert len(model.applications()) == 51
    assert model.rowCount() == 6  # the six categories
    idx = model.index_of("EG-03")
    assert model.code_at(idx) == "EG-03"
    assert model.data(model.index(0, 0)).startswith("EG · Efficient Government")
    model.set_scored("EG-03", 0)
    assert model.totals() == (50, 51)
    qtmodeltester.check(model)
