"""Layout helpers shared by certificates and the report: text fitted into boxes, the DRAFT mark."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from .fonts import draw_text, markup, nfc, string_width
from .shaping import is_rtl, needs_layout

LEADING = 1.22  # line height as a multiple of the font size
DRAFT_COLOUR = Color(0.75, 0.16, 0.13, alpha=0.16)


def fit_line(text: str, face: str, max_size: float, width: float, char_space: float = 0.0) -> float:
    """The largest font size up to ``max_size`` at which ``text`` fits ``width`` on one line
    (``char_space`` is letter-spacing per point of font size)."""
    natural = string_width(text, face, max_size, char_space * max_size)
    if natural <= width:
        return max_size
    return max_size * width / natural


def _clusters(word: str) -> list[str]:
    """``word`` cut where a line may break inside it: never before a combining mark or a
    joiner, nor after a virama or a joiner (a conjunct or a syllable stays whole)."""
    parts: list[str] = []
    for char in word:
        if parts and (
            unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf")
            or unicodedata.category(parts[-1][-1]) == "Cf"
            or unicodedata.combining(parts[-1][-1]) == 9  # a virama: the conjunct goes on
        ):
            parts[-1] += char
        else:
            parts.append(char)
    return parts


class TextBlock(Flowable):
    """A paragraph in any script, for text reportlab's Paragraph would draw in the wrong order
    or unshaped: broken into lines on the logical text, each line ordered by the bidi
    algorithm, shaped and aligned on the width actually drawn (see ``fonts.layout``).

    It takes the font, size, leading, alignment and colour of a ParagraphStyle, and like
    Paragraph its first baseline is one font size below its top.
    """

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool | None = None) -> None:
        super().__init__()
        self.text = nfc(text)
        self.style = style
        # The paragraph's direction: its first strong letter's (Unicode rules P2, P3) unless
        # given: an Arabic certificate line starting with a date still reads right to left.
        self.rtl = is_rtl(self.text) if rtl is None else rtl
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def _width(self, text: str) -> float:
        return string_width(text, self.style.fontName, self.style.fontSize, rtl=self.rtl)

    def minWidth(self) -> float:  # noqa: N802 -- reportlab's name
        return max((self._width(w) for w in self.text.split()), default=0.0)

    def _words(self, text: str, width: float) -> list[str]:
        """The words of ``text``; one wider than ``width`` is cut between clusters if the
        style splits long words."""
        words: list[str] = []
        for word in text.split():
            if not self.style.splitLongWords or self._width(word) <= width:
                words.append(word)
                continue
            piece = ""
            for cluster in _clusters(word):
                if piece and self._width(piece + cluster) > width:
                    words.append(piece)
                    piece = ""
                piece += cluster
            words.append(piece)
        return words

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines: list[str] = []
        for paragraph in self.text.split("\n"):
            line = ""
            for word in self._words(paragraph, availWidth):
                candidate = f"{line} {word}" if line else word
                if line and self._width(candidate) > availWidth + 0.01:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        self.lines = lines
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # a name or a title: never split across frames

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        alignment = style.alignment
        if self.rtl and alignment == 0:
            alignment = TA_RIGHT  # a right-to-left paragraph starts at the right
        x, align = {TA_CENTER: (self.width / 2, "centre"), TA_RIGHT: (self.width, "right")}.get(
            alignment, (0.0, "left")
        )
        y = self.height - style.fontSize
        for line in self.lines:
            draw_text(canvas, x, y, line, style.fontName, style.fontSize, align, rtl=self.rtl)
            y -= style.leading


def fit_paragraph(
    text: str,
    face: str,
    width: float,
    height: float,
    max_size: float,
    colour: Color | None = None,
    alignment: int = TA_CENTER,
) -> Paragraph | TextBlock:
    """A wrapped Paragraph of ``text`` at the largest size (0.25 pt steps) that fits the box.

    Like pretix's certificate renderer it shrinks the font rather than cut the text, as far
    as needed (a 300-character title still fits, just smaller), and long words are split, so
    the returned Paragraph never overflows the box. It is already wrapped; place it with its
    ``height`` attribute and ``drawOn``.

    Text in a right-to-left or complex script is a TextBlock instead (shaped, in bidi order).
    """
    complex_text = needs_layout(nfc(text))
    body = text if complex_text else markup(text, face)

    def attempt(size: float) -> tuple[Paragraph | TextBlock, float, bool]:
        style = ParagraphStyle(
            "fit",
            fontName=face,
            fontSize=size,
            leading=size * LEADING,
            alignment=alignment,
            textColor=colour if colour is not None else Color(0, 0, 0),
            splitLongWords=1,
        )
        paragraph: Paragraph | TextBlock = (
            TextBlock(body, style) if complex_text else Paragraph(body, style)
        )
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
        best: tuple[Paragraph | TextBlock, float] | None = None
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


def numbered_canvas(foot: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that holds its pages until the end, so that ``foot(canvas, page, total)``
    can print "Page X of Y" (or "1 / 2") on each: the report and the letters share it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 -- reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                foot(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
