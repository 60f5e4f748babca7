"""The secretariat's tables: applications, judges, conflicts and assignments.

Each is a :class:`~ui.tablemodel.LazyTableModel` in a plain ``QTableView``: sorting by a click on
a heading and filtering by words both happen in the database, so the table stays instant with
20,000 applications. The applications table shows the selected application beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
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

from ui import style
from ui.charts import Histogram
from ui.forms import ConflictDialog, RecordDialog, delete_record
from ui.messages import esc
from ui.tablemodel import LazyTableModel
from ui.worker import DbWorker
from wego_awards.services import browse

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
    "applications": "No applications yet.\n\nImport them with File ▸ Import a file, or drop "
                    "applications.csv (or .xlsx) on this window.",
    "judges": "No judges yet.\n\nImport them with File ▸ Import a file (judges.csv, with "
              "their conflicts).",
    "conflicts": "No conflicts declared.\n\nThey come with the judges file (its conflicts "
                 "column), from the judges' packages, or from Edition ▸ Declare a conflict "
                 "(or the Add… button above).",
    "categories": "No categories yet.\n\nAdd them one by one with Add… above, or import "
                  "categories.csv (code, name, description).",
    "criteria": "No criteria yet.\n\nAdd them one by one with Add… above (with the rubric a "
                "judge sees), or import criteria.csv.",
    "assignments": "No assignments: every judge scores every application they have no "
                   "conflict with.\n\nTo share the work out, use Edition ▸ Assign judges "
                   "automatically, or import an assignments file.",
}
NOUNS = {"applications": ("application", "applications"), "judges": ("judge", "judges"),
         "conflicts": ("conflict", "conflicts"), "assignments": ("assignment", "assignments"),
         "categories": ("category", "categories"), "criteria": ("criterion", "criteria")}
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
        self.filter.setAccessibleName(f"Filter the {kind}")
        self.filter.setPlaceholderText("Filter: type words found in any column "
                                       "(e.g. 'seoul mobility')")
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
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)

        one = NOUNS[kind][0]
        self.add_button = QPushButton(f"Add {'a' if one[0] not in 'aeiou' else 'an'} {one}…")
        self.add_button.setToolTip(f"Add {one} (Insert)")
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip(f"Edit the selected {one} (Enter)")
        self.edit_button.clicked.connect(self.edit_record)
        self.edit_button.setVisible(kind not in PAIRS)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip(f"Delete the selected {one} (Delete); says first what "
                                      "goes with it")
        self.delete_button.clicked.connect(self.delete_record)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.view.doubleClicked.connect(lambda _i: self.edit_record())
        for key, slot in (("Insert", self.add_record), ("Delete", self.delete_record),
                          ("Return", self.edit_record), ("Enter", self.edit_record)):
            sc = QShortcut(QKeySequence(key), self.view, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.setAccessibleName(f"The {kind}")
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
            self.detail.setAccessibleName(f"The selected {NOUNS[kind][0]}")
            self.detail.setFrameShape(QFrame.Shape.StyledPanel)
            self.detail.setMinimumWidth(260)
            side = QWidget()
            sv = QVBoxLayout(side)
            sv.setContentsMargins(0, 0, 0, 0)
            sv.addWidget(self.detail, 1)
            if kind == "judges":
                self.chart = Histogram("Their totals beside the panel's")
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
        self.empty = QLabel(EMPTY[kind])
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
            action = menu.addAction(title)
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

    def set_edition(self, info: dict[str, Any]) -> None:
        """A finalized edition locks the records (they read their rows when shown)."""
        self.set_locked(bool(info.get("finalized")))

    def set_locked(self, locked: bool) -> None:
        """A finalized edition: records are shown, not changed."""
        self.locked = locked
        why = "The edition is finalized: reopen it first (Results ▸ Reopen…)"
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setEnabled(not locked)
            if locked:
                b.setToolTip(why)

    def _refuse_locked(self) -> bool:
        if self.locked:
            self._say("The edition is finalized: nothing can change until it is reopened "
                      "(Results ▸ Reopen…).")
        return self.locked

    def add_record(self) -> None:
        """Add one record (a conflict with its pickers and reason)."""
        if self._refuse_locked():
            return
        if self.kind == "conflicts":
            dialog: Any = ConflictDialog(self.worker, self)
            dialog.declared.connect(self.record_changed)
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
            self._say(f"Select {NOUNS[self.kind][0]} first.")
            return
        if self.kind in PAIRS:
            self._say(f"{NOUNS[self.kind][0].capitalize()}s are added or deleted, not edited.")
            return
        dialog = RecordDialog(self.worker, self.kind, key, self)
        dialog.saved.connect(self.record_changed)
        dialog.open()

    def delete_record(self) -> None:
        """Delete the selected record, after saying what goes with it."""
        if self._refuse_locked():
            return
        key = self.selected_key()
        if key is None:
            self._say(f"Select {NOUNS[self.kind][0]} first.")
            return
        delete_record(self, self.worker, self.kind, key, self.record_changed.emit)

    def declare_conflict_here(self) -> None:
        """A conflict for the selected judge or application, the other one to pick."""
        key = self.selected_key()
        if self._refuse_locked() or key is None:
            return
        judge = key[0] if self.kind == "judges" else None
        application = key[0] if self.kind == "applications" else None
        dialog = ConflictDialog(self.worker, self, judge=judge, application=application)
        dialog.declared.connect(self.record_changed)
        dialog.open()

    def _row_menu(self, pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        one = NOUNS[self.kind][0]
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        has_row = self.selected_key() is not None
        actions = [(f"Add {'an' if one[0] in 'aeiou' else 'a'} {one}…", self.add_record, True)]
        if self.kind not in PAIRS:
            actions.append((f"Edit this {one}…", self.edit_record, has_row))
        actions.append((f"Delete this {one}…", self.delete_record, has_row))
        if self.kind in ("applications", "judges"):
            actions.append(("Declare a conflict…", self.declare_conflict_here, has_row))
        for text, slot, on in actions:
            action = menu.addAction(text)
            action.setEnabled(on and not self.locked)
            action.triggered.connect(lambda _c=False, s=slot: s())
        menu.exec(self.view.viewport().mapToGlobal(pos))

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
        one, many = NOUNS[self.kind]
        shown = self.model.rowCount()
        total = self.model.total
        self.stack.setCurrentIndex(1 if total == 0 else 0)
        if self.model.filter_text and total is not None:
            self.count.setText(f"{shown:,} of {total:,} {many}")
        else:
            self.count.setText(f"{shown:,} {one if shown == 1 else many}")

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

    def _ask(self, fn: Any, code: str, then: Any) -> None:
        self._detail_pending += 1

        def done(value: Any) -> None:
            self._detail_pending -= 1
            then(value)

        def failed(_exc: BaseException) -> None:
            self._detail_pending -= 1

        self.worker.submit(fn, code, label="detail", done=done, failed=failed)

    def _show_chart(self, d: dict[str, Any]) -> None:
        if self.chart is not None:
            self.chart.own_label = "this judge"
            self.chart.set_values(d["own"], d["panel"])

    def _show_judge(self, d: dict[str, Any]) -> None:
        if self.detail is None:
            return
        e = esc
        if d["conflicts"]:
            rows = "".join(f"<li><b>{e(c['application'])}</b> {e(c['title'])} "
                           f"<span style='color:gray'>({e(c['source'])})</span></li>"
                           for c in d["conflicts"])
            conflicts = f"<p><b>Conflicts</b> (never shown these):</p><ul>{rows}</ul>"
        else:
            conflicts = "<p style='color:gray'>No conflicts declared.</p>"
        self.detail.setHtml(
            f"<h3>{e(d['name'])}</h3>"
            f"<p><b>{e(d['code'])}</b> · {e(d['country'])}<br>{e(d['affiliation'])}<br>"
            f"<span style='color:gray'>{e(d['email'])}</span></p>"
            f"<p><b>{d['scored']}</b> of {d['to_score']} applications scored"
            + (f", {d['partial']} partly" if d["partial"] else "") + f"</p>{conflicts}")

    def _show_detail(self, d: dict[str, Any] | None) -> None:
        if self.detail is None:
            return
        if d is None:
            what = "a judge" if self.kind == "judges" else "an application"
            self.detail.setHtml(f"<p style='color:gray'>Select {what} to see it here.</p>")
            return
        e = esc
        doc = (f"<p>Document: {e(d['attachment']['filename'])}</p>" if d["attachment"]
               else "<p style='color:gray'>No document attached.</p>")
        lines = [f"<b>{e(d['application'])}</b> · {e(d['category_name'])}",
                 e(", ".join(x for x in (d["city"], d["country"]) if x))]
        if d["organisation"]:
            lines.append(e(d["organisation"]))
        if d["email"]:
            lines.append(f"<span style='color:gray'>{e(d['email'])}</span>")
        summary = f"<p>{e(d['summary'])}</p>" if d["summary"] else ""
        self.detail.setHtml(f"<h3>{e(d['title'])}</h3><p>{'<br>'.join(lines)}</p>{summary}{doc}")
