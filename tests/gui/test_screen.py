"""The first window fits the screen it is on, a 1366x768 laptop included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect

from ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def test_the_first_window_never_exceeds_the_available_screen(qtbot, settings):
    window = MainWindow(settings, remember=True)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_a_remembered_size_larger_than_this_screen_is_shrunk_onto_it(qtbot, settings):
    big = MainWindow(settings, remember=False)
    qtbot.addWidget(big)
    big.setGeometry(QRect(-300, -200, 4000, 3000))  # saved on a much bigger screen
    settings.setValue("window/geometry", big.saveGeometry())
    assert isinstance(settings.value("window/geometry"), QByteArray)
    window = MainWindow(settings, remember=True)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.geometry().topLeft())
