"""The menus' actions run through the worker and do what they say (dialogs monkeypatched)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.conftest import PACKAGE_PASSPHRASE
from tests.gui.conftest import WAIT_MS
from wego_awards.services import browse, packages
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answer Yes and are recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def test_a_judge_sends_the_package_back_and_the_secretariat_merges_it(
        qtbot, make_window, demo_db, tmp_path, monkeypatch, quiet):
    package = tmp_path / "package-J3.db"
    packages.export_package(demo_db, "J3", package, PACKAGE_PASSPHRASE)
    window = make_window(package)
    assert window.send_back_action.isVisible() and not window.import_action.isEnabled()
    back = tmp_path / "return-J3.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(back), ""))
    window.send_back()
    qtbot.waitUntil(lambda: bool(quiet), timeout=WAIT_MS)
    assert str(back) in quiet[-1]
    report = packages.import_package(demo_db, back)
    assert report.judge == "J3"


def test_exporting_a_table_and_backing_up(qtbot, make_window, demo_path, tmp_path, monkeypatch):
    window = make_window(demo_path, "applications")
    out = tmp_path / "judges.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_kind("judges")
    qtbot.waitUntil(lambda: out.exists() and not window.worker.busy, timeout=WAIT_MS)
    assert "Donovan Storey" in out.read_text(encoding="utf-8")
    copy = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.backup()
    qtbot.waitUntil(lambda: copy.exists() and not window.worker.busy, timeout=WAIT_MS)
    with open_database(copy) as db:
        assert browse.edition_info(db).applications == 52


def test_assigning_judges_fills_the_assignments_table(qtbot, make_window, edition_db, db_path,
                                                      demo_files, monkeypatch):
    from wego_awards.services import imports

    for kind in ("criteria", "applications", "judges"):  # the demo, before any score
        imports.import_file(edition_db, kind, demo_files / f"{kind}.csv")
    window = make_window(db_path, "assignments")
    page = window.pages["assignments"]
    assert page.stack.currentWidget() is page.empty  # none yet: the page says what to do
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    window.assign()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * 52 and window.is_ready(),
                    timeout=WAIT_MS)
    assert page.stack.currentIndex() == 0
    window.show_view("scoring")  # a judge now sees only what they are assigned
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    page = window.scoring
    page.set_judge("J1")
    qtbot.waitUntil(lambda: page.is_ready() and bool(page.model.applications()),
                    timeout=WAIT_MS)
    shown = page.model.applications()
    assert shown == [r.application for r in browse.judge_workload(edition_db, "J1")]
    assert 10 < len(shown) < 30  # about 2 * 52 / 6 judges
