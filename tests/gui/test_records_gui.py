"""Records and imports through what a person touches: the tables' buttons, right-click and
keys, the Edit and Edition menus, the import dialog's boxes, and a file dropped on the window.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog

from tests.conftest import PACKAGE_PASSPHRASE, fingerprint
from tests.gui.conftest import WAIT_MS, press
from ui.forms import ConflictDialog, RecordDialog
from ui.importer import ImportDialog
from wego_awards.services import browse, decisions, judging, packages, results
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui


class Answers:
    """Answers the modal dialogs that come up, in order: each new one (a progress dialog
    aside) goes to the next handler, which reads it and presses a button."""

    def __init__(self, *handlers: Callable[[object], None]) -> None:
        self.handlers = list(handlers)
        self.texts: list[str] = []
        self._done: list[object] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog) \
                or any(dialog is d for d in self._done) or not self.handlers:
            return
        self._done.append(dialog)
        self.texts.append(dialog.text() if isinstance(dialog, QMessageBox)
                          else dialog.windowTitle())
        self.handlers.pop(0)(dialog)
        if not self.handlers:
            self.timer.stop()

    @property
    def finished(self) -> bool:
        return not self.handlers


def trigger(window, name: str) -> None:
    """Trigger a menu item as the menu bar does (it must be there, visible and enabled)."""
    action = window.actions_by_name[name]
    assert action.isVisible() and action.isEnabled(), (name, action.toolTip())
    action.trigger()


def activate(qtbot, window) -> None:
    """The window in front, as after a click on it: its shortcuts answer the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def show(qtbot, window, view: str):
    trigger(window, f"view-{view}")
    qtbot.waitUntil(lambda: window.current_view() == view and window.is_ready(),
                    timeout=WAIT_MS)
    return window.pages[view]


def opened(qtbot, window, cls):
    """The dialog of ``cls`` the window has just opened, once it is on screen."""
    found: list = []

    def there() -> bool:
        found[:] = [d for d in window.findChildren(cls) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(there, timeout=WAIT_MS)
    return found[-1]


def codes(page) -> list[str]:
    return [page.model.row_values(i)["code"] for i in range(page.model.rowCount())
            if page.model.row_values(i)]


def filter_to(qtbot, window, page, text: str) -> None:
    page.filter.clear()
    qtbot.keyClicks(page.filter, text)
    qtbot.waitUntil(lambda: page.model.filter_text == text and window.is_ready(),
                    timeout=WAIT_MS)


def ranking_entry(path, app: str) -> results.RankedApplication | None:
    with open_database(path) as db:
        data = results.compute(db)
    for c in data.categories:
        for r in c.ranking:
            if r.application == app:
                return r
    return None


def test_add_a_category_and_a_refused_one_writes_nothing(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    page = show(qtbot, window, "categories")
    assert page.add_button.text() == "Add a category…"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, window, RecordDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.fields["code"], "HE")
    qtbot.keyClicks(dialog.fields["name"], "Health")
    qtbot.keyClicks(dialog.fields["description"], "Telemedicine, ageing at home")
    press(dialog, "Save")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "HE" in codes(page) and window.is_ready(), timeout=WAIT_MS)
    assert page.count.text() == "7 categories"
    assert "HE" in window.statusBar().currentMessage()
    with open_database(demo_path) as db:
        assert browse.CategoryRow(code="HE", name="Health") in browse.categories(db)

    # A code already taken: the problem stands beside its field, and nothing is written.
    before = fingerprint(demo_path)
    trigger(window, "add")  # Edit ▸ Add… on the table shown
    dialog = opened(qtbot, window, RecordDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.fields["code"], "EG")
    qtbot.keyClicks(dialog.fields["name"], "Another government")
    press(dialog, "Save")
    qtbot.waitUntil(lambda: dialog.errors["code"].isVisible(), timeout=WAIT_MS)
    assert dialog.errors["code"].text()
    assert not dialog.errors["name"].isVisible()
    assert dialog.isVisible() and "nothing was written" in dialog.verdict.text()
    press(dialog, "Cancel")
    assert fingerprint(demo_path) == before


def test_edit_an_applications_city_from_its_row_menu(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    page = window.pages["applications"]
    view = page.view
    rect = view.visualRect(page.model.index(1, 0))
    code = page.model.row_values(1)["code"]
    seen: list[str] = []
    timer = QTimer()

    def choose() -> None:  # the row's menu is up: click its "Edit this application…"
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        timer.stop()
        seen.extend(a.text() for a in menu.actions())
        action = next(a for a in menu.actions() if a.text() == "Edit this application…")
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    timer.timeout.connect(choose)
    timer.start(20)
    # A right-click: the button goes down on the row, and the platform asks for its menu.
    qtbot.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center())))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "Delete this application…" in seen and "Declare a conflict…" in seen
    dialog = opened(qtbot, window, RecordDialog)
    assert dialog.windowTitle() == f"Edit application {code}"
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    city = dialog.fields["city"]
    city.selectAll()
    qtbot.keyClicks(city, "Incheon")
    press(dialog, "Save")
    qtbot.waitUntil(lambda: not dialog.isVisible() and window.is_ready(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (page.model.row_values(1) or {}).get("city") == "Incheon",
                    timeout=WAIT_MS)
    assert "Incheon" in page.detail.toPlainText()
    with open_database(demo_path) as db:
        assert browse.application_detail(db, code).city == "Incheon"


def test_delete_a_scored_application_with_the_delete_key_then_undo(qtbot, make_window,
                                                                     demo_path):
    window = make_window(demo_path, "applications")
    page = window.pages["applications"]
    filter_to(qtbot, window, page, "EG-04")
    assert codes(page) == ["EG-04"]
    before = ranking_entry(demo_path, "EG-04")
    assert before.judges >= 5
    page.view.setCurrentIndex(page.model.index(0, 0))
    activate(qtbot, window)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus, timeout=WAIT_MS)
    answers = Answers(lambda box: press(box, "Delete"))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: answers.finished, timeout=WAIT_MS)
    said = answers.texts[0]
    assert "Deletes application EG-04" in said
    assert "Clears 20 scores from 5 judges" in said or "scores from" in said
    qtbot.waitUntil(lambda: window.is_ready() and codes(page) == [], timeout=WAIT_MS)
    assert ranking_entry(demo_path, "EG-04") is None
    assert window.undo_action.isEnabled()
    assert "EG-04" in window.undo_action.text()

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.waitUntil(lambda: window.is_ready() and codes(page) == ["EG-04"], timeout=WAIT_MS)
    assert window.statusBar().currentMessage().startswith("Undone")
    after = ranking_entry(demo_path, "EG-04")
    assert (after.judges, after.score, after.raw_mean) == \
        (before.judges, before.score, before.raw_mean)


def test_declare_a_conflict_from_the_edition_menu(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    trigger(window, "declare-conflict")
    dialog = opened(qtbot, window, ConflictDialog)
    qtbot.waitUntil(lambda: dialog.judge.count() > 0, timeout=WAIT_MS)
    dialog.judge.setCurrentIndex(dialog.judge.findText("J3", Qt.MatchFlag.MatchStartsWith))
    dialog.application.setCurrentIndex(
        dialog.application.findText("EG-04", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(dialog.reason, "Advised Almaty on this portal")
    qtbot.waitUntil(lambda: dialog.ready and dialog.ok.isEnabled(), timeout=WAIT_MS)
    effect = dialog.effect.text()
    assert "score" in effect.lower() and "J3" in effect, effect
    answers = Answers(lambda box: press(box, "Go ahead"))
    press(dialog, "Declare the conflict")
    qtbot.waitUntil(lambda: answers.finished and not dialog.isVisible(), timeout=WAIT_MS)
    assert "score" in answers.texts[0].lower()
    page = show(qtbot, window, "conflicts")
    qtbot.waitUntil(lambda: any((page.model.row_values(i) or {}).get("application") == "EG-04"
                                and page.model.row_values(i)["judge"] == "J3"
                                for i in range(page.model.rowCount())), timeout=WAIT_MS)
    with open_database(demo_path) as db:
        assert browse.judge_scores(db, "J3", "EG-04").scores == {}


def test_a_finalized_edition_cannot_be_changed_and_says_why(qtbot, make_window, demo_db,
                                                            demo_path):
    decisions.finalize(demo_db)
    window = make_window(demo_path, "applications")
    for view in ("applications", "judges", "categories", "criteria", "conflicts",
                 "assignments"):
        page = show(qtbot, window, view)
        for button in (page.add_button, page.edit_button, page.delete_button):
            assert not button.isEnabled()
            assert "finalized" in button.toolTip()
        for name in ("add", "edit", "delete"):
            action = window.actions_by_name[name]
            assert not action.isEnabled() and "finalized" in action.toolTip()


def test_the_import_dialog_refuses_a_file_of_another_kind_or_of_none(qtbot, make_window,
                                                                     demo_path, demo_files,
                                                                     tmp_path):
    window = make_window(demo_path, "applications")
    before = fingerprint(demo_path)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Import…
    dialog = opened(qtbot, window, ImportDialog)
    qtbot.keyClicks(dialog.path, str(demo_files / "judges.csv"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("✓"), timeout=WAIT_MS)
    assert dialog.kind.currentText().startswith("Judges")  # read from its header row
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Ca")  # It holds: Categories
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("✗"), timeout=WAIT_MS)
    assert dialog.kind.currentData() == "categories"
    text = dialog.verdict.text()
    assert "holds judges, not categories" in text
    assert "affiliation" in text and "conflicts" in text  # its columns, named
    assert not dialog.import_button.isEnabled()

    odd = tmp_path / "budget.csv"
    odd.write_text("line,amount\nrent,1200\n", encoding="utf-8")
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(odd))  # pasted, then a pause
    qtbot.waitUntil(lambda: "fits no kind" in dialog.verdict.text(), timeout=WAIT_MS)
    assert "line" in dialog.verdict.text() and "amount" in dialog.verdict.text()
    assert not dialog.import_button.isEnabled()
    press(dialog, "Cancel")
    assert fingerprint(demo_path) == before


def test_a_judges_package_dropped_on_the_window_is_merged(qtbot, make_window, demo_db,
                                                         demo_path, tmp_path):
    back = tmp_path / "return-J3.db"
    packages.export_package(demo_db, "J3", back, PACKAGE_PASSPHRASE)
    with open_database(back) as pdb:
        judging.save_score(pdb, "J3", "EG-04", "INNO", 1.5)
    assert browse.judge_scores(demo_db, "J3", "EG-04").scores["INNO"] != 1.5
    window = make_window(demo_path, "applications")
    asked: list[str] = []

    def merge(box):
        asked.append(box.text())
        press(box, "Merge as a return")

    answers = Answers(merge, lambda box: press(box, "OK"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(back))])
    where = QPoint(300, 300)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: answers.finished, timeout=WAIT_MS)
    assert "return-J3.db" in asked[0] and "Merge" in asked[0]
    assert "J3" in answers.texts[1]  # the merge's report
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    with open_database(demo_path) as db:
        assert browse.judge_scores(db, "J3", "EG-04").scores["INNO"] == 1.5
