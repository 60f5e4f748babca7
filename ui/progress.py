"""Progress: per judge and per category, what is scored and what is still missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, style
from ui.charts import ProgressBars
from ui.messages import describe
from ui.tablemodel import ListTableModel, fit_columns
from ui.worker import DbWorker
from wego_awards.services import status
from wego_awards.services.browse import EditionInfo


class ProgressPage(QWidget):
    """Two charts (judges, categories) and the overall figures, from ``status.status``; whom
    to remind with their e-mail addresses; the returns merged from here."""

    merge_return = Signal()  # "Merge a judge's return…": the window asks for the file

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data: dict[str, Any] | None = None
        self._summary = ""  # the figures last shown
        self._loading = 0
        self._edition = 0  # counts the editions shown: an answer for an earlier one is dropped
        self.summary = QLabel("")
        style.role(self.summary, "heading")
        self.summary.setWordWrap(True)
        self.remind = QLabel("")
        style.role(self.remind, "muted")
        self.remind.setWordWrap(True)
        self.judges = ProgressBars(self.tr("Judges: applications scored of those assigned"))
        self.categories = ProgressBars(self.tr("Categories: judge-application pairs scored"))
        row = QHBoxLayout()
        self._areas = [_scrolled(self.judges), _scrolled(self.categories)]
        self._areas[0].setAccessibleName(self.tr("Judges' progress"))
        self._areas[1].setAccessibleName(self.tr("Categories' progress"))
        for area in self._areas:
            row.addWidget(area, 1)
        self.table = ListTableModel((self.tr("Judge"), self.tr("Name"), self.tr("E-mail"),
                                     self.tr("Assigned"), self.tr("Scored"),
                                     self.tr("Partly scored"), self.tr("Missing")),
                                    numeric=(3, 4, 5, 6),
                                    parent=self)
        view = QTableView()
        view.setModel(self.table)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(view, stretch=(1, 2))
        view.setAccessibleName(self.tr("Whom to remind"))
        heading = QLabel(self.tr("Whom to remind (most missing first)"))
        style.role(heading, "heading")
        self.merge_button = QPushButton(self.tr("Merge a judge's return…"))
        self.merge_button.setToolTip(self.tr("A package or filled sheet a judge sent back: checked "
                                     "first, then merged (Ctrl+Shift+I)"))
        self.merge_button.clicked.connect(self.merge_return)
        self.copy_button = QPushButton(self.tr("Copy their e-mail addresses"))
        self.copy_button.setToolTip(self.tr("The addresses of the judges still scoring, for your "
                                    "mail program"))
        self.copy_button.clicked.connect(self.copy_addresses)
        self.mail_button = QPushButton(self.tr("Write to them…"))
        self.mail_button.setToolTip(self.tr("A reminder in your mail program, to the judges still "
                                    "scoring"))
        self.mail_button.clicked.connect(self.write_reminder)
        actions = QHBoxLayout()
        actions.addWidget(heading)
        actions.addStretch(1)
        for b in (self.copy_button, self.mail_button, self.merge_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.remind)
        layout.addLayout(row, 0)
        layout.addLayout(actions)
        layout.addWidget(view, 1)

    def set_edition(self, info: EditionInfo) -> None:
        """Another edition: nothing of the last one's progress stays on screen, nor is taken
        for this one's (an answer still on its way for the last one is dropped)."""
        self._edition += 1
        self._loading = 0
        self.data = None
        self._summary = ""
        self.summary.setText("")
        self.remind.setText("")
        self.judges.set_rows([])
        self.categories.set_rows([])
        self.table.set_rows([])
        for b in (self.copy_button, self.mail_button):
            b.setEnabled(False)

    def load(self) -> None:
        self._loading += 1
        # Said at once: the first time nothing is shown yet; after a change what is shown is
        # the progress before it until the new figures arrive.
        if self.data is None:
            self.summary.setText(self.tr("Reading the progress…"))
        else:
            self.summary.setText(self.tr("{figures} · updating…").format(figures=self._summary))
        edition = self._edition
        self.worker.submit(status.status, label="progress",
                           done=lambda data: self._arrived(data, edition),
                           failed=lambda exc: self._failed(exc, edition))

    def is_ready(self) -> bool:
        return self._loading == 0 and self.data is not None

    def _failed(self, exc: BaseException, edition: int) -> None:
        if edition != self._edition:
            return  # the last edition's
        self._loading -= 1
        self.summary.setText(describe(exc))

    def _arrived(self, data: dict[str, Any], edition: int) -> None:
        if edition != self._edition:
            return  # the last edition's figures, asked for before this one was opened
        self._loading -= 1
        self.data = data
        pct = 100 * data["scored"] / data["assigned"] if data["assigned"] else 0
        state = self.tr("finalized") if data["finalized"] else self.tr("open for scoring")
        n = i18n.number
        self._summary = self.tr(
            "{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} "
            "applications, {judges} judges, {criteria} criteria · {scores} scores · {state}"
        ).format(scored=n(data["scored"]), assigned=n(data["assigned"]), percent=n(round(pct)),
                 applications=n(data["applications"]), judges=n(data["judges"]),
                 criteria=n(data["criteria"]), scores=n(data["scores"]), state=state)
        self.summary.setText(self._summary)
        behind = [j for j in data["progress"]["judges"] if j["missing"]]
        if behind:
            names = ", ".join(self.tr("{judge} ({n} to go)").format(judge=j["code"],
                                                                   n=j["missing"])
                              for j in behind[:12])
            text = (self.tr("Still scoring: {names} and {n} more.") if len(behind) > 12 else
                    self.tr("Still scoring: {names}."))
            self.remind.setText(text.format(names=names, n=len(behind) - 12))
        else:
            self.remind.setText(self.tr("Every judge has scored every application assigned "
                                        "to them."))
        self.judges.set_rows([(f"{j['code']}  {j['name']}", j["scored"], j["partial"],
                               j["assigned"]) for j in data["progress"]["judges"]])
        self.categories.set_rows([(f"{c['code']}  {c['name']}", c["scored"], 0, c["assigned"])
                                  for c in data["progress"]["categories"]])
        for area in self._areas:  # as tall as the charts, up to half a screen; then they scroll
            chart = area.widget()
            if chart is not None:
                area.setMinimumHeight(min(chart.sizeHint().height() + 4, 380))
        judges = sorted(data["progress"]["judges"], key=lambda j: (-j["missing"], j["code"]))
        self.table.set_rows([[j["code"], j["name"], j.get("email") or "", j["assigned"],
                              j["scored"], j["partial"], j["missing"]] for j in judges])
        behind_mail = [j for j in data["progress"]["remind"] if j.get("email")]
        for b in (self.copy_button, self.mail_button):
            b.setEnabled(bool(behind_mail))
            if not behind_mail:
                b.setToolTip(self.tr("No judge with work left has an e-mail address")
                             if data["progress"]["remind"] else self.tr("Every judge is done"))

    def addresses(self) -> list[str]:
        """The e-mail addresses of the judges with work left, most missing first."""
        if self.data is None:
            return []
        return [j["email"] for j in self.data["progress"]["remind"] if j.get("email")]

    def copy_addresses(self) -> None:
        found = self.addresses()
        QGuiApplication.clipboard().setText(", ".join(found))
        self._say(self.tr("E-mail addresses copied: {n}.").format(n=len(found)))

    def write_reminder(self) -> None:
        found = self.addresses()
        if not found or self.data is None:
            return
        url = QUrl("mailto:" + ",".join(found))
        url.setQuery(f"subject=Scores for {self.data['edition']}&body=A reminder: your scores "
                     "are awaited.")
        if not QDesktopServices.openUrl(url):
            QGuiApplication.clipboard().setText(", ".join(found))
            self._say(self.tr("No mail program could be opened here; the addresses were copied "
                      "instead."))

    def _say(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
