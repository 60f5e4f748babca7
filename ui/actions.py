"""The menus' actions on an open edition: imports and exports, backups, assignment,
conflicts, judges' packages, sheets and returns, undo, and the jury's acts (which live in the
results view).

A mixin of :class:`~ui.mainwindow.MainWindow`: each action asks what it needs in a dialog and
runs the work through the window's database worker as an operation that says what it changed
(:mod:`ui.ops`), so only the views that show it read their data again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ui import files, i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.lazy import lazy
from ui.messages import show_error
from ui.ops import IMPORT_CHANGES, Changes, Undo
from ui.worker import DbWorker
from wego_awards.db import Database
from wego_awards.progress import Progress
from wego_awards.services.browse import EditionInfo
from wego_awards.services.filekind import is_package

if TYPE_CHECKING:
    from wego_awards.services import exports, packages, sheets
    from wego_awards.services.records import RecordChange
else:  # the menus' work, loaded when first used (not to open the window)
    exports, packages, sheets = (lazy(f"wego_awards.services.{n}")
                                 for n in ("exports", "packages", "sheets"))
if TYPE_CHECKING:
    from ui.certificates import CertificatesPage
    from ui.importer import ImportDialog
    from ui.ops import View
    from ui.results import ResultsPage
    from ui.scoring import ScoringPage
    from wego_awards.services.assignment import AssignReport
    from wego_awards.services.packages import PackageReport
    from wego_awards.services.planning import ImportReport

    # What the checker sees: the window this is mixed into (dialogs take it as their parent).
    # At run time the mixin is a plain class, first in MainWindow's bases.
    _Window = QMainWindow
else:
    _Window = object

MAX_UNDO = 50


if TYPE_CHECKING:
    from ui.dialogs import run_long as _run_long
else:
    def _run_long(*args, **kwargs):
        """``ui.dialogs.run_long``, the dialogs imported when first needed."""
        from ui.dialogs import run_long

        return run_long(*args, **kwargs)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditionActions", text)


def edition_files() -> str:
    """The open dialog's filter for editions and judges' packages."""
    return (QCoreApplication.translate("EditionActions", "Editions and judge packages") +
            " (*.db *.wego *.sqlite);;" + QCoreApplication.translate("EditionActions",
                                                                     "All files") + " (*)")


def return_files() -> str:
    return (QCoreApplication.translate("EditionActions", "Judges' returns: packages and sheets")
            + " (*.db *.wego *.sqlite *.xlsx);;" +
            QCoreApplication.translate("EditionActions", "All files") + " (*)")


def _assign(db: Database, k: int, seed: int, progress: Progress | None = None) -> AssignReport:
    from wego_awards.services.assignment import assign

    return assign(db, k, seed=seed, progress=progress)


def _backup(db: Database, out: str) -> Path:
    from wego_awards.services.backup import backup

    return backup(db, out)


def _merge_return(db: Database, path: str,
                  progress: Progress | None = None) -> PackageReport | ImportReport:
    """A judge's return: a package is checked and merged; a filled Excel sheet is imported as
    the judge's scores (it names its judge itself)."""
    from wego_awards.services import imports

    if is_package(path):
        return packages.import_package(db, path)
    return imports.import_file(db, "scores", path, progress=progress)


class EditionActions(_Window):
    """What the File, Edit, Edition, Results and Help menus do (mixed into the main window,
    whose attributes and methods below they use)."""

    worker: DbWorker
    info: EditionInfo | None
    path: str | None
    undo_stack: list[Undo]
    pages: dict[str, View]

    if TYPE_CHECKING:  # the main window's, declared for the checker only
        @property
        def scoring(self) -> ScoringPage: ...
        @property
        def results(self) -> ResultsPage: ...
        @property
        def certificates(self) -> CertificatesPage: ...
        def current_view(self) -> str | None: ...
        def show_view(self, name: str) -> None: ...
        def data_changed(self, changes: Changes | None = None) -> None: ...
        def _update_menus(self) -> None: ...
        def _update_undo(self) -> None: ...

    def _finalized(self) -> bool:
        """An edition is open and its results are finalized."""
        return self.info is not None and self.info.finalized

    # --- imports ------------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> ImportDialog | None:
        """The import dialog on ``path`` (or empty); a judge's package goes to the merge."""
        if self.info is None or self.info.judge_only:
            return None
        if path is not None and is_package(path):
            self.import_return(str(path))
            return None
        from ui.importer import ImportDialog  # the dialogs are imported when first opened

        dialog = ImportDialog(self.worker, path, parent=self,
                              locked=self.info.finalized)
        dialog.imported.connect(self._imported)
        dialog.package_chosen.connect(self.import_return)
        dialog.open()
        return dialog

    def _imported(self, report: ImportReport) -> None:
        self.statusBar().showMessage(str(report), 15_000)
        self.data_changed(IMPORT_CHANGES.get(report.kind, Changes.everything()))
        notes = list(report.notes)
        if notes:  # imported, but what would not print is named, never dropped in silence
            box = QMessageBox(QMessageBox.Icon.Warning, _tr("Imported, with warnings"),
                              f"{report}\n\n" + "\n".join(
                                  f"⚠ {n.removeprefix('WARNING: ')}" for n in notes[:25]),
                              parent=self)
            box.setObjectName("import-warnings")
            box.open()

    def export_kind(self, kind: str) -> None:
        """One of the edition's tables to a .csv or .xlsx file, in the import columns."""
        if self.info is None:
            return
        name = files.save_file(self, "exports", _tr("Export"), f"{kind}.csv",
                               "CSV (*.csv);;" + _tr("Excel workbook") + " (*.xlsx)",
                               self._edition_folder(),
                               (".csv", ".xlsx"))
        if not name:
            return
        self.worker.submit(exports.export_kind, kind, name, label="export",
                           done=lambda n: self._said(_tr("Wrote {n} rows to {file}").format(
                               n=i18n.number(n), file=name)))

    def backup(self) -> None:
        """A consistent copy of the edition, safe to take while it is in use."""
        if self.info is None or not self.path:
            return
        name = files.save_file(self, "backups", _tr("Back up the edition"),
                               Path(self.path).stem + "-backup.db",
                               _tr("Edition files") + " (*.db)",
                               self._edition_folder(), (".db",))
        if name:
            self.worker.submit(_backup, name, label="backup",
                               done=lambda p: self._said(_tr("Backed up to {file}").format(file=p)))

    # --- judges' work -------------------------------------------------------------------------

    def assign(self) -> None:
        """K judges per application, none conflicted, loads balanced (existing ones kept)."""
        if self.info is None:
            return
        k, ok = QInputDialog.getInt(self, _tr("Assign judges automatically"),
                                    _tr("Judges per application (existing assignments are kept, "
                                        "conflicts respected, loads balanced):"), 3, 1, 50)
        if not ok:
            return

        def assigned(report: AssignReport) -> None:
            self._said(str(report))
            self.data_changed(Changes.of("assignments"))

        _run_long(self, self.worker, _tr("Assigning judges…"), _assign, k, 0, done=assigned)

    def send_back(self) -> None:
        """A judge sends their package back: a consistent copy of it, saved where they choose.

        The package is itself the return (its scores are signed as they are saved), so the copy
        is all the secretariat needs; it is taken with the online backup so a save in progress
        never leaves it half-written."""
        if not self.info or not self.info.package_judge or not self.path:
            return
        self.scoring.form.flush()
        done, total = self.scoring.model.totals()
        if done < total:
            answer = QMessageBox.question(
                self, _tr("Send your scores back"),
                _tr("You have scored {done} of your {total} applications completely. Send what "
                    "you have now? (You can send the package again later; the latest one "
                    "counts.)").format(done=done, total=total))
            if answer != QMessageBox.StandardButton.Yes:
                return
        judge = self.info.package_judge
        name = files.save_file(self, "returns", _tr("Save the file to send to the secretariat"),
                               f"return-{judge}-{Path(self.path).stem}.db",
                               _tr("Judge packages") + " (*.db)", Path.home(), (".db",))
        if not name:
            return
        self.worker.submit(_backup, name, label="send back",
                           done=lambda p: QMessageBox.information(
                               self, _tr("Ready to send"),
                               _tr("Send this file to the secretariat (e-mail or a shared "
                                   "folder):\n\n{file}\n\nThey merge it with Edition ▸ Merge "
                                   "a judge's return; it is checked to be yours and "
                                   "unaltered.").format(file=p)))

    def declare_conflict(self, judge: str | None = None, application: str | None = None) -> None:
        """The secretariat declares that a judge must never score an application: pickers for
        both, a reason, and what it will clear is said before anything is written."""
        if self.info is None or self.info.judge_only:
            return
        from ui.forms import ConflictDialog

        dialog = ConflictDialog(self.worker, self, judge=judge,
                                application=application)
        dialog.declared.connect(self.record_done)
        dialog.open()

    def export_packages(self) -> None:
        """One package per judge, to score offline in this app."""
        folder = files.choose_folder(self, "packages", _tr("Write one package per judge into"),
                                     self._edition_folder())
        if not folder:
            return
        _run_long(self, self.worker, _tr("Writing the judges' packages…"),
                 packages.export_packages, folder, done=lambda rows: QMessageBox.information(
                     self, _tr("Packages written"),
                     _tr("{n} packages written to {folder}, each sealed with a passphrase of its "
                         "own; the passphrases are in {sheet}. Send each judge their own file, "
                         "and their passphrase apart from it (by phone or in person), then "
                         "delete the sheet: the passphrases are kept nowhere else. The judges "
                         "open the file in this app, score offline and send it back.").format(
                             n=len(rows), folder=folder, sheet=packages.PASSPHRASE_SHEET)))

    def export_sheets(self) -> None:
        """One Excel sheet per judge, for those who prefer a spreadsheet."""
        folder = files.choose_folder(self, "sheets", _tr("Write one Excel sheet per judge into"),
                                     self._edition_folder())
        if not folder:
            return
        _run_long(self, self.worker, _tr("Writing the judges' sheets…"),
                 sheets.export_sheets, folder,
                 done=lambda rows: self._said(_tr("{n} sheets written to {folder}").format(
                     n=len(rows), folder=folder)))

    def import_return(self, path: str | None = None) -> None:
        """Check a package (or filled sheet) a judge sent back and merge it, all or nothing."""
        if self.info is None or self.info.judge_only:
            return
        if not path:
            path = files.open_file(self, "returns", _tr("Merge a judge's return"), return_files(),
                                   self._edition_folder())
        if not path:
            return

        def merged(report: PackageReport | ImportReport) -> None:
            QMessageBox.information(self, _tr("Return merged"), str(report))
            self.data_changed(Changes.of("scores", "conflicts", "assignments", "judges"))

        _run_long(self, self.worker, _tr("Checking and merging the return…"),
                 _merge_return, path, done=merged,
                 failed=lambda exc: show_error(self, exc, _tr("Return refused")))

    # --- single records and undo --------------------------------------------------------------

    def record_done(self, change: RecordChange, changes: Changes, undo: Undo | None) -> None:
        """A single record was added, edited or deleted (or a conflict declared): say so,
        refresh what it touched, and remember how to take it back."""
        self._said(change.summary)
        if undo is not None:
            self.undo_stack.append(undo)
            del self.undo_stack[:-MAX_UNDO]
        self.data_changed(changes)
        self._update_menus()

    def _undo_label(self) -> str:
        view = self.current_view()
        if view == "scoring" and "scoring" in self.pages:
            label = self.scoring.undo_label()
            if label:
                return label
        return self.undo_stack[-1].label if self.undo_stack else ""

    def undo(self) -> None:
        """Take back the last change: in the scoring form the last score given; elsewhere the
        last record added, edited or deleted, as a new act in the history."""
        if (self.current_view() == "scoring" and "scoring" in self.pages
                and self.scoring.undo()):
            self._update_undo()
            return
        if not self.undo_stack:
            self._said(_tr("Nothing to undo."))
            return
        step = self.undo_stack.pop()
        self._update_undo()

        def failed(exc: BaseException) -> None:
            show_error(self, exc, _tr("Not undone"))
            self._update_undo()

        def undone(change: RecordChange) -> None:
            self._said(_undone(change.summary or step.label))
            self.data_changed(step.changes)

        self.worker.submit(step.fn, label="undo", done=undone, failed=failed)

    def _record_act(self, name: str) -> None:
        page = self.pages.get(self.current_view() or "")
        act = getattr(page, name, None)
        if act is None:
            self._said(_tr("Show a table first (Applications, Judges, Categories, Criteria, "
                           "Conflicts or Assignments)."))
            return
        act()

    # --- results ------------------------------------------------------------------------------

    def _compute(self) -> None:
        if self.info is None or self.info.judge_only:
            return
        self.show_view("results")
        self.results.load()

    def _results_act(self, name: str) -> None:
        if self.info is None or self.info.judge_only:
            return
        self.show_view("results")
        getattr(self.results, name)()

    def _certificates_act(self, name: str) -> None:
        if self.info is None or self.info.judge_only:
            return
        getattr(self.certificates, name)()

    # --- rounds and letters ----------------------------------------------------------------

    def show_rounds(self) -> None:
        """The rounds of judging: which is open; add one; advance, the cut shown first."""
        if self.info is None or self.info.judge_only:
            return
        from ui.rounds import RoundsDialog

        dialog = RoundsDialog(self.worker, self, locked=self._finalized())
        dialog.changed.connect(self._rounds_changed)
        dialog.open()

    def _rounds_changed(self) -> None:
        self._said(_tr("The rounds changed: the views now show the open round"))
        self.data_changed(None)

    def feedback_letters(self) -> None:
        """Every applicant's letter: preview one, write them all."""
        if self.info is None or self.info.judge_only:
            return
        from ui.letters import LettersDialog

        LettersDialog(self.worker, self, self._edition_folder()).open()

    # --- help ---------------------------------------------------------------------------------

    def show_guide(self) -> None:
        """The user guide, in a window of its own."""
        from ui.guide import show_guide

        show_guide(self)

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts, in a message box."""
        QMessageBox.information(self, _tr("Keyboard shortcuts"), _tr(SHORTCUTS))

    def about(self) -> None:
        """The program's name, version and purpose."""
        from wego_awards import __version__

        QMessageBox.about(self, _tr("About WeGO Awards"),
                          f"WeGO Awards {__version__}\n\n" +
                          _tr("Runs an awards competition from applications to printed "
                              "certificates: offline judging, judge-bias correction, "
                              "tamper-evident results."))

    # --- helpers ------------------------------------------------------------------------------

    def _said(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def _edition_folder(self) -> Path | None:
        return Path(self.path).parent if self.path and "://" not in self.path else None


def _undone(summary: str) -> str:
    """The status bar's word after an undo (the core's summary may say "Undone" already)."""
    return summary if summary.lower().startswith("undone") else _tr("Undone: {what}").format(
        what=summary)


SHORTCUTS = QT_TRANSLATE_NOOP("EditionActions", """Anywhere
  Ctrl+O  open an edition or a judge's package
  Ctrl+I  import a file (or drop it on the window)
  Ctrl+Shift+I  merge a judge's return
  Ctrl+Z  undo the last change
  Ctrl+1 … Ctrl+9, Ctrl+0  the views
  F5  compute the results
  Ctrl+,  the edition's settings
  F1  the user guide

Tables
  Ctrl+F  filter
  Insert or Ctrl+Shift+N  add a record
  Enter or Ctrl+E  edit the selected record
  Delete or Ctrl+Del  delete it (asks first)
  right-click  the same, in a menu

Scoring
  0–9, '.'  type a score (e.g. 7, 10, 7.5)
  ← → ↑ ↓  one point down or up (with Shift: half a point)
  Home / End  the lowest / highest score
  Delete  clear the score
  Tab / Shift+Tab  next / previous criterion, then the comment
  Ctrl+Enter or PgDown  next application
  PgUp or Ctrl+Shift+Enter  previous application
  Ctrl+Z  take back the last score given
  Ctrl+Shift+S  send my scores back (in a judge's package)

Every score is saved the moment it is given; "✓ All changes saved" says the database has it.""")
