"""Starting the desktop app: ``wego-awards gui`` calls :func:`run`.

``run(target, view, screenshot)`` opens the edition (or judge's package) ``target`` on ``view``;
with ``screenshot`` it waits until the edition is shown and the view has everything it asked
for, saves a PNG of the main window and exits (documentation and tests). Without a display a
screenshot is taken on Qt's offscreen platform.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

SCREENSHOT_TIMEOUT_S = 60.0
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_POLL_MS = 2  # how often the screenshot asks, while the worker is idle, whether the
# edition is shown (three answers in a row take the picture)
COLLECTOR_PAUSE_MS = 5000  # the longest the cyclic garbage collector waits for the first view


def _pause_collector(collect: bool = True):  # noqa: ANN202 - the function that resumes it
    """Python's cyclic garbage collector off while the app starts, as ``gc.freeze``'s
    documentation advises: the start creates few cycles and many objects (modules, classes,
    SQLAlchemy's constructs), which the collector would walk again and again (all at once when
    it is merely turned back on), and once more at exit. The function returned collects what
    cycles the start left unreachable (frozen, they would be kept for ever; with ``collect``),
    freezes the rest (never walked again) and turns the collector back on; later calls do
    nothing. (The collection costs 0.03 s after the imports, 0.007 s once the first view of
    the large edition is shown: the imports' resume skips it, leaving their few hundred
    unreachable objects, a fixed amount, and the app's resume after its first view does it.)"""
    if not gc.isenabled():
        return lambda: None
    gc.disable()
    state = {"paused": True}

    def resume() -> None:
        if state["paused"]:
            state["paused"] = False
            try:
                if collect:
                    gc.collect()
                gc.freeze()
            finally:
                gc.enable()

    return resume


def _import_database_layer() -> None:
    """Import what opening an edition needs, before Qt.

    The command line imports this module first, then Qt, then calls :func:`run`. PySide6 reads
    the source of every module imported after it (its feature switch calls inspect.getsource on
    each): for SQLAlchemy's few hundred modules that is a tenth of a second of the start, spent
    for nothing. The cyclic garbage collector is paused meanwhile (see :func:`_pause_collector`:
    imports make objects that live as long as the program, not garbage)."""
    resume = _pause_collector(collect=False)
    try:
        import sqlalchemy.dialects.sqlite  # noqa: F401 - the dialect of an edition file

        import wego_awards.db.migrate  # noqa: F401
        import wego_awards.services.acting  # noqa: F401
        import wego_awards.services.browse  # noqa: F401
        import wego_awards.services.edition  # noqa: F401
        import wego_awards.services.filekind  # noqa: F401
    finally:
        resume()


_import_database_layer()


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


_QUIET = ("This plugin does not support propagateSizeHints()",)  # offscreen platform noise


def _messages(mode, _context, message: str) -> None:  # noqa: ANN001 - Qt's handler
    """Qt's own messages to stderr, without the offscreen platform's harmless chatter."""
    if not message.startswith(_QUIET):
        print(message, file=sys.stderr)


def _application(lang: str | None = None):  # noqa: ANN202 - QApplication
    """The one QApplication, its fonts, and its language (``lang``, else the one chosen in the
    app, else the system's): the translators are installed here, before any window exists."""
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("WeGO")
    QCoreApplication.setOrganizationDomain("we-gov.org")
    QCoreApplication.setApplicationName("WeGO Awards")
    if QApplication.instance() is None:
        qInstallMessageHandler(_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _add_shipped_fonts()
    from ui import i18n

    i18n.install(app, lang)
    return app


def _add_shipped_fonts() -> None:
    """Hangul, CJK and Arabic render even where the system has no such fonts: the fonts the
    certificates embed are offered to Qt's font fallback as well."""
    from PySide6.QtGui import QFontDatabase

    from wego_awards.resources import resource_path

    for sub, pattern in (("nanum", "*.ttf"), ("droid", "*.ttf"),
                         ("noto", "NotoNaskhArabic-*.ttf")):
        for font in sorted(resource_path("fonts", sub).glob(pattern)):
            QFontDatabase.addApplicationFont(str(font))


def _start_target(target: str | None, window) -> str | None:  # noqa: ANN001
    """What to open when no --db was given: $WEGO_AWARDS_DB, the last edition, or the default
    file if it exists; else nothing (the first-run screen)."""
    if target:
        return target
    env = os.environ.get("WEGO_AWARDS_DB")
    if env:
        return env
    if window.remember:
        last = window.settings.value("last")
        if isinstance(last, str) and ("://" in last or Path(last).exists()):
            return last
    from wego_awards.db.location import default_db_path

    default = default_db_path()
    return str(default) if default.exists() else None


def run(target: str | os.PathLike[str] | None = None, view: str | None = None,
        screenshot: str | os.PathLike[str] | None = None, lang: str | None = None) -> int:
    """Open the app on ``target`` (a database file, URL or judge's package) and ``view``, in the
    language ``lang`` (else the one chosen in the app, else the system's); with ``screenshot``,
    save a PNG of the window once the edition is shown and return. Returns the exit status:
    0 done, 1 refused (e.g. the file cannot be opened), 2 wrong usage."""
    from ui.i18n import LANGUAGES
    from ui.mainwindow import VIEWS

    if view is not None and view not in VIEWS:
        print(f"wego-awards: '{view}' is not a view; choose one of {', '.join(VIEWS)}",
              file=sys.stderr)
        return 2
    if lang is not None and lang not in LANGUAGES:
        print(f"wego-awards: '{lang}' is not a language of the app; choose one of "
              f"{', '.join(LANGUAGES)}", file=sys.stderr)
        return 2
    if not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        if screenshot is None:
            print("wego-awards: no display here: the desktop app needs one (for a picture of "
                  "it, add --screenshot FILE)", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    resume = _pause_collector()
    try:
        from PySide6.QtCore import QSettings, QTimer

        from ui.mainwindow import MainWindow

        app = _application(lang)
        remember = screenshot is None
        window = MainWindow(QSettings(), remember=remember)
        if screenshot is not None:
            window.resize(*SCREENSHOT_SIZE)
        start = _start_target(str(target) if target is not None else None, window)
        if start:  # the worker starts opening it while the window is shown
            window.open_path(start, view)
        window.show()
        if screenshot is not None:
            try:
                return _screenshot(app, window, Path(screenshot), opening=bool(start))
            finally:
                resume()
        window.edition_shown.connect(resume)
        QTimer.singleShot(COLLECTOR_PAUSE_MS if start else 0, resume)
    except BaseException:  # the app could not start: the collector is not left off
        resume()
        raise
    previous = sys.excepthook
    sys.excepthook = lambda kind, exc, trace: _unexpected(window, exc)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous
    return int(code)


def _unexpected(window, exc: BaseException) -> None:  # noqa: ANN001
    """A bug in a slot: the details go to the log, the person reads one sentence."""
    import contextlib
    import traceback

    from ui.messages import show_error

    with contextlib.suppress(AttributeError):  # an exception type with __slots__
        if not hasattr(exc, "__wego_trace__"):
            exc.__wego_trace__ = "".join(traceback.format_exception(exc))  # type: ignore
    from PySide6.QtCore import QCoreApplication

    show_error(window, exc, QCoreApplication.translate("App", "Something went wrong"))


def _screenshot(app, window, out: Path, opening: bool) -> int:  # noqa: ANN001
    """Wait until the window shows the edition with everything loaded, then save it.

    It asks only while the database worker is idle: a timer waking the GUI thread while the
    worker runs would take the interpreter's lock from it each time (for up to 5 ms).
    A local event loop, not ``app.exec()``: leaving it does not mark the application as
    quitting, so a caller (the tests) can go on using the same QApplication."""
    from PySide6.QtCore import QEventLoop, QTimer

    state = {"code": 1, "steady": 0}

    def check() -> None:
        failed = opening and not window.opening and window.open_error
        ready = window.is_ready() if opening else True
        if failed:
            print(f"wego-awards: {window.open_error}", file=sys.stderr)
            finish(1)
            return
        # Ready three times in a row: answers that arrive together are painted before the
        # picture.
        state["steady"] = state["steady"] + 1 if ready else 0
        if state["steady"] >= 3:
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out), "PNG"):
                print(f"wego-awards: {out}: the picture could not be written", file=sys.stderr)
                finish(1)
                return
            finish(0)

    def busy(working: bool) -> None:
        state["steady"] = 0
        if working:
            timer.stop()
        else:
            timer.start()

    def timed_out() -> None:
        print("wego-awards: the edition was not shown within "
              f"{SCREENSHOT_TIMEOUT_S:.0f} s; no picture taken", file=sys.stderr)
        finish(1)

    def finish(code: int) -> None:
        state["code"] = code
        timer.stop()
        deadline.stop()
        window.worker.busy_changed.disconnect(busy)
        window.close()
        loop.exit(code)

    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(SCREENSHOT_POLL_MS)
    timer.timeout.connect(check)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(timed_out)
    deadline.start(int(SCREENSHOT_TIMEOUT_S * 1000))
    window.worker.busy_changed.connect(busy)
    if not window.worker.busy:
        timer.start()
    loop.exec()
    app.setQuitOnLastWindowClosed(quit_on_close)
    return int(state["code"])
