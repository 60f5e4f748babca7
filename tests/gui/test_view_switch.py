"""Switching views: what a view already shows is not read again when nothing changed, the
tables' columns are sized once per fill (not on every show), and a judge's applications come
before the panel's chart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView

from tests.gui.conftest import WAIT_MS
from ui.ops import Changes

pytestmark = pytest.mark.gui


def _asked(window) -> list[str]:
    """The labels of the jobs the window gives its worker from now on."""
    labels: list[str] = []
    submit = window.worker.submit

    def counted(fn, *args, **kwargs):  # noqa: ANN001, ANN202
        labels.append(kwargs.get("label") or getattr(fn, "__name__", "job"))
        return submit(fn, *args, **kwargs)

    window.worker.submit = counted
    return labels


def _show(qtbot, window, name: str) -> None:
    window.actions_by_name[f"view-{name}"].trigger()  # View ▸ name (Ctrl+digit)
    qtbot.waitUntil(lambda: window.current_view() == name and window.is_ready(),
                    timeout=WAIT_MS)


def test_a_view_shown_again_asks_nothing_until_its_data_changed(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    for name in ("progress", "results", "applications"):
        _show(qtbot, window, name)
    progress, results = window.page("progress"), window.results
    summary, ranking = progress.summary.text(), results.ranking.rows()
    asked = _asked(window)
    for name in ("progress", "applications", "results", "applications"):
        _show(qtbot, window, name)
    assert asked == []  # shown at once, from what they hold
    _show(qtbot, window, "progress")
    assert progress.summary.text() == summary
    _show(qtbot, window, "results")
    assert results.ranking.rows() == ranking
    window.data_changed(Changes.of("scores"))  # a score saved: both show scores
    assert asked[-1] == "Computing the results…"  # the view on screen, at once
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    del asked[:]
    _show(qtbot, window, "progress")  # the other, when next shown
    assert asked == ["progress"]


def test_the_results_tables_are_sized_to_their_text_not_on_every_show(qtbot, make_window,
                                                                       demo_path):
    window = make_window(demo_path, "results")
    view = window.results.table
    header = view.horizontalHeader()
    model = view.model()
    assert model.rowCount() > 0
    modes = {header.sectionResizeMode(c) for c in range(model.columnCount())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert header.sectionResizeMode(4) == QHeaderView.ResizeMode.Stretch  # the title
    for c in (0, 1, 2, 3, 5, 9):
        widest = max(view.fontMetrics().horizontalAdvance(str(model.data(model.index(r, c))))
                     for r in range(model.rowCount()))
        assert header.sectionSize(c) >= widest, model.headerData(c, header.orientation())
    progress_table = window.page("progress")
    _show(qtbot, window, "progress")
    assert progress_table.table.rowCount() > 0


def test_a_judge_chosen_sees_their_applications_before_the_panel_chart(qtbot, make_window,
                                                                       demo_path):
    window = make_window(demo_path, "applications")
    _show(qtbot, window, "scoring")
    page = window.scoring
    combo = page.judge_combo
    assert combo.count() > 1
    asked = _asked(window)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # the judge chosen in the list
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert page.model.rowCount() > 0 and page.application is not None
    assert asked.index("workload") < asked.index("detail") < asked.index("chart")
    assert asked.index("scores") < asked.index("chart")
    assert page.chart.panel  # the chart came too


def test_the_progress_says_it_is_reading_then_updating(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    window.actions_by_name["view-progress"].trigger()
    page = window.page("progress")
    assert window.current_view() == "progress"  # shown at once, before its figures
    assert page.summary.text() == "Reading the progress…"
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    figures = page.summary.text()
    assert "judge-application pairs scored" in figures
    window.data_changed(Changes.of("scores"))  # the figures shown are those before the change
    assert page.summary.text() == figures + " · updating…"
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert page.summary.text() == figures  # nothing changed in fact: the same, unmarked
