"""The results report: a flowing A4 document from the results (docs/interface.md "results
--json": names, titles, judges' statistics) and what the report adds (the settings in words,
the organisation, the fingerprint).

Platypus BaseDocTemplate with a cover and a body page template, a named style sheet and a
"Page X of Y" footer written once the page count is known. Pure rendering: the caller passes
a :class:`ResultsReport`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wego_awards.progress import Progress
from wego_awards.resultdata import Award, CategoryResults, Results

from .charts import category_dot_chart, judge_offsets_chart
from .fonts import FontFamily, covers, draw_text, markup, nfc, sans_family
from .layout import TextBlock, draw_draft_mark, numbered_canvas
from .shaping import needs_layout
from .template import Template, load_template

PAGE = A4
MARGIN = 18 * mm
NAVY = HexColor("#1F3A5F")
TEXT = HexColor("#1E2430")
MUTED = HexColor("#5B6472")
RULE = HexColor("#D9DEE5")
ZEBRA = HexColor("#F4F6F9")
ALERT = HexColor("#B3261E")
TABLE_CHUNK = 250  # rows per Table: reportlab splits huge tables slowly
AWARD_NAMES = {"gold": "Gold", "silver": "Silver", "special_mention": "Special mention"}


@dataclass(frozen=True)
class ResultsReport:
    """What the report shows: the results, and what the report adds to them."""

    results: Results
    organisation: str  # who gives the awards, on the cover
    results_hash: str  # the finalized results' fingerprint ("" before finalizing)
    generated_at: str | None  # when the results were final, or when the report was made
    settings: tuple[tuple[str, str], ...]  # the award rules in words: (setting, value)
    # The file beside the report holding every category's whole ranking, when a category is
    # too long to print whole (the body then shows its head); "" when the body shows it all.
    full_ranking: str = ""


# A category ranks at most this many in the report's body before its head only is printed (the
# first BODY_RANKING, and every awarded application): 20,000 applications would be 600 pages
# no one reads, and minutes to typeset. The whole ranking then goes beside the report.
LONG_RANKING = 60
BODY_RANKING = 30


def _styles(family: FontFamily) -> StyleSheet1:
    """The report's named styles, all in the shipped sans family."""
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body", fontName=family.regular, fontSize=9.5, leading=13, textColor=TEXT, spaceAfter=5
    )
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "Small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=2
        )
    )
    sheet.add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=family.bold,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceBefore=4,
            spaceAfter=8,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=family.bold,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        )
    )
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8, leading=10, spaceAfter=0))
    sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Head", parent=sheet["Cell"], fontName=family.bold, textColor=white))
    sheet.add(
        ParagraphStyle(
            "CoverTitle",
            parent=base,
            fontName=family.bold,
            fontSize=30,
            leading=36,
            alignment=TA_CENTER,
            textColor=NAVY,
            spaceAfter=10,
        )
    )
    sheet.add(
        ParagraphStyle(
            "CoverLine",
            parent=base,
            fontSize=13,
            leading=18,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=6,
        )
    )
    return sheet


def _para(text: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text: a TextBlock when it needs shaping or bidi ordering."""
    plain = _plain(text)
    if needs_layout(plain):
        return TextBlock(plain, style)
    return Paragraph(markup(plain, style.fontName), style)


def _plain(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return nfc(str(value))


def _number(value: float | None, digits: int = 2, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{float(value):{'+' if signed else ''}.{digits}f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * float(value):.0f}%"


def _conf(value: float | str | None) -> str:
    """A confidence, or "jury" for an award the jury decided."""
    return value if isinstance(value, str) else _percent(value)


def _award_confidence(award: Award) -> float | str | None:
    """The award's confidence, or "jury" for an award the jury decided."""
    return "jury" if award.override else award.confidence


class _Report:
    """Builds the report's flowables from the results."""

    def __init__(self, report: ResultsReport, template: Template) -> None:
        self.report = report
        self.results = report.results
        self.family = sans_family()
        self.styles = _styles(self.family)
        self.template = template
        self.award_colours = {k: HexColor(template.colours[k]) for k in AWARD_NAMES}
        self.award_styles = {
            k: ParagraphStyle(
                f"Award-{k}",
                parent=self.styles["Cell"],
                fontName=self.family.bold,
                textColor=colour,
            )
            for k, colour in self.award_colours.items()
        }

    def cell(self, value: object, right: bool = False, wrap: bool = False) -> str | Flowable:
        """A table cell: a plain string when it needs no wrapping and the table font has every
        glyph (fast for long tables), else a Paragraph with fallback fonts."""
        text = _plain(value)
        if not wrap and all(covers(self.family.regular, c) for c in text):
            return text
        return _para(text, self.styles["CellRight" if right else "Cell"])

    def award_label(self, award: str | None) -> str | Flowable:
        """The award's name in its colour, or an empty cell."""
        if not award:
            return ""
        return _para(
            AWARD_NAMES.get(award, award), self.award_styles.get(award, self.styles["Cell"])
        )

    def table(
        self,
        header: Sequence[str],
        rows: list[list[str | Flowable]],
        widths: Sequence[float],
        right: Sequence[int] = (),
    ) -> list[Flowable]:
        """Zebra-striped tables with a repeated header, in chunks so long lists stay fast.

        Columns in ``right`` are numbers, right-aligned."""
        head_right = ParagraphStyle("HeadRight", parent=self.styles["Head"], alignment=TA_RIGHT)
        head = [
            _para(h, head_right if i in right else self.styles["Head"])
            for i, h in enumerate(header)
        ]
        out: list[Flowable] = []
        for start in range(0, max(len(rows), 1), TABLE_CHUNK):
            chunk = rows[start : start + TABLE_CHUNK]
            table = Table([head, *chunk], colWidths=widths, repeatRows=1)
            commands: list[tuple[Any, ...]] = [
                ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEADING", (0, 0), (-1, -1), 10),
                ("TEXTCOLOR", (0, 1), (-1, -1), TEXT),
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
            commands += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in right]
            commands += [
                ("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(chunk) + 1, 2)
            ]
            table.setStyle(TableStyle(commands))
            out.append(table)
        return out

    # -- sections --------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        r, s = self.results, self.styles
        out: list[Flowable] = [Spacer(1, 40 * mm)]
        if self.template.logo is not None:
            out += [
                Image(str(self.template.logo), width=70, height=70, kind="proportional"),
                Spacer(1, 14),
            ]
        out.append(_para(self.report.organisation, s["CoverLine"]))
        out.append(_para(r.edition, s["CoverTitle"]))
        out.append(_para("Results report", s["CoverLine"]))
        final = r.finalized
        status = (
            "Final results"
            if final
            else "Draft: the results are not finalized and may still change"
        )
        status_style = ParagraphStyle(
            "Status",
            parent=s["CoverLine"],
            textColor=white,
            fontName=self.family.bold,
            fontSize=11,
            leading=14,
            spaceAfter=0,
        )
        badge = Table([[_para(status, status_style)]], colWidths=[300])
        badge.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
                    ("BACKGROUND", (0, 0), (-1, -1), NAVY if final else ALERT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        out += [Spacer(1, 10), badge, Spacer(1, 26)]
        categories = r.categories
        facts: list[tuple[str, object]] = [
            ("Year", r.year),
            ("Method", r.method),
            ("Categories", len(categories)),
            ("Applications ranked", sum(len(c.ranking) for c in categories)),
            ("Judges", len(r.judges)),
            ("Missing scores", r.missing_scores),
            ("Inter-judge reliability", _number(r.reliability)),
            ("Reliability, adjusted scores", _number(r.reliability_adjusted)),
            ("Generated", self.report.generated_at),
        ]
        label = ParagraphStyle(
            "FactLabel", parent=s["Body"], textColor=MUTED, alignment=TA_RIGHT, spaceAfter=0
        )
        value = ParagraphStyle(
            "FactValue", parent=s["Body"], fontName=self.family.bold, spaceAfter=0
        )
        table = Table([[_para(k, label), _para(v, value)] for k, v in facts], colWidths=[150, 200])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.family.regular),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        out += [table, Spacer(1, 30)]
        out.append(
            _para(
                f"Results fingerprint (SHA-256): {self.report.results_hash}",
                ParagraphStyle("Hash", parent=s["Small"], alignment=TA_CENTER),
            )
        )
        return out

    def method(self) -> list[Flowable]:
        r, s = self.results, self.styles
        out: list[Flowable] = [_para("How the results were computed", s["H1"])]
        description = _plain(r.method_description or "No description was given.")
        out += [_para(part.strip(), s["Body"]) for part in description.split("\n\n") if part]
        settings = self.report.settings
        if settings:
            out.append(_para("Settings", s["H2"]))
            rows = [[self.cell(k.replace("_", " ")), self.cell(v)] for k, v in settings]
            out += self.table(["Setting", "Value"], rows, [170, 304])
        out += self.model_section()
        warnings = r.warnings
        if warnings:
            out.append(_para("Warnings", s["H2"]))
            out += [_para(f"• {_plain(w)}", s["Body"]) for w in warnings]
        return out

    def model_section(self) -> list[Flowable]:
        """What the confidence means, and the spreads the model estimated from the scores."""
        r, s = self.results, self.styles
        out: list[Flowable] = []
        if r.confidence_means:
            out.append(_para("What the confidence means", s["H2"]))
            out.append(_para(r.confidence_means, s["Body"]))
        model = r.model
        if model:
            how = "estimated from the scores" if model.shrinkage_estimated else "fixed"
            rows = [
                [self.cell("Judges' leniency (offset) spread"), self.cell(
                    f"{_number(model.offset_sd)} points (sd)")],
                [self.cell("Disagreement left over (noise) spread"), self.cell(
                    f"{_number(model.noise_sd)} points (sd)")],
                [self.cell("Quality spread within a category"), self.cell(
                    f"{_number(model.quality_sd)} points (sd)")],
                [self.cell("Shrinkage of judge offsets"), self.cell(
                    f"{_number(model.shrinkage)} ({how}: noise variance / offset "
                    "variance)", wrap=True)],
                [self.cell("Reliability (ICC, raw / adjusted scores)"), self.cell(
                    f"{_number(r.reliability)} / {_number(r.reliability_adjusted)}"
                )],
            ]
            out.append(_para("What the model estimated", s["H2"]))
            out += self.table(["Figure", "Value"], rows, [200, 274])
        return out

    def summary(self) -> list[Flowable]:
        s = self.styles
        rows = []
        for category in self.results.categories:
            by_award = {a.award: a for a in category.awards}
            row: list[str | Flowable] = [self.cell(category.name, wrap=True)]
            for award in AWARD_NAMES:
                holder = by_award.get(award)
                row.append(
                    self.cell(
                        f"{_plain(holder.city)} ({_plain(holder.application)})"
                        if holder
                        else "–",
                        wrap=True,
                    )
                )
            rows.append(row)
        return [
            _para("Awards at a glance", s["H2"]),
            *self.table(
                ["Category", "Gold", "Silver", "Special mention"], rows, [132, 114, 114, 114]
            ),
        ]

    def category(self, category: CategoryResults) -> list[Flowable]:
        s = self.styles
        name = category.name or category.code
        out: list[Flowable] = [PageBreak(), _para(f"{name} ({category.code})", s["H1"])]
        awards = category.awards
        award_of = {a.application: a.award for a in awards}
        confidence_of = {a.application: _award_confidence(a) for a in awards}

        out.append(_para("Awards", s["H2"]))
        if awards:
            rows = []
            for award in awards:
                override = award.override
                decision = (
                    "By ranking"
                    if not override
                    else f"Jury decision: {_plain(override.reason)} "
                    f"({_plain(override.by)}, {_plain(override.at)})"
                )
                rows.append(
                    [
                        self.award_label(award.award),
                        self.cell(award.application),
                        self.cell(f"{_plain(award.city)}, {_plain(award.country)}", wrap=True),
                        self.cell(award.title, wrap=True),
                        self.cell(_number(award.score)),
                        # A jury's decision is no computed place: "jury", not "0%".
                        self.cell(_conf(_award_confidence(award))),
                        self.cell(decision, wrap=True),
                    ]
                )
            out += self.table(
                ["Award", "Appl.", "City", "Project", "Score", "Conf.", "Decision"],
                rows,
                [58, 40, 80, 122, 36, 34, 104],
                right=(4, 5),
            )
            for award in awards:
                if award.confidence_note:
                    out.append(_para(award.confidence_note, s["Small"]))
        else:
            out.append(_para("No awards in this category yet.", s["Body"]))

        flags = category.flags
        if flags:
            out.append(_para("For the jury's attention", s["H2"]))
            for flag in flags:
                kind = _plain(flag.kind).replace("_", " ").capitalize()
                where = ", ".join(_plain(a) for a in flag.applications)
                judge = f"; judge {_plain(flag.judge)}" if flag.judge else ""
                detail = f" ({where}{judge})" if where or judge else ""
                message = _plain(flag.message) + detail
                if needs_layout(message):
                    # Shaped lines have one font and colour: the kind keeps its words.
                    out.append(TextBlock(f"{kind}: {message}", s["Body"]))
                    continue
                out.append(
                    Paragraph(
                        f'<font name="{self.family.bold}" color="#B3261E">'
                        f"{markup(kind, self.family.bold)}:</font> "
                        f"{markup(message, self.family.regular)}",
                        s["Body"],
                    )
                )

        ranking = category.ranking
        if not ranking:
            out.append(_para("No applications ranked.", s["Body"]))
            return out
        chart = category_dot_chart(ranking, award_of, self.award_colours, 474, self.family.regular)
        out.append(KeepTogether([_para("Scores", s["H2"]), chart]))
        shown = list(ranking)
        if len(ranking) > LONG_RANKING:
            shown = [e for i, e in enumerate(ranking) if i < BODY_RANKING or e.award]
        rows = []
        for entry in shown:
            application = entry.application
            held = award_of.get(application)
            rows.append(
                [
                    self.cell(entry.rank),
                    self.cell(application),
                    self.cell(f"{_plain(entry.city)}, {_plain(entry.country)}", wrap=True),
                    self.cell(entry.title, wrap=True),
                    self.cell(_number(entry.raw_mean)),
                    self.cell(_number(entry.score)),
                    self.cell(entry.judges),
                    self.cell(_conf(confidence_of.get(application)) if held else ""),
                    self.award_label(held),
                ]
            )
        out += [CondPageBreak(80), _para("Ranking", s["H2"])]
        out += self.table(
            ["#", "Appl.", "City", "Project", "Raw mean", "Adjusted", "Judges", "Conf.", "Award"],
            rows,
            [20, 40, 80, 124, 40, 44, 36, 32, 58],
            right=(0, 4, 5, 6, 7),
        )
        if len(shown) < len(ranking):
            where = (f"in {_plain(self.report.full_ranking)}, beside this report"
                     if self.report.full_ranking else "in the results workbook (results --out)")
            out.append(_para(f"The first {len(shown)} of {len(ranking):,} applications; the "
                             f"whole ranking is {where}.", s["Small"]))
        return out

    def judges(self) -> list[Flowable]:
        r, s = self.results, self.styles
        judges = r.judges
        out: list[Flowable] = [PageBreak(), _para("Judges", s["H1"])]
        out.append(
            _para(
                f"Inter-judge reliability: {_number(r.reliability)}. "
                f"Missing scores: {_plain(r.missing_scores)}. "
                "The offset is how much more lenient (+) or harsher (-) a judge scored than the "
                "panel on the same applications; the method removes it from every score. The "
                "spread is the standard deviation of the judge's scores; agreement is the "
                "correlation of the judge's scores with the rest of the panel.",
                s["Body"],
            )
        )
        rows = []
        outlier_style = ParagraphStyle(
            "Outlier", parent=s["Cell"], fontName=self.family.bold, textColor=ALERT
        )
        for judge in judges:
            outlier = judge.outlier
            rows.append(
                [
                    self.cell(judge.code),
                    self.cell(judge.name, wrap=True),
                    self.cell(judge.scored, right=True),
                    self.cell(_number(judge.offset, signed=True), right=True),
                    self.cell(_number(judge.spread), right=True),
                    self.cell(_number(judge.agreement), right=True),
                    _para("outlier", outlier_style) if outlier else "",
                ]
            )
        if rows:
            out += self.table(
                ["Code", "Name", "Scored", "Offset", "Spread", "Agreement", "Flag"],
                rows,
                [50, 170, 50, 50, 50, 56, 48],
                right=(2, 3, 4, 5),
            )
        chart = judge_offsets_chart(judges, 474, self.family.regular)
        out.append(KeepTogether([_para("Judge offsets", s["H2"]), chart]))
        return out

    def flowables(self) -> list[Flowable]:
        out = [
            *self.cover(),
            NextPageTemplate("body"),
            PageBreak(),
            *self.method(),
            *self.summary(),
        ]
        for category in self.results.categories:
            out += self.category(category)
        out += self.judges()
        return out


def _numbered_canvas(family: FontFamily, footer_left: str) -> type[Canvas]:
    """"Page X of Y" at the foot of each page, the edition's line beside it after the cover."""

    def foot(canvas: Canvas, page: int, total: int) -> None:
        width, _ = canvas._pagesize
        canvas.setFillColor(MUTED)
        if page > 1:
            draw_text(canvas, MARGIN, 10 * mm, footer_left, family.regular, 7.5)
        draw_text(canvas, width - MARGIN, 10 * mm, f"Page {page} of {total}", family.regular,
                  7.5, align="right")

    return numbered_canvas(foot)


def render_report(
    report: ResultsReport,
    out: Path,
    draft: bool,
    progress: Progress | None = None,
    template: Template | None = None,
) -> Path:
    """Write the results report PDF to ``out`` and return its path.

    ``report`` is the results with what the report adds; ``draft`` puts a DRAFT mark
    on every page; ``progress(done, total)`` follows the layout; ``template`` supplies the logo
    and award colours (the default template when None). Written under a temporary name and
    renamed when complete.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    template = template if template is not None else load_template(None)
    builder = _Report(report, template)
    family = builder.family
    edition = _plain(report.results.edition)
    title = f"{edition}: results"

    def header(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = PAGE
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN, height - 12 * mm, title, family.regular, 7.5)
        status = "DRAFT, not finalized" if not report.results.finalized else "Final"
        draw_text(
            canvas, width - MARGIN, height - 12 * mm, status, family.regular, 7.5, align="right"
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)

    def page_end(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if draft:
            draw_draft_mark(canvas, family.bold, template.wording["draft"])

    tmp = out.with_name(f".{out.name}.part")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=_plain(report.organisation),
        creator="WeGO Awards",
        invariant=1,
        initialFontName=family.regular,
    )
    body = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates(
        [
            PageTemplate("cover", [body], onPageEnd=page_end),
            PageTemplate("body", [body], onPage=header, onPageEnd=page_end),
        ]
    )
    if progress is not None:
        state = {"total": 1}

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                state["total"] = max(int(value), 1)
            elif kind == "PROGRESS":
                progress(min(int(value), state["total"]), state["total"])

        doc.setProgressCallBack(on_progress)
    hash_text = _plain(report.results_hash)
    footer = f"{edition} · generated {_plain(report.generated_at)} · {hash_text[:12]}"
    try:
        doc.build(builder.flowables(), canvasmaker=_numbered_canvas(family, footer))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
