"""The menus' actions on an open edition: imports and exports, backups, assignment,
conflicts, judges' packages and sheets, and the jury's acts (which live in the results view).

A mixin of :class:`~ui.mainwindow.MainWindow`: each action asks what it needs in a dialog and
runs the work through the window's database worker.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ui.dialogs import run_long
from ui.importer import ImportDialog
from ui.messages import show_error
from wego_awards.services import exports

EDITION_FILES = "Editions and judge packages (*.db *.wego *.sqlite);;All files (*)"


def _optional(name: str) -> Any:
    """A core service module that may not exist in this build (e.g. judge packages)."""
    try:
        return importlib.import_module(f"wego_awards.services.{name}")
    except ImportError:
        return None


def _assign(db: Any, k: int, seed: int, progress: Any = None) -> Any:
    from wego_awards.services.assignment import assign

    return assign(db, k, seed=seed, progress=progress)


def _backup(db: Any, out: str) -> Path:
    from wego_awards.services.backup import backup

    return backup(db, out)


class EditionActions:
    """What the File, Edition, Results and Help menus do (mixed into the main window)."""

    worker: Any
    info: dict[str, Any] | None
    path: str | None

    def import_file(self, path: Path | None = None) -> ImportDialog | None:
        """The import dialog on ``path`` (or empty); not in a judge's package."""
        if self.info is None or self.info.get("judge_only"):
            return None
        dialog = ImportDialog(self.worker, path, parent=self,
                              locked=bool(self.info.get("finalized")))
        dialog.imported.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, report: Any) -> None:
        self.statusBar().showMessage(str(report), 10_000)
        self.data_changed()

    def export_kind(self, kind: str) -> None:
        """One of the edition's tables to a .csv or .xlsx file, in the import columns."""
        if self.info is None:
            return
        start = str(Path(self.path or Path.home()).parent / f"{kind}.csv")
        name, _ = QFileDialog.getSaveFileName(self, f"Export {kind}", start,
                                              "CSV (*.csv);;Excel workbook (*.xlsx)")
        if not name:
            return
        if Path(name).suffix.lower() not in (".csv", ".xlsx"):
            name += ".csv"
        self.worker.submit(exports.export_kind, kind, name, label="export",
                           done=lambda n: self.statusBar().showMessage(
                               f"Wrote {n} {kind} to {name}", 10_000))

    def backup(self) -> None:
        """A consistent copy of the edition, safe to take while it is in use."""
        if self.info is None or not self.path:
            return
        start = str(Path(self.path).with_name(Path(self.path).stem + "-backup.db"))
        name, _ = QFileDialog.getSaveFileName(self, "Back up the edition", start,
                                              "Edition files (*.db)")
        if name:
            self.worker.submit(_backup, name, label="backup",
                               done=lambda p: self.statusBar().showMessage(
                                   f"Backed up to {p}", 10_000))

    def assign(self) -> None:
        """K judges per application, none conflicted, loads balanced (existing ones kept)."""
        if self.info is None:
            return
        k, ok = QInputDialog.getInt(self, "Assign judges automatically",
                                    "Judges per application (existing assignments are kept, "
                                    "conflicts respected, loads balanced):", 3, 1, 50)
        if not ok:
            return
        run_long(self, self.worker, "Assigning judges…", _assign, k, 0,
                 done=lambda report: (self.statusBar().showMessage(str(report), 15_000),
                                      self.data_changed()))

    def send_back(self) -> None:
        """A judge sends their package back: a consistent copy of it, saved where they choose.

        The package is itself the return (its scores are signed as they are saved), so the copy
        is all the secretariat needs; it is taken with the online backup so a save in progress
        never leaves it half-written."""
        if not self.info or not self.info.get("package_judge") or not self.path:
            return
        done, total = self.scoring.model.totals()
        if done < total:
            answer = QMessageBox.question(
                self, "Send your scores back",
                f"You have scored {done} of your {total} applications completely. Send what "
                "you have now? (You can send the package again later; the latest one counts.)")
            if answer != QMessageBox.StandardButton.Yes:
                return
        judge = self.info["package_judge"]
        start = str(Path.home() / f"return-{judge}-{Path(self.path).stem}.db")
        name, _ = QFileDialog.getSaveFileName(self, "Save the file to send to the secretariat",
                                              start, "Judge packages (*.db)")
        if not name:
            return
        self.worker.submit(_backup, name, label="send back",
                           done=lambda p: QMessageBox.information(
                               self, "Ready to send",
                               f"Send this file to the secretariat (e-mail or a shared "
                               f"folder):\n\n{p}\n\nThey merge it with Edition ▸ Import a judge's "
                               "return; it is checked to be yours and unaltered."))

    def declare_conflict(self) -> None:
        """The secretariat declares that a judge must never score an application."""
        if self.info is None:
            return
        judge, ok = QInputDialog.getText(self, "Declare a conflict", "Judge's code:")
        if not ok or not judge.strip():
            return
        app, ok = QInputDialog.getText(self, "Declare a conflict",
                                       f"Application {judge.strip()} must never score:")
        if not ok or not app.strip():
            return
        conflicts = _optional("conflicts")
        self.worker.submit(conflicts.add_conflict, judge.strip(), app.strip(),
                           label="conflict",
                           done=lambda change: (self.statusBar().showMessage(str(change),
                                                                             10_000),
                                                self.data_changed()))

    def export_packages(self) -> None:
        """One package per judge, to score offline in this app."""
        packages = _optional("packages")
        folder = QFileDialog.getExistingDirectory(self, "Write one package per judge into",
                                                  str(Path(self.path or Path.home()).parent))
        if packages is None or not folder:
            return
        run_long(self, self.worker, "Writing the judges' packages…", packages.export_packages,
                 folder, done=lambda rows: QMessageBox.information(
                     self, "Packages written",
                     f"{len(rows)} packages written to {folder}. Send each judge their own "
                     "file; they open it in this app, score offline and send it back."))

    def export_sheets(self) -> None:
        """One Excel sheet per judge, for those who prefer a spreadsheet."""
        sheets = _optional("sheets")
        folder = QFileDialog.getExistingDirectory(self, "Write one Excel sheet per judge into",
                                                  str(Path(self.path or Path.home()).parent))
        if sheets is None or not folder:
            return
        run_long(self, self.worker, "Writing the judges' sheets…", sheets.export_sheets,
                 folder, done=lambda rows: self.statusBar().showMessage(
                     f"{len(rows)} sheets written to {folder}", 10_000))

    def import_return(self, path: str | None = None) -> None:
        """Check a package a judge sent back and merge its scores, all or nothing."""
        packages = _optional("packages")
        if packages is None or self.info is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Import a judge's return",
                                                  str(Path.home()), EDITION_FILES)
        if not path:
            return
        run_long(self, self.worker, "Checking and merging the return…",
                 packages.import_package, path,
                 done=lambda report: (QMessageBox.information(self, "Return merged",
                                                              str(report)),
                                      self.data_changed()),
                 failed=lambda exc: show_error(self, exc, "Return refused"))

    def _compute(self) -> None:
        if self.info is None or self.info.get("judge_only"):
            return
        self.show_view("results")
        self.results.load()

    def _results_act(self, name: str) -> None:
        if self.info is None or self.info.get("judge_only"):
            return
        self.show_view("results")
        getattr(self.results, name)()

    def _certificates_act(self, name: str) -> None:
        if self.info is None or self.info.get("judge_only"):
            return
        getattr(self.certificates, name)()

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts, in a message box."""
        QMessageBox.information(self, "Keyboard shortcuts", SHORTCUTS)

    def about(self) -> None:
        """The program's name, version and purpose."""
        from wego_awards import __version__

        QMessageBox.about(self, "About WeGO Awards",
                          f"WeGO Awards {__version__}\n\nRuns an awards competition from "
                          "applications to printed certificates: offline judging, "
                          "judge-bias correction, tamper-evident results.")


SHORTCUTS = """Anywhere
  Ctrl+O  open an edition or a judge's package
  Ctrl+I  import a file (or drop it on the window)
  Ctrl+1 … Ctrl+8  the views
  F5  compute the results
  Ctrl+F  filter a table

Scoring
  0–9, '.'  type a score (e.g. 7, 10, 7.5)
  ← → ↑ ↓  one point down or up (with Shift: half a point)
  Home / End  the lowest / highest score
  Delete  clear the score
  Tab / Shift+Tab  next / previous criterion, then the comment
  Ctrl+Enter or PgDown  next application
  PgUp or Ctrl+Shift+Enter  previous application

Every score is saved the moment it is given; "✓ All changes saved" says the database has it."""
