"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Where people would rather look than read: progress per judge and category, a judge's score
distribution beside the panel's, and the judges' offsets. Each chart is a plain widget fed with
plain numbers; it never reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

DONE = QColor("#3a8f5c")
PARTIAL = QColor("#e0a030")
TODO = QColor("#d9dee4")
OWN = QColor("#2f6db5")
PANEL = QColor("#a7b4c2")
NEGATIVE = QColor("#c0504d")


class _Chart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _muted(self) -> QColor:
        c = self._text_color()
        c.setAlpha(150)
        return c

    def _draw_title(self, p: QPainter) -> float:
        if not self.title:
            return 0.0
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(self._text_color())
        h = QFontMetrics(font).height()
        p.drawText(QRectF(0, 0, self.width(), h), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        p.setFont(font)
        return h + 6


class ProgressBars(_Chart):
    """One horizontal bar per row: scored, partly scored and still to do, out of the total."""

    ROW = 22

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, int, int, int]] = []

    def set_rows(self, rows: Sequence[tuple[str, int, int, int]]) -> None:
        """Rows of (label, scored, partly scored, total)."""
        self.rows = [tuple(r) for r in rows]  # type: ignore[misc]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(360, int(fm.height() + 6 + self.ROW * max(len(self.rows), 1) + 24))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def count_width(self, fm: QFontMetrics) -> int:
        """The figures' column: as wide as the widest "scored / total" shown (a category of the
        large edition has 16,670 pairs), with room on either side."""
        return max([fm.horizontalAdvance("0000 / 0000")]
                   + [fm.horizontalAdvance(f"{r[1]} / {r[3]}") for r in self.rows]) + 12

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._draw_title(p)
        fm = p.fontMetrics()
        label_w = min(max((fm.horizontalAdvance(r[0]) for r in self.rows), default=60) + 12,
                      self.width() * 0.45)
        count_w = self.count_width(fm)
        bar_w = max(self.width() - label_w - count_w, 20)
        for i, (label, done, partial, total) in enumerate(self.rows):
            y = top + i * self.ROW
            p.setPen(self._text_color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 10))
            p.drawText(_visual(self, QRectF(0, y, label_w - 8, self.ROW)),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            box = QRectF(label_w, y + 4, bar_w, self.ROW - 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TODO)
            p.drawRoundedRect(_visual(self, box), 3, 3)
            if total:
                w_done = bar_w * done / total
                w_part = bar_w * partial / total
                p.setBrush(DONE)
                p.drawRoundedRect(_visual(self, QRectF(box.left(), box.top(), w_done,
                                                       box.height())), 3, 3)
                p.setBrush(PARTIAL)
                p.drawRect(_visual(self, QRectF(box.left() + w_done, box.top(), w_part,
                                                box.height())))
            p.setPen(self._muted())
            p.drawText(_visual(self, QRectF(label_w + bar_w + 6, y, count_w - 6, self.ROW)),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{done} / {total}")
        y = top + len(self.rows) * self.ROW + 4
        _legend(p, self, y, [(DONE, self.tr("scored")), (PARTIAL, self.tr("partly scored")),
                             (TODO, self.tr("to do"))])
        p.end()


class Histogram(_Chart):
    """Two distributions of totals on the 0..10 scale, as shares per band, side by side."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.own: list[float] = []
        self.panel: list[float] = []
        self._shares: tuple[list[float], list[float]] = ([0.0] * 10, [0.0] * 10)
        self.own_label = self.tr("you")
        self.panel_label = self.tr("the panel")

    def set_values(self, own: Sequence[float], panel: Sequence[float]) -> None:
        self.own = list(own)
        self.panel = list(panel)
        # Counted once here, not at each paint: the panel is 100,000 totals on a large edition.
        self._shares = (self.shares(self.own), self.shares(self.panel))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 170)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 140)

    @staticmethod
    def shares(values: Sequence[float], bins: int = 10) -> list[float]:
        """The share of ``values`` in each band [0,1), [1,2) ... [9,10] of the 0..10 scale."""
        import numpy as np  # here: the app's first screen never needs it

        band = np.asarray(values, np.float64).astype(np.int64)  # truncated, as int() does
        counts = np.bincount(np.clip(band, 0, bins - 1), minlength=bins)
        return (counts / max(len(band), 1)).tolist()

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._draw_title(p)
        fm = p.fontMetrics()
        bottom = self.height() - fm.height() * 2 - 8
        left, right = 10.0, self.width() - 12.0
        if not self.own and not self.panel:
            p.setPen(self._muted())
            p.drawText(QRectF(0, top, self.width(), bottom - top), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No complete scores yet"))
            p.end()
            return
        own, panel = self._shares
        peak = max(own + panel + [0.01])
        band = (right - left) / 10
        height = max(bottom - top, 10)
        for i in range(10):
            x = left + i * band
            for k, (share, color) in enumerate(((panel[i], PANEL), (own[i], OWN))):
                h = height * share / peak
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRect(QRectF(x + band * (0.12 + 0.38 * k), bottom - h, band * 0.36, h))
        p.setPen(QPen(self._muted(), 1))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        for i in range(0, 11, 2):
            x = left + i * band
            p.drawText(QRectF(x - 15, bottom + 2, 30, fm.height()), Qt.AlignmentFlag.AlignCenter,
                       str(i))
        # A judge's package holds no other judge's scores: no empty "panel (0)" in the legend.
        entries = [(OWN, f"{self.own_label} ({len(self.own)})")]
        if len(self.panel):
            entries.append((PANEL, f"{self.panel_label} ({len(self.panel)})"))
        _legend(p, self, bottom + fm.height() + 4, entries)
        p.end()


class OffsetChart(_Chart):
    """Each judge's offset (leniency above zero, harshness below) as a bar from a zero line."""

    ROW = 20

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, float, bool]] = []

    def set_rows(self, rows: Sequence[tuple[str, float | None, bool]]) -> None:
        """Rows of (judge, offset on the 0..10 scale, outlier?)."""
        self.rows = [(j, float(o or 0.0), bool(out)) for j, o, out in rows]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, int(self.fontMetrics().height() * 3 + self.ROW * max(len(self.rows), 1)))

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._draw_title(p)
        fm = p.fontMetrics()
        label_w = max((fm.horizontalAdvance(r[0]) for r in self.rows), default=40) + 12
        value_w = fm.horizontalAdvance("-0.00") + 10
        span = max((abs(o) for _, o, _ in self.rows), default=0.0) or 1.0
        width = max(self.width() - label_w - value_w, 40)
        zero = label_w + width / 2
        for i, (judge, offset, outlier) in enumerate(self.rows):
            y = top + i * self.ROW
            p.setPen(self._text_color())
            p.drawText(QRectF(0, y, label_w - 6, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       judge + (" !" if outlier else ""))
            w = (width / 2) * offset / span
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(OWN if offset >= 0 else NEGATIVE)
            p.drawRect(QRectF(min(zero, zero + w), y + 4, abs(w), self.ROW - 8))
            p.setPen(self._muted())
            p.drawText(QRectF(label_w + width + 4, y, value_w, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{offset:+.2f}")
        p.setPen(QPen(self._muted(), 1, Qt.PenStyle.DashLine))
        bottom = top + len(self.rows) * self.ROW
        p.drawLine(int(zero), int(top), int(zero), int(bottom))
        p.drawText(QRectF(label_w, bottom + 2, width, fm.height()),
                   Qt.AlignmentFlag.AlignLeft, "harsher")
        p.drawText(QRectF(label_w, bottom + 2, width, fm.height()),
                   Qt.AlignmentFlag.AlignRight, self.tr("more lenient"))
        p.end()


def _visual(widget: QWidget, r: QRectF) -> QRectF:
    """``r`` laid out in the widget's direction: mirrored, left for right, in a right-to-left
    language (Arabic), as QStyle.visualRect does for widgets' rectangles; so a label comes
    first on the right and a bar fills from the right. Text drawn in it is aligned by Qt,
    which reads AlignLeft as the leading side there."""
    if not widget.isRightToLeft():
        return r
    return QRectF(widget.width() - r.right(), r.top(), r.width(), r.height())


def _legend(p: QPainter, widget: QWidget, y: float,
            items: Sequence[tuple[QColor, str]]) -> None:
    fm = p.fontMetrics()
    x = 4.0
    for color, text in items:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(_visual(widget, QRectF(x, y + 3, 12, fm.height() - 6)), 2, 2)
        p.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
        p.drawText(_visual(widget, QRectF(x + 16, y, fm.horizontalAdvance(text) + 4,
                                          fm.height())),
                   Qt.AlignmentFlag.AlignVCenter, text)
        x += 16 + fm.horizontalAdvance(text) + 18


class ScoreChart(_Chart):
    """The leading applications of a category: each score as a dot with its 95% interval
    (score ± 1.96 standard errors), so near ties show as overlapping bars."""

    ROW = 18
    SHOWN = 12

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, float, float, QColor | None]] = []

    def set_rows(self, rows: Sequence[tuple[str, float | None, float | None, QColor | None]]
                 ) -> None:
        """Rows of (label, score, standard error, award colour or None), best first."""
        self.rows = [(lbl, float(s), float(se or 0.0), c) for lbl, s, se, c in rows
                     if s is not None][:self.SHOWN]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, int(self.fontMetrics().height() * 3 + self.ROW * max(len(self.rows),
                                                                               1)))

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._draw_title(p)
        if not self.rows:
            p.end()
            return
        fm = p.fontMetrics()
        # Rows share the height there is (never more than 22 px each), leaving the axis room.
        row_h = max(min(22.0, (self.height() - top - fm.height() - 6) / len(self.rows)), 8.0)
        label_w = max(fm.horizontalAdvance(r[0]) for r in self.rows) + 12
        lo = min(s - 1.96 * se for _, s, se, _ in self.rows)
        hi = max(s + 1.96 * se for _, s, se, _ in self.rows)
        pad = max((hi - lo) * 0.08, 0.05)
        lo, hi = lo - pad, hi + pad
        width = max(self.width() - label_w - 16, 40)

        def x_of(v: float) -> float:
            return label_w + (v - lo) / (hi - lo) * width

        bottom = top + len(self.rows) * row_h
        p.setPen(QPen(self._muted(), 1, Qt.PenStyle.DotLine))
        step = _nice_step(hi - lo)
        tick = step * (int(lo / step) + 1)
        while tick < hi:
            x = x_of(tick)
            p.drawLine(int(x), int(top), int(x), int(bottom))
            p.drawText(QRectF(x - 25, bottom + 2, 50, fm.height()), Qt.AlignmentFlag.AlignCenter,
                       f"{tick:.{max(0, -int(f'{step:e}'.split('e')[1]))}f}")
            tick += step
        for i, (label, score, se, colour) in enumerate(self.rows):
            y = top + i * row_h + row_h / 2
            p.setPen(self._text_color())
            p.drawText(QRectF(0, y - row_h / 2, label_w - 6, row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            p.setPen(QPen(PANEL, 3))
            p.drawLine(int(x_of(score - 1.96 * se)), int(y), int(x_of(score + 1.96 * se)), int(y))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour or OWN)
            r = min(5.0, row_h / 2 - 1)
            p.drawEllipse(QRectF(x_of(score) - r, y - r, 2 * r, 2 * r))
        p.end()


def _nice_step(span: float) -> float:
    """A round tick step giving about five ticks over ``span``."""
    import math

    raw = max(span, 1e-9) / 5
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power
