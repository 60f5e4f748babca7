"""Switching views: what a view already shows is not read again when nothing changed, the
tables' columns are sized once per fill (not on every show), and a judge's applications come
before the panel's chart."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
)

from tests.gui.conftest import WAIT_MS
from ui.importer import ImportDialog
from wego_awards.services import browse
from wego_awards.services.edition import open_database

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


def _import_a_score(qtbot, window, folder, then=None) -> None:  # noqa: ANN001
    """File ▸ Import a file…: the person types a scores file's name (one score of J1's, changed)
    and imports it; ``then`` is called as soon as the window has taken the import in."""
    with open_database(window.path) as db:
        old = browse.judge_scores(db, "J1", "EG-01").scores["INNO"]
    scores = folder / "scores.csv"
    scores.write_text("judge,application,criterion,score,comment\n"
                      f"J1,EG-01,INNO,{2 if old == 1 else 1},\n", encoding="utf-8")
    window.actions_by_name["import"].trigger()
    dialog = window.findChild(ImportDialog)
    qtbot.keyClicks(dialog.path, str(scores))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    if then is not None:
        dialog.imported.connect(lambda _report: then())  # after the window's own handler
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_a_view_shown_again_asks_nothing_until_its_data_changed(qtbot, make_window, demo_path,
                                                                tmp_path):
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
    _import_a_score(qtbot, window, tmp_path)  # a score changed: both show scores
    assert "Computing the results…" in asked  # the view on screen, at once
    assert "progress" not in asked
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
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first judge, chosen with the keyboard
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert page.model.rowCount() > 0 and page.application is not None
    assert asked.index("workload") < asked.index("detail") < asked.index("chart")
    assert asked.index("scores") < asked.index("chart")
    assert page.chart.panel  # the chart came too


def test_the_progress_says_it_is_reading_then_updating(qtbot, make_window, demo_path,
                                                      tmp_path):
    window = make_window(demo_path, "applications")
    window.actions_by_name["view-progress"].trigger()
    page = window.page("progress")
    assert window.current_view() == "progress"  # shown at once, before its figures
    assert page.summary.text() == "Reading the progress…"
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    figures = page.summary.text()
    assert "judge-application pairs scored" in figures
    said: list[str] = []  # the figures shown are those before the change, marked
    _import_a_score(qtbot, window, tmp_path, then=lambda: said.append(page.summary.text()))
    assert said == [figures + " · updating…"]
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert page.summary.text() == figures  # nothing changed in fact: the same, unmarked


def _answer_file_dialog(path) -> QTimer:
    """The person, in the open dialog that is about to come up: picks ``path`` and opens it
    (again a moment later if the dialog was not ready to take it; stop the timer after)."""
    timer = QTimer()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            name = dialog.findChild(QLineEdit, "fileNameEdit")  # the "File name" field
            name.setText(str(path))
            buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
            buttons.button(QDialogButtonBox.StandardButton.Open).click()

    timer.timeout.connect(answer)
    timer.start(20)
    return timer


def test_another_edition_opened_never_shows_the_last_ones_progress(qtbot, make_window,
                                                                  demo_path, tmp_path):
    other = tmp_path / "other.db"
    shutil.copy(demo_path, other)
    with sqlite3.connect(other) as con:  # the other edition: one judge's scores not in yet
        con.execute("DELETE FROM scores WHERE judge_id = (SELECT min(id) FROM judges)")
    con.close()
    window = make_window(demo_path, "progress")
    page = window.page("progress")
    first, first_rows = page.summary.text(), page.table.rows()
    assert "judge-application pairs scored" in first
    said: list[str] = []
    set_text = page.summary.setText

    def saying(text: str) -> None:
        said.append(text)
        set_text(text)

    page.summary.setText = saying
    on_opening: list[object] = []
    window.edition_shown.connect(lambda: on_opening.append((page.summary.text(),
                                                            page.table.rows())))
    answering = _answer_file_dialog(other)
    window.actions_by_name["open"].trigger()  # File ▸ Open…, the file chosen in its dialog
    answering.stop()
    qtbot.waitUntil(lambda: window.path == str(other) and window.is_ready(), timeout=WAIT_MS)
    assert window.current_view() == "progress"
    second = page.summary.text()
    assert "judge-application pairs scored" in second and second != first
    assert "Reading the progress…" in said
    assert not [text for text in said if first in text]  # never the first edition's figures
    assert on_opening and on_opening[0][0] != first and on_opening[0][1] != first_rows
    assert page.table.rows() != first_rows
