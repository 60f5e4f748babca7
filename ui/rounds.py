"""The rounds of judging, as the secretariat runs them: the rounds and which is open, a new
round, and the advance to the next round with the cut shown before anything moves.

The advance dialog asks the core for the plan first (``rounds.plan_advance``: nothing written),
draws each category's candidates with the cut line under the last one that goes on, marks a tie
at the cut, and lets the jury promote or demote each tied application with its reason. The
Advance button stays disabled while a tie is undecided; the core refuses it again if it were
pressed anyway. Every call goes through the database worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import files, i18n, style
from ui.dialogs import ReasonDialog
from ui.messages import describe
from ui.worker import DbWorker
from wego_awards.services import rounds

if TYPE_CHECKING:
    from wego_awards.services.rounds import AdvancePlan, RoundInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rounds", text)


def _kind(kind: str) -> str:
    return _tr("qualifying") if kind == "qualifying" else _tr("scoring")


def _state(r: RoundInfo) -> str:
    if r.open:
        return _tr("open")
    return _tr("done") if r.opened_at else _tr("planned")


class RoundsDialog(QDialog):
    """The edition's rounds: which is open, what each holds; add one, or advance."""

    changed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None,
                 locked: bool = False) -> None:
        super().__init__(parent)
        self.worker = worker
        self.locked = locked
        self.setObjectName("rounds")
        self.setWindowTitle(self.tr("Rounds of judging"))
        note = QLabel(self.tr("Each round has its own criteria, assignments, packages and "
                              "scores; the open round is the one judged now. The awards come "
                              "from the last round."))
        note.setWordWrap(True)
        style.role(note, "muted")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("rounds-table")
        self.table.setAccessibleName(self.tr("The rounds"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Round"), self.tr("Name"), self.tr("Kind"), self.tr("State"),
            self.tr("Applications"), self.tr("Criteria")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(self.tr("&Add a round…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button = self.buttons.addButton(self.tr("&Edit the round…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button.setToolTip(self.tr("Rename the selected round, or change its kind "
                                            "while nothing is scored in it"))
        self.edit_button.clicked.connect(self.edit_round)
        self.advance_button = self.buttons.addButton(self.tr("Ad&vance to the next round…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self.add_round)
        self.advance_button.clicked.connect(self.advance)
        self.buttons.rejected.connect(self.reject)
        self.add_button.setEnabled(not locked)
        self.edit_button.setEnabled(not locked)
        self.advance_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(760, 320)
        self.rounds: list[RoundInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.worker.submit(rounds.list_rounds, label="rounds", done=self._show,
                           failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), describe(exc))

    def _show(self, found: list[RoundInfo]) -> None:
        self.rounds = found
        self.table.setRowCount(len(found))
        bold = QFont()
        bold.setBold(True)
        for row, r in enumerate(found):
            crits = ", ".join(r.criteria) if r.criteria else self.tr(
                "the previous round's, when it opens")
            cells = [r.code, r.name, _kind(r.kind), _state(r), i18n.number(r.applications),
                     crits]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.open:
                    item.setFont(bold)
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.advance_button.setEnabled(not self.locked and self.next_round() is not None)

    def next_round(self) -> RoundInfo | None:
        open_ = next((r for r in self.rounds if r.open), None)
        if open_ is None:
            return None
        return next((r for r in self.rounds if r.position == open_.position + 1), None)

    def add_round(self) -> None:
        dialog = AddRoundDialog(self, default_code=f"R{len(self.rounds) + 1}")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, name, kind, criteria = dialog.values()

        def added(info: RoundInfo) -> None:
            self.changed.emit()
            self.refresh()

        self.worker.submit(rounds.add_round, code, name, kind=kind, criteria=criteria,
                           label="add round", done=added, failed=self._failed)

    def selected(self) -> RoundInfo | None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        if rows and rows[0] < len(self.rounds):
            return self.rounds[rows[0]]
        return next((r for r in self.rounds if r.open), None)

    def edit_round(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = EditRoundDialog(chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, kind = dialog.values()

        def edited(_info: RoundInfo) -> None:
            self.changed.emit()
            self.refresh()

        self.worker.submit(rounds.edit_round, chosen.code,
                           name=name if name != chosen.name else None,
                           kind=kind if kind != chosen.kind else None,
                           label="edit round", done=edited, failed=self._failed)

    def advance(self) -> None:
        target = self.next_round()
        open_ = next((r for r in self.rounds if r.open), None)
        if target is None or open_ is None:
            return
        dialog = AdvanceDialog(self.worker, open_, target, self)
        dialog.advanced.connect(self._advanced)
        dialog.exec()

    def _advanced(self, _plan: AdvancePlan) -> None:
        self.changed.emit()
        self.refresh()


def _kinds(parent: QWidget) -> QComboBox:
    """The kinds of round, as a person picks one."""
    box = QComboBox(parent)
    box.setAccessibleName(_tr("The kind of round"))
    box.addItem(_tr("Scoring: judges score the criteria"), "scoring")
    box.addItem(_tr("Qualifying: screeners say pass or fail"), "qualifying")
    return box


class EditRoundDialog(QDialog):
    """A round's name, and its kind (a competition that starts with screeners makes its first
    round qualifying before anything is scored in it)."""

    def __init__(self, current: RoundInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit-round")
        self.setWindowTitle(self.tr("Round {code}").format(code=current.code))
        self.name = QLineEdit(current.name)
        self.name.setAccessibleName(self.tr("The round's name"))
        self.kind = _kinds(self)
        self.kind.setCurrentIndex(max(self.kind.findData(current.kind), 0))
        note = QLabel(self.tr("The kind can change only while nothing is scored in the round; "
                              "a scoring round then takes its criteria from an import."))
        note.setWordWrap(True)
        style.role(note, "muted")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Save the round"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(480, 200)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.kind.currentData())


class AddRoundDialog(QDialog):
    """A new round: its code, name, kind and (optionally) criteria of its own."""

    def __init__(self, parent: QWidget | None = None, default_code: str = "R2") -> None:
        super().__init__(parent)
        self.setObjectName("add-round")
        self.setWindowTitle(self.tr("Add a round"))
        self.code = QLineEdit(default_code)
        self.code.setAccessibleName(self.tr("The round's code"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Shortlist, Final"))
        self.name.setAccessibleName(self.tr("The round's name"))
        self.kind = _kinds(self)
        self.criteria = QLineEdit()
        self.criteria.setPlaceholderText(self.tr("None: the previous round's criteria"))
        self.criteria.setAccessibleName(self.tr("A criteria file of the round's own"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.criteria)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("C&riteria"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Add the round"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.code, self.name):
            w.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 220)
        self._check()

    def _choose(self) -> None:
        name = files.open_file(self, "criteria", self.tr("The round's criteria"),
                               self.tr("Tables") + " (*.csv *.xlsx)")
        if name:
            self.criteria.setText(name)

    def _check(self) -> None:
        qualifying = self.kind.currentData() == "qualifying"
        self.criteria.setEnabled(not qualifying)
        self.ok.setEnabled(bool(self.code.text().strip() and self.name.text().strip()))

    def values(self) -> tuple[str, str, str, Path | None]:
        crit = self.criteria.text().strip()
        kind = str(self.kind.currentData())
        return (self.code.text().strip(), self.name.text().strip(), kind,
                Path(crit) if crit and kind == "scoring" else None)


class AdvanceDialog(QDialog):
    """The advance to the next round: the rule, then the cut per category before anything
    moves; a tie at the cut is the jury's to settle here, application by application."""

    advanced = Signal(object)

    def __init__(self, worker: DbWorker, source: RoundInfo, target: RoundInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.source, self.target = source, target
        self.setObjectName("advance")
        self.setWindowTitle(self.tr("Advance from {source} to {target}").format(
            source=f"{source.code} · {source.name}", target=f"{target.code} · {target.name}"))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("How applications go on"))
        if source.kind == "qualifying":
            self.rule.addItem(self.tr("Those the screeners passed"), "passed")
        else:
            self.rule.addItem(self.tr("The top of each category"), "top")
            self.rule.addItem(self.tr("Those with at least a score"), "min_score")
        self.top = QSpinBox()
        self.top.setRange(1, 10_000)
        self.top.setValue(5)
        self.top.setAccessibleName(self.tr("How many of each category"))
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0, 10)
        self.min_score.setDecimals(2)
        self.min_score.setValue(7)
        self.min_score.setAccessibleName(self.tr("The lowest score that goes on"))
        self.share = QDoubleSpinBox()
        self.share.setRange(0.01, 1)
        self.share.setDecimals(2)
        self.share.setValue(0.5)
        self.share.setSpecialValueText(self.tr("more than half"))
        self.share.setAccessibleName(self.tr("The share of screeners who must pass it"))
        self.value = QStackedWidget()
        for w in (self.top, self.min_score, self.share):
            self.value.addWidget(w)
        form = QFormLayout()
        form.addRow(self.tr("&Rule"), self.rule)
        form.addRow(self.tr("&Value"), self.value)
        self.show_button = QPushButton(self.tr("&Show the cut"))
        self.show_button.clicked.connect(self.preview)
        self.summary = QLabel(self.tr("Choose the rule, then show the cut: nothing moves until "
                                      "you advance."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("cut-table")
        self.table.setAccessibleName(self.tr("The cut, category by category"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Application"), self.tr("City"),
            self.tr("Score or votes"), self.tr("Goes on"), self.tr("Jury")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.promote_button = QPushButton(self.tr("&Promote…"))
        self.demote_button = QPushButton(self.tr("&Demote…"))
        for b, what in ((self.promote_button, "promote"), (self.demote_button, "demote")):
            b.setEnabled(False)
            b.clicked.connect(lambda _c=False, w=what: self.decide(w))
        jury = QHBoxLayout()
        jury.addWidget(QLabel(self.tr("The jury, for the selected application:")))
        jury.addWidget(self.promote_button)
        jury.addWidget(self.demote_button)
        jury.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Advance"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        for w in (self.top, self.min_score, self.share):
            w.valueChanged.connect(self._stale)
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(jury)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.plan: AdvancePlan | None = None
        self._rows: list[str] = []
        self._rule_changed()

    def _rule_changed(self) -> None:
        rule = self.rule.currentData()
        self.value.setCurrentWidget({"top": self.top, "min_score": self.min_score,
                                     "passed": self.share}[rule])
        self._stale()

    def _stale(self) -> None:
        self.plan = None
        self.ok.setEnabled(False)

    def rule_args(self) -> dict[str, Any]:
        rule = self.rule.currentData()
        if rule == "top":
            return {"top": self.top.value()}
        if rule == "min_score":
            return {"min_score": self.min_score.value()}
        share = self.share.value()
        return {"passed": True, "min_share": None if share <= 0.5 else share}

    def preview(self) -> None:
        self.show_button.setEnabled(False)
        self.worker.submit(rounds.plan_advance, self.target.code, label="the cut",
                           done=self._show, failed=self._failed, **self.rule_args())

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), describe(exc))

    def _show(self, plan: AdvancePlan) -> None:
        self.show_button.setEnabled(True)
        self.plan = plan
        self._rows = []
        # Each category's candidates, best first, with a line across the table at its cut.
        rows: list[tuple[str, Any]] = []  # (category, candidate); None: the cut's line
        for cat in plan.categories:
            on = sum(c.goes_on for c in cat.candidates)
            rows += [(cat.code, c) for c in cat.candidates]
            if 0 < on < len(cat.candidates) or cat.tie:
                rows.insert(len(rows) - len(cat.candidates) + max(on, cat.cut_after),
                            (cat.code, None))
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        cut_brush = QBrush(QColor("#e8eef7"))
        tie_brush = QBrush(QColor("#fde7c2"))
        out_brush = QBrush(QColor("#6b6b6b"))
        for row, (code, c) in enumerate(rows):
            if c is None:
                self._rows.append("")
                item = QTableWidgetItem(self.tr("▲ go on to {target}  ·  the cut  ·  stay "
                                                "in {source} ▼").format(
                    target=plan.target, source=plan.source))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setBackground(cut_brush)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, 0, item)
                self.table.setSpan(row, 0, 1, self.table.columnCount())
                self.table.setRowHeight(row, 18)
                continue
            self._rows.append(c.application)
            if c.score is None:
                figure = self.tr("not scored")
            elif self.source.kind == "qualifying":
                figure = self.tr("{passes} pass, {fails} fail").format(passes=c.passes,
                                                                      fails=c.fails)
            else:
                figure = i18n.number(c.score, 2)
            jury = {"promote": self.tr("promoted"), "demote": self.tr("demoted")}.get(
                c.by_jury or "", "")
            if c.tied and not c.by_jury:
                jury = self.tr("TIE: the jury decides")
            cells = [code, c.application, c.city, figure,
                     self.tr("yes") if c.goes_on else "", jury]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c.tied and not c.by_jury:
                    item.setBackground(tie_brush)
                elif not c.goes_on:
                    item.setForeground(out_brush)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        ties = plan.ties
        text = self.tr("{n} applications go on to {target}.").format(
            n=len(plan.going_on), target=f"{plan.target} · {plan.target_name}")
        if ties:
            text += " " + self.tr("A tie at the cut: {apps}. Select each and promote or demote "
                                  "it, with the jury's reason, before advancing.").format(
                apps=", ".join(ties))
        self.summary.setText(text)
        self.summary.setStyleSheet("")
        style.role(self.summary, "banner" if ties else "note")
        self.ok.setEnabled(bool(plan.going_on) and not ties)
        self._selected()

    def _selected(self) -> None:
        ok = self.plan is not None and self.selected_application() is not None
        self.promote_button.setEnabled(ok)
        self.demote_button.setEnabled(ok)

    def selected_application(self) -> str | None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        return (self._rows[rows[0]] or None) if rows else None

    def decide(self, what: str) -> None:
        app = self.selected_application()
        if app is None:
            return
        title = (self.tr("Promote {app}") if what == "promote" else
                 self.tr("Demote {app}")).format(app=app)
        prompt = (self.tr("{app} goes on to the next round whatever its place. Why?")
                  if what == "promote" else
                  self.tr("{app} stays out of the next round whatever its place. Why?")
                  ).format(app=app)
        dialog = ReasonDialog(title, prompt, title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.worker.submit(rounds.decide, app, what, dialog.reason_text(), label=what,
                           done=lambda _s: self.preview(), failed=self._failed)

    def run(self) -> None:
        self.ok.setEnabled(False)

        def done(plan: AdvancePlan) -> None:
            self.advanced.emit(plan)
            self.accept()

        self.worker.submit(rounds.advance, self.target.code, label="advance", done=done,
                           failed=self._failed, **self.rule_args())
