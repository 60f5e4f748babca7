"""The secretariat's tables: applications, judges, conflicts and assignments.

Each is a :class:`~ui.tablemodel.LazyTableModel` in a plain ``QTableView``: sorting by a click on
a heading and filtering by words both happen in the database, so the table stays instant with
20,000 applications. The applications table shows the selected application beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, style
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import esc
from ui.tablemodel import LazyTableModel, column_title
from ui.worker import DbWorker, T
from wego_awards.db import Database
from wego_awards.services import browse
from wego_awards.services.browse import (
    ApplicationDetail,
    EditionInfo,
    JudgeDetail,
    ScoreDistribution,
)

if TYPE_CHECKING:
    from ui.charts import Histogram

WIDTHS = {  # starting widths in characters; the title-like column stretches
    "code": 8, "category": 8, "city": 15, "country": 13, "organisation": 24, "document": 9,
    "scored_by": 8, "name": 20, "affiliation": 34, "email": 26, "conflicts": 9, "scored": 8,
    "judge": 7, "judge_name": 20, "application": 11, "source": 11, "scores": 11,
    "applications": 11, "weight": 7, "min": 5, "max": 5, "description": 40,
}
# Hidden at first; the heading's context menu shows them.
HIDDEN = {"applications": {"organisation"}, "judges": {"email"}}
STRETCH = {"applications": "title", "judges": "affiliation", "conflicts": "title",
           "assignments": "title", "categories": "description", "criteria": "description"}
EMPTY = {
    "applications": QT_TRANSLATE_NOOP("TablePage", "No applications yet.\n\nImport them with "
                                      "File ▸ Import a file, or drop applications.csv (or "
                                      ".xlsx) on this window."),
    "judges": QT_TRANSLATE_NOOP("TablePage", "No judges yet.\n\nImport them with File ▸ Import "
                                "a file (judges.csv, with their conflicts)."),
    "conflicts": QT_TRANSLATE_NOOP("TablePage", "No conflicts declared.\n\nThey come with the "
                                   "judges file (its conflicts column), from the judges' "
                                   "packages, or from Edition ▸ Declare a conflict (or the Add… "
                                   "button above)."),
    "categories": QT_TRANSLATE_NOOP("TablePage", "No categories yet.\n\nAdd them one by one "
                                    "with Add… above, or import categories.csv (code, name, "
                                    "description)."),
    "criteria": QT_TRANSLATE_NOOP("TablePage", "No criteria yet.\n\nAdd them one by one with "
                                  "Add… above (with the rubric a judge sees), or import "
                                  "criteria.csv."),
    "assignments": QT_TRANSLATE_NOOP("TablePage", "No assignments: every judge scores every "
                                     "application they have no conflict with.\n\nTo share the "
                                     "work out, use Edition ▸ Assign judges automatically, or "
                                     "import an assignments file."),
}
# Each table's words, whole sentences per kind so every language can say them its own way:
# (add button, edit this, delete this, select first, one row, rows, shown of total).
WORDS = {
    "applications": (QT_TRANSLATE_NOOP("TablePage", "Add an application…"),
                     QT_TRANSLATE_NOOP("TablePage", "Edit this application…"),
                     QT_TRANSLATE_NOOP("TablePage", "Delete this application…"),
                     QT_TRANSLATE_NOOP("TablePage", "Select an application first."),
                     QT_TRANSLATE_NOOP("TablePage", "1 application"),
                     QT_TRANSLATE_NOOP("TablePage", "{n} applications"),
                     QT_TRANSLATE_NOOP("TablePage", "{n} of {total} applications")),
    "judges": (QT_TRANSLATE_NOOP("TablePage", "Add a judge…"),
               QT_TRANSLATE_NOOP("TablePage", "Edit this judge…"),
               QT_TRANSLATE_NOOP("TablePage", "Delete this judge…"),
               QT_TRANSLATE_NOOP("TablePage", "Select a judge first."),
               QT_TRANSLATE_NOOP("TablePage", "1 judge"),
               QT_TRANSLATE_NOOP("TablePage", "{n} judges"),
               QT_TRANSLATE_NOOP("TablePage", "{n} of {total} judges")),
    "conflicts": (QT_TRANSLATE_NOOP("TablePage", "Add a conflict…"),
                  QT_TRANSLATE_NOOP("TablePage", "Edit this conflict…"),
                  QT_TRANSLATE_NOOP("TablePage", "Delete this conflict…"),
                  QT_TRANSLATE_NOOP("TablePage", "Select a conflict first."),
                  QT_TRANSLATE_NOOP("TablePage", "1 conflict"),
                  QT_TRANSLATE_NOOP("TablePage", "{n} conflicts"),
                  QT_TRANSLATE_NOOP("TablePage", "{n} of {total} conflicts")),
    "assignments": (QT_TRANSLATE_NOOP("TablePage", "Add an assignment…"),
                    QT_TRANSLATE_NOOP("TablePage", "Edit this assignment…"),
                    QT_TRANSLATE_NOOP("TablePage", "Delete this assignment…"),
                    QT_TRANSLATE_NOOP("TablePage", "Select an assignment first."),
                    QT_TRANSLATE_NOOP("TablePage", "1 assignment"),
                    QT_TRANSLATE_NOOP("TablePage", "{n} assignments"),
                    QT_TRANSLATE_NOOP("TablePage", "{n} of {total} assignments")),
    "categories": (QT_TRANSLATE_NOOP("TablePage", "Add a category…"),
                   QT_TRANSLATE_NOOP("TablePage", "Edit this category…"),
                   QT_TRANSLATE_NOOP("TablePage", "Delete this category…"),
                   QT_TRANSLATE_NOOP("TablePage", "Select a category first."),
                   QT_TRANSLATE_NOOP("TablePage", "1 category"),
                   QT_TRANSLATE_NOOP("TablePage", "{n} categories"),
                   QT_TRANSLATE_NOOP("TablePage", "{n} of {total} categories")),
    "criteria": (QT_TRANSLATE_NOOP("TablePage", "Add a criterion…"),
                 QT_TRANSLATE_NOOP("TablePage", "Edit this criterion…"),
                 QT_TRANSLATE_NOOP("TablePage", "Delete this criterion…"),
                 QT_TRANSLATE_NOOP("TablePage", "Select a criterion first."),
                 QT_TRANSLATE_NOOP("TablePage", "1 criterion"),
                 QT_TRANSLATE_NOOP("TablePage", "{n} criteria"),
                 QT_TRANSLATE_NOOP("TablePage", "{n} of {total} criteria")),
}
PAIRS = ("conflicts", "assignments")  # keyed by judge and application; added, never edited


class TablePage(QWidget):
    """One of the edition's tables with its filter box, its row count, and its records added,
    edited and deleted one at a time (buttons, right-click, Insert / Enter / Delete)."""

    record_changed = Signal(object, object, object)  # the change, what it touched, its undo

    def __init__(self, worker: DbWorker, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.kind = kind
        self.locked = False
        self.model = LazyTableModel(worker, kind, self)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the table"))
        self.filter.setPlaceholderText(self.tr("Filter: type words found in any column "
                                               "(e.g. 'seoul mobility')"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel("")
        style.role(self.count, "muted")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._timer.start(180))
        self.model.loaded.connect(self._update_count)
        # A reload (after an edit, an undo, a filter) keeps the row the person had selected.
        self._kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.loaded.connect(self._restore_current)  # after the view's own reset

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures 20,000 rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        hh.setSortIndicatorShown(True)
        hh.setSectionsClickable(True)
        hh.sortIndicatorChanged.connect(self.model.sort)
        ch = self.fontMetrics().averageCharWidth()
        keys = self.model.column_keys()
        for i, key in enumerate(keys):
            if key == STRETCH.get(kind):
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                hh.resizeSection(i, WIDTHS.get(key, 12) * ch + 16)
        for i, key in enumerate(keys):
            if key in HIDDEN.get(kind, ()):
                self.view.setColumnHidden(i, True)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._column_menu)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.filter.setFocus)

        self.add_button = QPushButton(self._word(0))
        self.add_button.setToolTip(self.tr("Add a record (Insert)"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected record (Enter)"))
        self.edit_button.clicked.connect(self.edit_record)
        self.edit_button.setVisible(kind not in PAIRS)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Delete); says first "
                                              "what goes with it"))
        self.delete_button.clicked.connect(self.delete_record)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.view.doubleClicked.connect(lambda _i: self.edit_record())
        for key, slot in (("Insert", self.add_record), ("Delete", self.delete_record),
                          ("Return", self.edit_record), ("Enter", self.edit_record)):
            sc = QShortcut(QKeySequence(key), self.view)
            sc.activated.connect(slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.setAccessibleName(self.tr("The table"))
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.stack = QStackedWidget()  # the table, or what to do while it is empty
        self.detail: QTextBrowser | None = None
        self.chart: Histogram | None = None
        self._detail_pending = 0
        if kind in ("applications", "judges"):
            self.detail = QTextBrowser()
            self.detail.setAccessibleName(self.tr("The selected record"))
            self.detail.setFrameShape(QFrame.Shape.StyledPanel)
            self.detail.setMinimumWidth(260)
            side = QWidget()
            sv = QVBoxLayout(side)
            sv.setContentsMargins(0, 0, 0, 0)
            sv.addWidget(self.detail, 1)
            if kind == "judges":
                from ui.charts import Histogram

                self.chart = Histogram(self.tr("Their totals beside the panel's"))
                sv.addWidget(self.chart)
            split = QSplitter()
            split.addWidget(self.view)
            split.addWidget(side)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 1)
            split.setSizes([900, 320])
            split.setChildrenCollapsible(False)
            self.stack.addWidget(split)
            self.view.selectionModel().currentRowChanged.connect(self._row_changed)
            self.model.rows_fetched.connect(self._select_first)
            self.model.loaded.connect(self._select_first)
            self._show_detail(None)
        else:
            self.stack.addWidget(self.view)
        self.empty = QLabel(QCoreApplication.translate("TablePage", EMPTY[kind]))
        style.role(self.empty, "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def _column_menu(self, pos) -> None:  # noqa: ANN001
        """Show or hide columns from the heading's context menu."""
        menu = QMenu(self)
        for i, (_key, title) in enumerate(browse.columns(self.kind)):
            action = menu.addAction(column_title(title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.toggled.connect(lambda on, col=i: self.view.setColumnHidden(col, not on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    # --- single records -----------------------------------------------------------------------

    def selected_key(self) -> tuple[str, ...] | None:
        """The key of the selected row ((code,) or (judge, application)), if any."""
        index = self.view.currentIndex()
        values = self.model.row_values(index.row()) if index.isValid() else None
        if values is None:
            return None
        if self.kind in PAIRS:
            return (str(values["judge"]), str(values["application"]))
        return (str(values["code"]),)

    def set_edition(self, info: EditionInfo) -> None:
        """A finalized edition locks the records (they read their rows when shown)."""
        self.set_locked(info.finalized)

    def set_locked(self, locked: bool) -> None:
        """A finalized edition: records are shown, not changed."""
        self.locked = locked
        why = self.tr("The edition is finalized: reopen it first (Results ▸ Reopen…)")
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(not locked)
            if locked:
                b.setToolTip(why)

    def _refuse_locked(self) -> bool:
        if self.locked:
            self._say(self.tr("The edition is finalized: nothing can change until it is "
                              "reopened (Results ▸ Reopen…)."))
        return self.locked

    def add_record(self) -> None:
        """Add one record (a conflict with its pickers and reason)."""
        if self._refuse_locked():
            return
        from ui.forms import ConflictDialog, RecordDialog  # the forms, when first opened

        if self.kind == "conflicts":
            conflict = ConflictDialog(self.worker, self)
            conflict.declared.connect(self.record_changed)
            conflict.open()
        else:
            dialog = RecordDialog(self.worker, self.kind, None, self)
            dialog.saved.connect(self.record_changed)
            dialog.open()

    def edit_record(self) -> None:
        """Edit the selected record (pairs are added or deleted, not edited)."""
        if self._refuse_locked():
            return
        key = self.selected_key()
        if key is None:
            self._say(self._word(3))
            return
        if self.kind in PAIRS:
            self._say(self.tr("Conflicts and assignments are added or deleted, not edited."))
            return
        from ui.forms import RecordDialog

        dialog = RecordDialog(self.worker, self.kind, key, self)
        dialog.saved.connect(self.record_changed)
        dialog.open()

    def delete_record(self) -> None:
        """Delete the selected record, after saying what goes with it."""
        if self._refuse_locked():
            return
        key = self.selected_key()
        if key is None:
            self._say(self._word(3))
            return
        from ui import forms

        forms.delete_record(self, self.worker, self.kind, key, self.record_changed.emit)

    def declare_conflict_here(self) -> None:
        """A conflict for the selected judge or application, the other one to pick."""
        key = self.selected_key()
        if self._refuse_locked() or key is None:
            return
        judge = key[0] if self.kind == "judges" else None
        application = key[0] if self.kind == "applications" else None
        from ui.forms import ConflictDialog

        dialog = ConflictDialog(self.worker, self, judge=judge, application=application)
        dialog.declared.connect(self.record_changed)
        dialog.open()

    def _row_menu(self, pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        has_row = self.selected_key() is not None
        actions = [(self._word(0), self.add_record, True)]
        if self.kind not in PAIRS:
            actions.append((self._word(1), self.edit_record, has_row))
        actions.append((self._word(2), self.delete_record, has_row))
        if self.kind in ("applications", "judges"):
            actions.append((self.tr("Declare a conflict…"), self.declare_conflict_here, has_row))
        for text, slot, on in actions:
            action = menu.addAction(text)
            action.setEnabled(on and not self.locked)
            action.triggered.connect(lambda _c=False, s=slot: s())
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _word(self, i: int) -> str:
        """This table's ``i``-th word (see :data:`WORDS`) in the app's language."""
        return QCoreApplication.translate("TablePage", WORDS[self.kind][i])

    def _say(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)

    def load(self) -> None:
        """Read the table again (a new edition, or data changed)."""
        self.model.total = None
        self.model.refresh()

    def is_ready(self) -> bool:
        """The ids are in and the rows on screen are fetched (nothing shows blank)."""
        if not self.model.is_loaded or self.model.fetching or self._detail_pending:
            return False
        return self.model.ensure_row(max(self.view.rowAt(0), 0))

    def _keep_current(self) -> None:
        index, ids = self.view.currentIndex(), self.model._ids
        self._kept = ids[index.row()] if index.isValid() and index.row() < len(ids) else None

    def _restore_current(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and kept in self.model._ids and not self.view.currentIndex().isValid():
            index = self.model.index(self.model._ids.index(kept), 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _select_first(self) -> None:
        """Show the first row beside the table until the user picks one."""
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self.model.total
        self.stack.setCurrentIndex(1 if total == 0 else 0)
        if self.model.filter_text and total is not None:
            self.count.setText(self._word(6).format(n=i18n.number(shown),
                                                    total=i18n.number(total)))
        else:
            self.count.setText(self._word(4) if shown == 1 else
                               self._word(5).format(n=i18n.number(shown)))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        values = self.model.row_values(current.row()) if current.isValid() else None
        if values is None:
            self._show_detail(None)
            return
        code = values["code"]
        if self.kind == "judges":
            self._ask(browse.judge_detail, code, self._show_judge)
            self._ask(browse.score_distributions, code, self._show_chart)
        else:
            self._ask(browse.application_detail, code, self._show_detail)

    def _ask(self, fn: Callable[[Database, str], T], code: str,
             then: Callable[[T], object]) -> None:
        self._detail_pending += 1

        def done(value: T) -> None:
            self._detail_pending -= 1
            then(value)

        def failed(_exc: BaseException) -> None:
            self._detail_pending -= 1

        self.worker.submit(fn, code, label="detail", done=done, failed=failed)

    def _show_chart(self, d: ScoreDistribution) -> None:
        if self.chart is not None:
            self.chart.own_label = self.tr("this judge")
            self.chart.set_values(d.own, d.panel)

    def _show_judge(self, d: JudgeDetail) -> None:
        if self.detail is None:
            return
        e = esc
        if d.conflicts:
            rows = "".join(f"<li><b>{e(c.application)}</b> {e(c.title)} "
                           f"<span style='color:gray'>({e(c.source)})</span></li>"
                           for c in d.conflicts)
            conflicts = ("<p>" + self.tr("<b>Conflicts</b> (never shown these):") +
                         f"</p><ul>{rows}</ul>")
        else:
            conflicts = "<p style='color:gray'>" + self.tr("No conflicts declared.") + "</p>"
        self.detail.setHtml(
            f"<h3>{e(d.name)}</h3>"
            f"<p><b>{e(d.code)}</b> · {e(d.country)}<br>{e(d.affiliation)}<br>"
            f"<span style='color:gray'>{e(d.email)}</span></p>"
            "<p>" + (self.tr("<b>{scored}</b> of {total} applications scored, {partial} partly")
                     if d.partial else self.tr("<b>{scored}</b> of {total} applications "
                                               "scored")).format(
                scored=d.scored, total=d.to_score, partial=d.partial)
            + f"</p>{conflicts}")

    def _show_detail(self, d: ApplicationDetail | None) -> None:
        if self.detail is None:
            return
        if d is None:
            what = (self.tr("Select a judge to see it here.") if self.kind == "judges" else
                    self.tr("Select an application to see it here."))
            self.detail.setHtml(f"<p style='color:gray'>{what}</p>")
            return
        e = esc
        doc = ("<p>" + self.tr("Document: {file}").format(file=e(d.attachment.filename))
               + "</p>" if d.attachment
               else "<p style='color:gray'>" + self.tr("No document attached.") + "</p>")
        lines = [f"<b>{e(d.application)}</b> · {e(d.category_name)}",
                 e(", ".join(x for x in (d.city, d.country) if x))]
        if d.organisation:
            lines.append(e(d.organisation))
        if d.email:
            lines.append(f"<span style='color:gray'>{e(d.email)}</span>")
        summary = f"<p>{e(d.summary)}</p>" if d.summary else ""
        self.detail.setHtml(f"<h3>{e(d.title)}</h3><p>{'<br>'.join(lines)}</p>{summary}{doc}")
