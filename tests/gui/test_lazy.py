"""The services imported when first used (ui.lazy): whole on every thread, at once or later."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import DEMO
from ui.lazy import lazy

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

SLOW = '''
import time
time.sleep(0.3)  # a module as slow to load as pandas is, for the other thread to arrive
def f():
    return "whole"
'''


def test_two_threads_using_a_lazy_module_at_once_both_get_it(tmp_path, monkeypatch):
    """The database worker starts loading a lazy module and the GUI thread uses it meanwhile
    (a menu, or the warm-up): both wait for the one import and see the whole module."""
    package = tmp_path / "slowlazypkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "slowmod.py").write_text(SLOW, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("slowlazypkg", "slowlazypkg.slowmod"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    module = lazy("slowlazypkg.slowmod")
    got: list[str] = []
    errors: list[str] = []

    def use() -> None:
        try:
            got.append(module.f())
        except Exception as exc:  # noqa: BLE001 - what the thread met is the test's finding
            errors.append(repr(exc))

    worker = threading.Thread(target=use, name="wego-db")
    worker.start()
    time.sleep(0.05)  # the worker is inside the module's body now
    use()
    worker.join()
    assert errors == []
    assert got == ["whole", "whole"]
    assert module.f is sys.modules["slowlazypkg.slowmod"].f


# A fresh app in its own interpreter (the suite's has imported the services long ago): a person
# opens an edition, looks at it for a moment, then chooses File ▸ Import a file…, types the
# file's name, and imports it. Which thread ran each service module's body is recorded.
PERSON = textwrap.dedent('''
    import json, sys, threading, time
    import ui.app  # as the command does: the database layer before Qt
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import Qt

    ran = []
    WATCH = tuple(f"services/{n}.py" for n in
                  ("imports", "sheets", "packages", "exports", "records", "rounds"))

    def seen(frame, event, arg):
        if (event == "call" and frame.f_code.co_name == "<module>"
                and frame.f_code.co_filename.endswith(WATCH)):
            ran.append([frame.f_code.co_filename.rsplit("/", 1)[-1],
                        threading.current_thread().name])

    sys.setprofile(seen)
    threading.setprofile(seen)
    app = QApplication([])
    from ui.importer import ImportDialog
    from ui.mainwindow import MainWindow

    edition, settings, table = sys.argv[1:4]

    def spin(until, seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.005)
        return until()

    window = MainWindow(QSettings(settings, QSettings.Format.IniFormat), remember=False)
    window.resize(1280, 800)
    window.show()
    window.open_path(edition, "applications")
    assert spin(lambda: window.info is not None and window.is_ready(), 60)
    spin(lambda: False, 3)  # the person looks at the applications for three seconds
    file_menu = window.menuBar().actions()[0].menu()
    action = window.actions_by_name["import"]
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = window.findChild(ImportDialog)
    QTest.keyClicks(dialog.path, table)
    QTest.keyClick(dialog.path, Qt.Key.Key_Return)
    assert spin(dialog.import_button.isEnabled, 60), dialog.verdict.text()
    reports = []
    dialog.imported.connect(reports.append)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert spin(lambda: bool(reports) and window.is_ready(), 60), dialog.verdict.text()
    print(json.dumps({"ran": ran, "imported": str(reports[0])}))
    window.worker.shutdown()
''')


def test_after_a_plain_open_the_menus_services_load_on_the_gui_thread(demo_path, tmp_path):
    """Opened and looked at, nothing changed: the menus' services are imported on the GUI
    thread (the warm-up after an open), not first by the database worker under File ▸ Import."""
    judges = tmp_path / "judges.csv"
    judges.write_text((DEMO / "judges.csv").read_text(encoding="utf-8")
                      + "J99,Nour Haddad,Urban Lab,Jordan,nour@example.org,\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PERSON, str(demo_path),
                          str(tmp_path / "settings.ini"), str(judges)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["imported"]
    ran = dict(seen["ran"])
    assert "imports.py" in ran, seen
    assert set(ran.values()) == {"MainThread"}, ran
