"""The charts draw every figure whole, left to right and right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.charts import ProgressBars


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_the_progress_figures_column_holds_the_widest_figure(qtbot, direction):
    chart = ProgressBars("Categories")
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.set_rows([("EG  Efficient Government", 16670, 0, 16670), ("ET", 5, 1, 9)])
    chart.resize(560, chart.sizeHint().height())
    chart.show()
    fm = chart.fontMetrics()
    widest = fm.horizontalAdvance("16670 / 16670")
    # The text is drawn 6 px into the column; the whole figure must fit what is left of it.
    assert chart.count_width(fm) - 6 >= widest
    assert chart.count_width(fm) - 6 >= fm.horizontalAdvance("0000 / 0000")
    chart.grab()  # paints without error in either direction


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_a_bar_fills_from_where_its_language_reads(qtbot, direction):
    """In Arabic a progress bar fills from the right with its label on the right, as Qt's own
    progress bars and tables there do (the bars filled from the left, labels on the left)."""
    from ui.charts import DONE, TODO

    chart = ProgressBars("")
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.set_rows([("J000  Judge 0", 1, 0, 4)])  # a quarter done
    chart.resize(600, chart.sizeHint().height())
    image = chart.grab().toImage()
    y = ProgressBars.ROW // 2
    row = [image.pixelColor(x, y).name() for x in range(image.width())]
    done = [x for x, c in enumerate(row) if c == DONE.name()]
    todo = [x for x, c in enumerate(row) if c == TODO.name()]
    assert done and todo
    if direction == Qt.LayoutDirection.RightToLeft:
        assert min(done) > max(todo)  # the done part at the right end
    else:
        assert max(done) < min(todo)
