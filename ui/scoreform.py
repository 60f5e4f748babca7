"""One application's scoring form: every criterion with its weight, rubric and score control,
the judge's comment, and whether everything is saved.

The form only shows and collects; saving is the scoring page's job (through the database
worker). It tells the page what to save with ``score_committed`` and ``comment_committed``, and
the page tells it back with :meth:`ScoreForm.mark_saved` and :meth:`ScoreForm.mark_failed`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, style
from ui.messages import esc
from ui.scorescale import ScoreScale
from wego_awards.services import browse
from wego_awards.services.browse import CriterionInfo

_BAND = re.compile(r"(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s*:")


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    text: str


def parse_rubric(text: str) -> tuple[str, list[Band]]:
    """Split a rubric into its introduction and its score bands ("0-2: ...; 3-4: ...")."""
    matches = list(_BAND.finditer(text))
    if not matches:
        return text.strip(), []
    intro = text[:matches[0].start()].strip()
    bands = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[m.end():end].strip().rstrip(";").strip()
        bands.append(Band(float(m.group(1)), float(m.group(2)), body))
    return intro, bands


def band_of(bands: list[Band], value: float | None) -> int | None:
    """The band a value falls in (a 2.5 between 0-2 and 3-4 counts with the lower band)."""
    if value is None:
        return None
    for i, b in enumerate(bands):
        nxt = bands[i + 1].low if i + 1 < len(bands) else b.high
        if b.low <= value < nxt or (i + 1 == len(bands) and value <= b.high):
            return i
    return None


class CriterionRow(QFrame):
    """A criterion's name and weight, its score control, and the rubric for the chosen level.

    While the control has the focus the whole rubric is shown, the chosen band in bold; else
    only the chosen band, so that five criteria fit on one screen.
    """

    def __init__(self, criterion: CriterionInfo, share: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = criterion.code
        self.criterion = criterion
        style.role(self, "criterion")
        self.intro, self.bands = parse_rubric(criterion.description or "")
        lo, hi = criterion.min, criterion.max
        # One wrapping label: a long criterion name never widens the form.
        self.name = QLabel(f"<b>{esc(criterion.name)}</b>&nbsp;&nbsp; "
                           "<span style='color:gray'>" +
                           self.tr("weight {weight} · {share} of the total · {low} to {high}")
                           .format(weight=f"{criterion.weight:g}",
                                   share=i18n.number(round(share * 100)) + "%",
                                   low=f"{lo:g}", high=f"{hi:g}") + "</span>")
        self.name.setWordWrap(True)
        self.state = QLabel("")
        self.state.setObjectName("state")
        self.state.setMinimumWidth(70)
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.scale = ScoreScale(lo, hi)
        self.scale.setAccessibleName(self.tr("Score for {criterion}").format(
            criterion=criterion.name))
        self.value_label = QLabel("–")
        style.role(self.value_label, "value")
        self.value_label.setMinimumWidth(44)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rubric = QLabel()
        self.rubric.setWordWrap(True)
        self.rubric.setTextFormat(Qt.TextFormat.RichText)
        style.role(self.rubric, "rubric")
        self.rubric.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.rubric.setToolTip(criterion.description or "")

        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(self.scale, 1)
        row.addWidget(self.value_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.rubric)
        self._expanded = False
        self.scale.edited.connect(self._show_value)
        self.scale.refused.connect(lambda text: self.set_state(text, "error"))
        self.scale.installEventFilter(self)
        self._show_value(None)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if obj is self.scale and event.type() in (QEvent.Type.FocusIn,
                                                  QEvent.Type.FocusOut):
            self._expanded = event.type() == QEvent.Type.FocusIn
            style.set_current(self, self._expanded)
            self._show_value(self.scale.value())
        return False

    def set_value(self, value: float | None) -> None:
        self.scale.set_value(value)
        self._show_value(value)

    def _show_value(self, value: float | None) -> None:
        self.value_label.setText("–" if value is None else f"{value:g}")
        self.rubric.setText(self._rubric_html(value))

    def _rubric_html(self, value: float | None) -> str:
        if not self.bands:
            return f"<span style='color:palette(mid)'>{esc(self.intro)}</span>"
        current = band_of(self.bands, value)
        parts = []
        if self._expanded:
            if self.intro:
                parts.append(f"<p style='margin:0 0 4px 0'>{esc(self.intro)}</p>")
            for i, b in enumerate(self.bands):
                line = f"<b>{b.low:g}–{b.high:g}</b>: {esc(b.text)}"
                if i == current:
                    line = f"<span style='background-color:#dce8f6'>&#9654; {line}</span>"
                parts.append(f"<div style='margin:1px 0'>{line}</div>")
            return "".join(parts)
        if current is None:
            hint = esc(self.intro) if self.intro else self.tr("Not scored yet.")
            return f"<i>{hint}</i>"
        b = self.bands[current]
        return f"<b>{b.low:g}–{b.high:g}</b>: {esc(b.text)}"

    def set_state(self, text: str, tone: str = "") -> None:
        self.state.setText(text)
        style.tone(self.state, tone)


class CommentBox(QPlainTextEdit):
    """The judge's comment on the application; committed after a pause or when left."""

    committed = Signal(str)
    PAUSE_MS = 1200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(lambda: self._timer.start(self.PAUSE_MS))
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Your comment for the jury (optional): strengths, doubts, "
                                "what would change your mind…"))

    def set_saved_text(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._saved = text
        self._timer.stop()

    def mark_saved(self, text: str) -> None:
        """The database holds ``text`` now (the shown text is left alone: the judge may be
        typing)."""
        self._saved = text

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText().strip()
        if text != self._saved.strip():
            self._saved = text
            self.committed.emit(text)

    @property
    def dirty(self) -> bool:
        return self.toPlainText().strip() != self._saved.strip()

    def forget(self) -> None:
        """Consider the shown text unsaved again (a save failed)."""
        self._saved = "\0"

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.commit()
        super().focusOutEvent(event)


class ScoreForm(QWidget):
    """Every criterion of the edition for one application, and the comment."""

    score_committed = Signal(str, object)  # criterion code, value (None: cleared)
    comment_committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, CriterionRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.comment = CommentBox()
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setMinimumHeight(70)
        self.comment.setMaximumHeight(110)
        self.comment.committed.connect(self.comment_committed)
        self.total = QLabel("")
        style.role(self.total, "muted")
        self.total.setWordWrap(True)
        self._comment_label = QLabel("<b>" + self.tr("Comment") + "</b>")
        self._criteria: list[CriterionInfo] = []

    def set_criteria(self, criteria: list[CriterionInfo]) -> None:
        """Build one row per criterion (once per edition)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.comment, self.total,
                                                     self._comment_label):
                widget.deleteLater()
        self.rows.clear()
        self._criteria = criteria
        weights = sum(c.weight for c in criteria) or 1.0
        previous: QWidget | None = None
        for c in criteria:
            row = CriterionRow(c, c.weight / weights)
            row.scale.committed.connect(
                lambda v, code=c.code: self.score_committed.emit(code, v))
            row.scale.edited.connect(lambda _v: self._update_total())
            self.rows[c.code] = row
            self._layout.addWidget(row)
            if previous is not None:
                QWidget.setTabOrder(previous, row.scale)
            previous = row.scale
        self._layout.addWidget(self._comment_label)
        self._layout.addWidget(self.comment)
        self._layout.addWidget(self.total)
        self._layout.addStretch(1)
        if previous is not None:
            QWidget.setTabOrder(previous, self.comment)

    def set_scores(self, scores: Mapping[str, float], comment: str) -> None:
        """Show the saved scores and comment of an application."""
        for code, row in self.rows.items():
            row.set_value(scores.get(code))
            row.set_state(self.tr("✓ saved") if code in scores else "", "ok")
        self.comment.set_saved_text(comment)
        self._update_total()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.scale.set_read_only(read_only)
        self.comment.setReadOnly(read_only)

    def flush(self) -> None:
        """Commit whatever is typed but not yet committed (before moving on)."""
        for row in self.rows.values():
            row.scale.commit()
        self.comment.commit()

    def first_scale(self) -> ScoreScale | None:
        for row in self.rows.values():
            return row.scale
        return None

    def first_unscored(self) -> ScoreScale | None:
        for row in self.rows.values():
            if row.scale.value() is None:
                return row.scale
        return self.first_scale()

    def values(self) -> dict[str, float | None]:
        return {code: row.scale.value() for code, row in self.rows.items()}

    def mark_pending(self, code: str) -> None:
        self.rows[code].set_state(self.tr("saving…"), "busy")

    def mark_saved(self, code: str, value: float | None) -> None:
        row = self.rows.get(code)
        if row is not None:
            row.set_state(self.tr("✓ saved") if value is not None else self.tr("cleared"), "ok")

    def mark_failed(self, code: str, previous: float | None) -> None:
        row = self.rows.get(code)
        if row is not None:
            row.set_value(previous)
            row.set_state(self.tr("not saved"), "error")
        self._update_total()

    def _update_total(self) -> None:
        """The weighted total on the 0..10 scale, as the results compute it, once complete."""
        values = self.values()
        if not self._criteria:
            self.total.setText("")
            return
        complete = {code: v for code, v in values.items() if v is not None}
        if len(complete) < len(values):
            self.total.setText(self.tr("{done} of {n} criteria scored").format(
                done=len(complete), n=len(values)))
            return
        total = browse.weighted_total(self._criteria, complete)
        self.total.setText(self.tr("All {n} criteria scored · weighted total {total} / 10").format(
            n=len(values), total=i18n.number(total, 2)))
