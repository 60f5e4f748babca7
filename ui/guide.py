"""Help ▸ User guide: the secretariat's edition step by step and the judge's evening, with
pictures, in a window beside the app (also reachable from the first-run screen).

The guide is a Markdown file shipped with the resources (``resources/guide/guide.md``) with
its screenshots beside it, so the bundle and an installed wheel carry it too; Qt's text browser
shows Markdown and the pictures without any web engine.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from wego_awards.resources import resource_path

GUIDE = ("guide", "guide.md")


class GuideWindow(QDialog):
    """The user guide, modeless: the person reads it while using the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("WeGO Awards · User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = resource_path(*GUIDE)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        if path.exists():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this "
                                              "installation ({path}).").format(path=path))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 900, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)


def show_guide(parent: QWidget | None) -> GuideWindow:
    """Show the guide (one window, raised if it is open already)."""
    existing = parent.findChild(GuideWindow) if parent is not None else None
    window = existing or GuideWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
