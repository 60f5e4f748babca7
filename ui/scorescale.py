"""The score control: one criterion's scale, made for the keyboard.

A row of cells from the criterion's minimum to its maximum. Typing digits sets the score ("7",
"10", "7.5"), the arrows step it (Shift for half steps), Home and End jump to the ends, Delete
clears it, Tab goes on to the next criterion. A mouse click on a cell sets it too; the wheel is
left to the form so that scrolling never changes a score. The value is *committed* (to be
saved) when typing pauses, on Enter, or when the focus leaves; the arrows commit after a short
pause so that holding a key does not write a history entry per step.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SELECTED = QColor("#2f6db5")
HALF = QColor("#9dbbe0")


class ScoreScale(QWidget):
    """A keyboard-first control for one score between ``minimum`` and ``maximum``."""

    edited = Signal(object)  # the value shown changed (float or None)
    committed = Signal(object)  # the value is to be saved (float or None)
    refused = Signal(str)  # what was typed cannot be a score here, in words

    TYPING_PAUSE_MS = 900
    STEP_PAUSE_MS = 600

    def __init__(self, minimum: float = 0, maximum: float = 10,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = float(minimum)
        self.maximum = float(maximum)
        self._value: float | None = None
        self._committed: float | None = None
        self._buffer = ""
        self._read_only = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.commit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Type a score (digits, '.' for a half), or use the arrow keys; "
                        "Delete clears it; Tab goes to the next criterion"))

    # --- value --------------------------------------------------------------------------------

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None, *, committed: bool = True) -> None:
        """Show ``value`` without saving it (e.g. the score loaded from the database)."""
        self._timer.stop()
        self._buffer = ""
        self._value = None if value is None else float(value)
        if committed:
            self._committed = self._value
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.update()

    def commit(self) -> None:
        """Emit ``committed`` now if the shown value differs from the last committed one."""
        self._timer.stop()
        self._buffer = ""
        if self._value != self._committed:
            self._committed = self._value
            self.committed.emit(self._value)

    @property
    def dirty(self) -> bool:
        return self._value != self._committed

    def _set(self, value: float | None, pause_ms: int) -> None:
        if value is not None:
            value = min(max(value, self.minimum), self.maximum)
        if value == self._value:
            return
        self._value = value
        self.edited.emit(value)
        self.update()
        if pause_ms:
            self._timer.start(pause_ms)
        else:
            self.commit()

    # --- keyboard and mouse -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._read_only:
            super().keyPressEvent(event)
            return
        key = event.key()
        text = event.text()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        step = 0.5 if shift else 1.0
        if text and (text.isdigit() or text in ".,") and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._type(text.replace(",", "."))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._buffer = ""
            base = self._start_value() if self._value is None else self._value + step
            self._set(self._snap(base, step, up=True), self.STEP_PAUSE_MS)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._buffer = ""
            base = self._start_value() if self._value is None else self._value - step
            self._set(self._snap(base, step, up=False), self.STEP_PAUSE_MS)
        elif key == Qt.Key.Key_Home:
            self._set(self.minimum, self.STEP_PAUSE_MS)
        elif key == Qt.Key.Key_End:
            self._set(self.maximum, self.STEP_PAUSE_MS)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if key == Qt.Key.Key_Backspace and self._buffer:
                self._buffer = self._buffer[:-1]
                self._set(self._parse(self._buffer), self.TYPING_PAUSE_MS)
            else:
                self._buffer = ""
                self._set(None, 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.commit()
        elif key == Qt.Key.Key_Escape and self.dirty:
            self.set_value(self._committed)
        else:
            super().keyPressEvent(event)

    def _type(self, char: str) -> None:
        candidate = self._buffer + char
        value = self._parse(candidate)
        if value is None and candidate not in (".",) and not candidate.endswith("."):
            # "11" on a 0..10 scale is refused with a word, never cut to 1: the score goes back
            # to what it was before the typing began.
            self._buffer = ""
            self.refused.emit(self._out_of_range(candidate))
            if self._value != self._committed:
                self._value = self._committed
                self.edited.emit(self._value)
                self.update()
            self._timer.stop()
            return
        self._buffer = candidate
        if value is not None:
            self._set(value, self.TYPING_PAUSE_MS)
        if not self._can_extend(candidate):
            self.commit()

    def _out_of_range(self, text: str) -> str:
        try:
            value = float(text)
        except ValueError:
            return self.tr("'{text}' is not a score").format(text=text)
        limit = self.maximum if value > self.maximum else self.minimum
        return (self.tr("{text} is above the highest score, {limit}: not taken")
                if value > self.maximum else
                self.tr("{text} is below the lowest score, {limit}: not taken")).format(
                    text=text, limit=f"{limit:g}")

    def _parse(self, text: str) -> float | None:
        try:
            value = float(text)
        except ValueError:
            return None
        if not self.minimum <= value <= self.maximum:
            return None
        return value

    def _can_extend(self, text: str) -> bool:
        """Could another keystroke still make a valid, different value? If not, commit now."""
        if "." in text:
            return text.endswith(".")
        return any(self._parse(text + d) is not None for d in "0123456789") or \
            self._parse(text + ".5") is not None

    def _start_value(self) -> float:
        return float(math.floor((self.minimum + self.maximum) / 2))

    def _snap(self, value: float, step: float, up: bool) -> float:
        snapped = (math.floor if up else math.ceil)(value / step + (1e-9 if up else -1e-9)) * step
        return min(max(snapped, self.minimum), self.maximum)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.commit()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._buffer = ""
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cell = self._cell_at(event.position().x())
        if cell is not None:
            self._buffer = ""
            self._set(cell, 0)

    def wheelEvent(self, event) -> None:  # noqa: N802, ANN001
        event.ignore()  # scrolling the form must never change a score

    # --- drawing ------------------------------------------------------------------------------

    def _cells(self) -> list[float]:
        span = self.maximum - self.minimum
        if span <= 20 and float(span).is_integer():
            return [self.minimum + i for i in range(int(span) + 1)]
        step = span / 10
        return [self.minimum + i * step for i in range(11)]

    def _cell_rects(self) -> list[QRectF]:
        cells = self._cells()
        gap = 3.0
        w = (self.width() - 2 - gap * (len(cells) - 1)) / len(cells)
        return [QRectF(1 + i * (w + gap), 1, w, self.height() - 2) for i in range(len(cells))]

    def _cell_at(self, x: float) -> float | None:
        for value, rect in zip(self._cells(), self._cell_rects(), strict=True):
            if rect.left() - 2 <= x <= rect.right() + 2:
                return value
        return None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(24 * len(self._cells()), self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(16 * len(self._cells()), self.fontMetrics().height() + 12)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        line = pal.color(QPalette.ColorRole.Mid)
        text = pal.color(QPalette.ColorRole.Text)
        enabled = self.isEnabled() and not self._read_only
        v = self._value
        for value, rect in zip(self._cells(), self._cell_rects(), strict=True):
            exact = v is not None and abs(value - v) < 1e-9
            near = v is not None and not exact and abs(value - v) < 0.5 + 1e-9 and \
                self.maximum - self.minimum <= 20
            fill = SELECTED if exact else HALF if near else base
            if not enabled and (exact or near):
                fill = QColor(fill).lighter(130)
            p.setPen(QPen(line, 1))
            p.setBrush(fill)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(QColor("white") if exact else text)
            label = f"{value:g}"
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        p.end()
