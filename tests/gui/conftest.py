"""GUI test fixtures: a main window on a copy of the demo edition, with its own settings file.

The root conftest sets QT_QPA_PLATFORM=offscreen, so these run headless. Each window gets a
fresh database copy (``demo_path``) and an INI settings file in the test's folder, so tests never
read or write the user's real settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from ui.mainwindow import MainWindow  # noqa: E402
from ui.worker import DbWorker  # noqa: E402
from wego_awards.services.edition import open_database  # noqa: E402

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def english(monkeypatch) -> Iterator[None]:
    """Every test starts in English, left to right, whatever the machine's locale; a test that
    installs another language (``ui.i18n.install``) is set back afterwards."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    yield
    app = QApplication.instance()
    if app is not None and i18n.current() != "en":
        i18n.uninstall(app)


STUCK_S = 45  # a modal dialog nobody answers for this long is a test that would hang forever


@pytest.fixture(autouse=True)
def no_dialog_left_unanswered(qapp) -> Iterator[None]:
    """A modal dialog the test did not expect (an error box, a question) would block the test
    for ever, and a hung suite says nothing. After ``STUCK_S`` seconds it is closed, and the
    test fails naming the dialog and what it said."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

    since: dict[int, float] = {}
    stuck: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            since.clear()
            return
        first = since.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first > STUCK_S:
            said = getattr(dialog, "text", None) or getattr(dialog, "labelText", None)
            stuck.append(f"{type(dialog).__name__} '{dialog.windowTitle()}': "
                         f"{said() if callable(said) else ''}")
            since.pop(id(dialog), None)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not stuck, f"a dialog was left open with no one to answer it: {stuck}"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings) -> Callable[..., MainWindow]:
    """Open ``path`` in a new main window and wait until ``view`` is shown and loaded."""

    def make(path: Path | str, view: str | None = None, judge: str | None = None) -> MainWindow:
        window = MainWindow(settings, remember=True)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.open_path(str(path), view, judge)
        qtbot.waitUntil(lambda: window.info is not None or bool(window.open_error),
                        timeout=WAIT_MS)
        if window.info is not None:
            qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
        return window

    return make


@pytest.fixture
def worker(qtbot, demo_path) -> Iterator[DbWorker]:
    """A database worker with the demo edition open."""
    w = DbWorker()
    opened = []
    w.open(lambda: open_database(demo_path), done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    yield w
    w.shutdown()


def settle(qtbot, window: MainWindow) -> None:
    """Wait until every database job has answered and the current view is loaded."""
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)





def when_modal(fn: Callable[[object], None], timeout_ms: int = WAIT_MS) -> None:
    """Answer the next modal dialog as a person would: once it is on screen, ``fn(dialog)``
    fills it and presses its button (a modal ``exec()`` blocks the test until then)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    timer = QTimer()
    state = {"left": timeout_ms // 25}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        state["left"] -= 1
        # A progress window (long work shows one) is not the question being waited for.
        if dialog is not None and dialog.isVisible() and not isinstance(dialog, QProgressDialog):
            timer.stop()
            fn(dialog)
        elif state["left"] <= 0:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(25)
    _timers.append(timer)  # kept alive until it fires


_timers: list = []


def press(dialog, text: str) -> None:
    """Press the button whose text starts with ``text`` in a message box or dialog."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "").startswith(text) and button.isVisible():
            button.click()
            return
    raise AssertionError(f"no button '{text}' in {dialog.windowTitle()}: "
                         f"{[b.text() for b in dialog.findChildren(QAbstractButton)]}")
