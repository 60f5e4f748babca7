"""Feedback letters: one A4 portrait letter per application, sent after the ceremony.

How far the application went, per criterion its average beside the spread of the category's
averages (a small vector chart), and the judges' comments under "Judge A", "Judge B"..., never
a name. Pure rendering: the caller (the service layer) gathers one :class:`FeedbackLetter` per
application; nothing here reads the database.

A Platypus document, so comments flow onto a second page: the letterhead is drawn on the first
page, a running head on the others, "1 / 2" at the foot once the page count is known. Every
fixed word is in ``wording.LETTER_WORDING`` in the seven languages; a letter in two languages
(``en+ko``) prints each sentence in both and joins short labels. Text in a right-to-left or
complex script is shaped and ordered by ``fonts.layout`` (through ``layout.TextBlock``); an
Arabic letter reads and is laid out right to left, its chart scales still rising to the right.
"""

from __future__ import annotations

import datetime
import math
import os
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .certificate import LOGO_BOX, _print_image
from .fonts import draw_text, markup, missing_in_faces, nfc, string_width
from .layout import TextBlock, fit_line, numbered_canvas
from .names import letter_file_name
from .shaping import is_rtl, needs_layout
from .template import Template, load_template
from .wording import (
    RIGHT_TO_LEFT,
    SEPARATOR,
    award_name,
    dates_text,
    is_one,
    letter_label,
    letter_text,
    number_text,
    ordinal,
    parse_languages,
)

__all__ = [
    "CriterionFigures",
    "FeedbackLetter",
    "Stage",
    "judge_label",
    "missing_glyphs",
    "render_letter",
    "render_letters",
    "spread",
]

AWARDS = ("gold", "silver", "special_mention")
PAGE = A4
MARGIN = 20 * mm
FIRST_TOP = 41 * mm  # the first page's text starts below the letterhead
LATER_TOP = 22 * mm
BOTTOM = 20 * mm
CONTENT = PAGE[0] - 2 * MARGIN
AVERAGE_COLUMN = 66.0
CHART_COLUMN = 204.0
LOGO_HEIGHT = 15 * mm

RULE = HexColor("#D9DEE5")
PANEL = HexColor("#F6F3EC")  # the application's box: a warm paper tint
TRACK = HexColor("#C9D0D9")  # the criterion's whole scale
RANGE = HexColor("#8C96A3")  # lowest to highest in the category
BOX = HexColor("#DCE5EF")  # the middle half
DOT = HexColor("#C2452D")  # this application: a colour no other mark has

_JUDGE = re.compile(r"\s*Judge\s+([A-Z]{1,3})\s*")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class CriterionFigures:
    """One criterion of the letter: this application's average and the category's averages."""

    code: str
    name: str
    low: float  # the criterion's scale, e.g. 0 and 10
    high: float
    average: float | None  # this application's average on it (None: no scores)
    # every application's average in the category on it (for the spread)
    category: tuple[float, ...]


@dataclass(frozen=True)
class Stage:
    """How far the application went."""

    reached: str  # the name of the last round the application took part in, e.g. "Final"
    reached_number: int  # its place among the rounds, 1-based
    rounds: int  # how many rounds the edition had
    award: str | None  # "gold" | "silver" | "special_mention" | None
    qualified: bool | None  # with a qualifying round: passed it or not; None otherwise


@dataclass(frozen=True)
class FeedbackLetter:
    """Everything printed on one application's feedback letter, decided by the service layer."""

    edition: str
    year: int
    organisation: str
    application: str  # its code, e.g. "EG-03"
    title: str
    city: str
    country: str
    category: str  # the category's name
    stage: Stage
    criteria: tuple[CriterionFigures, ...]
    comments: tuple[tuple[str, str], ...]  # (label, text): ("Judge A", "...")
    judges: int  # how many judges scored it
    show_numbers: bool  # False: the criteria without figures or chart, only their names
    language: str  # "en", "ko", "es", "fr", "ru", "zh", "ar", or two joined: "en+ko"
    date: datetime.date  # the letter's date


def judge_label(index: int) -> str:
    """The label of the ``index``-th judge (0-based) of a letter: "Judge A", ... "Judge Z",
    "Judge AA"...; a letter in another language prints it in its own words."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"Judge {letters}"


def spread(values: Iterable[float]) -> tuple[float, float, float, float, float] | None:
    """(lowest, lower quartile, median, upper quartile, highest) of ``values``, the quartiles
    interpolated between the values (the inclusive method); None when there are none."""
    xs = sorted(float(v) for v in values if v is not None and math.isfinite(v))
    if not xs:
        return None
    if len(xs) == 1:
        return (xs[0],) * 5
    q1, median, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return xs[0], q1, median, q3, xs[-1]


# -- checks ---------------------------------------------------------------------------------


def _check(letter: FeedbackLetter) -> tuple[str, ...]:
    """The letter's languages; ValueError naming the application when a figure cannot be."""
    where = f"feedback letter for {letter.application}"
    try:
        languages = parse_languages(letter.language)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from exc
    stage = letter.stage
    if stage.rounds < 1 or not 1 <= stage.reached_number <= stage.rounds:
        raise ValueError(
            f"{where}: round {stage.reached_number} of {stage.rounds} is not a round of the "
            "edition"
        )
    if stage.award is not None and stage.award not in AWARDS:
        raise ValueError(f"{where}: award '{stage.award}' is not one of {', '.join(AWARDS)}")
    for criterion in letter.criteria:
        if not criterion.high > criterion.low:
            raise ValueError(
                f"{where}: criterion {criterion.code} has no scale "
                f"({criterion.low} to {criterion.high})"
            )
    return languages


def missing_glyphs(
    letter: FeedbackLetter, template: Template | None = None
) -> list[tuple[str, str]]:
    """(field, characters) for each field of ``letter`` holding characters that neither the
    letter's fonts nor their fallbacks can draw: printed, they would be empty boxes. Fields
    are named as a person knows them: "city", "criterion EG1", "comment of Judge B"."""
    fonts = (template if template is not None else load_template(None)).fonts
    faces = (fonts.regular, fonts.bold)
    fields = [
        ("organisation", letter.organisation),
        ("edition", letter.edition),
        ("application", letter.application),
        ("title", letter.title),
        ("city", letter.city),
        ("country", letter.country),
        ("category", letter.category),
        ("round", letter.stage.reached),
    ]
    fields += [(f"criterion {c.code}", c.name) for c in letter.criteria]
    fields += [(f"comment of {label}", text) for label, text in letter.comments]
    found = ((field, missing_in_faces(value, faces)) for field, value in fields)
    return [(field, missing) for field, missing in found if missing]


# -- text -----------------------------------------------------------------------------------


class _Lines(TextBlock):
    """A TextBlock (shaped, bidi-ordered lines) that may break across pages between lines: a
    long comment in Arabic flows on like a Paragraph does."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 0.01) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [
            _Lines("\n".join(self.lines[:fit]), self.style, rtl=self.rtl),
            _Lines("\n".join(self.lines[fit:]), self.style, rtl=self.rtl),
        ]


def _flow(
    text: str, style: ParagraphStyle, right: bool, rtl: bool | None = None, keep: bool = False
) -> Flowable:
    """A paragraph of plain ``text``: aligned right if ``right``, read right to left if ``rtl``
    (None: its own first strong letter says). Shaped text is a TextBlock, else a Paragraph
    with fallback fonts (Chinese may break between any two characters)."""
    text = nfc(text).strip()
    if right and style.alignment == TA_LEFT:
        style = ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)
    if needs_layout(text):
        block = _Lines(text, style, rtl=rtl)
        if keep:
            block.keepWithNext = 1  # type: ignore[attr-defined]
        return block
    if _CJK.search(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    if keep and not style.keepWithNext:
        style = ParagraphStyle(f"{style.name}-keep", parent=style, keepWithNext=1)
    body = "<br/>".join(markup(line, style.fontName) for line in text.split("\n"))
    return Paragraph(body, style)


def _styles(template: Template, scale: float) -> dict[str, ParagraphStyle]:
    """The letter's styles; ``scale`` enlarges the type (Naskh reads small beside Latin)."""
    fonts = template.fonts
    text = HexColor(template.colours["text"])
    muted = HexColor(template.colours["muted"])
    navy = HexColor(template.colours["frame"])
    body = ParagraphStyle(
        "LetterBody", fontName=fonts.regular, fontSize=10 * scale, leading=14 * scale,
        textColor=text, spaceAfter=6,
    )

    def style(name: str, **kwargs: Any) -> ParagraphStyle:
        for key in ("fontSize", "leading"):
            if key in kwargs:
                kwargs[key] *= scale
        return ParagraphStyle(name, parent=body, **kwargs)

    return {
        "body": body,
        "second": style("LetterSecond", textColor=muted, spaceBefore=-3),
        "stage": style("LetterStage", fontName=fonts.bold, spaceBefore=2),
        "stage_second": style("LetterStageSecond", fontName=fonts.bold, textColor=muted,
                              spaceBefore=-3),
        "subject": style("LetterSubject", fontName=fonts.bold, fontSize=16, leading=20,
                         textColor=navy, spaceAfter=2),
        "subject_second": style("LetterSubjectSecond", fontSize=11.5, leading=15,
                                textColor=muted, spaceAfter=2),
        "h2": style("LetterH2", fontName=fonts.bold, fontSize=11.5, leading=15, textColor=navy,
                    spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "small": style("LetterSmall", fontSize=8.5, leading=12, textColor=muted, spaceAfter=4),
        "title": style("LetterTitle", fontName=fonts.bold, fontSize=13, leading=17,
                       spaceAfter=2),
        "place": style("LetterPlace", fontSize=10.5, leading=14, spaceAfter=2),
        "meta": style("LetterMeta", fontSize=8.5, leading=11.5, textColor=muted, spaceAfter=0),
        "cell": style("LetterCell", fontSize=9.5, leading=12, spaceAfter=0),
        "head": style("LetterHead", fontSize=7.5, leading=9.5, textColor=muted, spaceAfter=0),
        "head_centre": style("LetterHeadCentre", fontSize=7.5, leading=9.5, textColor=muted,
                             spaceAfter=0, alignment=TA_CENTER),
        "average": style("LetterAverage", fontName=fonts.bold, fontSize=10.5, leading=12,
                         spaceAfter=0, alignment=TA_CENTER),
        "none": style("LetterNone", fontSize=8, leading=10, textColor=muted, spaceAfter=0,
                      alignment=TA_CENTER),
        "judge": style("LetterJudge", fontName=fonts.bold, fontSize=9, leading=12,
                       textColor=navy, spaceBefore=5, spaceAfter=1, keepWithNext=1),
        "comment": style("LetterComment", spaceAfter=4),
        "signature": style("LetterSignature", fontName=fonts.bold, spaceBefore=2),
    }


# -- the chart ------------------------------------------------------------------------------


def _scale_text(value: float, language: str) -> str:
    return f"{value:g}" if float(value).is_integer() else number_text(value, language)


class _Spread(Flowable):
    """One criterion's row chart: the criterion's scale as a faint track with its ends
    labelled, the category's averages as a range line (lowest to highest), a box (the middle
    half) and a tick (the median), and this application's average as a dot."""

    HEIGHT = 18.0

    def __init__(self, figures: CriterionFigures, face: str, language: str, ink: Color) -> None:
        super().__init__()
        self.figures = figures
        self.face = face
        self.ink = ink
        self.low_label = _scale_text(figures.low, language)
        self.high_label = _scale_text(figures.high, language)
        self.spread = spread(figures.category)
        self.width = 0.0
        self.height = self.HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas, figures = self.canv, self.figures
        size = 6.5
        pad = 4 + max(string_width(t, self.face, size) for t in (self.low_label, self.high_label))
        left, right = pad, self.width - pad
        y = self.height / 2
        span = figures.high - figures.low

        def x_of(value: float) -> float:
            share = min(max((value - figures.low) / span, 0.0), 1.0)
            return left + share * (right - left)

        canvas.saveState()
        canvas.setFillColor(RANGE)
        draw_text(canvas, left - 3, y - 2.3, self.low_label, self.face, size, "right")
        draw_text(canvas, right + 3, y - 2.3, self.high_label, self.face, size)
        canvas.setStrokeColor(TRACK)
        canvas.setLineWidth(0.5)
        canvas.line(left, y, right, y)
        canvas.line(left, y - 2.5, left, y + 2.5)
        canvas.line(right, y - 2.5, right, y + 2.5)
        if self.spread is not None:
            lowest, q1, median, q3, highest = (x_of(v) for v in self.spread)
            canvas.setStrokeColor(RANGE)
            canvas.setLineWidth(1.3)
            canvas.line(lowest, y, highest, y)
            canvas.setLineWidth(0.6)
            canvas.setFillColor(BOX)
            box = max(q3 - q1, 2.0)  # a box of equal quartiles is still seen
            canvas.rect((q1 + q3 - box) / 2, y - 4.5, box, 9, stroke=1, fill=1)
            canvas.setStrokeColor(self.ink)
            canvas.setLineWidth(1.6)
            canvas.line(median, y - 6, median, y + 6)
        if figures.average is not None:
            canvas.setStrokeColor(white)
            canvas.setLineWidth(1.1)
            canvas.setFillColor(DOT)
            canvas.circle(x_of(figures.average), y, 3.9, stroke=1, fill=1)
        canvas.restoreState()


class _Legend(Flowable):
    """What the chart's marks mean, one symbol and its words per item, wrapped on the width;
    from the right in a right-to-left letter."""

    SIZE = 7.5
    LEADING = 12.0
    SYMBOL = 16.0

    def __init__(self, items: Sequence[tuple[str, str]], face: str, ink: Color, muted: Color,
                 rtl: bool) -> None:
        super().__init__()
        self.items = [(kind, nfc(text)) for kind, text in items]
        self.face, self.ink, self.muted, self.rtl = face, ink, muted, rtl
        self.rows: list[list[tuple[float, str, str]]] = []  # (x from the start, kind, text)
        self.width = self.height = 0.0

    def _item_width(self, text: str) -> float:
        return self.SYMBOL + 4 + string_width(text, self.face, self.SIZE, rtl=self.rtl)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        rows: list[list[tuple[float, str, str]]] = [[]]
        x = 0.0
        for kind, text in self.items:
            width = self._item_width(text)
            if rows[-1] and x + width > availWidth:
                rows.append([])
                x = 0.0
            rows[-1].append((x, kind, text))
            x += width + 14
        self.rows = rows
        self.width = availWidth
        self.height = len(rows) * self.LEADING
        return availWidth, self.height

    def _symbol(self, kind: str, x: float, y: float) -> None:
        canvas = self.canv
        middle = x + self.SYMBOL / 2
        if kind == "range":
            canvas.setStrokeColor(RANGE)
            canvas.setLineWidth(1.3)
            canvas.line(x, y, x + self.SYMBOL, y)
        elif kind == "box":
            canvas.setStrokeColor(RANGE)
            canvas.setLineWidth(0.6)
            canvas.setFillColor(BOX)
            canvas.rect(x + 2, y - 4, self.SYMBOL - 4, 8, stroke=1, fill=1)
        elif kind == "median":
            canvas.setStrokeColor(self.ink)
            canvas.setLineWidth(1.6)
            canvas.line(middle, y - 5, middle, y + 5)
        else:
            canvas.setStrokeColor(white)
            canvas.setLineWidth(1.1)
            canvas.setFillColor(DOT)
            canvas.circle(middle, y, 3.9, stroke=1, fill=1)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for number, row in enumerate(self.rows):
            y = self.height - (number + 0.5) * self.LEADING
            for x, kind, text in row:
                width = self._item_width(text)
                start = self.width - x - width if self.rtl else x
                text_x = start if self.rtl else start + self.SYMBOL + 4
                self._symbol(kind, start + width - self.SYMBOL if self.rtl else start, y)
                canvas.setFillColor(self.muted)
                draw_text(canvas, text_x, y - 2.6, text, self.face, self.SIZE, rtl=self.rtl)
        canvas.restoreState()


# -- the letter -----------------------------------------------------------------------------


class _Letter:
    """Builds one letter's flowables and draws its letterhead."""

    def __init__(self, letter: FeedbackLetter, template: Template, logo: Any) -> None:
        self.letter = letter
        self.languages = _check(letter)
        self.first = self.languages[0]
        self.rtl = self.first in RIGHT_TO_LEFT
        self.template = template
        self.fonts = template.fonts
        self.styles = _styles(template, 1.1 if self.rtl else 1.0)
        self.logo = logo
        self.text = HexColor(template.colours["text"])
        self.muted = HexColor(template.colours["muted"])
        self.navy = HexColor(template.colours["frame"])
        self.accent = HexColor(template.colours["gold"])

    # -- words

    def label(self, key: str, **fields: str) -> str:
        return letter_label(key, self.languages, **fields)

    def sentences(self, key: str, style: str, **fields: str) -> list[Flowable]:
        """The sentence in each of the letter's languages, the second one muted."""
        out: list[Flowable] = []
        seen: list[str] = []
        for index, language in enumerate(self.languages):
            text = letter_text(key, language, **fields)
            if text not in seen:
                out.append(self.sentence(text, language, style, index))
                seen.append(text)
        return out

    def sentence(self, text: str, language: str, style: str, index: int) -> Flowable:
        rtl = language in RIGHT_TO_LEFT
        if index:
            style = {"body": "second", "stage": "stage_second",
                     "subject": "subject_second"}.get(style, style)
        return _flow(text, self.styles[style], right=rtl, rtl=rtl)

    def stage_sentence(self, language: str) -> str:
        letter, stage = self.letter, self.letter.stage
        award = award_name(self.template, stage.award, language) if stage.award else ""
        judges = letter_text(
            "judges_one" if is_one(letter.judges, language) else "judges_many",
            language,
            n=str(letter.judges),
        )
        if stage.qualified is False:
            key = "not_qualified"
        elif stage.rounds == 1:
            key = "single"
        elif stage.qualified:
            key = "qualified"
        else:
            key = "stage"
        if award and key != "not_qualified":
            key += "_award"
        return letter_text(
            key,
            language,
            round=nfc(stage.reached),
            nth=ordinal(stage.reached_number, language),
            rounds=str(stage.rounds),
            judges=judges,
            award=nfc(award),
        )

    def judge(self, label: str) -> str:
        """A comment's label in the letter's words: "Judge B" is "심사위원 B" in Korean."""
        match = _JUDGE.fullmatch(label)
        return self.label("judge", letter=match.group(1)) if match else nfc(label)

    # -- sections

    def story(self) -> list[Flowable]:
        letter = self.letter
        out: list[Flowable] = [NextPageTemplate("later")]
        out += self.sentences("subject", "subject")
        out += [Spacer(1, 6), self.application_box(), Spacer(1, 10)]
        out += self.sentences("greeting", "body", city=nfc(letter.city))
        out += self.sentences("intro", "body", edition=nfc(letter.edition))
        for index, language in enumerate(self.languages):
            out.append(self.sentence(self.stage_sentence(language), language, "stage", index))
        if letter.criteria:  # an application screened out in a qualifying round has none
            out += self.criteria() if letter.show_numbers else self.criteria_names()
        out += self.comments()
        closing = self.sentences("closing", "body")
        closing.append(Spacer(1, 4))
        closing += self.sentences("regards", "body")
        closing.append(self.data(letter.organisation, "signature"))
        out += [Spacer(1, 8), KeepTogether(closing)]
        return out

    def application_box(self) -> Flowable:
        letter, styles = self.letter, self.styles
        comma = "، " if is_rtl(nfc(letter.city)) else ", "
        category = self.label("category", category=nfc(letter.category))
        code = self.label("application", application=nfc(letter.application))
        cell = [
            self.data(letter.title, "title"),
            self.data(f"{letter.city}{comma}{letter.country}", "place"),
            _flow(f"{category}{SEPARATOR}{code}", styles["meta"], right=self.rtl,
                  rtl=self.rtl),
        ]
        box = Table([[cell]], colWidths=[CONTENT])
        box.setStyle(
            TableStyle(
                [
                    # A table names its own font, Helvetica unless told: never embedded.
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                    ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEAFTER" if self.rtl else "LINEBEFORE", (0, 0), (-1, -1), 3,
                     self.accent),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        return box

    def data(self, text: str, style: str) -> Flowable:
        """A field of the application (title, place, a criterion's name) aligned with the
        letter: in a right-to-left letter it reads in its own direction (a Latin title keeps
        its closing bracket), in a left-to-right one from the left."""
        return _flow(text, self.styles[style], right=self.rtl, rtl=None if self.rtl else False)

    def heading(self, key: str) -> Flowable:
        return _flow(self.label(key), self.styles["h2"], right=self.rtl, rtl=self.rtl,
                     keep=True)

    def criteria(self) -> list[Flowable]:
        letter, styles = self.letter, self.styles
        out: list[Flowable] = [self.heading("criteria")]
        out += self.sentences("criteria_intro", "small")
        if not letter.criteria:
            return out

        def head(key: str, style: str = "head") -> Flowable:
            return _flow(self.label(key), styles[style], right=self.rtl, rtl=self.rtl)

        rows: list[list[Any]] = [
            [head("column_criterion"), head("column_average", "head_centre"),
             head("column_spread", "head_centre")]
        ]
        for criterion in letter.criteria:
            average = (
                _flow(number_text(criterion.average, self.first), styles["average"], False)
                if criterion.average is not None
                else _flow(self.label("no_scores"), styles["none"], False, rtl=self.rtl)
            )
            chart = _Spread(criterion, self.fonts.regular, self.first, self.navy)
            rows.append([self.data(criterion.name, "cell"), average, chart])
        widths = [CONTENT - AVERAGE_COLUMN - CHART_COLUMN, AVERAGE_COLUMN, CHART_COLUMN]
        if self.rtl:
            rows = [row[::-1] for row in rows]
            widths = widths[::-1]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    # The text at the table's edges lines up with the paragraphs around it.
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ]
            )
        )
        legend = _Legend(
            [(kind, self.label(f"legend_{kind}")) for kind in ("you", "range", "box", "median")],
            self.fonts.regular,
            self.navy,
            self.muted,
            self.rtl,
        )
        return [*out, table, Spacer(1, 5), legend]

    def criteria_names(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading("criteria_plain")]
        out += self.sentences("criteria_plain_intro", "body")
        for criterion in self.letter.criteria:
            name = nfc(criterion.name)
            if self.rtl:
                # The bullet at the right; a Latin name isolated by marks keeps its brackets.
                name = name if is_rtl(name) else f"\u200e{name}\u200e"
                out.append(_flow(f"\u200f•\u2002{name}", self.styles["comment"], True, True))
            else:
                out.append(_flow(f"•\u2002{name}", self.styles["comment"], False, False))
        return out

    def comments(self) -> list[Flowable]:
        styles = self.styles
        out: list[Flowable] = [self.heading("comments")]
        comments = [(label, text.strip()) for label, text in self.letter.comments if text.strip()]
        if not comments:
            return out + self.sentences("no_comments", "body")
        out += self.sentences("comments_intro", "small")
        for label, text in comments:
            out.append(_flow(self.judge(label), styles["judge"], right=self.rtl, rtl=self.rtl,
                             keep=True))
            for part in re.split(r"\n\s*\n", nfc(text)):
                if part.strip():
                    # A comment reads in its own direction, whatever the letter's language.
                    out.append(_flow(part, styles["comment"], right=is_rtl(part)))
        return out

    # -- the page

    def letterhead(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The first page's head: logo, organisation and edition, the date, a rule."""
        letter, fonts = self.letter, self.fonts
        width, height = PAGE
        left, right = MARGIN, width - MARGIN
        top = height - 13 * mm
        start, sign = (right, -1) if self.rtl else (left, 1)
        canvas.saveState()
        logo_width = 0.0
        if self.logo is not None:
            image_width, image_height = self.logo.getSize()
            logo_width = LOGO_HEIGHT * image_width / image_height
            x = right - logo_width if self.rtl else left
            canvas.drawImage(self.logo, x, top - LOGO_HEIGHT, logo_width, LOGO_HEIGHT,
                             mask="auto")
            logo_width += 5 * mm
        align = "right" if self.rtl else "left"
        other = "left" if self.rtl else "right"
        date = dates_text(letter.date, self.languages)
        date_width = string_width(date, fonts.regular, 9, rtl=self.rtl)
        room = right - left - logo_width - date_width - 14
        x = start + sign * logo_width
        organisation = nfc(letter.organisation).upper()
        tracking = 0.0 if needs_layout(organisation) else 0.12
        size = fit_line(organisation, fonts.regular, 7.5, room, tracking)
        canvas.setFillColor(self.muted)
        draw_text(canvas, x, top - 10, organisation, fonts.regular, size, align,
                  char_space=tracking * size, rtl=is_rtl(organisation) or self.rtl)
        edition = nfc(letter.edition)
        if str(letter.year) not in edition:
            edition = f"{edition}{SEPARATOR}{letter.year}"
        size = fit_line(edition, fonts.bold, 16, room)
        canvas.setFillColor(self.navy)
        draw_text(canvas, x, top - 29, edition, fonts.bold, size, align, rtl=self.rtl)
        canvas.setFillColor(self.text)
        draw_text(canvas, right if other == "right" else left, top - 29, date, fonts.regular, 9,
                  other, rtl=self.rtl)
        y = top - LOGO_HEIGHT - 5 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y, right, y)
        canvas.setStrokeColor(self.accent)
        canvas.setLineWidth(2.5)
        canvas.line(start, y, start + sign * 36 * mm, y)
        canvas.restoreState()

    def running_head(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The later pages' head: edition, "Feedback letter", application, a thin rule."""
        letter = self.letter
        width, height = PAGE
        text = SEPARATOR.join(
            [nfc(letter.edition), self.label("letter"), nfc(letter.application)]
        )
        canvas.saveState()
        canvas.setFillColor(self.muted)
        x, align = (width - MARGIN, "right") if self.rtl else (MARGIN, "left")
        draw_text(canvas, x, height - 13 * mm, text, self.fonts.regular, 7.5, align,
                  rtl=self.rtl)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 14.5 * mm, width - MARGIN, height - 14.5 * mm)
        canvas.restoreState()


def _numbered_canvas(face: str, colour: Color) -> type[Canvas]:
    """"1 / 2" at the foot of each page (none on a letter of one page)."""

    def foot(canvas: Canvas, page: int, total: int) -> None:
        if total > 1:
            canvas.setFillColor(colour)
            draw_text(canvas, PAGE[0] / 2, 11 * mm, f"{page} / {total}", face, 8,
                      align="centre")

    return numbered_canvas(foot)


def _logo(template: Template) -> Any:
    return _print_image(template.logo, LOGO_BOX) if template.logo is not None else None


def _write(letter: FeedbackLetter, path: Path, template: Template, logo: Any) -> Path:
    builder = _Letter(letter, template, logo)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=LATER_TOP,
        bottomMargin=BOTTOM,
        title=nfc(f"{letter.edition}: {letter_text('letter', builder.first)}, "
                  f"{letter.application}"),
        author=nfc(letter.organisation),
        creator="WeGO Awards",
        lang=builder.first,
        invariant=1,  # no timestamps or random ids: the same letter gives the same bytes
        # reportlab otherwise names Helvetica on every page, a font that is never embedded.
        initialFontName=template.fonts.regular,
    )
    height = PAGE[1]
    first = Frame(MARGIN, BOTTOM, CONTENT, height - FIRST_TOP - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, BOTTOM, CONTENT, height - LATER_TOP - BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=builder.letterhead),
            PageTemplate("later", [later], onPage=builder.running_head),
        ]
    )
    try:
        doc.build(builder.story(), canvasmaker=_numbered_canvas(template.fonts.regular,
                                                                builder.muted))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def render_letter(
    letter: FeedbackLetter, path: Path, template: Template | None = None
) -> Path:
    """Write ``letter`` as a PDF at ``path`` and return the path.

    ``template`` (the certificate template; the shipped default when None) gives the fonts,
    colours and logo. Written under a temporary name and renamed when complete. ValueError,
    naming the application, for a language that is not one or a round that is not one.
    """
    template = template if template is not None else load_template(None)
    return _write(letter, Path(path), template, _logo(template))


def render_letters(
    letters: Sequence[FeedbackLetter],
    folder: Path,
    template: Template | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write one PDF per letter into ``folder``, named after the application
    ("feedback-EG-03.pdf"), and return their paths in the letters' order.

    ``progress(done, total)`` is called after each letter. Each file is written under a
    temporary name and renamed when complete, so a failure leaves no half-written letter.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    template = template if template is not None else load_template(None)
    logo = _logo(template)
    used: set[str] = set()
    written: list[Path] = []
    total = len(letters)
    for done, letter in enumerate(letters, start=1):
        name = letter_file_name(letter.application, used)
        written.append(_write(letter, folder / name, template, logo))
        if progress is not None:
            progress(done, total)
    return written
