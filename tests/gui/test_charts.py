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
