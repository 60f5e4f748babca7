"""Every script on paper, read back as a person sees it: certificates with city names in Persian,
Arabic, Urdu, Devanagari, Thai, Lao, Myanmar, Ethiopic, Sinhala, Hangul, Han, Cyrillic and
Latin, read by poppler (pdftotext, pdffonts) and rendered (pdftoppm) to check the ink is there
and centred; characters no shipped font draws named on import and refused on certificates."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from wego_awards.errors import Refused
from wego_awards.pdf import CertificateData, load_template, render_certificate
from wego_awards.pdf.fonts import layout, serif_family
from wego_awards.pdf.shaping import bidi_levels, needs_layout, visual_order
from wego_awards.services import glyphs, imports, paper

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is installed by .ci/run")

CITIES = {
    "persian": "Tehran (تهران)",
    "arabic": "رام الله",
    "urdu": "لاہور",
    "devanagari": "काठमाडौं",
    "thai": "กรุงเทพมหานคร",
    "lao": "ວຽງຈັນ",
    "myanmar": "ရန်ကုန်",
    "ethiopic": "አዲስ አበባ",
    "sinhala": "කොළඹ",
    "hangul": "고양",
    "han": "北京",
    "cyrillic": "Москва",
    "latin": "São Paulo",
    "turkish": "Beyoğlu",
    "vietnamese": "Hà Nội",
}
FONT_OF = {
    "persian": "NotoNaskhArabic",
    "arabic": "NotoNaskhArabic",
    "urdu": "NotoNaskhArabic",
    "devanagari": "NotoSansDevanagari",
    "thai": "NotoSansThai",
    "lao": "NotoSansLao",
    "myanmar": "NotoSansMyanmar",
    "ethiopic": "NotoSansEthiopic",
    "sinhala": "NotoSansSinhala",
    "hangul": "NanumMyeongjo",
    "han": "DroidSansFallback",
}
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
UNDRAWABLE = "\U00013000"  # EGYPTIAN HIEROGLYPH A001: in no shipped font


def cert(city: str, country: str = "Iran", title: str = "Smart City") -> CertificateData:
    return CertificateData(
        edition="4th WeGO Awards",
        year=2021,
        organisation="WeGO",
        award="gold",
        category="Efficient Government",
        city=city,
        country=country,
        title=title,
        application="EG-03",
        date="18 October 2021",
        verification_code="ABCD-EFGH-JKLM",
        draft=False,
    )


def text_of(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return BIDI_CONTROLS.sub("", out)


def fonts_of(path: Path) -> dict[str, tuple[str, str]]:
    """pdffonts' table: font name without the subset tag -> (embedded, subset)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    out = {}
    for line in lines:
        parts = line.split()
        name = parts[0].split("+", 1)[-1]
        out[name] = (parts[-5], parts[-4])
    return out


def ink_of_place_line(path: Path, dpi: int = 72) -> tuple[int, int, int]:
    """(left, right, page width) in pixels of the dark ink on the certificate's place line."""
    stem = path.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", str(dpi), "-singlefile", str(path), str(stem)],
        check=True,
    )
    image = Image.open(f"{stem}.png").convert("L")
    width = image.width
    # The place line's box (see certificate._STACK): between the "presented to" and the intro.
    band = image.crop((0, int(0.46 * image.height), width, int(0.53 * image.height)))
    box = band.point(lambda v: 255 if v < 90 else 0).getbbox()
    assert box, f"{path.name}: nothing drawn on the place line"
    return box[0], box[2] - 1, width


# -- the line: bidi order and shaping ------------------------------------------------------------


def test_only_text_that_needs_it_is_laid_out() -> None:
    for simple in ("Goyang", "São Paulo", "Москва", "고양", "北京", "Beyoğlu"):
        assert not needs_layout(simple), simple
    for script in ("persian", "arabic", "urdu", "devanagari", "thai", "myanmar", "sinhala"):
        assert needs_layout(CITIES[script]), script
    assert needs_layout("e\u0301\u0323")  # marks with no precomposed form


def test_a_mixed_line_is_in_visual_order() -> None:
    levels = bidi_levels("Tehran (تهران), Iran")
    assert levels[:8] == [0] * 8 and set(levels[8:13]) == {1} and set(levels[13:]) == {0}
    # The parentheses stay a pair around تهران (rule N0), not joined to the Persian country.
    levels = bidi_levels("Tehran (تهران), ایران")
    assert levels[7] == levels[13] == levels[14] == 0 and set(levels[16:]) == {1}
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([1, 2, 1]) == [2, 1, 0]
    face = serif_family().regular
    line = layout("Tehran (تهران), Iran", face)
    assert [p.face for p in line.pieces] == [face, "NotoNaskhArabic-Regular", face]
    # Two Arabic words in one right-to-left run: the first word read is the rightmost.
    arabic = layout("رام الله", face).pieces
    assert len(arabic) == 1
    clusters = [d.cluster for d in arabic[0].glyphs.__shapeData__]  # type: ignore[attr-defined]
    assert clusters == sorted(clusters, reverse=True) and clusters[-1] == 0


def test_shaping_joins_arabic_and_builds_conjuncts() -> None:
    face = serif_family().regular
    # Joined Arabic letters are contextual forms: not the isolated letters of the text.
    tehran = layout("تهران", face).pieces[0]
    assert tehran.glyphs != "تهران"[::-1]
    # क्ष is one conjunct glyph, not three.
    conjunct = layout("क्ष", face).pieces[0]
    assert len(conjunct.glyphs) < len("क्ष")
    assert conjunct.width > 0


# -- certificates read back --------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("script", sorted(CITIES))
def test_a_certificate_in_each_script_reads_back_whole(script: str, tmp_path: Path) -> None:
    city = CITIES[script]
    path = tmp_path / f"{script}.pdf"
    render_certificate(path, cert(city), load_template())
    text = text_of(path)
    for word in re.findall(r"\w+", city):
        assert word in text, (script, word, text)
    fonts = fonts_of(path)
    assert all(v == ("yes", "yes") for v in fonts.values()), fonts  # embedded and subset
    if script in FONT_OF:
        assert any(name.startswith(FONT_OF[script]) for name in fonts), fonts
    # The ink of "{city}, Iran" is there and centred on the page (within 2 px at 72 dpi).
    left, right, width = ink_of_place_line(path)
    assert right - left > 60
    assert abs((left + right) / 2 - width / 2) <= 2.5, (script, left, right, width)


@needs_poppler
def test_rtl_words_read_back_in_logical_order(tmp_path: Path) -> None:
    path = tmp_path / "ramallah.pdf"
    render_certificate(path, cert("رام الله", "فلسطين", "مدينة رام الله الذكية"), load_template())
    text = text_of(path)
    assert "رام الله" in text and "مدينة رام الله الذكية" in text


def test_latin_certificates_are_the_same_bytes(tmp_path: Path) -> None:
    template = load_template()
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_certificate(a, cert("São Paulo", "Brazil"), template)
    render_certificate(b, cert("São Paulo", "Brazil"), template)
    assert a.read_bytes() == b.read_bytes()
    assert b"ActualText" not in a.read_bytes()  # the plain path: nothing shaped


def test_a_long_title_in_a_complex_script_is_fitted(tmp_path: Path) -> None:
    title = "مدينة رام الله الذكية " * 12
    path = tmp_path / "long.pdf"
    render_certificate(path, cert("رام الله", title=title), load_template())
    assert path.stat().st_size > 0


# -- never a silent drop -----------------------------------------------------------------------


def test_characters_no_font_draws_are_named() -> None:
    assert glyphs.missing_characters("Tehran (تهران) 고양 北京 ရန်ကုန်") == ""
    assert glyphs.missing_characters(f"Thebes {UNDRAWABLE}") == UNDRAWABLE
    assert "U+13000 EGYPTIAN HIEROGLYPH A001" in glyphs.describe(UNDRAWABLE)
    problems = glyphs.certificate_problems([cert(f"Thebes {UNDRAWABLE}")], load_template())
    assert problems == ["EG-03 (gold), city: '\U00013000' (U+13000 EGYPTIAN HIEROGLYPH A001)"]


def _rename(demo_files: Path, city: str) -> tuple[Path, str]:
    """applications.csv with the first application's city renamed; returns (file, code)."""
    path = demo_files / "applications.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for row in rows:
        row["attachment"] = ""
    rows[2]["city"] = city
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path, rows[2]["code"]


def test_import_names_undrawable_characters_and_certificates_refuse(
    demo_db, demo_files: Path, tmp_path: Path
) -> None:
    path, code = _rename(demo_files, f"Goyang {UNDRAWABLE}")
    preview = imports.preview(demo_db, "applications", path)
    assert any(
        n.startswith("WARNING: applications.csv row 4, column city:") and "U+13000" in n
        for n in preview.notes
    ), preview.notes
    report = imports.import_file(demo_db, "applications", path)
    assert any("U+13000" in n for n in report.notes)
    with pytest.raises(Refused, match=rf"{code} \(gold\), city: .*U\+13000"):
        paper.write_certificates(demo_db, tmp_path / "refused")
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())
    done = paper.write_certificates(demo_db, tmp_path / "anyway", allow_missing_glyphs=True)
    assert len(done.files) == 18


def test_a_clean_import_has_no_warning(demo_db, demo_files: Path) -> None:
    path, _ = _rename(demo_files, "Tehran (تهران)")
    assert not [n for n in imports.preview(demo_db, "applications", path).notes if "WARNING" in n]



@needs_poppler
def test_the_18_winners_renamed_in_every_script_get_whole_certificates(
    demo_db, demo_files: Path, tmp_path: Path
) -> None:
    """The book's 18 winners, their cities written in the scripts WeGO's members use (each
    script in turn), through the import a secretariat would run: every certificate holds its
    city whole, read back by poppler, in the edition's two languages too."""
    path = demo_files / "applications.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    scripts = sorted(CITIES)
    city_of = {}
    for n, row in enumerate(rows):
        row["attachment"] = ""
        row["city"] = city_of[row["code"]] = CITIES[scripts[n % len(scripts)]]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = imports.import_file(demo_db, "applications", path)
    assert not [n for n in report.notes if "WARNING" in n]
    done = paper.write_certificates(demo_db, tmp_path / "certs")
    assert len(done.files) == 18
    seen = set()
    for pdf in done.files:
        code = pdf.name[:5]
        city = city_of[code]
        seen.add(city)
        text = text_of(pdf)
        for word in re.findall(r"\w+", city):
            assert word in text, (pdf.name, word, text)
        assert all(v == ("yes", "yes") for v in fonts_of(pdf).values())
    assert len(seen) >= 10  # the winners' cities span most of the scripts
