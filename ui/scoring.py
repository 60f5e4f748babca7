"""The judge's view: their applications by category, the application to read, the form to score.

Opened on a judge's package it is the whole app for that judge; on the secretariat's edition the
secretariat chooses the judge to score as (for a judge scoring at the secretariat's desk). Every
change is saved the moment it is committed, through the database worker, and shown as saved only
once the database has it: killing the app never loses a score already shown as saved.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.charts import Histogram
from ui.dialogs import ReasonDialog
from ui.document import DocumentPane
from ui.messages import describe, esc
from ui.scoreform import ScoreForm
from ui.worker import DbWorker, T
from ui.workload import WorkloadModel
from wego_awards.services import browse, conflicts, judging
from wego_awards.services.browse import (
    ApplicationDetail,
    CriterionInfo,
    EditionInfo,
    JudgeRow,
    JudgeScores,
    ScoreDistribution,
    WorkloadRow,
)
from wego_awards.services.judging import SavedScore


class ScoringPage(QWidget):
    """Score applications as one judge."""

    judge_changed = Signal(str)
    progress_changed = Signal(int, int)  # applications scored, applications in all
    send_back_requested = Signal()  # the judge pressed "Send my scores back…"
    undo_changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.info: EditionInfo | None = None
        self.judge: str | None = None
        self._chart_judge: str | None = None  # whose totals the chart shows or will show
        self.application: str | None = None
        self._known: dict[str, dict[str, float]] = {}  # saved scores per application shown
        self._pending = 0
        self._error = ""
        self._saved_at = ""
        # The reads asked for and not answered, counted for the database open when they were
        # asked (the worker's generation): an answer about a database since closed never comes,
        # and must not leave the next one's view waiting for it.
        self._loading: Counter[str] = Counter()
        self._loading_generation = -1
        self._chart_deferred = False  # a chart waits for the list and form (counted as loading)
        self._criteria_loaded = False
        # The scores given in this sitting, newest last: (application, criterion, the value
        # before). Ctrl+Z restores the value before, saved like any score.
        self._undo: list[tuple[str, str, float | None]] = []
        self._undoing = False
        self._pending_undo: tuple[str, str, float | None] | None = None
        self._build()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.judge_label = QLabel(self.tr("Scoring as"))
        self.judge_combo = QComboBox()
        self.judge_combo.setAccessibleName(self.tr("Scoring as judge"))
        self.judge_combo.setMinimumWidth(260)
        self.judge_combo.activated.connect(self._combo_chosen)
        self.judge_name = QLabel("")
        style.role(self.judge_name, "heading")
        self.overall = QProgressBar()
        self.overall.setMinimumWidth(280)
        self.overall.setFormat(self.tr("%v of %m applications scored"))
        self.overall.setTextVisible(True)
        top = QHBoxLayout()
        top.addWidget(self.judge_label)
        top.addWidget(self.judge_combo)
        top.addWidget(self.judge_name)
        top.addStretch(1)
        top.addWidget(self.overall)
        self.send_button = QPushButton(self.tr("Send my scores back…"))
        self.send_button.setToolTip(self.tr("Save the signed file to send to the secretariat "
                                    "(Ctrl+Shift+S)"))
        self.send_button.clicked.connect(self.send_back_requested)
        self.send_button.hide()
        top.addWidget(self.send_button)

        self.banner = QLabel("")
        style.role(self.banner, "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.model = WorkloadModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Your applications"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, 56)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.chart = Histogram(self.tr("Your totals beside the panel's"))
        self.chart.setToolTip(self.tr("Weighted totals (0 to 10) of the applications you have "
                                      "scored "
                              "completely, beside the whole panel's (anonymous)"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.tree, 1)
        lv.addWidget(self.chart)

        self.title = QLabel("")
        style.role(self.title, "title")
        self.title.setWordWrap(True)
        self.meta = QLabel("")
        style.role(self.meta, "muted")
        self.meta.setWordWrap(True)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary of the application"))
        self.summary.setOpenExternalLinks(True)
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.document = DocumentPane(self._fetch_document)
        self.conflict_button = QPushButton(self.tr("I have a conflict with this application…"))
        self.conflict_button.setToolTip(self.tr("Declare a conflict of interest: you will not see "
                                                "or "
                                        "score this application again"))
        self.conflict_button.clicked.connect(self.declare_conflict)
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(8, 0, 8, 0)
        mv.addWidget(self.title)
        mv.addWidget(self.meta)
        mv.addWidget(self.summary, 2)
        mv.addWidget(self.document, 0)
        self._middle = mv
        mv.addWidget(self.conflict_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.form = ScoreForm()
        self.form.score_committed.connect(self._save_score)
        self.form.comment_committed.connect(self._save_comment)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The scoring form"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.form_scroll = scroll  # not "scroll": that is QWidget.scroll()
        self.status = QLabel("")
        self.status.setObjectName("saved")
        self.status.setWordWrap(True)
        hint = QLabel(self.tr("Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown "
                              "next "
                      "application · PgUp previous"))
        style.role(hint, "muted")
        hint.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(scroll, 1)
        rv.addWidget(self.status)
        rv.addWidget(hint)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([330, 330, 560])
        self.splitter.setChildrenCollapsible(False)

        self.placeholder = QLabel(self.tr("Choose the judge you are scoring as, above."))
        style.role(self.placeholder, "empty")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder, 1)
        self.splitter.hide()

        for keys, step in (("Ctrl+Return", 1), ("Ctrl+Enter", 1), ("PgDown", 1),
                           ("PgUp", -1), ("Ctrl+Shift+Return", -1)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=step: self.go(s))
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.timeout.connect(self._load_chart)

    # --- the edition and the judge ------------------------------------------------------------

    def set_edition(self, info: EditionInfo, judge: str | None = None) -> None:
        """A new edition is open; in a judge's package the judge is fixed. ``judge`` preselects
        a judge on the secretariat's edition (the ``--view scoring`` screenshot)."""
        self.info = info
        self.judge = None
        self.application = None
        self._known.clear()
        self._clear_chart()
        self._criteria_loaded = False
        self.model.set_workload([])
        self._task("criteria", browse.criteria, done=self._criteria_arrived)
        package = info.judge_only
        self.judge_label.setVisible(not package)
        self.judge_combo.setVisible(not package)
        self.send_button.setVisible(bool(info.package_judge))
        self._undo.clear()
        self._update_banner()
        if package:
            self.set_judge(package)
        else:
            self.judge_name.setText("")
            self._task("judges", browse.judges,
                       done=lambda rows: self._judges_arrived(rows, judge))

    def _locked(self) -> bool:
        """The edition's results are finalized: scores are shown, not changed."""
        return self.info is not None and self.info.finalized

    def _update_banner(self) -> None:
        if self._locked():
            self.banner.setText(self.tr("The results of this edition are finalized: scores are "
                                        "locked "
                                "and shown read-only."))
            self.banner.show()
        else:
            self.banner.hide()
        self.form.set_read_only(self._locked())
        self.conflict_button.setEnabled(not self._locked())

    def _judges_arrived(self, rows: list[JudgeRow], preselect: str | None) -> None:
        self.judge_combo.clear()
        self.judge_combo.addItem(self.tr("Choose a judge…"), None)
        for r in rows:
            self.judge_combo.addItem(f"{r.code} · {r.name}", r.code)
        if preselect == "*" and rows:
            preselect = rows[0].code
        if preselect:
            i = self.judge_combo.findData(preselect)
            if i > 0:
                self.judge_combo.setCurrentIndex(i)
                self.set_judge(preselect)
                return
        self._show_placeholder(self.tr("Choose the judge you are scoring as, above. They see only "
                               "the applications assigned to them, never one they have a "
                               "conflict with."))

    def _combo_chosen(self, index: int) -> None:
        code = self.judge_combo.itemData(index)
        if code and code != self.judge:
            self.set_judge(code)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.show()
        self.splitter.hide()

    def set_judge(self, code: str) -> None:
        """Score as judge ``code``: load their applications and their distribution."""
        self.form.flush()
        self.judge = code
        self.application = None
        self._known.clear()
        self._clear_chart()  # never the last judge's totals under this one's name
        self.judge_changed.emit(code)
        # The panel's chart reads every score (0.4 s on 500,000) for the first judge at a data
        # state (the next judges' take the panel's totals kept): asked for once the judge's
        # applications and the first one's form are, so it never holds them up.
        self._task("workload", browse.judge_workload, code,
                   done=lambda rows: self._workload_arrived(code, rows))

    def load(self) -> None:
        """The view protocol's load: read the judge's applications again."""
        self.reload()

    def reload(self) -> None:
        """Read the judge's applications again (after an import changed them)."""
        if self.judge:
            current = self.application
            self._task("workload", browse.judge_workload, self.judge,
                       done=lambda rows: self._workload_arrived(self.judge or "", rows, current))

    def _workload_arrived(self, judge: str, rows: list[WorkloadRow],
                          keep: str | None = None) -> None:
        if judge != self.judge:
            return
        self.model.set_workload(rows)
        self._fit_scored_column()
        # The categories opened one by one: expandAll asks the model about every application
        # row (2,000 of a busy judge: 23 ms of calls into Python), and applications have no
        # children to open.
        for row in range(self.model.rowCount()):
            self.tree.setExpanded(self.model.index(row, 0), True)
        self._update_overall()
        if self.info is not None and self.info.judge_only:
            j = self.info.judge_only
            self.judge_name.setText(self.tr("Your applications, judge {judge}").format(judge=j))
        # The chart is asked for when the judge was just chosen, and whenever the one shown
        # (or on its way) is not this judge's: after the judge's first application otherwise.
        chart = self._chart_judge != judge  # set_judge cleared it: a new judge's is asked
        if not rows:
            self._show_placeholder(self.tr("Judge {judge} has no applications to score.").format(
                judge=judge))
            if chart:
                self._load_chart()
            return
        self.placeholder.hide()
        self.splitter.show()
        target = keep if keep and self.model.app(keep) else next(
            (r.application for r in rows if r.scored < r.criteria), rows[0].application)
        self.select(target)
        if chart:
            self._defer_chart()

    def _fit_scored_column(self) -> None:
        """The "Scored" column as wide as its widest text: a category's "334 of 334" in bold
        (it was cut to "334 o…" at a fixed 56 px), an application's "3/5", the header's."""
        bold = QFont(self.tree.font())
        bold.setBold(True)
        plain, strong = QFontMetrics(self.tree.font()), QFontMetrics(bold)
        widths = [strong.horizontalAdvance(str(self.model.index(r, 1).data() or ""))
                  for r in range(self.model.rowCount())]
        widths.append(plain.horizontalAdvance(str(self.model.headerData(
            1, Qt.Orientation.Horizontal) or "")))
        widths.append(plain.horizontalAdvance("10/10"))
        self.tree.header().resizeSection(1, max(56, max(widths) + 16))

    def _criteria_arrived(self, criteria: list[CriterionInfo]) -> None:
        self.form.set_criteria(criteria)
        self._criteria_loaded = True
        self._update_banner()

    def _update_overall(self) -> None:
        done, total = self.model.totals()
        self.overall.setMaximum(max(total, 1))
        self.overall.setValue(done)
        self.progress_changed.emit(done, total)

    # --- one application ----------------------------------------------------------------------

    def select(self, code: str) -> None:
        """Show application ``code`` (selecting it in the tree)."""
        idx = self.model.index_of(code)
        if idx.isValid():
            self.tree.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(idx)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.code_at(current)
        if code and code != self.application:
            self._show_application(code)

    def _show_application(self, code: str) -> None:
        self.form.flush()  # commits what was typed for the previous application first
        self.application = code
        app = self.model.app(code)
        self.title.setText(esc(app.title if app is not None else code))
        self.meta.setText("")
        self.summary.setPlainText("")
        self.form.set_scores({}, "")
        self.form.set_read_only(True)  # until the saved scores are in: nothing typed is lost
        self._task("detail", browse.application_detail, code,
                   done=lambda d: self._detail_arrived(code, d))
        self._task("scores", browse.judge_scores, self.judge, code,
                   done=lambda s: self._scores_arrived(code, s))

    def _detail_arrived(self, code: str, d: ApplicationDetail) -> None:
        if code != self.application:
            return
        self.title.setText(esc(d.title))
        where = ", ".join(x for x in (d.city, d.country) if x)
        bits = [f"<b>{esc(d.application)}</b>", esc(d.category_name), esc(where)]
        if d.organisation:
            bits.append(esc(d.organisation))
        self.meta.setText(" · ".join(bits))
        self.summary.setPlainText(d.summary or self.tr("No summary was given with this "
                                                       "application."))
        # The pane takes the document's {"filename", "size"} (the letters' pane gives it too).
        self.document.set_document(code, d.attachment.to_json() if d.attachment else None)
        # An embedded document gets most of the height; without one the summary has it all.
        self._middle.setStretchFactor(self.document,
                                      3 if d.attachment and self.document.embedded else 0)

    def _scores_arrived(self, code: str, s: JudgeScores) -> None:
        if code != self.application:
            return
        self._known[code] = dict(s.scores)
        self.form.set_scores(s.scores, s.comment)
        self.form.set_read_only(self._locked())
        pending, self._pending_undo = self._pending_undo, None
        if pending is not None and pending[0] == code:
            self._apply_undo(*pending)
        focus = self.focusWidget()
        if focus is None or focus is self.tree or self.form.isAncestorOf(focus):
            scale = self.form.first_unscored()
            if scale is not None and self.isVisible():
                scale.setFocus(Qt.FocusReason.OtherFocusReason)
                self.form_scroll.ensureWidgetVisible(scale)

    def _fetch_document(self, callback: Callable[[tuple[str, bytes] | None], None]) -> None:
        if self.application:
            self._task("document", browse.attachment, self.application, done=callback)

    def go(self, step: int) -> None:
        """Move to the next (or previous) application, saving what was typed first."""
        codes = self.model.applications()
        if not codes:
            return
        self.form.flush()
        i = codes.index(self.application) if self.application in codes else -1
        j = min(max(i + step, 0), len(codes) - 1)
        if j != i:
            self.select(codes[j])
            scale = self.form.first_scale()
            if scale is not None:
                scale.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def declare_conflict(self) -> None:
        """The judge declares a conflict with the application on screen; it disappears."""
        judge, app = self.judge, self.application
        if not judge or not app:
            return
        given = len(self._known.get(app, {}))
        dialog = ReasonDialog(self.tr("Declare a conflict"),
                              (self.tr("You will not see or score {application} again, and the "
                                       "secretariat will know why. The {n} scores you gave it "
                                       "will be cleared. What is the conflict?") if given else
                               self.tr("You will not see or score {application} again, and the "
                                       "secretariat will know why. What is the conflict?")
                               ).format(application=app, n=given), self.tr("Declare"), self)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        self.form.flush()
        self._begin_save()

        def declared(_change: object) -> None:
            self._comment_saved()
            self.reload()
            self._chart_timer.start(1500)  # the scores it cleared leave the chart, as saved ones

        self.worker.submit(conflicts.add_conflict, judge, app, reason=dialog.reason_text(),
                           label="declare a conflict", done=declared,
                           failed=lambda exc: self._save_failed(app, None, None, exc))

    # --- saving -------------------------------------------------------------------------------

    def _save_score(self, criterion: str, value: float | None) -> None:
        judge, app = self.judge, self.application
        if not judge or not app:
            return
        previous = self._known.get(app, {}).get(criterion)
        undoable = not self._undoing  # read now: the answer comes after the flag is reset
        self.form.mark_pending(criterion)
        comment = self.form.comment.toPlainText().strip()
        self._begin_save()
        self.worker.submit(
            judging.save_score, judge, app, criterion, value, comment, label="save a score",
            done=lambda saved: self._score_saved(app, criterion, value, saved, previous,
                                                 undoable),
            failed=lambda exc: self._save_failed(app, criterion, previous, exc))

    def _score_saved(self, app: str, criterion: str, value: float | None, saved: SavedScore,
                     previous: float | None = None, undoable: bool = True) -> None:
        known = self._known.setdefault(app, {})
        if undoable and previous != value:
            self._undo.append((app, criterion, previous))
            del self._undo[:-200]
            self.undo_changed.emit()
        if value is None:
            known.pop(criterion, None)
        else:
            known[criterion] = value
        self._saved_at = time.strftime("%H:%M:%S")
        if app == self.application:
            self.form.mark_saved(criterion, value)
            if value is not None and self.form.comment.toPlainText().strip() == saved.comment:
                self.form.comment.mark_saved(saved.comment)
        self.model.set_scored(app, len(known))
        self._update_overall()
        self._end_save()
        self._chart_timer.start(1500)

    def undo_label(self) -> str:
        """What Ctrl+Z would take back here ("score of EG-03, IMPACT"), or ""."""
        if not self._undo or self._locked():
            return ""
        app, criterion, _ = self._undo[-1]
        return self.tr("score of {application}, {criterion}").format(application=app,
                                                                      criterion=criterion)

    def undo(self) -> bool:
        """Restore the value a criterion had before the last score given (saved at once);
        False when there is nothing to take back here."""
        if not self._undo or not self.judge or self._locked():
            return False
        app, criterion, previous = self._undo.pop()
        self.undo_changed.emit()
        if app != self.application:
            self.select(app)  # the judge sees what is taken back
            self._pending_undo = (app, criterion, previous)
            return True
        self._apply_undo(app, criterion, previous)
        return True

    def _apply_undo(self, app: str, criterion: str, previous: float | None) -> None:
        row = self.form.rows.get(criterion)
        if row is None:
            return
        row.scale.set_value(previous, committed=False)
        row._show_value(previous)
        self._undoing = True
        try:
            row.scale.commit()  # saved like any score, but not itself put on the undo list
        finally:
            self._undoing = False

    def _save_comment(self, text: str) -> None:
        judge, app = self.judge, self.application
        if not judge or not app:
            return
        if not self._known.get(app):
            if text:
                self.form.comment.forget()
                self._set_status(self.tr("Your comment will be saved with your first score of this "
                                 "application."), "busy")
            return
        self._begin_save()
        self.worker.submit(judging.save_comment, judge, app, text, label="save a comment",
                           done=lambda _r: self._comment_saved(),
                           failed=lambda exc: self._save_failed(app, None, None, exc))

    def _comment_saved(self) -> None:
        self._saved_at = time.strftime("%H:%M:%S")
        self._end_save()

    def _save_failed(self, app: str, criterion: str | None, previous: float | None,
                     exc: BaseException) -> None:
        self._error = describe(exc)
        if app == self.application:
            if criterion is not None:
                self.form.mark_failed(criterion, previous)
            else:
                self.form.comment.forget()
        self._end_save()

    def _begin_save(self) -> None:
        self._pending += 1
        self._error = ""
        self._set_status(self.tr("Saving…"), "busy")

    def _end_save(self) -> None:
        self._pending -= 1
        if self._error:
            self._set_status(self.tr("Not saved: {error}").format(error=self._error), "error")
        elif self._pending == 0:
            self._set_status(self.tr("✓ All changes saved ({time})").format(time=self._saved_at),
                             "ok")

    def _set_status(self, text: str, tone: str) -> None:
        self.status.setText(text)
        style.tone(self.status, tone)

    @property
    def saving(self) -> bool:
        """True while a save has not been confirmed by the database yet."""
        return self._pending > 0

    # --- the distribution chart ---------------------------------------------------------------

    def _clear_chart(self) -> None:
        self._chart_timer.stop()
        self._undefer_chart()
        self._chart_judge = None
        self.chart.set_values([], [])

    # The first chart of a data state reads every score (0.5 s on 500,000): asked for as soon as
    # the judge's list and the first application's form are in and painted, not beside them,
    # where it took the processor from them (a judge's 2,000 applications listed in 60 ms
    # alone, 100-120 ms with the chart reading at once). Counted as loading while it waits, so
    # ``is_ready`` never says ready between the form and the chart.

    def _defer_chart(self) -> None:
        if self.judge:
            self._chart_judge = self.judge
        if not self._chart_deferred:
            self._chart_deferred = True
            self._asked()["chart"] += 1
        self._chart_when_idle()

    def _undefer_chart(self) -> bool:
        if not self._chart_deferred:
            return False
        self._chart_deferred = False
        self._asked()["chart"] -= 1
        return True

    def _chart_when_idle(self) -> None:
        if self._chart_deferred and not any(n for k, n in self._asked().items() if k != "chart"):
            QTimer.singleShot(0, self._deferred_chart_due)  # after the paint just asked for

    def _deferred_chart_due(self) -> None:
        if self._undefer_chart():
            self._load_chart()

    def _load_chart(self) -> None:
        if self.judge:
            judge = self.judge
            self._chart_judge = judge
            self._task("chart", browse.score_distributions, judge,
                       done=lambda d: self._chart_arrived(judge, d))

    def _chart_arrived(self, judge: str, d: ScoreDistribution) -> None:
        if judge != self.judge:
            return
        if d.judges <= 1:  # a package holds no other judge's scores
            self.chart.title = self.tr("Your totals")
            self.chart.set_values(d.own, [])
        else:
            self.chart.title = self.tr("Your totals beside the panel's")
            self.chart.set_values(d.own, d.panel)

    # --- helpers ------------------------------------------------------------------------------

    def _task(self, name: str, fn: Callable[..., T], *args: Any,
              done: Callable[[T], object]) -> None:
        """Submit a read; ``is_ready`` stays False until every one of them has answered."""
        self._asked()[name] += 1
        generation = self._loading_generation

        def answered() -> None:
            if generation == self._loading_generation:
                self._loading[name] -= 1

        def finish(value: T) -> None:
            answered()
            try:
                done(value)
            finally:
                self._chart_when_idle()

        def fail(exc: BaseException) -> None:
            answered()
            try:
                self._show_placeholder(describe(exc))
            finally:
                self._chart_when_idle()

        self.worker.submit(fn, *args, done=finish, failed=fail, label=name)

    def _asked(self) -> Counter[str]:
        """The reads asked for and not answered, for the database open now."""
        if self.worker.generation != self._loading_generation:
            self._loading_generation = self.worker.generation
            self._loading = Counter()
            self._chart_deferred = False
        return self._loading

    def waiting_for(self) -> set[str]:
        """The reads asked for and not answered yet ("workload", "chart", "scores", …)."""
        return {name for name, n in self._asked().items() if n}

    def is_ready(self) -> bool:
        """Everything asked for has arrived (used by the screenshot and the tests)."""
        return not any(self._asked().values()) and self._criteria_loaded
