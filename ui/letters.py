"""Feedback letters in the app: one application's letter previewed as it will print, then every
letter written into a folder (on the worker, with progress)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui import files, style
from ui.dialogs import run_long
from ui.document import DocumentPane
from ui.messages import describe
from ui.worker import DbWorker
from wego_awards.services import browse, feedback


class LettersDialog(QDialog):
    """Preview one applicant's letter; write them all."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.folder = folder
        self.setObjectName("letters")
        self.setWindowTitle(self.tr("Feedback letters"))
        note = QLabel(self.tr("Every applicant receives a letter: how far the application went, "
                              "each criterion's average beside the category's spread, and the "
                              "judges' comments, signed Judge A, B, C, never with a name."))
        note.setWordWrap(True)
        style.role(note, "muted")
        self.application = QComboBox()
        self.application.setAccessibleName(self.tr("The application whose letter to preview"))
        self.numbers = QCheckBox(self.tr("Show the figures and charts"))
        self.numbers.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Application"), self.application)
        form.addRow("", self.numbers)
        self.pane = DocumentPane(self._fetch, self, roomy=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write every letter…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 680)
        self.application.currentIndexChanged.connect(lambda _i: self.preview())
        self.numbers.toggled.connect(lambda _on: self.preview())
        worker.submit(browse.application_choices, label="applications", done=self._choices,
                      failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), describe(exc))

    def _choices(self, choices: list[tuple[str, str]]) -> None:
        self.application.blockSignals(True)
        for code, label in choices:
            self.application.addItem(label, code)
        self.application.blockSignals(False)
        self.preview()

    def _fetch(self, then: Callable[[tuple[str, bytes] | None], None]) -> None:
        code = self.application.currentData()
        if not code:
            then(None)
            return
        self.worker.submit(feedback.letter_pdf, code, numbers=self.numbers.isChecked(),
                           label="letter", done=then, failed=self._failed)

    def preview(self) -> None:
        code = self.application.currentData()
        if not code:
            return

        def arrived(data: tuple[str, bytes] | None) -> None:
            if data is not None and code == self.application.currentData():
                self.pane.set_document(code, {"filename": data[0], "size": len(data[1])}, data)

        self._fetch(arrived)

    def write_all(self) -> None:
        folder = files.choose_folder(self, "letters", self.tr("Write the letters into"),
                                     self.folder)
        if not folder:
            return
        numbers = self.numbers.isChecked()
        run_long(self, self.worker, self.tr("Writing the feedback letters…"),
                 feedback.write_letters, folder, numbers=numbers,
                 done=lambda paths: QMessageBox.information(
                     self, self.tr("Letters written"),
                     self.tr("{n} letters written to {folder}, one PDF per application.").format(
                         n=len(paths), folder=folder)))
