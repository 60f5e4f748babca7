"""The certificate's ornaments: paper, frame with corner pieces, and the award's seal."""

from __future__ import annotations

import math
from collections.abc import Mapping

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import draw_text
from .layout import fit_line
from .template import Template

PAGE_SIZE = landscape(A4)  # 841.89 x 595.28 pt


def content_inset(template: Template) -> float:
    """Distance from the page edge to the content: the margin, the frame and its padding."""
    margin = template.margin_mm * mm
    return margin + {"none": 12.0, "single": 18.0, "double": 20.0}[template.frame]


def draw_frame(
    canvas: Canvas, template: Template, colours: Mapping[str, Color], accent: Color
) -> None:
    """Paper, frame and corner ornaments, in the template's frame style."""
    width, height = PAGE_SIZE
    margin = template.margin_mm * mm
    canvas.setFillColor(colours["background"])
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    frame = colours["frame"]
    if template.frame == "none":
        return
    canvas.setStrokeColor(frame)
    canvas.setLineWidth(2.4)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin, stroke=1, fill=0)
    if template.frame == "single":
        return
    inner = margin + 6
    canvas.setLineWidth(0.7)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=1, fill=0)
    # A hairline in the award's colour: the frame itself says which award this is.
    accent_line = inner + 3.5
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.5)
    canvas.rect(
        accent_line,
        accent_line,
        width - 2 * accent_line,
        height - 2 * accent_line,
        stroke=1,
        fill=0,
    )
    # Corner ornaments: a diamond on each inner corner with a short flourish of rules.
    canvas.setFillColor(accent)
    canvas.setStrokeColor(frame)
    for cx, cy, sx, sy in (
        (inner, inner, 1, 1),
        (width - inner, inner, -1, 1),
        (inner, height - inner, 1, -1),
        (width - inner, height - inner, -1, -1),
    ):
        canvas.saveState()
        canvas.translate(cx, cy)
        canvas.scale(sx, sy)
        canvas.setFillColor(colours["background"])
        canvas.rect(-3, -3, 22, 22, stroke=0, fill=1)
        canvas.setFillColor(accent)
        path = canvas.beginPath()
        path.moveTo(9, 0)
        path.lineTo(18, 9)
        path.lineTo(9, 18)
        path.lineTo(0, 9)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setLineWidth(0.7)
        canvas.line(18, 9, 46, 9)
        canvas.line(9, 18, 9, 46)
        canvas.restoreState()


def draw_seal(
    canvas: Canvas,
    x: float,
    y: float,
    radius: float,
    colour: Color,
    year: str,
    face: str,
    background: Color,
) -> None:
    """A rosette in the award's colour with the year in the middle."""
    canvas.saveState()
    path = canvas.beginPath()
    points = 60
    for i in range(points + 1):
        angle = 2 * math.pi * i / points
        r = radius if i % 2 == 0 else radius * 0.93
        px, py = x + r * math.cos(angle), y + r * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(background)
    canvas.circle(x, y, radius * 0.80, stroke=0, fill=1)
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.8)
    canvas.circle(x, y, radius * 0.73, stroke=1, fill=0)
    canvas.setFillColor(colour)
    size = fit_line(year, face, radius * 0.42, radius * 1.1)
    draw_text(canvas, x, y - size * 0.35, year, face, size, align="centre")
    # Small stars above and below the year.
    for dy in (radius * 0.45, -radius * 0.47):
        _star(canvas, x, y + dy, radius * 0.09)
    canvas.restoreState()


def _star(canvas: Canvas, x: float, y: float, r: float) -> None:
    path = canvas.beginPath()
    for i in range(11):
        angle = math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.42
        px, py = x + radius * math.cos(angle), y + radius * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
