"""The import dialog: a file is checked whole and its problems listed by row before anything
is written; only a clean file can be imported, all or nothing, with a progress bar and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from ui import files, i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.lazy import lazy
from ui.messages import describe
from ui.tablemodel import ListTableModel
from ui.worker import Cancelled, DbWorker, Task
from wego_awards.db import Database
from wego_awards.errors import InputRefused, quoted
from wego_awards.services import filekind

if TYPE_CHECKING:
    from wego_awards.services import imports
    from wego_awards.services.planning import ImportReport
else:  # loaded when an import is first checked, not to open the window
    imports = lazy("wego_awards.services.imports")
from wego_awards.store import KINDS

KIND_NAMES = {"categories": QT_TRANSLATE_NOOP("ImportDialog", "Categories"),
              "criteria": QT_TRANSLATE_NOOP("ImportDialog", "Criteria and rubric"),
              "applications": QT_TRANSLATE_NOOP("ImportDialog", "Applications"),
              "judges": QT_TRANSLATE_NOOP("ImportDialog", "Judges (with their conflicts)"),
              "assignments": QT_TRANSLATE_NOOP("ImportDialog", "Assignments"),
              "scores": QT_TRANSLATE_NOOP("ImportDialog", "Scores (a file, or a judge's sheet)")}
IMPORTABLE = filekind.TABLE_SUFFIXES
DETECT = QT_TRANSLATE_NOOP("ImportDialog", "Detected from its header row")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def check_file(db: Database, path: str,
               chosen: str | None) -> tuple[filekind.FileKind, str, ImportReport]:
    """On the worker: what the file holds (from its header row), checked against the kind the
    person chose, and what importing it would do. Refused when it fits no kind or another."""
    found = filekind.detect(path)
    kind = filekind.check_kind(found, chosen)
    return found, kind, imports.preview(db, kind, path)


class ImportDialog(QDialog):
    """Choose a file and what it holds; see what importing it would do; import it."""

    imported = Signal(object)  # the ImportReport
    package_chosen = Signal(str)  # a judge's package was given: the window merges it

    def __init__(self, worker: DbWorker, path: Path | None = None, kind: str | None = None,
                 parent: QWidget | None = None, locked: bool = False) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Import a file"))
        self.setAcceptDrops(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file (or drop it here)"))
        self.path.setAccessibleName(self.tr("File to import"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the file to import"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the file holds"))
        self.kind.addItem(_tr(DETECT), None)
        for k in KINDS:
            self.kind.addItem(_tr(KIND_NAMES[k]), k)
        self.kind.setToolTip(self.tr("Read from the file's header row; choose a kind only to make "
                                     "sure "
                             "the file is what you expect (a file of another kind is refused)"))
        form = QFormLayout()
        file_label, kind_label = QLabel(self.tr("&File")), QLabel(self.tr("It &holds"))
        file_label.setBuddy(self.path)  # Alt+F and Alt+H reach the fields
        kind_label.setBuddy(self.kind)
        form.addRow(file_label, where)
        form.addRow(kind_label, self.kind)
        self.verdict = QLabel(self.tr("Choose a file: it is checked whole before anything is "
                                      "written."))
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")
        # Said right under the file, whatever room the (hidden) problem list leaves.
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems = ListTableModel((self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                        self.tr("Problem")), numeric=(0,),
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
        self.import_button = self.buttons.addButton(self.tr("Import"),
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
        self._merge_button: QPushButton | None = None
        self._task: Task | None = None
        self._preview_serial = 0
        self.report: ImportReport | None = None
        self.path.editingFinished.connect(self._typed)
        # A path pasted or typed is checked after a pause, not only when the focus leaves.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(600)
        self._typing.timeout.connect(self._typed)
        self.path.textEdited.connect(lambda _t: self._typing.start())
        self.kind.activated.connect(lambda _i: self.preview())
        self._last_checked_text = ""
        if path is not None:
            self.set_file(Path(path), kind)

    # --- choosing -----------------------------------------------------------------------------

    def set_file(self, path: Path, kind: str | None = None) -> None:
        """Take ``path`` and check it: what it holds is read from its header row (``kind``, if
        given, is what the person expects, and a file of another kind is refused)."""
        self.path.setText(str(path))
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0) if kind else 0)
        self.preview()

    def _typed(self) -> None:
        """A path typed or pasted: a new file, so what it holds is read from it again."""
        self._typing.stop()
        text = self.path.text().strip()
        if text == self._last_checked_text:
            return
        self.kind.setCurrentIndex(0)
        self.preview()

    def _choose(self) -> None:
        name = files.open_file(self, "imports", self.tr("Import a file"),
                               self.tr("Tables (*.csv *.xlsx *.xlsm);;All files (*)"))
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
        chosen = self.kind.currentData()
        self._last_checked_text = text
        self.import_button.setEnabled(False)
        self._checked = None
        if not text:
            return
        if self._locked:
            self._show_problems([], self.tr("The edition is finalized: nothing can be imported "
                                            "until it "
                                "is reopened (Results ▸ Reopen)."))
            return
        self._preview_serial += 1
        serial = self._preview_serial
        self.verdict.setText(self.tr("Checking {file}…").format(file=Path(text).name))
        self.worker.submit(check_file, text, chosen, label="check a file",
                           done=lambda got: self._previewed(serial, text, *got),
                           failed=lambda exc: self._refused(serial, exc))

    def _previewed(self, serial: int, path: str, found: filekind.FileKind, kind: str,
                   report: ImportReport) -> None:
        if serial != self._preview_serial:
            return
        if self.kind.currentData() is None:
            self.kind.setItemText(0, self.tr("{kind} (read from its header row)").format(
                kind=_tr(KIND_NAMES[kind])))
        self.table.hide()
        self.problems.set_rows([])
        self._checked = (path, kind)
        if self._merge_button is not None:
            self._merge_button.hide()
        if report.touched:
            parts = [self.tr("{n} added").format(n=report.added),
                     self.tr("{n} changed").format(n=report.changed),
                     self.tr("{n} unchanged").format(n=report.unchanged)]
            if report.removed:
                parts.append(self.tr("{n} removed").format(n=report.removed))
            self.verdict.setText(self.tr("✓ {file} is fine. Importing it: {counts}. Nothing is "
                                         "written until you press Import.").format(
                                             file=Path(path).name, counts=", ".join(parts)))
            self.import_button.setEnabled(True)
        else:
            self.verdict.setText(self.tr("✓ {file} is fine, and the edition already holds "
                                         "exactly this ({n} {kind} unchanged): there is nothing "
                                         "to import.").format(file=Path(path).name,
                                                              n=report.unchanged, kind=kind))
        notes = list(getattr(report, "notes", []) or [])
        if notes:
            # Never a silent drop: a name no shipped font can draw is named before the import,
            # with a warning mark (it imports; certificates refuse it unless told to go on).
            self.verdict.setText(self.verdict.text() + "\n\n" + "\n".join(
                f"⚠ {n.removeprefix('WARNING: ')}" for n in notes))

    def _refused(self, serial: int, exc: BaseException) -> None:
        if serial != self._preview_serial:
            return
        self.kind.setItemText(0, _tr(DETECT))
        text = self.path.text().strip()
        if text and filekind.is_package(text):
            self._offer_merge(text)
            return
        problems = exc.problems if isinstance(exc, InputRefused) else []
        total = getattr(exc, "total", len(problems))
        self._show_problems(problems, describe(exc), total)

    def _offer_merge(self, path: str) -> None:
        """A judge's package is no table: say so, and offer to merge it as a return."""
        self._checked = None
        self.import_button.setEnabled(False)
        self.table.hide()
        self.verdict.setText(self.tr("{file} is an edition file or a judge's package, not a "
                                     "table. A judge's return is merged with Edition ▸ Merge a "
                                     "judge's return (or the button below).").format(
                                         file=Path(path).name))
        if self._merge_button is None:
            self._merge_button = self.buttons.addButton(
                self.tr("Merge as a judge's return…"), QDialogButtonBox.ButtonRole.ActionRole)
            self._merge_button.clicked.connect(self._merge_package)
        self._merge_button.show()

    def _merge_package(self) -> None:
        self.package_chosen.emit(self.path.text().strip())
        self.reject()

    def _show_problems(self, problems: list, message: str, total: int | None = None) -> None:
        self._checked = None
        self.import_button.setEnabled(False)
        if self._merge_button is not None:
            self._merge_button.hide()
        if problems:
            n = max(total or 0, len(problems))
            text = (self.tr("✗ The file is refused whole ({n} problems; the first {shown} are "
                            "listed): nothing will be written. Correct it and choose it again.")
                    if n > len(problems) else
                    self.tr("✗ The file is refused whole ({n} problems): nothing will be "
                            "written. Correct it and choose it again.") if n > 1 else
                    self.tr("✗ The file is refused whole (1 problem): nothing will be written. "
                            "Correct it and choose it again."))
            self.verdict.setText(text.format(n=i18n.number(n), shown=len(problems)))
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
        self.verdict.setText(self.tr("Importing {file}… (Cancel leaves the edition as it "
                                     "was)").format(file=Path(path).name))
        self._task = self.worker.submit(imports.import_file, kind, path, with_progress=True,
                                        label="import", progress=self._progress,
                                        done=self._done, failed=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, report: ImportReport) -> None:
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
            self.verdict.setText(self.tr("Import cancelled: nothing was written."))
            self.import_button.setEnabled(True)
            return
        self._refused(self._preview_serial, exc)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the import stops and rolls back; _failed reports it
            self.verdict.setText(self.tr("Cancelling… nothing will be written."))
            return
        self.reject()


def _dropped_file(mime: QMimeData | None) -> Path | None:
    """The first local file dropped (any kind: what it holds is read from it)."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None
