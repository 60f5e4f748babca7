"""The main window: the first-run screen, or an open edition with its views in a sidebar.

The secretariat's edition shows every view; a judge's package (an edition whose
``package_judge`` is set) or a judge's own login on the shared server shows only the judge's
scoring view. All database work goes through
the window's one :class:`~ui.worker.DbWorker`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui import files, i18n, style
from ui.actions import EditionActions, edition_files
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import describe, show_error
from ui.ops import Changes, Undo, View
from ui.tables import TablePage
from ui.welcome import WelcomePage
from ui.worker import DbWorker
from wego_awards.db.engine import display_target
from wego_awards.errors import PassphraseNeeded, Refused
from wego_awards.services import browse
from wego_awards.services.browse import EditionInfo
from wego_awards.services.edition import create_edition, open_database
from wego_awards.services.filekind import is_package

if TYPE_CHECKING:  # the other views and the dialogs are imported when first shown
    from ui.certificates import CertificatesPage
    from ui.dialogs import NewEdition
    from ui.progress import ProgressPage
    from ui.results import ResultsPage
    from ui.scoring import ScoringPage
    from wego_awards.db import Database

VIEWS = ("applications", "judges", "categories", "criteria", "conflicts", "assignments",
         "scoring", "progress", "results", "certificates")
VIEW_TITLES = {"applications": QT_TRANSLATE_NOOP("Views", "Applications"),
               "judges": QT_TRANSLATE_NOOP("Views", "Judges"),
               "categories": QT_TRANSLATE_NOOP("Views", "Categories"),
               "criteria": QT_TRANSLATE_NOOP("Views", "Criteria"),
               "conflicts": QT_TRANSLATE_NOOP("Views", "Conflicts"),
               "assignments": QT_TRANSLATE_NOOP("Views", "Assignments"),
               "scoring": QT_TRANSLATE_NOOP("Views", "Scoring"),
               "progress": QT_TRANSLATE_NOOP("Views", "Progress"),
               "results": QT_TRANSLATE_NOOP("Views", "Results"),
               "certificates": QT_TRANSLATE_NOOP("Views", "Certificates")}
MAX_RECENT = 8


def view_title(name: str) -> str:
    """The view's title in the app's language."""
    return QCoreApplication.translate("Views", VIEW_TITLES[name])


def _enable(action: QAction, on: bool, why: str) -> None:
    """Enable ``action``, or disable it with a tooltip that says why."""
    action.setEnabled(on)
    tip = action.statusTip()
    action.setToolTip(tip if on else (why if why.endswith((".", "。")) else f"{why}."))


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.replace("&", "").lower()
                   ).strip("-").replace("--", "-")


def _create(db: Database, new: NewEdition) -> EditionInfo:
    """Create the edition in a new file and describe it (on the worker)."""
    create_edition(db, new.name, new.year, categories=new.wego_categories,
                   organisation=new.organisation)
    return browse.edition_info(db)


def _build_demo(db: Database) -> EditionInfo:
    from wego_awards.demo import build_demo

    build_demo(db)
    return browse.edition_info(db)


class MainWindow(EditionActions, QMainWindow):
    """The app's one window."""

    edition_shown = Signal()

    def __init__(self, settings: QSettings | None = None, remember: bool = True) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.remember = remember
        self.worker = DbWorker(self)
        self.worker.failed.connect(lambda exc: show_error(self, exc))
        self.worker.busy_changed.connect(self._busy)
        self.path: str | None = None
        self.info: EditionInfo | None = None
        self._warmed = False  # the lazily imported modules' import is scheduled (ui.lazy.warm)
        self.undo_stack: list[Undo] = []
        self._dirty: set[str] = set()
        self._pending_view: str | None = None
        self._pending_judge: str | None = None
        # Passphrases of the judges' packages opened in this session, by file: kept in memory
        # only (never in the preferences), so reopening the same package does not ask again.
        self._passphrases: dict[str, str] = {}
        self._scoring_args: tuple[EditionInfo, str | None] | None = None
        self.opening = False
        self.open_error: str | None = None
        self.setWindowTitle(self.tr("WeGO Awards"))
        self.setAcceptDrops(True)
        self._build_pages()
        self._build_menus()
        self.statusBar().addWidget(self.where, 1)
        self.statusBar().addPermanentWidget(self.activity)
        self._restore_window()
        self._show_welcome()

    # --- building -----------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.welcome = WelcomePage()
        self.welcome.open_edition.connect(self.choose_and_open)
        self.welcome.open_package.connect(lambda: self.choose_and_open(package=True))
        self.welcome.new_edition.connect(self.new_edition)
        self.welcome.try_demo.connect(self.open_demo)
        self.welcome.open_recent.connect(self.open_path)
        self.welcome.show_guide.connect(self.show_guide)
        # Views are built the first time they are shown: a window that opens on the
        # applications never pays for the scoring form or the certificates' viewer.
        self.pages: dict[str, View] = {}
        self.nav = QListWidget()
        style.role(self.nav, "nav")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for name in VIEWS:
            item = QListWidgetItem(view_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a stand-in until the view is first shown
        self.nav.currentRowChanged.connect(self._nav_changed)
        edition = QWidget()
        row = QHBoxLayout(edition)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(edition)
        self.setCentralWidget(self.central)
        self.where = QLabel("")
        self.activity = QLabel("")
        style.role(self.activity, "muted")
        self._activity_timer = QTimer(self)
        self._activity_timer.setSingleShot(True)
        self._activity_timer.timeout.connect(lambda: self.activity.setText(self.tr("Working…")))

    def page(self, name: str) -> View:
        """The view ``name``, built (and told about the open edition) on first use."""
        found = self.pages.get(name)
        if found is not None:
            return found
        page: TablePage | ScoringPage | ProgressPage | ResultsPage | CertificatesPage
        if name in browse.TABLE_KINDS:
            page = TablePage(self.worker, name)
            page.record_changed.connect(self.record_done)
            page.set_locked(self._finalized())
        elif name == "scoring":
            from ui.scoring import ScoringPage

            page = ScoringPage(self.worker)
            page.send_back_requested.connect(self.send_back)
            page.undo_changed.connect(self._update_undo)
        elif name == "progress":
            from ui.progress import ProgressPage

            page = ProgressPage(self.worker)
            page.merge_return.connect(self.import_return)
        elif name == "results":
            from ui.results import ResultsPage

            page = ResultsPage(self.worker)
            page.edition_changed.connect(self.refresh_edition)
            page.changed.connect(self.data_changed)
        else:
            from ui.certificates import CertificatesPage

            page = CertificatesPage(self.worker)
        if self.info is not None and name != "scoring":
            page.set_edition(self.info)
        self.pages[name] = page
        index = VIEWS.index(name)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    @property
    def scoring(self) -> ScoringPage:
        return cast("ScoringPage", self.page("scoring"))

    @property
    def results(self) -> ResultsPage:
        return cast("ResultsPage", self.page("results"))

    @property
    def certificates(self) -> CertificatesPage:
        return cast("CertificatesPage", self.page("certificates"))

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", name: str = "") -> QAction:
        """A menu item that calls ``slot()``: Qt's ``checked`` argument is never passed on (it
        once arrived as a file path and the item did nothing)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setObjectName(name or _slug(text))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions_by_name[action.objectName()] = action
        return action

    def _menu(self, title: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setToolTipsVisible(True)  # a disabled item says why in its tooltip
        return menu

    def _build_menus(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        f = self._menu(self.tr("&File"))
        self.new_action = self._action(f, self.tr("&New edition…"), self.new_edition,
                                       QKeySequence.StandardKey.New, name="new-edition")
        self._action(f, self.tr("&Open edition or judge's package…"), self.choose_and_open,
                     QKeySequence.StandardKey.Open, name="open")
        self.recent_menu = f.addMenu(self.tr("Open &recent"))
        self.demo_action = self._action(f, self.tr("Try the &demo"), self.open_demo,
                                        name="try-the-demo")
        f.addSeparator()
        self.import_action = self._action(f, self.tr("&Import a file…"), self.import_file,
                                          "Ctrl+I",
                                          self.tr("Import a CSV or Excel file, checked first"),
                                          name="import")
        self.export_menu = f.addMenu(self.tr("&Export"))
        exports = {"categories": self.tr("Categories…"), "criteria": self.tr("Criteria…"),
                   "applications": self.tr("Applications…"), "judges": self.tr("Judges…"),
                   "assignments": self.tr("Assignments…"), "scores": self.tr("Scores…")}
        for kind, label in exports.items():
            self._action(self.export_menu, label,
                         partial(self.export_kind, kind), name=f"export-{kind}")
        self.backup_action = self._action(f, self.tr("&Backup…"), self.backup, name="backup")
        self.send_back_action = self._action(f, self.tr("&Send my scores back…"),
                                             self.send_back, "Ctrl+Shift+S",
                                             self.tr("Save the file to send to the secretariat"),
                                             name="send-back")
        f.addSeparator()
        self.close_action = self._action(f, self.tr("&Close edition"), self.close_edition,
                                         QKeySequence.StandardKey.Close, name="close")
        self._action(f, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, name="quit")

        ed = self._menu(self.tr("E&dit"))
        self.undo_action = self._action(ed, self.tr("&Undo"), self.undo,
                                        QKeySequence.StandardKey.Undo,
                                        name="undo")
        ed.addSeparator()
        self.add_action = self._action(ed, self.tr("&Add…"),
                                       lambda: self._record_act("add_record"), "Ctrl+Shift+N",
                                       self.tr("Add a record to the table on screen"),
                                       name="add")
        self.edit_action = self._action(ed, self.tr("&Edit…"),
                                        lambda: self._record_act("edit_record"), "Ctrl+E",
                                        self.tr("Edit the selected record"), name="edit")
        self.delete_action = self._action(ed, self.tr("De&lete…"),
                                          lambda: self._record_act("delete_record"), "Ctrl+Del",
                                          self.tr("Delete the selected record (asks first)"),
                                          name="delete")
        self.edit_menu = ed

        v = self._menu(self.tr("&View"))
        self.view_menu = v
        self.view_actions: dict[str, QAction] = {}
        for i, name in enumerate(VIEWS, start=1):
            self.view_actions[name] = self._action(v, view_title(name),
                                                   partial(self.show_view, name),
                                                   f"Ctrl+{i % 10}", name=f"view-{name}")
        v.addSeparator()
        self._action(v, self.tr("&Reload"), self.reload_current, "Ctrl+R", name="reload")
        v.addSeparator()
        self._build_language_menu(v)

        e = self._menu(self.tr("Editio&n"))
        self.settings_action = self._action(e, self.tr("Se&ttings…"), self.edit_settings,
                                            "Ctrl+,", self.tr("The edition, the award rules, "
                                                              "the method and the certificate's "
                                                              "design"), name="settings")
        e.addSeparator()
        self.rounds_action = self._action(e, self.tr("&Rounds…"), self.show_rounds,
                                          "Ctrl+Shift+R",
                                          self.tr("The rounds of judging: add one, or advance "
                                                  "to the next with the cut shown first"),
                                          name="rounds")
        self.assign_action = self._action(e, self.tr("&Assign judges automatically…"), self.assign,
                                          name="assign")
        self.conflict_action = self._action(e, self.tr("&Declare a conflict…"),
                                            self.declare_conflict,
                                            name="declare-conflict")
        e.addSeparator()
        self._action(e, self.tr("Export judge &packages…"), self.export_packages,
                     tip=self.tr("One file per judge to score offline in this app"),
                     name="export-packages")
        self._action(e, self.tr("Export judges' Excel &sheets…"), self.export_sheets,
                     name="export-sheets")
        self.return_action = self._action(e, self.tr("&Merge a judge's return…"),
                                          self.import_return, "Ctrl+Shift+I",
                                          self.tr("Merge a package or sheet a judge sent back "
                                                  "(checked first)"), name="merge-return")
        self.edition_menu = e

        r = self._menu(self.tr("&Results"))
        self._action(r, self.tr("&Compute"), self._compute, "F5", name="compute")
        self.override_action = self._action(r, self.tr("&Jury's decision…"),
                                            lambda: self._results_act("override"),
                                            name="override")
        self.clear_override_action = self._action(r, self.tr("C&lear a decision…"),
                                                  lambda: self._results_act("clear_override"),
                                                  name="clear-override")
        self.finalize_action = self._action(r, self.tr("&Finalize…"),
                                            lambda: self._results_act("finalize"),
                                            name="finalize")
        self.reopen_action = self._action(r, self.tr("&Reopen…"),
                                          lambda: self._results_act("reopen"),
                                          name="reopen")
        r.addSeparator()
        self._action(r, self.tr("&Export results…"), lambda: self._results_act("export"),
                     name="export-results")
        self._action(r, self.tr("Export the &report…"),
                     lambda: self._certificates_act("export_report"),
                     name="export-report")
        self._action(r, self.tr("Export &certificates…"),
                     lambda: self._certificates_act("export"),
                     name="export-certificates")
        self._action(r, self.tr("Feedback &letters…"), self.feedback_letters,
                     tip=self.tr("A letter for every applicant: preview one, write them all"),
                     name="feedback-letters")
        self.results_menu = r

        h = self._menu(self.tr("&Help"))
        self._action(h, self.tr("&User guide"), self.show_guide,
                     QKeySequence.StandardKey.HelpContents,
                     name="guide")
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, name="shortcuts")
        self._action(h, self.tr("&About WeGO Awards"), self.about, name="about")
        self._update_menus()

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View ▸ Language: the system's, or one of the app's languages (each named in itself);
        the choice is kept in the settings and applies when the app next starts."""
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.menuAction().setObjectName("language")
        group = QActionGroup(self)
        chosen = i18n.chosen_language(self.settings)
        for code, name in [("", self.tr("System language")), *i18n.available().items()]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setObjectName(f"language-{code or 'system'}")
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.actions_by_name[action.objectName()] = action

    def choose_language(self, code: str) -> None:
        """Keep ``code`` ("" for the system's) as the app's language; it applies at the next
        start (the windows are built in the language they start in)."""
        self.settings.setValue(i18n.SETTING, code)
        self.settings.sync()
        name = i18n.LANGUAGES.get(code or i18n.system_language(), "English")
        if (code or i18n.system_language()) == i18n.current():
            self.statusBar().showMessage(self.tr("WeGO Awards is in {language}.").format(
                language=name), 10_000)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("WeGO Awards will be in {language} the next time it "
                                  "starts.").format(language=name),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("language-changed")
        box.open()

    def edit_settings(self) -> None:
        """The edition's settings dialog (ui/settings.py)."""
        if self.info is None or self.info.judge_only:
            return
        from ui.settings import edit_settings

        edit_settings(self)

    # --- opening ------------------------------------------------------------------------------

    def choose_and_open(self, package: bool = False) -> None:
        title = self.tr("Open a judge's package") if package else self.tr("Open an edition")
        name = files.open_file(self, "editions", title, edition_files(),
                               Path(self.path).parent if self.path else None)
        if name:
            self.open_path(name)

    def open_path(self, path: str, view: str | None = None, judge: str | None = None,
                  passphrase: str | None = None) -> None:
        """Open the edition (or judge's package) in ``path`` and show ``view``."""
        self._pending_view = view
        self._pending_judge = judge
        self.opening, self.open_error = True, None
        self.activity.setText(self.tr("Opening {file}…").format(file=Path(path).name))
        phrase = passphrase if passphrase is not None else self._passphrases.get(path)

        def opened(info: EditionInfo) -> None:
            if phrase is not None:
                self._passphrases[path] = phrase
            self._opened(path, info)

        self.worker.open(lambda: open_database(path, create=False, passphrase=phrase),
                         then=browse.edition_info, done=opened,
                         failed=lambda exc: self._open_failed(path, exc))

    def _ask_passphrase(self, path: str, exc: PassphraseNeeded) -> bool:
        """Ask the judge for their package's passphrase and open it again with it; False when
        they cancel. A wrong one says so and asks again."""
        self._passphrases.pop(path, None)
        text = self.tr("{file} is a judge's sealed package. Type its passphrase: the words the "
                       "secretariat gave you with the file (capitals and spaces do not "
                       "matter).").format(file=Path(path).name)
        if exc.wrong:
            text = self.tr("That passphrase does not open {file}. Check the words and type it "
                           "again.").format(file=Path(path).name) + "\n\n" + text
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Passphrase"))
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for label in dialog.findChildren(QLabel):  # a paragraph, not one line 850 px wide
            label.setWordWrap(True)
        dialog.resize(max(420, min(560, self.width() // 2)), dialog.sizeHint().height())
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        phrase = dialog.textValue()
        dialog.deleteLater()
        if not ok or not phrase.strip():
            return False
        self.open_path(path, self._pending_view, self._pending_judge, passphrase=phrase)
        return True

    def open_demo(self) -> None:
        """Open the demo edition, building it the first time (in the user's data folder)."""
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation) or Path.home() / ".wego-awards")
        folder.mkdir(parents=True, exist_ok=True)
        path = str(folder / "demo.db")
        self.opening, self.open_error = True, None
        self.welcome.show_message(self.tr("Building the demo edition (a few seconds, only the "
                                          "first time)…"))
        self.worker.open(lambda: open_database(path, create=True), then=_build_demo,
                         done=lambda info: self._opened(path, info),
                         failed=lambda exc: self._open_failed(path, exc))

    def new_edition(self) -> None:
        from ui.dialogs import NewEditionDialog

        folder = Path(self.path).parent if self.path else Path.home()
        dialog = NewEditionDialog(self, folder)
        if dialog.exec() != NewEditionDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        path = new.path
        if path.exists():
            show_error(self, Refused(self.tr("{path} exists already; choose a new file for a "
                                             "new edition").format(path=path)))
            return
        first = "applications" if new.wego_categories else "categories"
        self.worker.open(lambda: open_database(path, create=True),
                         then=lambda db: _create(db, new),
                         done=lambda info: self._opened(str(path), info, first),
                         failed=lambda exc: self._open_failed(str(path), exc))

    def _open_failed(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, PassphraseNeeded) and self._ask_passphrase(path, exc):
            return
        self.opening, self.open_error = False, describe(exc)
        self.activity.setText("")
        self.path, self.info = None, None
        self._show_welcome()
        self.welcome.show_message(self.tr("{file} could not be opened: {error}").format(
            file=Path(path).name, error=describe(exc)))
        self._update_menus()

    def _opened(self, path: str, info: EditionInfo, view: str | None = None) -> None:
        self.opening = False
        self.activity.setText("")
        self.path = str(Path(path).absolute()) if "://" not in path else path
        self.info = info
        self.undo_stack.clear()  # the way back belongs to the edition it was made in
        self.statusBar().clearMessage()  # and what was said of the last one too
        self._remember_recent(self.path)
        self.welcome.show_message("")
        self._lock_tables()
        package = bool(info.judge_only)
        for i in range(self.nav.count()):
            name = self.nav.item(i).data(Qt.ItemDataRole.UserRole)
            self.nav.item(i).setHidden(package and name != "scoring")
        self._set_edition_on_pages(info)
        self.central.setCurrentIndex(1)
        self._update_title()
        self._update_menus()
        wanted = view or self._pending_view or ("scoring" if package else
                                                self.settings.value("view", "applications"))
        if wanted not in VIEWS or (package and wanted != "scoring"):
            wanted = "scoring" if package else "applications"
        self.show_view(wanted)
        self._warm_soon()
        self.edition_shown.emit()

    def _warm_soon(self) -> None:
        """Import the menus' modules on this thread a moment after the first edition is shown,
        so that the first menu chosen does not wait for them (only that: they are safe to
        import on any thread, see ui.lazy)."""
        if not self._warmed:
            self._warmed = True
            from ui import lazy

            QTimer.singleShot(1500, lazy.warm)

    def _set_edition_on_pages(self, info: EditionInfo) -> None:
        """Tell the views about the new edition; each reads its data when first shown."""
        self._dirty = set(VIEWS)
        judge = self._pending_judge
        if self._pending_view == "scoring" and judge is None:
            judge = "*"  # asked for the scoring view on the command line: the first judge
        self._scoring_args = (info, judge)
        for name in ("progress", "results", "certificates"):
            if name in self.pages:
                self.pages[name].set_edition(info)

    def refresh_edition(self) -> None:
        """Read the edition's state again (after finalize or reopen) and mark views stale."""
        self.worker.submit(browse.edition_info, label="edition", done=self._info_arrived)

    def _info_arrived(self, info: EditionInfo) -> None:
        relocked = self._finalized() != info.finalized
        self.info = info
        self._update_title()
        self._update_menus()
        self._lock_tables()
        if "certificates" in self.pages:
            self.certificates.set_edition(info)
        if "results" in self.pages:  # the open round may have moved on (Edition ▸ Rounds)
            self.results.set_rounds(info)
        if self._scoring_args is not None:
            self._scoring_args = (info, self._scoring_args[1])
        else:
            self.scoring.info = info
            self.scoring._update_banner()
        if relocked:
            # Finalized or reopened: a loaded scoring view keeps its place (its banner was
            # updated above); the others read the data again when next shown.
            keep = {self.current_view() or ""} | ({"scoring"} if self._scoring_args is None
                                                  else set())
            self._dirty |= set(VIEWS) - keep

    def _lock_tables(self) -> None:
        for page in self.pages.values():
            if isinstance(page, TablePage):
                page.set_locked(self._finalized())

    def data_changed(self, changes: Changes | None = None) -> None:
        """An operation changed the data: the views that show what it touched read their data
        again (the one on screen now, the others when next shown)."""
        changes = changes or Changes.everything()
        if changes.counts:
            self.refresh_edition()
        current = self.current_view()
        stale = {v for v in VIEWS if changes.touches(v)}
        self._dirty |= stale
        if "scoring" in stale and self._scoring_args is None and self.info is not None:
            # The scoring view was loaded: load it again, same judge.
            self._scoring_args = (self.info, self.scoring.judge)
        if current in stale:
            self._load(current)

    def close_edition(self) -> None:
        if "scoring" in self.pages:
            self.scoring.form.flush()
        self.worker.close_database()
        self.path, self.info = None, None
        self._show_welcome()
        self._update_menus()

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self._recent())
        self.central.setCurrentIndex(0)
        self.where.setText("")
        self.setWindowTitle(self.tr("WeGO Awards"))

    # --- views --------------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        """Switch to the view ``name`` (one of VIEWS)."""
        if name not in VIEWS or self.info is None:
            return
        if self.info.judge_only and name != "scoring":
            return
        row = VIEWS.index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)

    def current_view(self) -> str | None:
        if self.central.currentIndex() != 1:
            return None
        return VIEWS[self.stack.currentIndex()]

    def _nav_changed(self, row: int) -> None:
        if not 0 <= row < len(VIEWS):
            return
        name = VIEWS[row]
        self.page(name)
        self.stack.setCurrentIndex(row)
        if name in self._dirty:
            self._load(name)
        self._update_menus()
        if self.remember and not (self.info and self.info.judge_only):
            self.settings.setValue("view", name)

    def _load(self, name: str) -> None:
        self._dirty.discard(name)
        page = self.page(name)
        if name == "scoring":
            if self._scoring_args is not None:
                info, judge = self._scoring_args
                self._scoring_args = None
                self.scoring.set_edition(info, judge=judge)
            else:
                self.scoring.reload()
        else:
            page.load()

    def reload_current(self) -> None:
        name = self.current_view()
        if name:
            self._load(name)

    def is_ready(self) -> bool:
        """An edition is shown and its current view has everything it asked for."""
        name = self.current_view()
        if name is None or self.worker.busy:
            return False
        page = self.page(name)
        return bool(page.is_ready())

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        """A table dropped is imported (what it holds is read from it); an edition file or a
        judge's package asks: merge it as a judge's return, or open it."""
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            event.acceptProposedAction()
            if is_package(path):
                self._package_dropped(path)
            elif self.info is None:
                self.welcome.show_message(self.tr("{file}: open or create an edition first; then "
                                                  "drop the file again to import it.").format(
                                                      file=path.name))
            elif self.info.judge_only:
                self.statusBar().showMessage(self.tr("{file} was not imported: a judge's package "
                                                     "takes scores only from this window.").format(
                                                         file=path.name), 10_000)
            else:
                self.import_file(path)
            return

    def _package_dropped(self, path: Path) -> None:
        if self.info is None or self.info.judge_only:
            self.open_path(str(path))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A judge's package or an edition"),
                          self.tr("{file} is an edition file or a judge's package.\n\nMerge it "
                                  "into {edition} as a judge's return (it is checked first), or "
                                  "open it in place of this edition?").format(
                                      file=path.name, edition=self.info.name), parent=self)
        merge = box.addButton(self.tr("Merge as a return"), QMessageBox.ButtonRole.AcceptRole)
        open_ = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.setObjectName("package-dropped")
        box.exec()
        if box.clickedButton() is merge:
            self.import_return(str(path))
        elif box.clickedButton() is open_:
            self.open_path(str(path))

    # --- state --------------------------------------------------------------------------------

    def _update_title(self) -> None:
        info = self.info
        if info is None:
            return
        state = self.tr("finalized") if info.finalized else self.tr("open")
        who = (" · " + self.tr("judge {judge}'s package").format(judge=info.package_judge)
               if info.package_judge else
               " · " + self.tr("judge {judge}").format(judge=info.judge_only)
               if info.judge_only else "")
        self.setWindowTitle(f"{info.name} ({info.year}){who} — " + self.tr("WeGO Awards"))
        apps, judges = info.applications, info.judges
        rounds = (self.tr("round {code} ({name}), {n} of {total}").format(
            code=info.round, name=info.round_name, n=info.round_number, total=info.rounds),
        ) if info.rounds > 1 else ()
        self.where.setText(" · ".join((
            f"{info.name} ({info.year})", state, *rounds,
            (self.tr("1 application") if apps == 1 else
             self.tr("{n} applications").format(n=i18n.number(apps))),
            (self.tr("1 judge") if judges == 1 else
             self.tr("{n} judges").format(n=i18n.number(judges))),
            display_target(self.path or ""))))

    def _update_menus(self) -> None:
        """Show what applies to whoever has the window (the secretariat, or a judge in their
        package), and disable what cannot be done now with a tooltip that says why."""
        info = self.info
        open_ = info is not None
        package = bool(info and info.judge_only)
        secretariat = open_ and not package
        finalized = self._finalized()
        none_open = self.tr("Open or create an edition first")
        locked = self.tr("The edition is finalized: reopen it first (Results ▸ Reopen…)")
        # A judge's package shows only what a judge does: score, send back, undo, help.
        for a in (self.new_action, self.demo_action, self.import_action, self.backup_action,
                  self.add_action, self.edit_action, self.delete_action):
            a.setVisible(not package)
        self.export_menu.menuAction().setVisible(not package)
        for m in (self.edition_menu, self.results_menu):
            m.menuAction().setVisible(not package)
        self.send_back_action.setVisible(package)
        self.send_back_action.setEnabled(bool(info and info.package_judge))
        _enable(self.close_action, open_, self.tr("No edition is open"))
        for name, a in self.view_actions.items():
            a.setVisible(not package or name == "scoring")
            _enable(a, open_, none_open)
        self.export_menu.setEnabled(secretariat)
        _enable(self.export_menu.menuAction(), secretariat, none_open)
        for a in self.edition_menu.actions() + self.results_menu.actions():
            _enable(a, secretariat, none_open)
        for a in (self.import_action, self.backup_action):
            _enable(a, secretariat, none_open)
        if secretariat:
            for a in (self.import_action, self.assign_action, self.conflict_action,
                      self.return_action, self.override_action, self.clear_override_action,
                      self.finalize_action):
                _enable(a, not finalized, locked)
            _enable(self.reopen_action, finalized, self.tr("The results are not finalized"))
        page = self.pages.get(self.current_view() or "")
        editable = secretariat and hasattr(page, "add_record")
        why = (none_open if not secretariat else self.tr("Show a table first (Applications, "
                                                           "Judges, Categories, Criteria, "
                                                           "Conflicts or Assignments)"))
        for a in (self.add_action, self.edit_action, self.delete_action):
            _enable(a, editable and not finalized, locked if editable and finalized else why)
        self._update_undo()

    def _update_undo(self) -> None:
        label = self._undo_label()
        self.undo_action.setText(self.tr("&Undo {what}").format(what=label) if label
                                 else self.tr("&Undo"))
        _enable(self.undo_action, bool(label), self.tr("Nothing to undo yet"))

    def _busy(self, busy: bool) -> None:
        if busy:
            self._activity_timer.start(400)  # only a job that takes a while is worth a word
        else:
            self._activity_timer.stop()
            if self.activity.text() == self.tr("Working…"):
                self.activity.setText("")

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as the item
            value = [value]
        if not isinstance(value, list):
            return []
        return [p for p in value if isinstance(p, str) and ("://" in p or Path(p).exists())]

    def _remember_recent(self, path: str) -> None:
        if not self.remember or display_target(path) != path:
            return  # a server URL with a password is never written to the settings
        recent = [p for p in self._recent() if p != path]
        self.settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self.settings.setValue("last", path)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for p in self._recent():
            self._action(self.recent_menu, p, partial(self.open_path, p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))
        _enable(self.recent_menu.menuAction(), bool(self.recent_menu.actions()),
                self.tr("No edition or package was opened recently"))

    def _restore_window(self) -> None:
        """The remembered size and place, else 1280x820; never larger than the screen's
        available area (a 1366x768 laptop included), never off it."""
        self.resize(1280, 820)
        self._fill_recent_menu()
        if self.remember:
            geometry = self.settings.value("window/geometry")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            state = self.settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Shrink the window to the available screen (minus the frame) and keep it on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), area.width() - max(frame.width(), 0))
        height = min(self.height(), area.height() - max(frame.height(), 30))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), area.left()), area.right() - self.frameGeometry().width() + 1)
        y = min(max(self.y(), area.top()), area.bottom() - self.frameGeometry().height() + 1)
        if (x, y) != (self.x(), self.y()):
            self.move(max(x, area.left()), max(y, area.top()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if "scoring" in self.pages:
            self.scoring.form.flush()  # what was typed is committed and saved before we go
        if self.remember:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.sync()
        self.worker.shutdown()  # waits for every save already submitted
        super().closeEvent(event)
