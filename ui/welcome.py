"""The first-run screen: what a person can do before any edition is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import style
from wego_awards import __version__


class WelcomePage(QWidget):
    """Open an edition, open a judge's package, create an edition, or try the demo."""

    open_edition = Signal()
    open_package = Signal()
    new_edition = Signal()
    try_demo = Signal()
    open_recent = Signal(str)
    show_guide = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("WeGO Awards"))
        style.role(title, "welcomeTitle")
        subtitle = QLabel(self.tr("Run an awards competition: applications, judges' scores, "
                                  "awards and certificates."))
        style.role(subtitle, "muted")
        self.message = QLabel("")
        style.role(self.message, "banner")
        self.message.setWordWrap(True)
        self.message.hide()
        grid = QGridLayout()
        grid.setSpacing(14)
        choices = (
            (self.tr("Open an edition…"), self.tr("The secretariat's file of a competition "
                                                  "(.db)."), self.open_edition),
            (self.tr("Open a judge's package…"), self.tr("The file the secretariat sent you to "
                                                         "score applications, even offline."),
             self.open_package),
            (self.tr("Create a new edition…"), self.tr("Start a competition: name and year; "
                                                       "then import criteria, applications and "
                                                       "judges."), self.new_edition),
            (self.tr("Try the demo"), self.tr("The 4th WeGO Awards (2020): 52 applications, 6 "
                                              "judges, ready to explore."), self.try_demo),
        )
        self.buttons: dict[str, QPushButton] = {}
        for i, (label, text, signal) in enumerate(choices):
            card = QFrame()
            card.setObjectName("choice")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            button = QPushButton(label)
            style.role(button, "big")
            button.clicked.connect(signal)
            self.buttons[label] = button
            note = QLabel(text)
            note.setWordWrap(True)
            style.role(note, "muted")
            # Wrapped labels in a grid are given too little height; say what they need.
            button.setMinimumHeight(button.sizeHint().height())
            note.setMinimumHeight(note.fontMetrics().lineSpacing() * 3 + 6)
            cv = QVBoxLayout(card)
            cv.addWidget(button)
            cv.addWidget(note)
            grid.addWidget(card, i // 2, i % 2)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(140)
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(
            item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label = QLabel("<b>" + self.tr("Recently opened") + "</b>")
        version = QLabel(self.tr("version {version}").format(version=__version__))
        style.role(version, "muted")
        guide = QPushButton(self.tr("Read the user guide (F1)"))
        guide.setToolTip(self.tr("The secretariat's edition step by step, and the judge's "
                                 "evening"))
        guide.clicked.connect(self.show_guide)
        self.guide_button = guide
        foot = QHBoxLayout()
        foot.addWidget(guide)
        foot.addStretch(1)
        foot.addWidget(version)
        box = QWidget()
        box.setMaximumWidth(760)
        bv = QVBoxLayout(box)
        bv.addWidget(title)
        bv.addWidget(subtitle)
        bv.addSpacing(12)
        bv.addWidget(self.message)
        bv.addLayout(grid)
        bv.addSpacing(12)
        bv.addWidget(self.recent_label)
        bv.addWidget(self.recent)
        bv.addLayout(foot)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(f"{Path(p).name}    {Path(p).parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
