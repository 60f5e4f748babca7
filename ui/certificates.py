"""Certificates: rendered into a preview folder first, looked at, then exported; the report too.

Rendering is a long job (a second or two for the 18 WeGO awards, more for participation
certificates), so it runs on the worker with a progress dialog and Cancel.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import files, style
from ui.dialogs import run_long
from ui.document import DocumentPane
from ui.messages import describe, show_error
from ui.worker import DbWorker, Task
from wego_awards.db import Database
from wego_awards.errors import MissingGlyphs
from wego_awards.progress import Progress
from wego_awards.services.browse import EditionInfo

if TYPE_CHECKING:
    from wego_awards.services.paper import Certificates

try:
    from wego_awards.services import paper
except ImportError:  # pragma: no cover - the PDF layer is optional in a trimmed build
    paper = None  # type: ignore[assignment]


def render(db: Database, out: str, participation: bool, progress: Progress | None = None,
           task: Task | None = None, allow_missing_glyphs: bool = False) -> Certificates:
    """Render the certificates into ``out`` on the worker (stops when the task is cancelled)."""
    return paper.write_certificates(db, out, participation=participation, progress=progress,
                                    cancelled=(lambda: task.cancelled) if task else None,
                                    allow_missing_glyphs=allow_missing_glyphs)


class CertificatesPage(QWidget):
    """Preview the certificates, export them with the combined print file, and the report."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.info: EditionInfo | None = None
        self._folder: Path | None = None
        self._files: list[Path] = []
        self._loading = 0
        # Set once the person chose "Print anyway" for characters no font draws (this edition).
        self.allow_missing_glyphs = False
        self._tmp = tempfile.TemporaryDirectory(prefix="wego-certificates-")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        style.role(self.note, "banner")
        self.participation = QCheckBox(self.tr("Certificates of participation (every applicant)"))
        self.participation.toggled.connect(lambda _on: self.load())
        self.preview_button = QPushButton(self.tr("Preview again"))
        self.preview_button.clicked.connect(self.load)
        self.export_button = QPushButton(self.tr("Export certificates…"))
        self.export_button.clicked.connect(self.export)
        self.report_button = QPushButton(self.tr("Export the report…"))
        self.report_button.clicked.connect(self.export_report)
        bar = QHBoxLayout()
        bar.addWidget(self.participation)
        bar.addStretch(1)
        for b in (self.preview_button, self.export_button, self.report_button):
            bar.addWidget(b)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Certificates to preview"))
        self.files.setMaximumWidth(360)
        self.files.currentRowChanged.connect(self._show_file)
        self.viewer = DocumentPane(self._fetch, roomy=True)
        split = QSplitter()
        split.addWidget(self.files)
        split.addWidget(self.viewer)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 900])
        split.setChildrenCollapsible(False)
        self.status = QLabel("")
        style.role(self.status, "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        if paper is None:
            self.note.setText(self.tr("The PDF layer is not installed: certificates cannot be "
                                      "made here."))
            for b in (self.preview_button, self.export_button, self.report_button):
                b.setEnabled(False)

    def set_edition(self, info: EditionInfo) -> None:
        if self.info is None or info.uid != self.info.uid:
            self.allow_missing_glyphs = False
        self.info = info
        if info.finalized:
            self.note.setText(self.tr("The results are finalized: the certificates carry their "
                              "verification codes and no DRAFT mark."))
        else:
            self.note.setText(self.tr("The results are not finalized yet: every certificate "
                                      "carries a "
                              "large DRAFT mark and no valid verification code."))

    def load(self) -> None:
        """Render the certificates into a preview folder and list them."""
        if paper is None:
            return
        folder = Path(self._tmp.name) / f"preview-{id(self)}-{self._loading}"
        self._loading += 1
        self.status.setText(self.tr("Rendering the certificates…"))
        holder: dict[str, Task] = {}
        participation = self.participation.isChecked()  # read here: a job never reads widgets
        allow = self.allow_missing_glyphs

        def job(db: Database, progress: Progress | None = None) -> Certificates:
            return render(db, str(folder), participation, progress, holder.get("task"), allow)

        holder["task"] = run_long(self, self.worker, self.tr("Rendering the certificates…"), job,
                                  done=lambda c: self._rendered(folder, c),
                                  failed=self._failed)

    def is_ready(self) -> bool:
        return self._loading == 0

    def _failed(self, exc: BaseException) -> None:
        self._loading -= 1
        self.files.clear()
        self.status.setText(describe(exc))
        if self.print_anyway(exc):
            self.load()

    def print_anyway(self, exc: BaseException) -> bool:
        """Characters no shipped font draws: name them and ask whether to print anyway."""
        if not isinstance(exc, MissingGlyphs):
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Characters no font can draw"),
                          describe(exc), parent=self)
        box.setObjectName("missing-glyphs")
        anyway = box.addButton(self.tr("Print anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        self.allow_missing_glyphs = box.clickedButton() is anyway
        return self.allow_missing_glyphs

    def _rendered(self, folder: Path, certs: Certificates) -> None:
        self._loading -= 1
        self._folder = folder
        self._files = list(certs.files)
        self.files.clear()
        for f in self._files:
            self.files.addItem(QListWidgetItem(f.stem))
        if certs.combined:
            self.files.addItem(QListWidgetItem(self.tr("All certificates (for printing)")))
            self._files.append(certs.combined)
        self.status.setText((self.tr("{n} certificates previewed (DRAFT)") if certs.draft else
                             self.tr("{n} certificates previewed")).format(n=len(certs.files)))
        if self._files:
            self.files.setCurrentRow(0)

    def _show_file(self, row: int) -> None:
        if 0 <= row < len(self._files):
            f = self._files[row]
            self.viewer.set_document(f.name, {"filename": f.name, "size": f.stat().st_size})

    def _fetch(self, callback: Callable[[tuple[str, bytes] | None], None]) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self._files):
            f = self._files[row]
            callback((f.name, f.read_bytes()))

    def export(self, folder: str | None = None) -> None:
        """Write the certificates and the combined print file into a folder (asked for)."""
        folder = folder or files.choose_folder(self, "certificates",
                                               self.tr("Export the certificates into"))
        if not folder:
            return
        holder: dict[str, Task] = {}
        participation = self.participation.isChecked()
        allow = self.allow_missing_glyphs

        def job(db: Database, progress: Progress | None = None) -> Certificates:
            return render(db, folder, participation, progress, holder.get("task"), allow)

        def done(certs: Certificates) -> None:
            if certs.cancelled:
                self.status.setText(self.tr("Export cancelled; nothing half-written was kept."))
                return
            self.status.setText(self.tr("{n} certificates written to {folder}").format(
                n=len(certs.files), folder=folder))
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

        def failed(exc: BaseException) -> None:
            if self.print_anyway(exc):
                self.export(folder)
            elif not isinstance(exc, MissingGlyphs):
                show_error(self, exc)

        holder["task"] = run_long(self, self.worker, self.tr("Writing the certificates…"), job,
                                  done=done, failed=failed)

    def export_report(self) -> None:
        name = files.save_file(self, "reports", self.tr("Export the results report"), "report.pdf",
                               "PDF (*.pdf)", suffixes=(".pdf",))
        if not name:
            return
        run_long(self, self.worker, self.tr("Writing the report…"), paper.write_report, name,
                 done=lambda p: QMessageBox.information(self, self.tr("Report written"),
                                                        self.tr("The report was written to "
                                                                "{file}.").format(file=p)),
                 failed=lambda exc: show_error(self, exc, self.tr("Report not written")))
