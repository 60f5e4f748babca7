"""Results: per category the awards with their confidence and the jury's decisions, the ranking
and the flags; the judges' statistics; and the jury's acts (override, finalize, reopen).

Everything shown comes from ``results.compute`` (the same results ``results --json`` prints),
so the view and the command line can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import files, i18n, style
from ui.charts import OffsetChart, ScoreChart
from ui.dialogs import OverrideDialog, ReasonDialog, award_name, run_long
from ui.i18n import QT_TRANSLATE_NOOP
from ui.lazy import lazy
from ui.messages import describe, esc, show_error
from ui.ops import Changes
from ui.tablemodel import ListTableModel, fit_columns
from ui.worker import DbWorker
from wego_awards.db import Database
from wego_awards.progress import Progress
from wego_awards.services import decisions, results
from wego_awards.services.browse import EditionInfo
from wego_awards.services.results import Award, AwardTier, CategoryResults, Results

if TYPE_CHECKING:
    from wego_awards.services import rounds
    from wego_awards.services.rounds import QualifyingResults, RoundInfo
else:  # loaded when the edition has rounds to choose from
    rounds = lazy("wego_awards.services.rounds")

METHODS = ("additive", "mean", "zscore", "median", "trimmed")
METHOD_NAMES = {"additive": QT_TRANSLATE_NOOP("ResultsPage", "Judge-effect model (default)"),
                "mean": QT_TRANSLATE_NOOP("ResultsPage", "Plain mean"),
                "zscore": QT_TRANSLATE_NOOP("ResultsPage", "Standardised (z-score)"),
                "median": QT_TRANSLATE_NOOP("ResultsPage", "Median"),
                "trimmed": QT_TRANSLATE_NOOP("ResultsPage", "Trimmed mean")}
AWARD_COLOURS = {"gold": "#c9a227", "silver": "#9aa4ae", "special_mention": "#b07a4f"}
RANKING_HEADERS = (QT_TRANSLATE_NOOP("ResultsPage", "Rank"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Application"),
                   QT_TRANSLATE_NOOP("ResultsPage", "City"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Country"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Title"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Score"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Raw mean"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Judges"),
                   QT_TRANSLATE_NOOP("ResultsPage", "SE"),
                   QT_TRANSLATE_NOOP("ResultsPage", "Award"))
JUDGE_HEADERS = (QT_TRANSLATE_NOOP("ResultsPage", "Judge"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Name"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Scored"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Offset"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Spread"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Agreement"),
                 QT_TRANSLATE_NOOP("ResultsPage", "Outlier"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


def export_results(db: Database, out: str, method: str | None) -> Path:
    """Compute and write the results to ``out`` (.xlsx or .csv); runs on the worker."""
    return results.write_results(results.compute(db, method), out)


class AwardCard(QFrame):
    """One award of a category: who holds it, the score, the confidence, the jury's reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.award = QLabel("")
        self.award.setObjectName("award")
        self.who = QLabel("")
        self.who.setWordWrap(True)
        self.title = QLabel("")
        self.title.setWordWrap(True)
        self.score = QLabel("")
        style.role(self.score, "muted")
        self.confidence = QProgressBar()
        self.confidence.setRange(0, 100)
        self.confidence.setFormat(self.tr("confidence %p%"))
        self.confidence.setMaximumHeight(16)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        style.role(self.note, "note")
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        for w in (self.award, self.who, self.title, self.score, self.confidence, self.note):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_award(self, a: Award | None, name: str, colour: str, numbers: str = "") -> None:
        """Show award ``a`` (None: not given). ``numbers`` says, for a jury's decision, how
        far the scores alone would have given it."""
        self.award.setText(name)
        self.award.setStyleSheet(f"background:{colour}; color:white; padding:2px 6px; "
                                 "border-radius:3px; font-weight:bold")
        if a is None:
            self.who.setText(self.tr("<i>not given</i>"))
            for w in (self.title, self.score, self.note):
                w.setText("")
            self.confidence.hide()
            return
        self.who.setText(f"<b>{esc(a.application)}</b> · {esc(a.city)}, {esc(a.country)}")
        self.title.setText(esc(a.title))
        self.score.setText(self.tr("score {score} · raw mean {raw}").format(
            score=_num(a.score), raw=_num(a.raw_mean)))
        if a.override:
            # A jury's decision is no computed place: no "confidence 0%" alarm, but what the
            # numbers alone would have said, and the jury's reason.
            o = a.override
            self.confidence.hide()
            self.award.setText(self.tr("{award} · jury decision").format(award=name))
            self.note.setText("<b>" + self.tr("Jury decision") +
                              f"</b> ({esc(o.by or '')}): {esc(o.reason or '')}" +
                              (f"<br>{esc(numbers)}" if numbers else ""))
            self.setToolTip(self.tr("The jury gave this award; the scores alone would not have."))
            return
        note = a.confidence_note or ""
        self.setToolTip(note or self.tr("Confidence: the chance this is the right award, given the "
                        "scores"))
        if a.confidence is None:
            self.confidence.hide()
        else:
            self.confidence.show()
            self.confidence.setValue(round(a.confidence * 100))
            self.confidence.setAccessibleName(self.tr("confidence {percent}%").format(
                percent=round(a.confidence * 100)))
        # What the figure means and what lowers it, in words (shown when it is not near sure).
        self.note.setText(esc(note) if note and (a.confidence or 0) < 0.995 else "")


class ResultsPage(QWidget):
    """The results of the open edition, with the jury's acts."""

    edition_changed = Signal()  # finalized or reopened: the window re-reads the edition
    changed = Signal(object)  # a jury's decision was recorded: what it touched (ui.ops.Changes)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data: Results | None = None
        self.finalized = False
        self._loading = 0
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        for m in METHODS:
            self.method.addItem(_tr(METHOD_NAMES[m]), m)
        self.method.activated.connect(lambda _i: self.load(self.method.currentData()))
        # With several rounds: which round's results (the open one unless chosen).
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Round"))
        self.round.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round.activated.connect(self._round_picked)
        self._picked: str | None = None  # an earlier round the person chose to look at
        self.round_label = QLabel(self.tr("Round"))
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Compute the results again (F5)"))
        self.compute_button.clicked.connect(lambda: self.load(self.method.currentData()))
        self.state = QLabel("")
        self.state.setObjectName("state")
        self.override_button = QPushButton(self.tr("Jury's decision…"))
        self.override_button.clicked.connect(self.override)
        self.clear_button = QPushButton(self.tr("Clear a decision…"))
        self.clear_button.clicked.connect(self.clear_override)
        self.finalize_button = QPushButton(self.tr("Finalize…"))
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.round_label)
        bar.addWidget(self.round)
        for w in (self.round_label, self.round):
            w.hide()
        bar.addWidget(QLabel(self.tr("Method")))
        bar.addWidget(self.method)
        bar.addWidget(self.compute_button)
        bar.addStretch(1)
        for b in (self.override_button, self.clear_button, self.finalize_button,
                  self.reopen_button, self.export_button):
            bar.addWidget(b)
        self.warnings = QLabel("")
        style.role(self.warnings, "banner")
        self.warnings.setWordWrap(True)
        self.warnings.hide()

        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Categories"))
        self.categories.setMaximumWidth(260)
        self.categories.currentRowChanged.connect(self._show_category)
        self.cards = [AwardCard() for _ in range(3)]
        cards = QHBoxLayout()
        for c in self.cards:
            cards.addWidget(c, 1)
        self.flags = QLabel("")
        self.flags.setWordWrap(True)
        style.role(self.flags, "flags")
        self.ranking = ListTableModel([_tr(h) for h in RANKING_HEADERS],
                                      numeric=(0, 5, 6, 7, 8), parent=self)
        self.table = _table(self.ranking, stretch=4)
        self.table.setAccessibleName(self.tr("Ranking"))
        # A qualifying round's results are its screeners' votes.
        self.votes_model = ListTableModel(
            [self.tr("Application"), self.tr("City"), self.tr("Title"), self.tr("Pass"),
             self.tr("Fail"), self.tr("Share passing")], numeric=(3, 4, 5), parent=self)
        self.votes_table = _table(self.votes_model, stretch=2)
        self.votes_table.setAccessibleName(self.tr("The screeners' votes"))
        self.votes_table.hide()
        self.votes: QualifyingResults | None = None
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(cards)
        rv.addWidget(self.flags)
        rv.addWidget(self.table, 3)
        rv.addWidget(self.votes_table, 3)
        self.chart = ScoreChart(self.tr("Scores with their 95% intervals (the leading "
                                        "applications)"))
        rv.addWidget(self.chart, 2)
        split = QSplitter()
        split.addWidget(self.categories)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1000])
        split.setChildrenCollapsible(False)

        self.offsets = OffsetChart(self.tr("Judges' offsets (removed by the judge-effect model)"))
        self.judges = ListTableModel([_tr(h) for h in JUDGE_HEADERS], numeric=(2, 3, 4, 5),
                                     parent=self)
        self.judge_table = _table(self.judges, stretch=1)
        self.judge_table.setAccessibleName(self.tr("Judges' statistics"))
        self.method_text = QLabel("")
        self.method_text.setWordWrap(True)
        style.role(self.method_text, "muted")
        judges = QWidget()
        jv = QHBoxLayout(judges)
        jl = QVBoxLayout()
        jl.addWidget(self.offsets)
        jl.addWidget(self.method_text)
        jl.addStretch(1)
        jv.addLayout(jl, 2)
        jv.addWidget(self.judge_table, 3)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Results"))
        self.tabs.addTab(split, self.tr("Awards by category"))
        self.tabs.addTab(judges, self.tr("Judges"))
        layout = QVBoxLayout(self)
        self.state.setWordWrap(True)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

    # --- loading ------------------------------------------------------------------------------

    def set_edition(self, info: EditionInfo) -> None:
        self.finalized = info.finalized
        i = self.method.findData(info.method)
        self.method.setCurrentIndex(max(i, 0))
        self.set_rounds(info)
        self._update_buttons()

    def set_rounds(self, info: EditionInfo) -> None:
        """The rounds to choose from, and which is open: again whenever the edition's info
        arrives (an advance moves the open round on)."""
        several = info.rounds > 1
        for w in (self.round_label, self.round):
            w.setVisible(several)
        moved = (self._open_round, self._open_kind) != (info.round, info.round_kind)
        self._open_round = info.round
        self._open_kind = info.round_kind
        if moved or not several:
            self.round.clear()  # until the list arrives, the open round is the one shown
        if several:
            self.worker.submit(rounds.list_rounds, label="rounds", done=self._rounds)
        if moved and self._computed and self._picked is None:
            self.load(self.method.currentData())  # what is shown was the old round's

    def _round_picked(self, _index: int) -> None:
        code = self.round_code()[0]
        self._picked = code if code != self._open_round else None  # else: follow the open one
        self.load(self.method.currentData())

    def _rounds(self, found: list[RoundInfo]) -> None:
        self.round.clear()
        for r in found:
            if r.opened_at:  # a round not yet open has no results
                state = self.tr("open") if r.open else self.tr("done")
                self.round.addItem(f"{r.code} · {r.name} ({state})", (r.code, r.kind))
        codes = [self.round.itemData(i)[0] for i in range(self.round.count())]
        keep = self._picked if self._picked in codes else self._open_round
        self.round.setCurrentIndex(codes.index(keep) if keep in codes else 0)

    def round_code(self) -> tuple[str | None, str]:
        """The chosen round (None: the open one) and its kind."""
        data = self.round.currentData() if not self.round.isHidden() else None
        return (data[0], data[1]) if data else (None, "")

    def load(self, method: str | None = None) -> None:
        """Compute the results (with a progress dialog when it takes a while)."""
        self._loading += 1
        self._computed = True
        self.state.setText(self.tr("Computing…"))
        code, kind = self.round_code()
        if kind == "qualifying" or (code is None and self._open_kind == "qualifying"):
            self.worker.submit(rounds.qualifying_results, code, label="votes",
                               done=self._votes_arrived, failed=self._failed)
            return
        run_long(self, self.worker, self.tr("Computing the results…"), results.compute,
                 method or self.method.currentData(), round_code=code, done=self._arrived,
                 failed=self._failed)

    _open_kind = "scoring"
    _open_round = "R1"
    _computed = False  # the page has asked for results at least once

    def _show_scores(self, on: bool) -> None:
        for w in (self.table, self.chart, *self.cards):
            w.setVisible(on)
        self.votes_table.setVisible(not on)
        if not on:
            self.flags.hide()

    def _votes_arrived(self, votes: QualifyingResults) -> None:
        self._loading -= 1
        self.votes, self.data = votes, None
        self._show_scores(False)
        self.state.setText(self.tr("Round {code} ({name}) is a qualifying round: its results "
                                   "are the screeners' votes.").format(code=votes.round,
                                                                       name=votes.name))
        self.warnings.hide()
        self.categories.blockSignals(True)
        self.categories.clear()
        for code, name, _rows in votes.categories:
            self.categories.addItem(QListWidgetItem(f"{code} · {name}"))
        self.categories.blockSignals(False)
        if votes.categories:
            self.categories.setCurrentRow(0)
            self._show_votes(0)
        self._update_buttons()

    def is_ready(self) -> bool:
        return self._loading == 0 and (self.data is not None or self.votes is not None)

    def _failed(self, exc: BaseException) -> None:
        self._loading -= 1
        self.data = None
        self.state.setText(describe(exc))
        self.categories.clear()
        self.ranking.set_rows([])

    def _arrived(self, data: Results) -> None:
        self._loading -= 1
        self.data, self.votes = data, None
        self._show_scores(True)
        self.finalized = data.finalized
        state = ("<b style='color:#3a8f5c'>" + self.tr("Finalized") + "</b>: " +
                 self.tr("the results are locked") if data.finalized else
                 "<b style='color:#b7791f'>" + self.tr("Draft") + "</b>: " +
                 self.tr("not finalized"))
        rel, adjusted = data.reliability, data.reliability_adjusted
        agreement = ""
        if rel is not None:
            agreement = " · " + (
                self.tr("judges' agreement (ICC) {raw} raw, {adjusted} adjusted")
                if adjusted is not None else self.tr("judges' agreement (ICC) {raw} raw")
            ).format(raw=i18n.number(rel, 2), adjusted=i18n.number(adjusted or 0, 2))
        self.state.setText(f"{state} · {data.edition} ({data.year}){agreement}")
        self.state.setToolTip(data.confidence_means or "")
        warnings = list(data.warnings)
        if data.missing_scores:
            warnings.append(self.tr("{n} judge-application pairs are partly scored and not "
                                    "counted.").format(n=data.missing_scores))
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        current = max(self.categories.currentRow(), 0)
        self.categories.blockSignals(True)
        self.categories.clear()
        for c in data.categories:
            item = QListWidgetItem(f"{c.code} · {c.name}")
            if c.flags:
                item.setText(item.text() + f"   ⚑ {len(c.flags)}")
                item.setToolTip("\n".join(f.message for f in c.flags))
            self.categories.addItem(item)
        self.categories.blockSignals(False)
        if data.categories:
            self.categories.setCurrentRow(min(current, len(data.categories) - 1))
            self._show_category(self.categories.currentRow())
        self.offsets.set_rows([(j.code, j.offset, j.outlier) for j in data.judges])
        self.judges.set_rows([[j.code, j.name, j.scored, j.offset, j.spread,
                               j.agreement, self.tr("yes") if j.outlier else ""]
                              for j in data.judges])
        model = data.model
        spreads = ""
        if model:
            how = (self.tr("estimated from the scores") if model.shrinkage_estimated
                   else self.tr("fixed"))
            spreads = "<p>" + self.tr(
                "Estimated from the scores: judges' leniency spread (sd) {offset}, noise "
                "{noise}, quality {quality}; shrinkage {shrinkage} ({how}).").format(
                    offset=_num(model.offset_sd), noise=_num(model.noise_sd),
                    quality=_num(model.quality_sd), shrinkage=_num(model.shrinkage),
                    how=how) + "</p>"
        means = data.confidence_means or ""
        self.method_text.setText(esc(data.method_description) + spreads +
                                 ("<p><b>" + self.tr("Confidence") + f"</b>: {esc(means)}</p>"
                                  if means else ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_ = not self.finalized
        for b in (self.override_button, self.clear_button, self.finalize_button):
            b.setEnabled(open_ and self.data is not None)
        self.reopen_button.setEnabled(self.finalized)

    def category(self) -> CategoryResults | None:
        """The category on screen (its part of the results)."""
        row = self.categories.currentRow()
        if self.data is None or not 0 <= row < len(self.data.categories):
            return None
        return self.data.categories[row]

    def _show_votes(self, row: int) -> None:
        if self.votes is None or not 0 <= row < len(self.votes.categories):
            return
        _code, _name, rows = self.votes.categories[row]
        self.votes_model.set_rows([[c.application, c.city, c.title, c.passes, c.fails,
                                    (f"{c.score:.0%}" if c.score is not None else "")]
                                   for c in rows])

    def _show_category(self, row: int) -> None:
        if self.votes is not None:
            self._show_votes(row)
            return
        if self.data is None or not 0 <= row < len(self.data.categories):
            return
        c = self.data.categories[row]
        tiers: list[str | None] = [*self.data.settings.given()]
        given: dict[str, Award] = {}
        for a in c.awards:
            given.setdefault(a.award, a)
        for card, award in zip(self.cards, tiers + [None] * 3, strict=False):
            card.setVisible(award is not None)
            if award is not None:
                held = given.get(award)
                numbers = by_numbers(c, held, self.data.settings.awards) if held else ""
                card.show_award(held, award_name(award), AWARD_COLOURS[award], numbers)
        if c.flags:
            head = self.tr("For the jury:")
            self.flags.setText("<br>".join(f"⚑ <b>{head}</b> {esc(f.message)}"
                                           for f in c.flags))
            self.flags.show()
        else:
            self.flags.hide()
        bold = QFont()
        bold.setBold(True)
        rows: list[list[object]] = []
        fonts: dict[int, QFont] = {}
        backgrounds: dict[int, QBrush] = {}
        for i, r in enumerate(c.ranking):
            rows.append([r.rank, r.application, r.city, r.country, r.title,
                         r.score, r.raw_mean, r.judges, r.se,
                         award_name(r.award) if r.award else ""])
            if r.award:
                fonts[i] = bold
                colour = QColor(AWARD_COLOURS[r.award])
                colour.setAlpha(45)
                backgrounds[i] = QBrush(colour)
        self.ranking.set_rows(rows, fonts=fonts, backgrounds=backgrounds)
        self.chart.set_rows([(r.application, r.score, r.se,
                              QColor(AWARD_COLOURS[r.award]) if r.award else None)
                             for r in c.ranking])

    # --- the jury's acts ----------------------------------------------------------------------

    def override(self) -> None:
        c = self.category()
        if c is None or self.data is None:
            return
        dialog = OverrideDialog(c, self.data.settings.given(), self)
        if dialog.exec() != OverrideDialog.DialogCode.Accepted:
            return
        award, application, reason = dialog.choice()
        self.worker.submit(decisions.set_override, c.code, award, application, reason,
                           label="override", done=lambda _r: self._decided(),
                           failed=lambda exc: show_error(self, exc))

    def clear_override(self) -> None:
        c = self.category()
        if c is None:
            return
        held = [a.award for a in c.awards if a.override]
        if not held:
            QMessageBox.information(self, self.tr("No decision to clear"),
                                    self.tr("The jury has made no decision in {category}.")
                                    .format(category=c.code))
            return
        names = [award_name(a) for a in held]
        name, ok = QInputDialog.getItem(self, self.tr("Clear a decision"),
                                        self.tr("Which decision in {category}?").format(
                                            category=c.code), names, 0, False)
        if not ok:
            return
        award = held[names.index(name)]
        self.worker.submit(decisions.clear_override, c.code, award, label="clear override",
                           done=lambda _r: self._decided(),
                           failed=lambda exc: show_error(self, exc))

    def _decided(self) -> None:
        """A decision recorded or cleared: the window refreshes what shows it (this view, the
        certificates)."""
        self.changed.emit(Changes.of("decisions"))

    def finalize(self) -> None:
        """Say what the jury should look at first (the flags and warnings), then ask."""
        run_long(self, self.worker, self.tr("Checking the results before finalizing…"),
                 finalize_check, done=self._ask_finalize,
                 failed=lambda exc: show_error(self, exc, self.tr("Not finalized")))

    def _ask_finalize(self, check: decisions.FinalizePreview) -> None:
        if check.ties:
            QMessageBox.warning(
                self, self.tr("Not finalized yet"),
                self.tr("The results cannot be finalized while an exact tie at an award boundary "
                        "has no jury decision:") + "\n\n" +
                "\n".join(f"• {t}" for t in check.ties) + "\n\n" +
                self.tr("Record the jury's decision first (Jury's decision…)."))
            return
        text = (self.tr("Finalizing locks the results: no score, application or rule can change "
                        "until the edition is reopened (with a reason). Certificates then carry "
                        "no DRAFT mark.") + "\n\n" +
                self.tr("{n} awards, method {method}.").format(n=check.awards,
                                                               method=check.method))
        if check.warnings:
            more = len(check.warnings) - 30
            text += ("\n\n" + self.tr("Before you finalize, the jury should have looked at "
                                       "these {n}:").format(n=len(check.warnings)) + "\n\n" +
                     "\n".join(f"• {w}" for w in check.warnings[:30]) +
                     ("\n" + self.tr("… and {n} more").format(n=more) if more > 0 else ""))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finalize the results"), text,
                          parent=self)
        box.setObjectName("finalize")
        yes = box.addButton(self.tr("Finalize"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not yes:
            return
        self.worker.submit(decisions.finalize, label="finalize", done=self._finalized,
                           failed=lambda exc: show_error(self, exc, self.tr("Not finalized")))

    def _finalized(self, outcome: decisions.Finalized) -> None:
        self.edition_changed.emit()
        self.load()

    def reopen(self) -> None:
        dialog = ReasonDialog(self.tr("Reopen the results"),
                              self.tr("Reopening unlocks scores, applications and rules. Why?"),
                              self.tr("Reopen"), self)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        def reopened(_none: None) -> None:
            self.edition_changed.emit()
            self.load()

        self.worker.submit(decisions.reopen, dialog.reason_text(), label="reopen",
                           done=reopened,
                           failed=lambda exc: show_error(self, exc, self.tr("Not reopened")))

    def export(self) -> None:
        name = files.save_file(self, "results", self.tr("Export the results"), "results.xlsx",
                               self.tr("Excel workbook") + " (*.xlsx);;CSV (*.csv)",
                               suffixes=(".xlsx", ".csv"))
        if not name:
            return
        self.worker.submit(export_results, name, self.method.currentData(),
                           label="export results",
                           done=lambda p: QMessageBox.information(
                               self, self.tr("Exported"),
                               self.tr("The results were written to {file}.").format(file=p)),
                           failed=lambda exc: show_error(self, exc, self.tr("Not exported")))


def finalize_check(db: Database, progress: Progress | None = None) -> decisions.FinalizePreview:
    """What finalizing would lock, and what the jury should see first (on the worker)."""
    return decisions.finalize_preview(db)


def by_numbers(category: CategoryResults, award: Award, tiers: Sequence[AwardTier]) -> str:
    """For a jury's decision: where the scores alone put the application, and how far it was
    from the place the award stands for."""
    ranking = category.ranking
    mine = next((r for r in ranking if r.application == award.application), None)
    if mine is None or mine.score is None:
        return _tr("The scores alone would not have ranked it (it is not fully scored).")
    place = 1
    for t in tiers:
        if t.award == award.award:
            break
        place += int(t.count)
    rank, score = _ordinal(mine.rank), _num(mine.score)
    standing = ranking[place - 1].score if place <= len(ranking) else None
    if standing is not None and mine.rank != place:
        gap = standing - mine.score
        text = (_tr("By the scores alone it ranked {rank} ({score}), {gap} below the {place} "
                    "place this award stands for.") if gap > 0 else
                _tr("By the scores alone it ranked {rank} ({score}), {gap} above the {place} "
                    "place this award stands for."))
        return text.format(rank=rank, score=score, gap=_num(abs(gap)), place=_ordinal(place))
    return _tr("By the scores alone it ranked {rank} ({score}).").format(rank=rank, score=score)


def _ordinal(n: int) -> str:
    if i18n.current() != "en":
        return _tr("no. {n}").format(n=n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _num(value: float | None) -> str:
    """A score in the language's form (7.85, 7,85), "–" for none."""
    return "–" if value is None else i18n.number(value, 2)


def _table(model: ListTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    fit_columns(view, stretch=(stretch,))
    view.setAlternatingRowColors(True)
    return view

