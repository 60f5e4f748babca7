"""Benchmark: render_certificates against bare reportlab drawing the same pages, in one run.

Both sides write one PDF per certificate plus one combined PDF, with the same fonts, strings and
image files. The bare side calls the canvas directly: no template, no font fallback runs (each
string in one font), no text fitting, no layout objects. The target is a ratio of at most 2.

    .venv/bin/python benchmarks/bench_certificates.py [COUNT]
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from wego_awards.pdf import CertificateData, load_template, render_certificates
from wego_awards.pdf.certificate import LOGO_BOX, SIGNATURE_BOX, _print_image

CITIES = [
    ("Goyang", "South Korea"),
    ("Москва", "Russia"),
    ("São Paulo", "Brazil"),
    ("Beyoğlu", "Türkiye"),
    ("고양시", "South Korea"),
    ("北京", "China"),
    ("Belo Horizonte", "Brazil"),
]
AWARDS = ["gold", "silver", "special_mention", "participation"]
LABELS = {
    "gold": "Gold Award",
    "silver": "Silver Award",
    "special_mention": "Special Mention",
    "participation": "Certificate of Participation",
}


def make_certificates(count: int) -> list[CertificateData]:
    """``count`` varied certificates: every award, several scripts, short and long titles."""
    certs = []
    for i in range(count):
        city, country = CITIES[i % len(CITIES)]
        certs.append(
            CertificateData(
                edition="4th WeGO Awards",
                year=2020,
                organisation="World Smart Sustainable Cities Organization (WeGO)",
                award=AWARDS[i % 4],
                category="Efficient Government",
                city=city,
                country=country,
                title=("Integrated Smart City Platform for Public Services " * (1 + i % 3)).strip(),
                application=f"EG-{i:03d}",
                date="18 October 2021",
                verification_code=f"K7Q2-{i:04d}-4HTA",
                draft=i % 2 == 0,
            )
        )
    return certs


def bare_page(canvas: Canvas, cert: CertificateData, files: dict[str, str]) -> None:
    """The same page drawn with plain canvas calls at fixed sizes and positions."""
    width, height = landscape(A4)
    colour = HexColor(
        {
            "gold": "#B0882A",
            "silver": "#7D8791",
            "special_mention": "#9A5B34",
            "participation": "#2F5D7C",
        }[cert.award]
    )
    navy, text, muted = HexColor("#1F3A5F"), HexColor("#1E2430"), HexColor("#5B6472")
    canvas.setFillColor(HexColor("#FFFDF8"))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(navy)
    canvas.setLineWidth(2.4)
    canvas.rect(28.35, 28.35, width - 56.7, height - 56.7)
    canvas.setLineWidth(0.7)
    canvas.rect(34.35, 34.35, width - 68.7, height - 68.7)
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.5)
    canvas.rect(37.85, 37.85, width - 75.7, height - 75.7)
    for cx, cy, sx, sy in (
        (34, 34, 1, 1),
        (width - 34, 34, -1, 1),
        (34, height - 34, 1, -1),
        (width - 34, height - 34, -1, -1),
    ):
        canvas.saveState()
        canvas.translate(cx, cy)
        canvas.scale(sx, sy)
        canvas.setFillColor(HexColor("#FFFDF8"))
        canvas.rect(-3, -3, 22, 22, stroke=0, fill=1)
        canvas.setFillColor(colour)
        path = canvas.beginPath()
        path.moveTo(9, 0)
        path.lineTo(18, 9)
        path.lineTo(9, 18)
        path.lineTo(0, 9)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setStrokeColor(navy)
        canvas.line(18, 9, 46, 9)
        canvas.line(9, 18, 9, 46)
        canvas.restoreState()
    canvas.drawImage(files["logo"], width / 2 - 29, 480, 58, 58, mask="auto")
    canvas.setFillColor(muted)
    t = canvas.beginText(230, 462)
    t.setFont("NotoSerif-Regular", 8.5)
    t.setCharSpace(1.5)
    t.textOut(cert.organisation.upper())
    t.setCharSpace(0)
    canvas.drawText(t)
    canvas.setFillColor(text)
    canvas.setFont("NotoSerif-Italic", 16)
    canvas.drawCentredString(width / 2, 440, cert.edition)
    canvas.setFillColor(colour)
    canvas.setFont("NotoSerif-Bold", 36)
    canvas.drawCentredString(width / 2, 390, LABELS[cert.award])
    canvas.setStrokeColor(colour)
    canvas.line(width / 2 - 120, 375, width / 2 - 8, 375)
    canvas.line(width / 2 + 8, 375, width / 2 + 120, 375)
    canvas.setFillColor(text)
    canvas.setFont("NotoSerif-Regular", 12.5)
    canvas.drawCentredString(width / 2, 350, f"Category: {cert.category}")
    canvas.setFillColor(muted)
    canvas.setFont("NotoSerif-Italic", 11.5)
    canvas.drawCentredString(width / 2, 326, "is presented to")
    canvas.setFillColor(text)
    canvas.setFont("NotoSerif-Bold", 27)
    canvas.drawCentredString(width / 2, 290, f"{cert.city}, {cert.country}")
    canvas.setFillColor(muted)
    canvas.setFont("NotoSerif-Italic", 11.5)
    canvas.drawCentredString(width / 2, 264, "for the project")
    style = ParagraphStyle(
        "t",
        fontName="NotoSerif-Italic",
        fontSize=19,
        leading=23,
        alignment=TA_CENTER,
        textColor=text,
    )
    title = Paragraph(cert.title, style)
    _, h = title.wrap(566, 58)
    title.drawOn(canvas, width / 2 - 283, 250 - h)
    canvas.setFont("NotoSerif-Regular", 11)
    canvas.drawCentredString(width / 2, 170, cert.date)
    for x, image, name, role in (
        (width * 0.25, files["signature-1"], "Jung Sook Park", "Secretary General, WeGO"),
        (
            width * 0.75,
            files["signature-2"],
            "Se-hoon Oh",
            "Mayor of Seoul, President City of WeGO",
        ),
    ):
        canvas.drawImage(image, x - 60, 112, 120, 46, mask="auto")
        canvas.setStrokeColor(muted)
        canvas.line(x - 95, 110, x + 95, 110)
        canvas.setFont("NotoSerif-Bold", 10)
        canvas.drawCentredString(x, 96, name)
        canvas.setFont("NotoSerif-Regular", 8.5)
        canvas.drawCentredString(x, 84, role)
    path = canvas.beginPath()
    for i in range(61):
        r = 33 if i % 2 == 0 else 30.7
        px = width / 2 + r * math.cos(2 * math.pi * i / 60)
        py = 114 + r * math.sin(2 * math.pi * i / 60)
        path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
    path.close()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#FFFDF8"))
    canvas.circle(width / 2, 114, 26.4, stroke=0, fill=1)
    canvas.setStrokeColor(colour)
    canvas.circle(width / 2, 114, 24, stroke=1, fill=0)
    canvas.setFillColor(colour)
    canvas.setFont("NotoSerif-Bold", 13)
    canvas.drawCentredString(width / 2, 110, str(cert.year))
    canvas.setFillColor(muted)
    canvas.setFont("NotoSerif-Regular", 6.5)
    canvas.drawCentredString(
        width / 2, 61, f"Certificate {cert.verification_code}  ·  Application {cert.application}"
    )
    canvas.drawCentredString(width / 2, 53, f"Verify: wego-awards verify {cert.verification_code}")
    if cert.draft:
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35.26)
        canvas.setFillColor(Color(0.75, 0.16, 0.13, alpha=0.16))
        canvas.setFont("NotoSerif-Bold", 170)
        canvas.drawCentredString(0, -60, "DRAFT")
        canvas.restoreState()


def bare_batch(certs: list[CertificateData], out_dir: Path, files: dict[str, str]) -> None:
    """One PDF per certificate plus the combined one, as render_certificates writes."""
    combined = Canvas(
        str(out_dir / "all.pdf"),
        pagesize=landscape(A4),
        invariant=1,
        initialFontName="NotoSerif-Regular",
    )
    for i, cert in enumerate(certs):
        single = Canvas(
            str(out_dir / f"{i}.pdf"),
            pagesize=landscape(A4),
            invariant=1,
            initialFontName="NotoSerif-Regular",
        )
        bare_page(single, cert, files)
        single.showPage()
        single.save()
        bare_page(combined, cert, files)
        combined.showPage()
    combined.save()


def main() -> None:
    """Time both sides on the same certificates and print the figures and their ratio."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    template = load_template(None)  # registers the fonts both sides use
    files = {
        "logo": str(template.logo),
        "signature-1": str(template.signatories[0].signature),
        "signature-2": str(template.signatories[1].signature),
    }
    certs = make_certificates(count)
    with tempfile.TemporaryDirectory() as ours_dir, tempfile.TemporaryDirectory() as bare_dir:
        # render_certificates resamples images to 300 dpi of their printed size once per batch;
        # the strict comparison gives the bare side those same smaller images as files.
        small = {}
        for key, path in files.items():
            box = LOGO_BOX if key == "logo" else SIGNATURE_BOX
            image = _print_image(Path(path), box)._image
            small[key] = str(Path(bare_dir) / f"{key}-300dpi.png")
            image.save(small[key])
        # One warm-up each so neither side pays for first-use caches inside the timing.
        render_certificates(certs[:2], template, Path(ours_dir) / "warm")
        bare_batch(certs[:2], Path(bare_dir), files)
        started = time.perf_counter()
        render_certificates(certs, template, Path(ours_dir))
        ours = time.perf_counter() - started
        started = time.perf_counter()
        bare_batch(certs, Path(bare_dir), files)
        bare = time.perf_counter() - started
        started = time.perf_counter()
        bare_batch(certs, Path(bare_dir), small)
        bare_small = time.perf_counter() - started
    print(f"certificates: {count} (one PDF each + combined)")
    print(f"render_certificates: {ours:.2f} s ({1000 * ours / count:.1f} ms per certificate)")
    print(f"bare reportlab:      {bare:.2f} s ({1000 * bare / count:.1f} ms per certificate)")
    print(
        f"bare reportlab, 300 dpi images: {bare_small:.2f} s "
        f"({1000 * bare_small / count:.1f} ms per certificate)"
    )
    print(
        f"ratio: {ours / bare:.2f} against the original image files, "
        f"{ours / bare_small:.2f} against the same 300 dpi images (target <= 2)"
    )


if __name__ == "__main__":
    main()
