"""The few touches the app adds to the platform's native look, widget by widget.

No application-wide style sheet: with one, Qt polishes every widget through its style-sheet
engine, which made building the window three times slower. Fonts and colours are set directly;
only the handful of framed widgets (banners, the criterion frames, the sidebar) carry a small
style sheet of their own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

MUTED = QColor("#6b7580")
TONES = {"ok": QColor("#2e7d4f"), "busy": QColor("#8a6d1f"), "error": QColor("#b3261e"),
         "": None}

_SHEETS = {
    "banner": "QLabel { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 4px;"
              " padding: 6px 8px; color: #5a4300; }",
    "flags": "QLabel { background: #fdecea; border: 1px solid #e6a39c; border-radius: 4px;"
             " padding: 6px 8px; color: #6b1d16; }",
    "nav": "QListWidget { font-size: 11pt; border: none; background: palette(window);"
           " outline: 0; } QListWidget::item { padding: 7px 10px; }"
           " QListWidget::item:selected, QListWidget::item:selected:!active {"
           " background: #2f6db5; color: white; border-radius: 4px; }",
    "big": "QPushButton { font-size: 12pt; padding: 8px 14px; text-align: left; }",
}
_CRITERION = "QFrame#criterion { border: 1px solid %s; border-radius: 6px; %s }"
# role -> (point size change, bold, colour)
_TEXT = {
    "muted": (0, False, MUTED), "title": (4, True, None), "heading": (1.5, True, None),
    "welcomeTitle": (16, True, QColor("#1f4e89")), "empty": (2, False, MUTED),
    "value": (3, True, None), "rubric": (0, False, QColor("#3c4650")),
    "note": (0, False, QColor("#6b4b12")),
}


def role(widget: QWidget, name: str) -> None:
    """Name ``widget`` after its role and give it that role's look."""
    widget.setObjectName(name)
    if name in _SHEETS:
        widget.setStyleSheet(_SHEETS[name])
    elif name == "criterion":
        set_current(widget, False)
    elif name in _TEXT:
        grow, bold, colour = _TEXT[name]
        if grow or bold:
            font = QFont(widget.font())
            font.setPointSizeF(font.pointSizeF() + grow)
            font.setBold(bold)
            widget.setFont(font)
        if colour is not None:
            _colour(widget, colour)


def set_current(frame: QWidget, current: bool) -> None:
    """The criterion frame the judge is on stands out."""
    frame.setStyleSheet(_CRITERION % (("#2f6db5", "background: #f4f8fd;") if current
                                      else ("#c9d1da", "")))


def tone(widget: QWidget, name: str) -> None:
    """Colour a status text: ok (green), busy (amber), error (red, bold), or plain."""
    colour = TONES.get(name)
    font = QFont(widget.font())
    font.setBold(name == "error")
    widget.setFont(font)
    if colour is None:
        widget.setPalette(QPalette())
    else:
        _colour(widget, colour)


def _colour(widget: QWidget, colour: QColor) -> None:
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, colour)
    pal.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(pal)
