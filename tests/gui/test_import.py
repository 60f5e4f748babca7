"""Imports from the app: problems listed by row before anything is written; drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import fingerprint
from tests.gui.conftest import WAIT_MS
from ui.importer import ImportDialog
from ui.mainwindow import MainWindow
from wego_awards.services import browse, imports
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui

BAD = """code,category,city,country,title
ZZ-01,EG,Seoul,South Korea,A good one
ZZ-02,Smart Mobility,Busan,South Korea,Wrong category
ZZ-03,MO,Daegu,South Korea,
"""


def test_an_import_with_errors_lists_them_by_row_and_writes_nothing(qtbot, worker, demo_path,
                                                                   tmp_path):
    bad = tmp_path / "applications.csv"
    bad.write_text(BAD, encoding="utf-8")
    before = fingerprint(demo_path)
    dialog = ImportDialog(worker, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("✗"), timeout=WAIT_MS)
    assert not dialog.import_button.isEnabled()
    rows = dialog.problems.rows()
    assert [r[0] for r in rows] == [3, 4]  # file rows (the header is row 1)
    assert rows[0][1] == "category" and "'Smart Mobility' is not a category" in rows[0][3]
    assert rows[1][1] == "title"
    dialog.start_import()  # even if asked, nothing is imported from a refused file
    assert dialog._task is None
    assert fingerprint(demo_path) == before


def test_a_clean_file_is_previewed_then_imported(qtbot, worker, demo_path, tmp_path):
    good = tmp_path / "new-apps.csv"
    good.write_text("code,category,city,country,title\nZZ-01,EG,São Paulo,Brazil,Novo\n",
                    encoding="utf-8")
    before = fingerprint(demo_path)
    dialog = ImportDialog(worker, good)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    assert "1 added" in dialog.verdict.text()
    assert fingerprint(demo_path) == before  # the preview wrote nothing
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as got:
        dialog.import_button.click()
    assert got.args[0].added == 1
    with open_database(demo_path) as db:
        assert browse.application_detail(db, "ZZ-01").city == "São Paulo"


def test_cancelling_an_import_leaves_the_edition_as_it_was(qtbot, worker, demo_path, tmp_path):
    scores = tmp_path / "scores.csv"
    scores.write_text("judge,application,criterion,score,comment\nJ1,EG-01,INNO,1,\n",
                      encoding="utf-8")
    before = fingerprint(demo_path)
    failures = []
    task = worker.submit(imports.import_file, "scores", str(scores), with_progress=True,
                         failed=failures.append)
    task.cancel()  # stops at its first progress report, inside the transaction
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert type(failures[0]).__name__ == "Cancelled"
    assert fingerprint(demo_path) == before


def test_dropping_a_file_on_the_window_opens_the_import_preview(qtbot, make_window, demo_path,
                                                                tmp_path, monkeypatch):
    window = make_window(demo_path, "applications")
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "open", lambda self: opened.append(self))
    dropped = tmp_path / "judges.csv"
    dropped.write_text("code,name\nJ9,Nine\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    MainWindow.dropEvent(window, event)
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    assert dialog.kind.currentText().startswith("Judges")  # read from the file
