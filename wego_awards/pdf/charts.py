"""Charts for the results report, drawn as vector reportlab graphics (no raster images)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from wego_awards.resultdata import JudgeFigures, RankedApplication

from .fonts import nfc, split_runs

NAVY = HexColor("#1F3A5F")
GRID = HexColor("#D9DEE5")
MUTED = HexColor("#5B6472")
LENIENT = HexColor("#C07A2C")
HARSH = HexColor("#2F6F8F")
OUTLIER = HexColor("#B3261E")
MAX_ROWS = 40  # judges: beyond this the chart shows the largest and says how many it left out
MAX_DOTS = 30  # applications: the first 30 by rank keep the chart beside the awards


def _text(
    x: float,
    y: float,
    text: str,
    face: str,
    size: float,
    anchor: str = "start",
    colour: Color = NAVY,
) -> Group:
    """A chart label, one String per font run (a graphics String has a single font)."""
    runs = split_runs(nfc(text), face)
    widths = [stringWidth(run, run_face, size) for run_face, run in runs]
    total = sum(widths)
    x -= {"start": 0.0, "middle": total / 2, "end": total}[anchor]
    group = Group()
    for (run_face, run), width in zip(runs, widths, strict=True):
        group.add(String(x, y, run, fontName=run_face, fontSize=size, fillColor=colour))
        x += width
    return group


def _drawing(width: float, height: float, face: str) -> Drawing:
    drawing = Drawing(width, height)
    # Otherwise the renderer selects Helvetica first, which is never embedded.
    drawing.initialFontName = face
    return drawing


def _nice_step(span: float, ticks: int = 6) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks."""
    raw = max(span / ticks, 1e-9)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(f * magnitude for f in (1, 2, 2.5, 5, 10) if f * magnitude >= raw - 1e-12)


def _axis(
    drawing: Drawing,
    left: float,
    right: float,
    bottom: float,
    top: float,
    low: float,
    high: float,
    face: str,
    title: str,
) -> None:
    """Vertical grid lines with tick labels along the bottom of a horizontal value axis."""
    step = _nice_step(high - low)
    # Integer multiples of the step, so ticks do not drift by accumulated rounding.
    for k in range(math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9) + 1):
        value = round(k * step, 9) + 0.0  # + 0.0 turns -0.0 into 0.0
        x = left + (value - low) / (high - low) * (right - left)
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.5))
        label = f"{value:+.2f}" if low < 0 < high and value else f"{value:g}"
        drawing.add(_text(x, bottom - 10, label, face, 7, "middle", MUTED))
    drawing.add(_text((left + right) / 2, bottom - 21, title, face, 7.5, "middle", MUTED))


def judge_offsets_chart(judges: Sequence[JudgeFigures], width: float, face: str) -> Drawing:
    """Horizontal bars of each judge's offset (lenient right, harsh left), largest first."""
    rows = [(j, j.offset) for j in judges if j.offset is not None]
    # With many judges, show those furthest from the panel, still ordered lenient to harsh.
    largest = sorted(rows, key=lambda row: -abs(float(row[1])))[:MAX_ROWS]
    shown = sorted(largest, key=lambda row: -float(row[1]))
    bar = 11.0
    label_width = 70.0
    height = 40 + bar * len(shown) + (12 if len(rows) > len(shown) else 0)
    drawing = _drawing(width, height, face)
    if not shown:
        drawing.add(_text(0, height - 12, "No judge offsets to show.", face, 8, colour=MUTED))
        return drawing
    extent = max(max(abs(float(offset)) for _, offset in shown), 0.1) * 1.1
    left, right = label_width, width - 10
    bottom, top = 30.0 + (height - 40 - bar * len(shown)), height - 4
    _axis(
        drawing,
        left,
        right,
        bottom,
        top,
        -extent,
        extent,
        face,
        "offset in points: harsher to the left of 0, more lenient to the right",
    )
    zero = (left + right) / 2
    for index, (judge, value) in enumerate(shown):
        offset = float(value)
        y = top - (index + 1) * bar
        x_end = zero + offset / extent * (right - left) / 2
        colour = LENIENT if offset > 0 else HARSH
        drawing.add(
            Rect(
                min(zero, x_end),
                y + 2,
                abs(x_end - zero),
                bar - 4,
                fillColor=colour,
                strokeColor=None,
            )
        )
        label = judge.code
        outlier = judge.outlier
        drawing.add(
            _text(
                left - 4,
                y + 2.9,
                label + (" !" if outlier else ""),
                face,
                7.5,
                "end",
                OUTLIER if outlier else NAVY,
            )
        )
    drawing.add(Line(zero, bottom, zero, top, strokeColor=NAVY, strokeWidth=0.8))
    if len(rows) > len(shown):
        drawing.add(
            _text(
                left,
                2,
                f"The {len(shown)} largest offsets of {len(rows)} judges.",
                face,
                7,
                colour=MUTED,
            )
        )
    return drawing


def category_dot_chart(
    ranking: Sequence[RankedApplication],
    award_of: Mapping[str, str],
    award_colours: Mapping[str, Color],
    width: float,
    face: str,
) -> Drawing:
    """One row per application in rank order: the adjusted score as a dot with its 95% interval
    (±1.96 standard errors), the raw mean as a hollow ring, award holders in their colour."""
    shown = list(ranking[:MAX_DOTS])
    row = 12.0
    label_width = 58.0
    legend = 16.0
    height = 34 + legend + row * len(shown) + (12 if len(ranking) > len(shown) else 0)
    drawing = _drawing(width, height, face)
    if not shown:
        drawing.add(_text(0, height - 12, "No ranked applications.", face, 8, colour=MUTED))
        return drawing
    values: list[float] = []
    for entry in shown:
        score = entry.score
        se = entry.se or 0.0
        if score is not None:
            values += [float(score) - 1.96 * float(se), float(score) + 1.96 * float(se)]
        if entry.raw_mean is not None:
            values.append(float(entry.raw_mean))
    if not values:
        values = [0.0, 1.0]
    low, high = min(values), max(values)
    pad = max((high - low) * 0.08, 0.05)
    low, high = low - pad, high + pad
    left, right = label_width, width - 10
    bottom, top = 30.0 + (height - 34 - legend - row * len(shown)), height - legend - 4

    def x_of(value: float) -> float:
        return left + (value - low) / (high - low) * (right - left)

    _axis(drawing, left, right, bottom, top, low, high, face, "score")
    for index, entry in enumerate(shown):
        y = top - (index + 0.5) * row
        application = entry.application
        colour = award_colours.get(award_of.get(application, ""), NAVY)
        drawing.add(_text(left - 4, y - 2.5, application, face, 7, "end"))
        score = entry.score
        if score is not None:
            se = float(entry.se or 0.0)
            if se > 0:
                drawing.add(
                    Line(
                        x_of(float(score) - 1.96 * se),
                        y,
                        x_of(float(score) + 1.96 * se),
                        y,
                        strokeColor=colour,
                        strokeWidth=1.2,
                    )
                )
            drawing.add(Circle(x_of(float(score)), y, 3.2, fillColor=colour, strokeColor=None))
        if entry.raw_mean is not None:
            drawing.add(
                Circle(
                    x_of(float(entry.raw_mean)),
                    y,
                    2.6,
                    fillColor=None,
                    strokeColor=MUTED,
                    strokeWidth=0.7,
                )
            )
    # Legend along the top.
    y = height - 9
    drawing.add(Circle(left + 4, y + 2.5, 3.2, fillColor=NAVY, strokeColor=None))
    drawing.add(_text(left + 11, y, "adjusted score with 95% interval", face, 7, colour=MUTED))
    drawing.add(
        Circle(left + 150, y + 2.5, 2.6, fillColor=None, strokeColor=MUTED, strokeWidth=0.7)
    )
    drawing.add(_text(left + 157, y, "raw mean", face, 7, colour=MUTED))
    x = left + 210
    for award, label in (
        ("gold", "gold"),
        ("silver", "silver"),
        ("special_mention", "special mention"),
    ):
        if award in award_colours:
            drawing.add(Circle(x, y + 2.5, 3.2, fillColor=award_colours[award], strokeColor=None))
            drawing.add(_text(x + 7, y, label, face, 7, colour=MUTED))
            x += 20 + 4.2 * len(label)
    if len(ranking) > len(shown):
        drawing.add(
            _text(
                left,
                2,
                f"The first {len(shown)} of {len(ranking)} applications.",
                face,
                7,
                colour=MUTED,
            )
        )
    return drawing
