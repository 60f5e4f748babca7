"""Every menu item does something a person can see, and a disabled one says why.

The walk goes through every menu of the main window (submenus included) and triggers each
visible, enabled item as a person would from the menu bar. Whatever it opens is answered the
way a person who changes their mind would (Cancel, or an OS file picker returning nothing:
the only thing monkeypatched). An item that opens nothing, changes no view, says nothing in
the status bar and asks the database for nothing fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from tests.conftest import PACKAGE_PASSPHRASE
from tests.gui.conftest import WAIT_MS
from wego_awards.services import packages

pytestmark = pytest.mark.gui

LAST = ("close", "quit")  # they end the walk: the edition, then the window


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def leaf_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every item of every menu, as ("File ▸ Export ▸ Judges…", action), submenus walked."""
    found: list[tuple[str, QAction]] = []

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            where = f"{path} ▸ {_plain(action.text())}"
            if action.menu() is not None:
                found.append((where, action))  # the submenu's own item (its tooltip counts)
                walk(action.menu(), where)
            else:
                found.append((where, action))

    for top in window.menuBar().actions():
        found.append((_plain(top.text()), top))
        walk(top.menu(), _plain(top.text()))
    return found


def shown(window: QMainWindow, action: QAction) -> bool:
    """The item can be seen: it and every menu above it are visible (and enabled to reach)."""
    if not action.isVisible():
        return False
    return any(_reaches(top, action) for top in window.menuBar().actions())


def _reaches(item: QAction, target: QAction) -> bool:
    if item is target:
        return True
    menu = item.menu()
    if menu is None or not item.isVisible() or not item.isEnabled():
        return False
    return any(_reaches(a, target) for a in menu.actions() if a.isVisible())


class Answerer:
    """Answers each modal dialog once it is on screen, as a person backing out would, and
    remembers what it saw. A progress dialog is left to finish."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(20)

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            return
        self.seen.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
        if isinstance(dialog, QMessageBox):
            for button in dialog.buttons():
                if dialog.buttonRole(button) in (QMessageBox.ButtonRole.RejectRole,
                                                 QMessageBox.ButtonRole.NoRole):
                    button.click()
                    return
            dialog.buttons()[0].click()  # an About box or a notice: its only button
            return
        for box in dialog.findChildren(QDialogButtonBox):
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel) or \
                box.button(QDialogButtonBox.StandardButton.Close)
            if cancel is not None and cancel.isVisible():
                cancel.click()
                return
        for button in dialog.findChildren(QAbstractButton):
            if _plain(button.text()) in ("Cancel", "Close") and button.isVisible():
                button.click()
                return
        dialog.reject()

    def stop(self) -> None:
        self.timer.stop()


class Watch:
    """What a person could notice the window do: dialogs, windows, views, words, work."""

    def __init__(self, window, monkeypatch) -> None:
        self.window = window
        self.jobs = 0
        self.pickers: list[str] = []
        worker = window.worker
        for name in ("submit", "open"):
            real = getattr(worker, name)

            def counted(*args, _real=real, **kwargs):
                self.jobs += 1
                return _real(*args, **kwargs)

            monkeypatch.setattr(worker, name, counted)  # counted, then run as it is

        def picker(kind):
            def ask(*_args, **_kwargs):
                self.pickers.append(kind)
                return "" if kind == "folder" else ("", "")
            return staticmethod(ask)

        monkeypatch.setattr(QFileDialog, "getOpenFileName", picker("open"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", picker("save"))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", picker("folder"))


def _windows() -> set:
    return {w for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, QDialog | QMainWindow)}


def settled(window) -> bool:
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.isVisible():
        return False
    if window.worker.busy or window.opening:
        return False
    if window.info is None:
        return True
    return window.is_ready()


def trigger_and_observe(qtbot, window, watch: Watch, answerer: Answerer, where: str,
                        action: QAction) -> str | None:
    """Trigger ``action`` as the menu does; what the person saw, or None when nothing."""
    target_view = action.objectName().removeprefix("view-") \
        if action.objectName().startswith("view-") else None
    if target_view and window.current_view() == target_view:
        # A person reaches a view's item from another view: leave it by the sidebar first.
        others = [i for i in range(window.nav.count()) if not window.nav.item(i).isHidden()
                  and window.nav.item(i).text() != window.nav.currentItem().text()]
        if others:
            window.nav.setCurrentRow(others[0])
            qtbot.waitUntil(lambda: settled(window), timeout=WAIT_MS)
    window.statusBar().clearMessage()
    before = (len(answerer.seen), len(watch.pickers), watch.jobs, window.current_view(),
              _windows())
    action.trigger()
    signs: list[str] = []

    def noticed() -> bool:
        signs.clear()
        if len(answerer.seen) > before[0]:
            signs.append("dialog " + answerer.seen[-1])
        if len(watch.pickers) > before[1]:
            signs.append(f"file picker ({watch.pickers[-1]})")
        if watch.jobs > before[2]:
            signs.append("database job")
        if window.current_view() != before[3] or (target_view and
                                                  window.current_view() == target_view):
            signs.append(f"view {window.current_view()}")
        if window.statusBar().currentMessage():
            signs.append("status: " + window.statusBar().currentMessage())
        if _windows() - before[4]:
            signs.append("window opened")
        return bool(signs)

    try:
        qtbot.waitUntil(noticed, timeout=3_000)
    except AssertionError:
        return None
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT_MS)
    noticed()  # everything it did, once it is done (a job, then the box it asks with)
    for w in _windows() - before[4]:  # a modeless window (the guide): closed again
        if w is not window:
            w.close()
    return "; ".join(signs)


def walk_every_item(qtbot, window, monkeypatch) -> tuple[dict[str, str], list[str]]:
    """Trigger every visible, enabled item once (Close and Quit last); what each did, and the
    items that did nothing."""
    watch = Watch(window, monkeypatch)
    answerer = Answerer()
    done: dict[str, str] = {}
    silent: list[str] = []
    tried: set[str] = set()
    try:
        while True:
            items = [(w, a) for w, a in leaf_actions(window)
                     if a.menu() is None and w not in tried and a.objectName() not in LAST]
            if not items:
                break
            where, action = items[0]
            tried.add(where)
            if not shown(window, action) or not action.isEnabled():
                continue
            what = trigger_and_observe(qtbot, window, watch, answerer, where, action)
            if what is None:
                silent.append(where)
            else:
                done[where] = what
        for name in LAST:
            action = window.actions_by_name[name]
            if shown(window, action) and action.isEnabled():
                if name == "close":
                    what = trigger_and_observe(qtbot, window, watch, answerer, name, action)
                    assert window.current_view() is None  # the first-run screen again
                    if what is None:
                        silent.append(name)
                    else:
                        done[name] = what
                else:
                    assert_disabled_items_say_why(window)  # on the first-run screen too
                    action.trigger()
                    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
                    done[name] = "window closed"
    finally:
        answerer.stop()
    return done, silent


def assert_disabled_items_say_why(window) -> None:
    mute = []
    for where, action in leaf_actions(window):
        if not action.isVisible() or action.isEnabled():
            continue
        tip = action.toolTip().strip()
        # Qt's tooltip falls back to the item's own text: that says nothing about why.
        if not tip or _plain(tip) == _plain(action.text()):
            mute.append(where)
    assert not mute, f"disabled without saying why: {mute}"


def _window(qtbot, settings, path) -> object:
    from ui.mainwindow import MainWindow

    window = MainWindow(settings, remember=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.info is not None, timeout=WAIT_MS)
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    return window


def test_every_menu_item_of_the_secretariat_does_something(qtbot, settings, demo_path,
                                                           tmp_path, monkeypatch):
    # "Try the demo" builds the demo in the app's data folder: here, the test's own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = _window(qtbot, settings, demo_path)
    assert window.current_view() == "applications"
    assert_disabled_items_say_why(window)
    done, silent = walk_every_item(qtbot, window, monkeypatch)
    assert not silent, f"menu items that did nothing: {silent}\n(did: {done})"
    for name in ("File ▸ New edition…", "File ▸ Import a file…", "Edition ▸ Settings…",
                 "Edition ▸ Declare a conflict…", "Results ▸ Jury's decision…",
                 "Help ▸ About WeGO Awards"):
        assert name in done and "dialog" in done[name], (name, done.get(name))
    assert "file picker" in done["File ▸ Export ▸ Judges…"]
    assert "window opened" in done["Help ▸ User guide"]
    assert done["quit"] == "window closed"


def test_every_menu_item_of_a_judges_package_does_something(qtbot, settings, demo_db,
                                                            tmp_path, monkeypatch):
    package = tmp_path / "package-J3.db"
    packages.export_package(demo_db, "J3", package, PACKAGE_PASSPHRASE)
    window = _window(qtbot, settings, package)
    assert window.current_view() == "scoring"
    visible_menus = [_plain(a.text()) for a in window.menuBar().actions() if a.isVisible()]
    assert visible_menus == ["File", "Edit", "View", "Help"]
    visible = {w for w, a in leaf_actions(window) if shown(window, a)}
    for hidden in ("File ▸ New edition…", "File ▸ Import a file…", "File ▸ Backup…",
                   "File ▸ Export", "File ▸ Try the demo", "Edit ▸ Add…", "Edit ▸ Edit…",
                   "Edit ▸ Delete…", "View ▸ Applications", "View ▸ Results"):
        assert hidden not in visible, hidden
    assert not any(w.startswith(("Edition", "Results")) for w in visible)
    assert "File ▸ Send my scores back…" in visible
    assert_disabled_items_say_why(window)
    done, silent = walk_every_item(qtbot, window, monkeypatch)
    assert not silent, f"menu items that did nothing: {silent}\n(did: {done})"
    # J3 has scored everything: no question first, straight to where to save the return.
    assert "file picker (save)" in done["File ▸ Send my scores back…"]
    assert done["quit"] == "window closed"
    assert Path(package).exists()
