"""Make the user guide's pictures (``resources/guide/*.png``) by driving the real main window.

    .venv/bin/python tools/guide_screenshots.py [OUT_DIR]

It needs no display: Qt's offscreen platform is given a 1366x768 screen (a common laptop) and
the window fills it. What the pictures show is done the way a person does it, through the
window's own menus, buttons and dialogs, on editions made for the purpose in a temporary folder:

- a new edition created in the New edition dialog, filled by importing the demo's criteria,
  applications and judges (and refused a broken file), judges assigned, packages exported;
- a copy of the demo edition still being scored (judge J1 has three applications left), for the
  tables, the record form, conflicts, settings and progress; J1's package is scored with the
  keyboard, sent back and merged;
- a copy of the demo edition with a close contest in Safe City, for the results with flags for
  the jury, the jury's decision, finalizing and the certificates.

Dialogs that the app opens with ``exec()`` are captured from a timer while they are on screen,
then answered as a person would (so the next step sees what they did). Pictures wider than the
guide window's text column are scaled down smoothly; a picture over ``MAX_BYTES`` is saved with
a 256-colour palette instead.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREEN = (1366, 768)
# The guide window is 900 px wide (ui/guide.py) and Qt's text browser shows a picture at its
# own size: wider ones would need a sideways scroll. So pictures are at most this wide.
MAX_WIDTH = 860
MAX_BYTES = 150_000
STEP_TIMEOUT_S = 60.0
CRITERIA = ("INNO", "IMPACT", "SUST", "INCL", "TRANS")
J1_LEFT = ("SU-02", "SU-04", "SU-06")  # J1 has these left to score in the "open" copy

written: list[Path] = []


# --- the editions -------------------------------------------------------------------------------


def build_editions(work: Path) -> dict[str, Path]:
    """The demo copies (one being scored, one with a close contest) and J1's package."""
    from wego_awards.demo import build_demo
    from wego_awards.services import judging, packages
    from wego_awards.services.edition import open_database

    paths = {"open": work / "wego-2020.db", "results": work / "wego-2020-results.db",
             "package": work / "package-J1.db"}
    with open_database(paths["open"], create=True) as db:
        build_demo(db)
        for app in J1_LEFT:
            for crit in CRITERIA:
                judging.save_score(db, "J1", app, crit, None)
        # The judge's passphrase, given to the app as a judge's command line would.
        phrase = "orbit quartz lantern meadow fiddle"
        packages.export_package(db, "J1", paths["package"], phrase)
        os.environ["WEGO_AWARDS_PASSPHRASE"] = phrase
    with open_database(paths["results"], create=True) as db:
        build_demo(db)
        # Two judges think more of SC-02: Silver and Special Mention are nearly tied, and the
        # places hang on single judges; the jury is told.
        for judge, value in (("J3", 10), ("J5", 9)):
            for crit in CRITERIA:
                judging.save_score(db, judge, "SC-02", crit, value)
    return paths


def broken_applications(work: Path) -> Path:
    """An applications file with three mistakes a secretariat makes (and good rows around)."""
    from wego_awards.demo import demo_dir

    with (demo_dir() / "applications.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))[:12]
    columns = ["code", "category", "city", "country", "title", "summary", "organisation",
               "email"]
    rows[3]["category"] = "Smart Mobility"
    rows[6]["city"] = ""
    rows[9]["code"] = rows[8]["code"]
    path = work / "applications-2023.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, columns, extrasaction="ignore")
        out.writeheader()
        out.writerows(rows)
    return path


# --- Qt helpers ---------------------------------------------------------------------------------


def pump(ms: int = 50) -> None:
    """Let Qt run for ``ms`` milliseconds (answers arrive, widgets paint)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(cond: Callable[[], Any], what: str, timeout: float = STEP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if watchdog is not None and watchdog.error:
            raise RuntimeError(f"while waiting for {what}: {watchdog.error}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        pump(30)


def settle(window: Any, extra_ms: int = 250) -> None:
    """Wait until the view on screen has everything it asked for, then let it paint."""
    wait_until(lambda: not window.opening and window.is_ready(),
               f"the {window.current_view()} view")
    pump(extra_ms)
    wait_until(lambda: not window.worker.busy, "the database worker")
    pump(100)


def top_level(match: Callable[[Any], bool]) -> Any:
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w.isVisible() and match(w):
            return w
    return None


def titled(text: str) -> Callable[[Any], bool]:
    return lambda w: text in w.windowTitle()


def of_type(kind: type) -> Callable[[Any], bool]:
    return lambda w: isinstance(w, kind)


def modal(trigger: Callable[[], Any], match: Callable[[Any], bool],
          script: Callable[[Any], Iterator[Any]], what: str) -> None:
    """Call ``trigger`` (which may wait in a dialog's ``exec()``); when a visible top-level
    widget that ``match``es shows, run ``script(dialog)``: a generator that yields a number of
    milliseconds to wait or a condition to wait for, takes its pictures, and closes the dialog."""
    from PySide6.QtCore import QTimer

    state: dict[str, Any] = {"gen": None, "wait": None, "until": 0.0, "done": False,
                             "error": None, "deadline": time.monotonic() + STEP_TIMEOUT_S}

    def fail(exc: BaseException) -> None:
        state["error"], state["done"] = exc, True
        timer.stop()
        dialog = top_level(match)
        if dialog is not None:
            dialog.close()

    def poll() -> None:
        try:
            if time.monotonic() > state["deadline"]:
                raise TimeoutError(f"{what}: waited {STEP_TIMEOUT_S:.0f} s")
            if state["gen"] is None:
                dialog = top_level(match)
                if dialog is None:
                    return
                state["gen"] = script(dialog)
            wait = state["wait"]
            if isinstance(wait, (int, float)):
                if time.monotonic() < state["until"]:
                    return
            elif wait is not None and not wait():
                return
            step = next(state["gen"])
            state["wait"] = step
            state["deadline"] = time.monotonic() + STEP_TIMEOUT_S
            if isinstance(step, (int, float)):
                state["until"] = time.monotonic() + step / 1000
        except StopIteration:
            state["done"] = True
            timer.stop()
        except BaseException as exc:  # noqa: BLE001 - raised again below
            fail(exc)

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    timer.start()
    if watchdog is not None:
        watchdog.expected.append(match)
    QTimer.singleShot(0, trigger)
    try:
        wait_until(lambda: state["done"], what, STEP_TIMEOUT_S * 4)
    finally:
        timer.stop()
        if watchdog is not None:
            watchdog.expected.remove(match)
    if state["error"] is not None:
        raise state["error"]


class Watchdog:
    """A message box nobody expected (an error in the app, a question the script did not
    foresee) would wait for a click forever: say what it says, close it, and stop the run."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.expected: list[Callable[[Any], bool]] = []
        self.seen: dict[int, float] = {}
        self.error: str | None = None
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        for w in QApplication.topLevelWidgets():
            if not (isinstance(w, QMessageBox) and w.isVisible()):
                continue
            if any(match(w) for match in self.expected):
                continue
            first = self.seen.setdefault(id(w), time.monotonic())
            if time.monotonic() - first > 3:
                self.error = f"an unexpected message: {w.windowTitle()}: {w.text()}"
                print(f"guide_screenshots: {self.error}", file=sys.stderr)
                w.done(0)


watchdog: Watchdog | None = None


def press(dialog: Any, text: str) -> None:
    """Click the visible button whose text starts with ``text``."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text().replace("&", "").startswith(text):
            button.click()
            return
    raise LookupError(f"no button '{text}' in {dialog.windowTitle()}")


def answer_file_dialogs(**answers: str) -> None:
    """What the file dialogs answer next (the script is the person choosing the files)."""
    from PySide6.QtWidgets import QFileDialog

    if "open" in answers:
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (answers["open"], ""))
    if "save" in answers:
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (answers["save"], ""))
    if "folder" in answers:
        QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: answers["folder"])


# --- pictures -----------------------------------------------------------------------------------


def save(image: Any, out: Path, name: str, title: str | None = None) -> Path:
    """Save ``image`` as ``out/name``: a dialog (``title`` given) in a thin frame under a title
    bar (the offscreen platform draws none), scaled down smoothly to MAX_WIDTH, and with a
    256-colour palette if it would be too large otherwise."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if title is not None:
        bar = 28
        framed = QImage(image.width() + 2, image.height() + bar + 1, QImage.Format.Format_RGB32)
        framed.fill(QColor("#5b6673"))
        painter = QPainter(framed)
        painter.fillRect(QRect(1, 1, image.width(), bar - 1), QColor("#3d4753"))
        font = QFont()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRect(12, 1, image.width() - 24, bar - 1),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
        painter.drawImage(1, bar, image)
        painter.end()
        image = framed
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    path = out / name
    if not image.save(str(path), "PNG", 0):
        raise OSError(f"{path}: the picture could not be written")
    if path.stat().st_size > MAX_BYTES:
        from PIL import Image

        with Image.open(path) as img:
            img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                        dither=Image.Dither.NONE).save(path, optimize=True)
    written.append(path)
    print(f"{path.name:28} {image.width()}x{image.height()}  {path.stat().st_size / 1024:.0f} KB")
    return path


def shot(widget: Any, out: Path, name: str, border: bool = False) -> Path:
    """A picture of ``widget``; a dialog (``border``) gets its title bar drawn above it."""
    widget.repaint()
    pump(30)
    return save(widget.grab().toImage(), out, name,
                (widget.windowTitle() or " ") if border else None)


def shot_with_menu(window: Any, menu: Any, active: Any, out: Path, name: str) -> Path:
    """The window with one of its menus pulled down and an item highlighted."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    where = bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft())
    menu.popup(where)
    wait_until(menu.isVisible, "the menu")
    menu.setActiveAction(active)
    pump(200)
    image = window.grab().toImage()
    painter = QPainter(image)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    return save(image, out, name)


def show_view(window: Any, view: str) -> None:
    window.show_view(view)
    settle(window)


def open_edition(window: Any, path: Path, view: str | None = None) -> None:
    window.open_path(str(path), view)
    wait_until(lambda: window.info is not None and not window.opening, f"opening {path.name}")
    if window.open_error:
        raise RuntimeError(window.open_error)
    settle(window)


# --- the steps ----------------------------------------------------------------------------------


def first_run_and_new_edition(window: Any, work: Path, out: Path) -> Path:
    from ui.dialogs import NewEditionDialog

    shot(window, out, "first-run.png")
    path = work / "5th-wego-awards.db"

    def fill(d: Any) -> Iterator[Any]:
        d.name.setText("5th WeGO Awards")
        d.year.setValue(2023)
        d.organisation.setText("World Smart Sustainable Cities Organization")
        d.path.setText(str(path))
        yield 200
        shot(d, out, "new-edition.png", border=True)
        d.ok.click()

    modal(window.new_edition, of_type(NewEditionDialog), fill, "the new-edition dialog")
    wait_until(lambda: window.info is not None, "the new edition")
    settle(window)
    shot(window, out, "new-edition-empty.png")
    return path


def imports(window: Any, work: Path, out: Path) -> None:
    from wego_awards.demo import demo_dir

    def import_(path: Path, picture: str | None = None) -> None:
        dialog = window.import_file(path)
        wait_until(dialog.import_button.isEnabled, f"the check of {path.name}")
        pump(200)
        if picture:
            shot(dialog, out, picture, border=True)
        dialog.import_button.click()
        wait_until(lambda: not dialog.isVisible(), f"the import of {path.name}")
        settle(window)

    import_(demo_dir() / "criteria.csv")
    import_(demo_dir() / "applications.csv", "import-preview.png")
    bad = broken_applications(work)
    dialog = window.import_file(bad)
    wait_until(lambda: dialog.table.isVisible() and dialog.problems.rowCount() > 0,
               "the refusal of the broken file")
    pump(200)
    shot(dialog, out, "import-refused.png", border=True)
    dialog.reject()
    import_(demo_dir() / "judges.csv")
    show_view(window, "applications")


def assignment_and_packages(window: Any, work: Path, out: Path) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    def judges_per_application(d: Any) -> Iterator[Any]:
        d.setIntValue(3)
        yield 150
        shot(d, out, "assign.png", border=True)
        d.accept()

    modal(window.assign, of_type(QInputDialog), judges_per_application, "the assignment")
    wait_until(lambda: not window.worker.busy, "the assignment")
    show_view(window, "assignments")
    shot(window, out, "assignments.png")

    shot_with_menu(window, window.edition_menu, window.actions_by_name["export-packages"],
                   out, "menu-edition.png")
    folder = work / "packages-2023"
    answer_file_dialogs(folder=str(folder))

    def written(d: Any) -> Iterator[Any]:
        yield 150
        shot(d, out, "packages-written.png", border=True)
        d.accept()

    modal(window.export_packages,
          lambda w: isinstance(w, QMessageBox) and "Packages written" in w.windowTitle(),
          written, "exporting the packages")


def records_and_settings(window: Any, paths: dict[str, Path], out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.forms import ConflictDialog, RecordDialog
    from ui.settings import SettingsDialog

    open_edition(window, paths["open"], "applications")
    page = window.page("applications")
    page.view.setCurrentIndex(page.view.model().index(2, 0))  # EG-03, Goyang
    pump(300)
    shot(window, out, "applications.png")

    window.actions_by_name["edit"].trigger()
    dialog = top_level(of_type(RecordDialog))
    wait_until(lambda: dialog.ready, "the record form")
    pump(200)
    shot(dialog, out, "record-form.png", border=True)
    dialog.set_value("email", "smartcity@goyang.go.kr")
    dialog.ok.click()
    wait_until(lambda: not dialog.isVisible(), "saving the record")
    settle(window)
    undo = window.undo_action
    shot_with_menu(window, window.edit_menu, undo, out, "menu-undo.png")
    undo.trigger()
    settle(window)
    window.statusBar().clearMessage()  # "Undone: …" would show in the next pictures

    window.declare_conflict(judge="J2", application="MO-04")
    conflict = top_level(of_type(ConflictDialog))
    wait_until(lambda: conflict._loaded and conflict.effect.text(),
               "the conflict dialog's choices")
    conflict.reason.setPlainText("Advised Belo Horizonte on its mobility app in 2019.")
    pump(100)
    wait_until(lambda: conflict.ready and conflict.ok.isEnabled(),
               "what the conflict would clear")
    pump(200)
    shot(conflict, out, "conflict.png", border=True)
    conflict.reject()

    def tabs(d: Any) -> Iterator[Any]:
        yield lambda: d._settings is not None and d.preview_count >= 1 and not d._preview_busy
        yield 1200  # the preview's PDF is laid out and painted
        size = d.size()
        # The first two pages fill only the dialog's top left: the picture shows them in a
        # smaller dialog (as a person may size it), so they need no scaling down.
        d.resize(1000, 600)
        for i, name in enumerate(("settings-edition.png", "settings-awards.png")):
            d.tabs.setCurrentIndex(i)
            yield 500
            shot(d, out, name, border=True)
        d.resize(size)
        d.tabs.setCurrentIndex(2)
        yield 1500
        shot(d, out, "settings-certificate.png", border=True)
        d.reject()

    QApplication.processEvents()
    step("the settings", lambda: modal(window.actions_by_name["settings"].trigger,
                                       of_type(SettingsDialog), tabs, "the settings dialog"))
    show_view(window, "progress")
    shot(window, out, "progress.png")


def judges_evening(window: Any, paths: dict[str, Path], work: Path, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    open_edition(window, paths["package"])
    scoring = window.scoring
    wait_until(lambda: scoring.application in J1_LEFT, "J1's first application left")
    settle(window, 800)

    def key(k: Any, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget(), k, modifiers)
        pump(60)

    window.activateWindow()
    given = {"SU-02": "78768", "SU-04": "89787", "SU-06": "98989"}
    for n, app in enumerate(J1_LEFT):
        if scoring.application != app:
            scoring.select(app)
            wait_until(lambda a=app: scoring.application == a and not window.worker.busy,
                       f"application {app}")
            pump(300)
        scoring.form.first_scale().setFocus(Qt.FocusReason.OtherFocusReason)
        pump(100)
        for i, digit in enumerate(given[app]):
            key(digit)
            key(Qt.Key.Key_Tab)
            if n == 0 and i == 2:  # the picture: three criteria given, two to go
                wait_until(lambda: not scoring.saving, "the scores to be saved")
                settle(window, 400)
                shot(window, out, "judge-scoring.png")
        wait_until(lambda: not scoring.saving, "the scores to be saved")
        pump(200)
    done, total = scoring.model.totals()
    if done != total:
        raise RuntimeError(f"J1 has scored {done} of {total} applications, not all")
    settle(window, 300)
    back = work / "return-J1.db"
    answer_file_dialogs(save=str(back))

    def ready(d: Any) -> Iterator[Any]:
        yield 150
        shot(d, out, "send-back.png", border=True)
        d.accept()

    modal(window.send_back, lambda w: isinstance(w, QMessageBox) and
          w.windowTitle() == "Ready to send", ready,
          "sending the scores back")
    wait_until(back.exists, "the return file")
    return back


def merge_return(window: Any, paths: dict[str, Path], back: Path, out: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    open_edition(window, paths["open"], "progress")
    answer_file_dialogs(open=str(back))

    def merged(d: Any) -> Iterator[Any]:
        yield 150
        shot(d, out, "return-merged.png", border=True)
        d.accept()

    modal(window.page("progress").merge_button.click,
          lambda w: isinstance(w, QMessageBox) and "Return" in w.windowTitle(), merged,
          "merging the return")
    settle(window)


def results_to_certificates(window: Any, paths: dict[str, Path], back: Path, out: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs import OverrideDialog

    open_edition(window, paths["results"], "results")
    results = window.results
    results.categories.setCurrentRow(4)  # SC · Safe City, the close contest
    pump(300)
    shot(window, out, "results.png")
    results.tabs.setCurrentIndex(1)
    pump(300)
    shot(window, out, "results-judges.png")
    results.tabs.setCurrentIndex(0)

    # A return made for another edition is refused, and says why.
    answer_file_dialogs(open=str(back))

    def refused(d: Any) -> Iterator[Any]:
        yield 150
        shot(d, out, "return-refused.png", border=True)
        d.accept()

    modal(window.actions_by_name["merge-return"].trigger,
          lambda w: isinstance(w, QMessageBox) and "refused" in w.windowTitle(), refused,
          "a refused return")
    settle(window)

    def decide(d: Any) -> Iterator[Any]:
        d.award.setCurrentIndex(d.award.findData("silver"))
        d.application.setCurrentIndex(d.application.findData("SC-07"))
        d.reason.setPlainText("SC-07's results for citizens are measured against a baseline; "
                              "SC-02's are not yet. The two are 0.05 apart.")
        yield 200
        shot(d, out, "jury-decision.png", border=True)
        d.ok.click()

    modal(window.actions_by_name["override"].trigger, of_type(OverrideDialog), decide,
          "the jury's decision")
    settle(window, 400)
    shot(window, out, "results-decided.png")

    def finalize(d: Any) -> Iterator[Any]:
        yield 150
        shot(d, out, "finalize.png", border=True)
        press(d, "Finalize")

    modal(window.actions_by_name["finalize"].trigger,
          lambda w: isinstance(w, QMessageBox) and w.objectName() == "finalize", finalize,
          "the finalize question")
    wait_until(lambda: (window.info or {}).get("finalized"), "finalizing")
    settle(window)
    show_view(window, "certificates")
    pump(1500)  # the certificate's PDF is laid out in the viewer
    shot(window, out, "certificates.png")


failed: list[str] = []


def step(what: str, fn: Callable[[], Any]) -> Any:
    """Run one part; if it fails, say so, close what it left open and go on with the rest."""
    from PySide6.QtWidgets import QApplication, QDialog

    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - reported, and the run ends with status 1
        failed.append(f"{what}: {exc}")
        print(f"guide_screenshots: {what} failed: {exc}", file=sys.stderr)
        if watchdog is not None:
            watchdog.error = None
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        pump(300)
        return None


# --- main ---------------------------------------------------------------------------------------


def offscreen_screen(work: Path) -> None:
    """Qt's offscreen platform with one 1366x768 screen at 96 dpi (unless a platform is set)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    config = work / "offscreen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> None:
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1)  # kill -USR1 <pid>: where a stuck run waits
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "guide"
    out.mkdir(parents=True, exist_ok=True)
    # A fixed, plain folder: its paths show in the pictures (the status bar, file fields).
    work = Path(tempfile.gettempdir()) / "wego-guide" / "awards"
    shutil.rmtree(work.parent, ignore_errors=True)
    if failed:
        print("not made:\n  " + "\n  ".join(failed), file=sys.stderr)
        sys.exit(1)
    work.mkdir(parents=True)
    offscreen_screen(work)
    os.environ["HOME"] = str(work)  # file dialogs' and the app's folders stay in here
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    paths = build_editions(work)

    from PySide6.QtCore import QSettings

    from ui.app import _application
    from ui.mainwindow import MainWindow

    global watchdog
    app = _application()
    app.setQuitOnLastWindowClosed(False)
    watchdog = Watchdog()
    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat),
                        remember=False)
    window.resize(*SCREEN)
    window.move(0, 0)
    window.show()
    pump(300)
    window.resize(*SCREEN)
    pump(100)

    if step("the new edition", lambda: first_run_and_new_edition(window, work, out)):
        step("the imports", lambda: imports(window, work, out))
        step("assignment and packages", lambda: assignment_and_packages(window, work, out))
    step("records, settings and progress", lambda: records_and_settings(window, paths, out))
    back = step("the judge's evening", lambda: judges_evening(window, paths, work, out))
    if back is not None:
        step("merging the return", lambda: merge_return(window, paths, back, out))
    step("results to certificates",
         lambda: results_to_certificates(window, paths, back or paths["package"], out))

    window.close()
    pump(200)
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} pictures in {out}, {total / 1024:.0f} KB in all")
    shutil.rmtree(work.parent, ignore_errors=True)
    if failed:
        print("not made:\n  " + "\n  ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
