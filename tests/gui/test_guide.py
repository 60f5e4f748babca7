"""Help ▸ User guide and the first-run screen's button open the guide, with both parts and every
picture it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import WAIT_MS
from ui.guide import GUIDE, GuideWindow
from ui.mainwindow import MainWindow
from wego_awards.resources import resource_path

pytestmark = pytest.mark.gui

HEADINGS = ("Part 1 · The secretariat's edition, step by step", "Part 2 · The judge's evening",
            "Keyboard shortcuts", "Troubleshooting")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def guide_path() -> Path:
    return resource_path(*GUIDE)


def pictures() -> list[str]:
    return IMAGE.findall(guide_path().read_text(encoding="utf-8"))


def open_guides() -> list[GuideWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, GuideWindow) and w.isVisible()]


def check_guide(guide: GuideWindow) -> None:
    text = guide.browser.toPlainText()
    for heading in HEADINGS:
        assert heading in text, heading
    assert "missing from this installation" not in text


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    w = MainWindow(settings, remember=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    for guide in open_guides():
        guide.close()


def test_the_guide_and_its_pictures_are_shipped() -> None:
    assert guide_path().is_file()
    names = pictures()
    assert len(names) >= 20
    folder = guide_path().parent
    for name in names:
        path = folder / name
        assert path.is_file(), name
        assert not QImage(str(path)).isNull(), name
        assert path.stat().st_size <= 200_000, f"{name} is {path.stat().st_size} bytes"


def test_help_user_guide_opens_the_guide(qtbot, window) -> None:
    action = window.actions_by_name["guide"]
    assert action in window.menuBar().actions()[-1].menu().actions()  # in the Help menu
    action.trigger()
    qtbot.waitUntil(lambda: bool(open_guides()), timeout=WAIT_MS)
    guide = open_guides()[0]
    check_guide(guide)
    document = guide.browser.document()
    for name in pictures():
        # The text browser finds each picture beside the guide and can draw it.
        found = document.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                      document.baseUrl().resolved(name))
        if isinstance(found, (bytes, bytearray, QByteArray)):
            found = QImage.fromData(found)
        assert isinstance(found, (QImage, QPixmap)) and not found.isNull(), name


def test_the_first_run_screen_opens_the_guide(qtbot, window) -> None:
    assert window.central.currentWidget() is window.welcome
    window.welcome.guide_button.click()
    qtbot.waitUntil(lambda: bool(open_guides()), timeout=WAIT_MS)
    check_guide(open_guides()[0])
    window.welcome.guide_button.click()  # again: the same window, raised
    assert len(open_guides()) == 1
