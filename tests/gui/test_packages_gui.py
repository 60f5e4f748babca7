"""A judge opens their sealed package in the app: it asks for the passphrase (hidden as it is
typed), says so when a wrong one is typed and asks again, keeps it for the session only, and a
cancel leaves the package closed with a message that says why."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests.conftest import PACKAGE_PASSPHRASE
from tests.gui.conftest import WAIT_MS, when_modal
from ui.mainwindow import MainWindow
from wego_awards.services import packages


def _answer(asked: list[str], text: str | None):
    def fill(dialog) -> None:  # noqa: ANN001 - the QInputDialog on screen
        asked.append(dialog.labelText())
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()
    return fill


def _window(qtbot, settings, package, monkeypatch) -> MainWindow:
    monkeypatch.delenv("WEGO_AWARDS_PASSPHRASE")  # the judge's machine: nothing set
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    window = MainWindow(settings, remember=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_the_app_asks_for_the_passphrase_and_again_when_it_is_wrong(qtbot, settings, demo_db,
                                                                     tmp_path, monkeypatch):
    package = tmp_path / "package-J2.db"
    packages.export_package(demo_db, "J2", package, PACKAGE_PASSPHRASE)
    window = _window(qtbot, settings, package, monkeypatch)
    asked: list[str] = []
    when_modal(_answer(asked, "wrong words typed here"))
    window.actions_by_name["open"].trigger()  # File ▸ Open edition or judge's package…
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)
    assert "package-J2.db is a judge's sealed package" in asked[0]
    when_modal(_answer(asked, "  " + PACKAGE_PASSPHRASE.upper()))  # as read out on the phone
    qtbot.waitUntil(lambda: window.info is not None, timeout=WAIT_MS)
    assert "does not open package-J2.db" in asked[1]
    assert window.info.package_judge == "J2"
    qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
    assert window.current_view() == "scoring"
    # Opened again in the same session: not asked again. Never written to the preferences.
    window.open_path(str(package))
    qtbot.waitUntil(lambda: window.info is not None and not window.opening, timeout=WAIT_MS)
    assert len(asked) == 2
    settings.sync()
    assert not any(PACKAGE_PASSPHRASE.split()[0] in str(settings.value(k))
                   for k in settings.allKeys())


def test_cancelling_the_passphrase_leaves_the_package_closed(qtbot, settings, demo_db, tmp_path,
                                                             monkeypatch):
    package = tmp_path / "package-J3.db"
    packages.export_package(demo_db, "J3", package, PACKAGE_PASSPHRASE)
    before = package.read_bytes()
    window = _window(qtbot, settings, package, monkeypatch)
    asked: list[str] = []
    when_modal(_answer(asked, None))
    window.actions_by_name["open"].trigger()
    qtbot.waitUntil(lambda: bool(window.open_error), timeout=WAIT_MS)
    assert window.info is None and len(asked) == 1
    assert "give its passphrase" in window.welcome.message.text()
    assert package.read_bytes() == before
