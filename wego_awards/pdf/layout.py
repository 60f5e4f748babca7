"""Layout helpers shared by certificates and the report: text fitted into boxes, the DRAFT mark."""

from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import draw_text, markup, string_width

LEADING = 1.22  # line height as a multiple of the font size
DRAFT_COLOUR = Color(0.75, 0.16, 0.13, alpha=0.16)


def fit_line(text: str, face: str, max_size: float, width: float, char_space: float = 0.0) -> float:
    """The largest font size up to ``max_size`` at which ``text`` fits ``width`` on one line
    (``char_space`` is letter-spacing per point of font size)."""
    natural = string_width(text, face, max_size, char_space * max_size)
    if natural <= width:
        return max_size
    return max_size * width / natural


def fit_paragraph(
    text: str,
    face: str,
    width: float,
    height: float,
    max_size: float,
    colour: Color | None = None,
    alignment: int = TA_CENTER,
) -> Paragraph:
    """A wrapped Paragraph of ``text`` at the largest size (0.25 pt steps) that fits the box.

    Like pretix's certificate renderer it shrinks the font rather than cut the text, as far
    as needed (a 300-character title still fits, just smaller), and long words are split, so
    the returned Paragraph never overflows the box. It is already wrapped; place it with its
    ``height`` attribute and ``drawOn``.
    """
    body = markup(text, face)

    def attempt(size: float) -> tuple[Paragraph, float, bool]:
        style = ParagraphStyle(
            "fit",
            fontName=face,
            fontSize=size,
            leading=size * LEADING,
            alignment=alignment,
            textColor=colour if colour is not None else Color(0, 0, 0),
            splitLongWords=1,
        )
        paragraph = Paragraph(body, style)
        _, used = paragraph.wrap(width, height)
        # A word wider than the box is first met by shrinking; below half size it is split
        # across lines instead (splitLongWords), rather than printed unreadably small.
        whole_words = size <= max_size / 2 or paragraph.minWidth() <= width + 0.01
        fits = used <= height + 0.01 and whole_words
        return paragraph, used, fits

    paragraph, used, fits = attempt(max_size)
    if not fits:
        # Binary search on quarter points: a title that does not fit costs about 7 wraps.
        low, high = 1, int(max_size * 4) - 1
        best: tuple[Paragraph, float] | None = None
        while low <= high:
            middle = (low + high) // 2
            candidate, candidate_used, candidate_fits = attempt(middle / 4)
            if candidate_fits:
                best = (candidate, candidate_used)
                low = middle + 1
            else:
                high = middle - 1
        if best is None:  # not even 0.25 pt fits: a box too small to be useful
            best = attempt(0.25)[:2]
        paragraph, used = best
    paragraph.height = used  # type: ignore[attr-defined]
    return paragraph


def draw_draft_mark(canvas: Canvas, face: str, text: str = "DRAFT") -> None:
    """A large translucent word across the page diagonal, on top of everything drawn so far."""
    page_width, page_height = canvas._pagesize  # noqa: SLF001 -- reportlab has no getter
    diagonal = math.hypot(page_width, page_height)
    size = 0.62 * diagonal / max(string_width(text, face, 1.0), 0.01)
    canvas.saveState()
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(math.degrees(math.atan2(page_height, page_width)))
    canvas.setFillColor(DRAFT_COLOUR)
    # Centre the cap height on the diagonal, not the baseline.
    draw_text(canvas, 0, -size * 0.36, text, face, size, align="centre")
    canvas.restoreState()
