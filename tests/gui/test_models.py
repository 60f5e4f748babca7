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


LONG_CITY = "مدينة السادس من أكتوبر الجديدة"  # far wider than any other city of the ranking


def _needed(qtbot, text: str, bold: bool = False) -> int:
    """What Qt's own view says a column holding only ``text`` needs."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QTableView

    alone = ListTableModel(("City",), [[text]])
    if bold:
        font = QFont()
        font.setBold(True)
        alone.set_rows([[text]], fonts={0: font})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(alone)
    return view.sizeHintForColumn(0)


@pytest.mark.parametrize("where", [250, 3_000])
def test_fitted_columns_hold_a_long_text_far_down_the_table(qtbot, where):
    """A ranking of 3,334 applications whose one long (Arabic) city is at rank 250, or 3,000:
    the city column is as wide as that text needs, not cut at the first rows' width."""
    from PySide6.QtWidgets import QTableView

    from ui.tablemodel import fit_columns

    rows = [[r + 1, f"EG-{r:04d}", "Seoul", 7.5 + r / 10_000] for r in range(3_334)]
    rows[where][2] = LONG_CITY
    model = ListTableModel(("Rank", "Code", "City", "Score"), rows, numeric=(0, 3))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, stretch=(1,))
    header = view.horizontalHeader()
    assert header.sectionSize(2) >= _needed(qtbot, LONG_CITY)
    assert header.sectionSize(3) >= _needed(qtbot, "7.83")
    model.set_rows(rows[:100])  # a model reset (another category): fitted again, narrower
    assert header.sectionSize(2) < _needed(qtbot, LONG_CITY)


def test_fitted_columns_measure_a_row_in_its_own_font_and_stay_quick(qtbot):
    """A bold row's text is measured bold; 20,000 rows are fitted in well under a second."""
    import time

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QTableView

    from ui.tablemodel import fit_columns

    rows = [[f"J{r:05d}", f"Judge number {r:05d}"] for r in range(20_000)]
    bold = QFont()
    bold.setBold(True)
    model = ListTableModel(("Code", "Name"), rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view)
    start = time.perf_counter()
    model.set_rows(rows, fonts={19_999: bold})
    took = time.perf_counter() - start
    assert view.horizontalHeader().sectionSize(1) >= _needed(qtbot, rows[-1][1], bold=True)
    assert took < 0.5, f"fitting 20,000 rows took {took:.2f} s"
