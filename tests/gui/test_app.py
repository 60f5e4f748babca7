"""The app as a whole: the screenshot command, the first-run screen, window state, errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from tests.gui.conftest import WAIT_MS
from ui import app as ui_app
from ui.mainwindow import MainWindow
from ui.messages import LOG, describe
from wego_awards.errors import Refused

pytestmark = pytest.mark.gui


def _colours(path) -> int:
    """How many distinct colours a sample of the picture holds (a blank one has one)."""
    image = QImage(str(path))
    assert not image.isNull()
    seen = set()
    for y in range(0, image.height(), 23):
        for x in range(0, image.width(), 17):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("view", ["results", "scoring"])
def test_screenshot_saves_a_picture_of_the_edition(qtbot, demo_path, tmp_path, view):
    out = tmp_path / f"{view}.png"
    assert ui_app.run(target=demo_path, view=view, screenshot=out) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == ui_app.SCREENSHOT_SIZE
    assert _colours(out) > 20


def test_the_gui_command_takes_a_screenshot(demo_path, tmp_path):
    """Run as an installed program is, away from the checkout (whose folder would otherwise
    put the ui package on the path and hide a broken install)."""
    out = tmp_path / "applications.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    exe = os.path.join(os.path.dirname(sys.executable), "wego-awards")
    done = subprocess.run([exe, "--db", str(demo_path), "gui",
                           "--view", "applications", "--screenshot", str(out)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _colours(out) > 20
    bad = subprocess.run([sys.executable, "-m", "wego_awards", "--db", str(demo_path), "gui",
                          "--view", "nowhere", "--screenshot", str(out)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "not a view" in bad.stderr


def test_the_app_starts_with_what_its_first_screen_needs_only():
    """The start's imports (issue 14: the app to its first painted edition in under 3x bare
    PySide6): the database layer comes before Qt (PySide6 would read the source of every module
    imported after it), and neither numpy, pandas, the change sets nor the views and dialogs
    opened later are imported to open the window."""
    later = ("numpy", "pandas", "wego_awards.services.changes", "ui.results", "ui.scoring",
             "ui.progress", "ui.certificates", "ui.dialogs", "ui.forms", "ui.importer",
             "ui.charts", "ui.settings", "PySide6.QtPdf")
    code = ("import sys; import ui.app; "
            "first = 'sqlalchemy.orm' in sys.modules and 'PySide6' not in sys.modules; "
            "import ui.mainwindow; "
            f"print(first, sorted(m for m in {later!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "[]"], done.stdout


def test_a_file_that_cannot_be_opened_is_explained(qtbot, tmp_path, capsys):
    missing = tmp_path / "nothing-here.db"
    assert ui_app.run(target=missing, screenshot=tmp_path / "x.png") == 1
    err = capsys.readouterr().err
    assert "no such database file" in err and "Traceback" not in err
    assert not missing.exists()  # opening never creates a file by mistake


def test_the_first_run_screen_offers_the_four_ways_in(qtbot, settings, tmp_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.central.currentWidget() is window.welcome
    assert set(window.welcome.buttons) == {"Open an edition…", "Open a judge's package…",
                                           "Create a new edition…", "Try the demo"}
    assert not window.import_action.isEnabled()  # nothing to import into yet
    window.open_path(str(tmp_path / "missing.db"))
    qtbot.waitUntil(lambda: bool(window.open_error), timeout=WAIT_MS)
    assert window.welcome.message.isVisibleTo(window.welcome)
    assert "no such database file" in window.welcome.message.text()


def test_a_new_edition_is_created_from_the_app(qtbot, settings, tmp_path, monkeypatch):
    from ui.dialogs import NewEditionDialog

    path = tmp_path / "fifth.db"

    def fill(dialog):
        dialog.name.setText("5th WeGO Awards")
        dialog.year.setValue(2024)
        dialog.path.setText(str(path))
        return NewEditionDialog.DialogCode.Accepted

    monkeypatch.setattr(NewEditionDialog, "exec", fill)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.new_edition()
    qtbot.waitUntil(lambda: window.info is not None, timeout=WAIT_MS)
    assert window.info.name == "5th WeGO Awards" and window.info.categories == 6
    assert window.current_view() == "applications"
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert window.pages["applications"].count.text() == "0 applications"


def test_window_state_and_the_last_edition_are_remembered(qtbot, make_window, demo_path,
                                                          tmp_path):
    settings = QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_path(str(demo_path))
    qtbot.waitUntil(lambda: window.info is not None, timeout=WAIT_MS)
    window.show_view("progress")
    window.resize(790, 560)  # the width stays at the window's minimum; the height is taken
    assert window.height() == 560
    window.close()
    again = MainWindow(QSettings(str(tmp_path / "remember.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.height() == 560  # not the default 820 (the offscreen screen clamps widths)
    assert again.settings.value("last") == str(demo_path)
    assert again.settings.value("view") == "progress"
    assert ui_app._start_target(None, again) == str(demo_path)


def test_errors_are_told_in_words_never_as_a_traceback():
    assert describe(Refused("'XX' is not a category")) == "'XX' is not a category"
    try:
        {}["missing"]
    except KeyError as exc:
        text = describe(exc)
    assert "a bug in WeGO Awards" in text and "Traceback" not in text
    assert str(LOG) in text


def test_an_error_nobody_handles_reaches_the_window_in_words(qtbot, worker):
    def refuse(_db):
        raise Refused("the edition is finalized")

    with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as got:
        worker.submit(refuse)
    assert describe(got.args[0]) == "the edition is finalized"


def test_the_collector_paused_for_the_start_collects_its_garbage_then_freezes_the_rest():
    """The start's unreachable cycles are collected when the collector resumes, not frozen
    (kept for ever)."""
    import gc
    import weakref

    from ui import app as app_module

    class Node:
        pass

    assert gc.isenabled()
    resume = app_module._pause_collector()
    try:
        cycle = Node()
        cycle.me = cycle  # garbage only the cyclic collector can free
        gone = weakref.ref(cycle)
        del cycle
        assert not gc.isenabled() and gone() is not None
    finally:
        resume()
        gc.unfreeze()  # the rest of the suite as it was
    assert gc.isenabled()
    assert gone() is None


def test_a_start_that_fails_leaves_the_collector_on(monkeypatch, tmp_path):
    import gc

    from ui import app as app_module

    def broken(_lang=None):  # noqa: ANN202
        raise RuntimeError("no application")

    monkeypatch.setattr(app_module, "_application", broken)
    assert gc.isenabled()
    try:
        with pytest.raises(RuntimeError):
            app_module.run(screenshot=tmp_path / "x.png")
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
