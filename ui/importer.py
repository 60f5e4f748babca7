"""The import dialog: a file is checked whole and its problems listed by row before anything
is written; only a clean file can be imported, all or nothing, with a progress bar and Cancel.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import describe
from ui.tablemodel import ListTableModel
from ui.worker import Cancelled, DbWorker, Task
from wego_awards.errors import InputRefused, quoted
from wego_awards.services import catalog, imports

KIND_NAMES = {"categories": "Categories", "criteria": "Criteria and rubric",
              "applications": "Applications", "judges": "Judges (with their conflicts)",
              "assignments": "Assignments", "scores": "Scores (a file, or a judge's sheet)"}
IMPORTABLE = (".csv", ".xlsx", ".xlsm")


def guess_kind(path: Path) -> str | None:
    """What a file holds, from its name ("applications.csv") or else its header row."""
    stem = path.stem.lower()
    for kind in catalog.KINDS:
        if kind in stem or kind.rstrip("s") in stem or (kind == "criteria" and "criterion"
                                                        in stem):
            return kind
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return "scores"  # a judge's sheet carries the edition and judge above its table
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = {h.strip() for h in next(csv.reader(fh), [])}
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    best = None
    for kind in catalog.KINDS:
        required = set(catalog.COLUMNS[kind][0])
        if required <= header and (best is None or len(required) >
                                   len(catalog.COLUMNS[best][0])):
            best = kind
    return best


class ImportDialog(QDialog):
    """Choose a file and what it holds; see what importing it would do; import it."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, worker: DbWorker, path: Path | None = None, kind: str | None = None,
                 parent: QWidget | None = None, locked: bool = False) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle("Import a file")
        self.setAcceptDrops(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText("A .csv or .xlsx file (or drop it here)")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.kind = QComboBox()
        for k in catalog.KINDS:
            self.kind.addItem(KIND_NAMES[k], k)
        form = QFormLayout()
        form.addRow("File", where)
        form.addRow("It holds", self.kind)
        self.verdict = QLabel("Choose a file: it is checked whole before anything is written.")
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")
        self.problems = ListTableModel(("Row", "Column", "Value", "Problem"), numeric=(0,),
                                       parent=self)
        self.table = QTableView()
        self.table.setModel(self.problems)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self._locked = locked
        self._checked: tuple[str, str] | None = None
        self._task: Task | None = None
        self._preview_serial = 0
        self.report: Any = None
        self.path.editingFinished.connect(self.preview)
        self.kind.activated.connect(lambda _i: self.preview())
        if path is not None:
            self.set_file(Path(path), kind)

    # --- choosing -----------------------------------------------------------------------------

    def set_file(self, path: Path, kind: str | None = None) -> None:
        """Take ``path`` (guessing what it holds unless told) and check it."""
        self.path.setText(str(path))
        kind = kind or guess_kind(path)
        if kind:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.preview()

    def _choose(self) -> None:
        start = self.path.text() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Import a file", start,
                                              "Tables (*.csv *.xlsx *.xlsm);;All files (*)")
        if name:
            self.set_file(Path(name))

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        path = _dropped_file(event.mimeData())
        if path is not None:
            self.set_file(path)
            event.acceptProposedAction()

    # --- checking -----------------------------------------------------------------------------

    def preview(self) -> None:
        """Check the file (on the worker); list its problems or say what it would change."""
        text = self.path.text().strip()
        kind = self.kind.currentData()
        self.import_button.setEnabled(False)
        self._checked = None
        if not text:
            return
        if self._locked:
            self._show_problems([], "The edition is finalized: nothing can be imported until it "
                                "is reopened (Results ▸ Reopen).")
            return
        self._preview_serial += 1
        serial = self._preview_serial
        self.verdict.setText(f"Checking {Path(text).name}…")
        self.worker.submit(imports.preview, kind, text, label="check a file",
                           done=lambda r: self._previewed(serial, text, kind, r),
                           failed=lambda exc: self._refused(serial, exc))

    def _previewed(self, serial: int, path: str, kind: str, report: Any) -> None:
        if serial != self._preview_serial:
            return
        self.table.hide()
        self.problems.set_rows([])
        self._checked = (path, kind)
        if report.touched:
            parts = [f"{report.added} added", f"{report.changed} changed",
                     f"{report.unchanged} unchanged"]
            if report.removed:
                parts.append(f"{report.removed} removed")
            self.verdict.setText(f"✓ {Path(path).name} is fine. Importing it: "
                                 f"{', '.join(parts)}. Nothing is written until you press "
                                 "Import.")
            self.import_button.setEnabled(True)
        else:
            self.verdict.setText(f"✓ {Path(path).name} is fine, and the edition already holds "
                                 f"exactly this ({report.unchanged} {kind} unchanged): there "
                                 "is nothing to import.")

    def _refused(self, serial: int, exc: BaseException) -> None:
        if serial != self._preview_serial:
            return
        problems = exc.problems if isinstance(exc, InputRefused) else []
        self._show_problems(problems, describe(exc))

    def _show_problems(self, problems: list, message: str) -> None:
        self._checked = None
        self.import_button.setEnabled(False)
        if problems:
            n = len(problems)
            self.verdict.setText(f"✗ The file is refused whole ({n} problem{'s' * (n != 1)}"
                                 f"{' shown' if n >= imports.MAX_PROBLEMS else ''}): nothing "
                                 "will be written. Correct it and choose it again.")
            self.problems.set_rows([[p.row if p.row is not None else "", p.column or "",
                                     "" if p.value is None else quoted(p.value), p.message]
                                    for p in problems])
            self.table.show()
        else:
            self.verdict.setText(f"✗ {message}")
            self.problems.set_rows([])
            self.table.hide()

    # --- importing ----------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._checked is None:
            return
        path, kind = self._checked
        self.import_button.setEnabled(False)
        self.kind.setEnabled(False)
        self.path.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.verdict.setText(f"Importing {Path(path).name}… (Cancel leaves the edition as it "
                             "was)")
        self._task = self.worker.submit(imports.import_file, kind, path, with_progress=True,
                                        label="import", progress=self._progress,
                                        done=self._done, failed=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, report: Any) -> None:
        self._task = None
        self.report = report
        self.imported.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.bar.hide()
        self.kind.setEnabled(True)
        self.path.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.verdict.setText("Import cancelled: nothing was written.")
            self.import_button.setEnabled(True)
            return
        self._refused(self._preview_serial, exc)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the import stops and rolls back; _failed reports it
            self.verdict.setText("Cancelling… nothing will be written.")
            return
        self.reject()


def _dropped_file(mime: Any) -> Path | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORTABLE:
                return path
    return None
