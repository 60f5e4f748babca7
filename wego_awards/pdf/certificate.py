"""Award certificates: one A4 landscape page per award, drawn on a reportlab canvas.

Pure rendering: the caller (the service layer) gathers the data from the database and passes a
CertificateData per certificate and a Template; nothing here reads the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from wego_awards.progress import Progress

from .fonts import draw_text, missing_in_faces, nfc
from .layout import draw_draft_mark, fit_line, fit_paragraph
from .names import certificate_file_name
from .ornaments import PAGE_SIZE, content_inset, draw_frame, draw_seal
from .shaping import is_rtl
from .template import AWARDS, Template

COMBINED_NAME = "all-certificates.pdf"


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate, already decided by the service layer."""

    edition: str
    year: int
    organisation: str
    award: str  # "gold" | "silver" | "special_mention" | "participation"
    category: str  # category name, e.g. "Efficient Government"
    city: str
    country: str
    title: str
    application: str  # application code, e.g. "EG-03"
    date: str  # ceremony date as printed, e.g. "18 October 2021"
    verification_code: str
    draft: bool
    ceremony_place: str = ""  # where the awards are handed out, e.g. "Seoul"


@dataclass(frozen=True)
class CertificateBatch:
    """What render_certificates wrote: one file per certificate and the combined file.

    When cancelled, nothing is left behind: ``files`` is empty and ``combined`` is None.
    """

    files: tuple[Path, ...]
    combined: Path | None
    cancelled: bool = False


LOGO_BOX = (140.0, 58.0)  # points: the most room the logo gets
SIGNATURE_BOX = (150.0, 46.0)
PRINT_DPI = 300


def _print_image(path: Path, box: tuple[float, float]) -> ImageReader:
    """The image resampled to PRINT_DPI at the largest size it is drawn.

    Each certificate file embeds its own copy, so a 4000-pixel scan of a signature would
    otherwise be compressed again into every one of hundreds of files.
    """
    with Image.open(path) as original:
        image = original.convert(
            "RGBA" if "A" in original.getbands() or "transparency" in original.info else "RGB"
        )
    most = min(box[0] / image.width, box[1] / image.height) * PRINT_DPI / 72
    if most < 1:
        size = (max(1, round(image.width * most)), max(1, round(image.height * most)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    return ImageReader(image)


class _Art:
    """Per-template drawing resources, made once per batch: colours and print-ready images."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.colours = {key: HexColor(value) for key, value in template.colours.items()}
        self.logo = _print_image(template.logo, LOGO_BOX) if template.logo else None
        self.signatures = [
            _print_image(s.signature, SIGNATURE_BOX) if s.signature else None
            for s in template.signatories
        ]
        self.geometry = _geometry(template, content_inset(template))


def _new_canvas(path: Path, template: Template, cert: CertificateData | None) -> Canvas:
    canvas = Canvas(
        str(path),
        pagesize=PAGE_SIZE,
        invariant=1,  # no timestamps or random ids: the same data gives the same bytes
        pageCompression=1,
        # reportlab otherwise names Helvetica on every page, a font that is never embedded.
        initialFontName=template.fonts.regular,
    )
    canvas.setCreator("WeGO Awards")
    if cert is not None:
        canvas.setAuthor(nfc(cert.organisation))
        canvas.setTitle(nfc(f"{cert.edition}: {_label(template, cert)}, {cert.city}"))
    return canvas


def _fields(template: Template, cert: CertificateData) -> dict[str, str]:
    values = {
        "organisation": cert.organisation,
        "edition": cert.edition,
        "year": str(cert.year),
        "category": cert.category,
        "city": cert.city,
        "country": cert.country,
        "title": cert.title,
        "application": cert.application,
        "date": cert.date,
        "code": cert.verification_code,
        "ceremony_place": cert.ceremony_place,
        "award": "",
    }
    values = {key: nfc(value) for key, value in values.items()}
    values["award"] = template.award_labels[cert.award].format_map(values)
    return values


# The certificate's fields as a person names them, for a refusal.
_FIELD_NAMES = {
    "organisation": "organisation",
    "edition": "edition",
    "category": "category",
    "city": "city",
    "country": "country",
    "title": "title",
    "application": "application",
    "date": "date",
    "ceremony_place": "ceremony place",
}


def missing_glyphs(cert: CertificateData, template: Template) -> list[tuple[str, str]]:
    """(field, characters) for each field of ``cert`` that holds characters neither the
    template's fonts nor their fallbacks can draw: printed, they would be empty boxes."""
    fonts = template.fonts
    faces = (fonts.regular, fonts.bold, fonts.italic)
    values = _fields(template, cert)
    found = ((field, missing_in_faces(values[key], faces)) for key, field in _FIELD_NAMES.items())
    return [(field, missing) for field, missing in found if missing]


def _label(template: Template, cert: CertificateData) -> str:
    return _fields(template, cert)["award"]


def _image_fitted(
    canvas: Canvas, image: ImageReader, centre_x: float, bottom: float, width: float, height: float
) -> None:
    """Draw an image scaled to fit the box, centred horizontally, resting on ``bottom``."""
    image_width, image_height = image.getSize()
    scale = min(width / image_width, height / image_height)
    w, h = image_width * scale, image_height * scale
    canvas.drawImage(image, centre_x - w / 2, bottom, w, h, mask="auto")


@dataclass(frozen=True)
class _Geometry:
    """Where everything goes on the page: depends on the template only, so made once per batch.

    Vertical positions are box bottoms; a text line's box is as tall as its font size.
    """

    left: float
    right: float
    text_width: float
    boxes: dict[str, tuple[float, float]]  # name -> (bottom, height)
    columns: tuple[float, ...]  # centres of the signatories' columns
    column_width: float
    seal_x: float | None


# The page from top to bottom: (name, height, gap after). Gaps stretch or shrink with the room
# the margin leaves; the logo and the title's box shrink only when the gaps cannot absorb it.
_STACK = (
    ("logo", LOGO_BOX[1], 12.0),
    ("organisation", 8.5, 8.0),
    ("edition", 16.0, 12.0),
    ("award", 46.0, 2.0),
    ("rule", 8.0, 12.0),
    ("category", 12.5, 12.0),
    ("presented_to", 11.5, 6.0),
    ("place", 36.0, 8.0),
    ("intro", 11.5, 6.0),
    ("title", 58.0, 6.0),
    ("date", 11.0, 16.0),
    ("signatures", 88.0, 6.0),
    ("code", 6.5, 2.5),
    ("verify", 6.5, 0.0),
)


def _geometry(template: Template, inset: float) -> _Geometry:
    width, height = PAGE_SIZE
    heights = {name: h for name, h, _ in _STACK}
    gaps = {name: g for name, _, g in _STACK}
    if template.logo is None:
        heights["logo"] = gaps["logo"] = 0.0
    available = height - 2 * inset
    gap_total = sum(gaps.values())
    spare = available - sum(heights.values()) - gap_total
    scale = 1 + spare / gap_total
    if spare < 0:
        deficit = -spare
        taken = min(deficit, 0.65 * gap_total)
        scale = 1 - taken / gap_total
        deficit -= taken
        for name, least in (("logo", 34.0), ("title", 40.0)):
            taken = min(deficit, max(heights[name] - least, 0.0))
            heights[name] -= taken
            deficit -= taken
    boxes = {}
    y = height - inset
    for name, _, _ in _STACK:
        y -= heights[name]
        boxes[name] = (y, heights[name])
        y -= gaps[name] * scale
    left, right = inset, width - inset
    content = right - left
    count = len(template.signatories)
    fractions, seal = {
        0: ((), 0.5),
        1: ((0.75,), 0.25),
        2: ((0.2, 0.8), 0.5),
        3: ((1 / 6, 0.5, 5 / 6), None),
    }[count]
    return _Geometry(
        left=left,
        right=right,
        text_width=min(606.0, content - 40),
        boxes=boxes,
        columns=tuple(left + content * f for f in fractions),
        column_width=min(196.0, content / max(count, 1) - 16),
        seal_x=None if seal is None else left + content * seal,
    )


class _Page:
    """One certificate laid out once (text fitted), then drawn on any number of canvases."""

    def __init__(self, cert: CertificateData, art: _Art) -> None:
        if cert.award not in AWARDS:
            raise ValueError(
                f"award '{cert.award}' is not one of {', '.join(AWARDS)} "
                f"(application {cert.application})"
            )
        self.cert = cert
        self.art = art
        template = art.template
        fonts = template.fonts
        wording = template.wording
        geometry = art.geometry
        values = _fields(template, cert)
        self.accent = art.colours[cert.award]
        text_colour = art.colours["text"]

        def say(key: str) -> str:
            return wording[key].format_map(values)

        self.organisation = say("organisation").upper()
        self.edition = say("edition")
        self.category = say("category")
        self.presented_to = say("presented_to")
        self.intro = say(
            "participation_intro" if cert.award == "participation" else "project_intro"
        )
        self.date = say("date")
        self.code_line = say("code")
        self.verify_line = say("verify")
        self.draft_text = say("draft")
        width = geometry.text_width
        boxes = geometry.boxes
        self.award = fit_paragraph(
            values["award"], fonts.bold, width, boxes["award"][1], 36, colour=self.accent
        )
        self.place = fit_paragraph(
            say("place"), fonts.bold, width, boxes["place"][1], 27, colour=text_colour
        )
        self.title = fit_paragraph(
            values["title"], fonts.italic, width - 40, boxes["title"][1], 19, colour=text_colour
        )
        self.signatory_titles = [
            fit_paragraph(
                s.title, fonts.regular, geometry.column_width, 21, 8.5, colour=art.colours["muted"]
            )
            for s in template.signatories
        ]

    def _line(
        self, canvas: Canvas, box: str, text: str, face: str, colour: str, tracking: float = 0.0
    ) -> None:
        """One centred line of text in its box, shrunk if it is wider than the text column."""
        bottom, height = self.art.geometry.boxes[box]
        if height <= 0:
            return
        size = fit_line(text, face, height, self.art.geometry.text_width, tracking)
        canvas.setFillColor(self.art.colours[colour])
        centre = PAGE_SIZE[0] / 2
        # Letter-spacing adds space after the last letter too; shift by half to stay centred.
        draw_text(
            canvas,
            centre + tracking * size / 2,
            bottom + 0.2 * height,
            text,
            face,
            size,
            align="centre",
            char_space=tracking * size,
            rtl=is_rtl(text),  # the line's own direction (P2, P3): Arabic wording reads RTL
        )

    def draw(self, canvas: Canvas) -> None:
        """Draw the whole page on ``canvas`` (does not end the page)."""
        art, fonts = self.art, self.art.template.fonts
        geometry = art.geometry
        boxes = geometry.boxes
        centre = PAGE_SIZE[0] / 2
        draw_frame(canvas, art.template, art.colours, self.accent)
        if art.logo is not None:
            bottom, height = boxes["logo"]
            _image_fitted(canvas, art.logo, centre, bottom, LOGO_BOX[0], height)
        self._line(canvas, "organisation", self.organisation, fonts.regular, "muted", 0.18)
        self._line(canvas, "edition", self.edition, fonts.italic, "text")
        for name, paragraph in (("award", self.award), ("place", self.place)):
            bottom, height = boxes[name]
            paragraph.drawOn(
                canvas,
                centre - geometry.text_width / 2,
                bottom + (height - paragraph.height) / 2,
            )
        bottom, height = boxes["title"]
        self.title.drawOn(
            canvas,
            centre - (geometry.text_width - 40) / 2,
            bottom + (height - self.title.height) / 2,
        )
        # An ornamental rule under the award: two lines and a diamond.
        y = boxes["rule"][0] + boxes["rule"][1] / 2
        canvas.setStrokeColor(self.accent)
        canvas.setLineWidth(0.8)
        canvas.line(centre - 120, y, centre - 8, y)
        canvas.line(centre + 8, y, centre + 120, y)
        canvas.setFillColor(self.accent)
        path = canvas.beginPath()
        path.moveTo(centre, y + 4)
        path.lineTo(centre + 4, y)
        path.lineTo(centre, y - 4)
        path.lineTo(centre - 4, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        self._line(canvas, "category", self.category, fonts.regular, "text")
        self._line(canvas, "presented_to", self.presented_to, fonts.italic, "muted")
        self._line(canvas, "intro", self.intro, fonts.italic, "muted")
        self._line(canvas, "date", self.date, fonts.regular, "text")
        self._draw_signatories(canvas)
        self._line(canvas, "code", self.code_line, fonts.regular, "muted")
        self._line(canvas, "verify", self.verify_line, fonts.regular, "muted")
        if self.cert.draft:
            draw_draft_mark(canvas, fonts.bold, self.draft_text)

    def _draw_signatories(self, canvas: Canvas) -> None:
        art, fonts = self.art, self.art.template.fonts
        geometry = art.geometry
        bottom, _ = geometry.boxes["signatures"]
        line_y = bottom + 40  # below the line: name (10) and a two-line title (21)
        half = geometry.column_width / 2
        for x, signatory, image, title in zip(
            geometry.columns,
            art.template.signatories,
            art.signatures,
            self.signatory_titles,
            strict=True,
        ):
            if image is not None:
                _image_fitted(canvas, image, x, line_y + 2, *SIGNATURE_BOX)
            canvas.setStrokeColor(art.colours["muted"])
            canvas.setLineWidth(0.5)
            canvas.line(x - half + 3, line_y, x + half - 3, line_y)
            canvas.setFillColor(art.colours["text"])
            name = nfc(signatory.name)
            size = fit_line(name, fonts.bold, 10, geometry.column_width)
            draw_text(canvas, x, line_y - 5 - size, name, fonts.bold, size, align="centre")
            title.drawOn(canvas, x - half, line_y - 18 - title.height)
        if geometry.seal_x is not None:
            draw_seal(
                canvas,
                geometry.seal_x,
                line_y + 4,
                33,
                self.accent,
                str(self.cert.year),
                fonts.bold,
                art.colours["background"],
            )


def render_certificate(
    canvas_or_path: Canvas | Path | str, cert: CertificateData, template: Template
) -> None:
    """Draw one certificate.

    Given a path, writes a one-page PDF there. Given a canvas, draws the page and ends it with
    ``showPage()`` (call repeatedly for several pages; the caller saves the canvas, and should
    create it with ``initialFontName=template.fonts.regular`` so that no unembedded
    Helvetica is referenced).
    """
    page = _Page(cert, _Art(template))
    if isinstance(canvas_or_path, Canvas):
        canvas_or_path.setPageSize(PAGE_SIZE)
        page.draw(canvas_or_path)
        canvas_or_path.showPage()
        return
    path = Path(canvas_or_path)
    canvas = _new_canvas(path, template, cert)
    page.draw(canvas)
    canvas.showPage()
    canvas.save()


def render_certificates(
    certs: Sequence[CertificateData],
    template: Template,
    out_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CertificateBatch:
    """Write one PDF per certificate into ``out_dir`` and ``all-certificates.pdf`` with all of
    them in the given order, for printing.

    File names say what is inside, e.g. ``EG-03-gold-Goyang.pdf``. Files are written under a
    temporary name and renamed when complete, so a crash never leaves a half-written PDF under
    a real name. ``progress(done, total)`` is called after each certificate; if ``cancelled()``
    returns True the run stops and removes what it wrote.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = len(certs)
    if total == 0:
        return CertificateBatch(files=(), combined=None)
    art = _Art(template)
    combined_path = out_dir / COMBINED_NAME
    combined_tmp = out_dir / f".{COMBINED_NAME}.part"
    combined = _new_canvas(combined_tmp, template, None)
    combined.setTitle(nfc(f"{certs[0].edition}: certificates"))
    combined.setAuthor(nfc(certs[0].organisation))
    written: list[Path] = []
    used_names: set[str] = set()
    tmp: Path | None = None
    try:
        for done, cert in enumerate(certs, start=1):
            if cancelled is not None and cancelled():
                for path in written:
                    path.unlink(missing_ok=True)
                return CertificateBatch(files=(), combined=None, cancelled=True)
            page = _Page(cert, art)
            name = certificate_file_name(cert.application, cert.award, cert.city, used_names)
            tmp = out_dir / f".{name}.part"
            single = _new_canvas(tmp, template, cert)
            page.draw(single)
            single.showPage()
            single.save()
            final = out_dir / name
            os.replace(tmp, final)
            tmp = None
            written.append(final)
            page.draw(combined)
            combined.showPage()
            if progress is not None:
                progress(done, total)
        combined.save()
        os.replace(combined_tmp, combined_path)
    finally:
        # Only reached with these still present when the run failed or was cancelled.
        combined_tmp.unlink(missing_ok=True)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return CertificateBatch(files=tuple(written), combined=combined_path)
