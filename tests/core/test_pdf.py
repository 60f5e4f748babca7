"""The PDF layer, read back with real readers: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm)
and pypdf. No mocks: every test renders real PDFs into a temporary folder."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

from wego_awards.pdf import (
    CertificateData,
    TemplateError,
    load_template,
    render_certificate,
    render_certificates,
    render_report,
)
from wego_awards.pdf.fonts import serif_family, split_runs
from wego_awards.pdf.names import ascii_slug
from wego_awards.pdf.report import ResultsReport
from wego_awards.pdf.template import DEFAULT_TEMPLATE
from wego_awards.resultdata import (
    Award,
    AwardTier,
    CategoryResults,
    Flag,
    JudgeFigures,
    JuryDecision,
    RankedApplication,
    Results,
    ResultSettings,
)

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")

LONG_TITLE = (
    "Integrated Smart City Platform for Citizen Services, Disaster Response, Open Data, "
    "Participatory Budgeting and Green Mobility in the Metropolitan Region, Delivered Through "
    "Living Labs with Universities, Startups and Neighbourhood Associations Across All Districts"
)


# -- fixtures ------------------------------------------------------------------------------


def certificate(**changes: Any) -> CertificateData:
    """A certificate like the 4th WeGO Awards', with ``changes`` applied."""
    values: dict[str, Any] = dict(
        edition="4th WeGO Awards",
        year=2020,
        organisation="World Smart Sustainable Cities Organization (WeGO)",
        award="gold",
        category="Efficient Government",
        city="Goyang",
        country="South Korea",
        title="Goyang Smart City",
        application="EG-03",
        date="18 October 2021",
        verification_code="7KQ2-M9XD-4HTA",
        draft=False,
    )
    values.update(changes)
    return CertificateData(**values)


WINNERS = [
    certificate(city="고양시", title="Goyang Smart City"),
    certificate(
        award="silver",
        city="Москва",
        country="Russia",
        title="My Moscow App",
        application="EG-07",
        verification_code="P3WZ-8NCE-Q5RB",
    ),
    certificate(
        award="special_mention",
        city="Makati",
        country="Philippines",
        title="The Makatizen Card",
        application="EG-01",
        verification_code="C6VR-2JLM-T8YE",
    ),
    certificate(
        award="gold",
        category="Open and Inclusive City",
        city="São Paulo",
        country="Brazil",
        title="Free Fab Lab, SP Network",
        application="OI-04",
        verification_code="H4NF-X7PK-9SDA",
    ),
    certificate(
        award="participation",
        category="Sustainable City",
        city="Beyoğlu",
        country="Türkiye",
        title=LONG_TITLE,
        application="SU-11",
        verification_code="Q8TM-3RVW-6KJB",
    ),
]

CATEGORIES = [
    ("EG", "Efficient Government"),
    ("ET", "Emerging Technology"),
    ("MO", "Mobility"),
    ("OI", "Open and Inclusive City"),
    ("SC", "Safe City"),
    ("SU", "Sustainable City"),
]
PLACES = [
    ("고양시", "South Korea"),
    ("Москва", "Russia"),
    ("Makati", "Philippines"),
    ("São Paulo", "Brazil"),
    ("Beyoğlu", "Türkiye"),
    ("Αθήνα", "Greece"),
    ("北京", "China"),
    ("Mexico City", "Mexico"),
    ("Belo Horizonte", "Brazil"),
]
JUDGES = [
    ("J1", "Donovan Storey"),
    ("J2", "Renata Avila"),
    ("J3", "Philip Bane"),
    ("J4", "Jean-François Habeau"),
    ("J5", "Shipra Narang Suri"),
    ("J6", "Javier Vergara Petrescu"),
]


def results_report(finalized: bool = False) -> ResultsReport:
    """The results (docs/interface.md) with what the report adds, for six categories."""
    categories = []
    for c_index, (code, name) in enumerate(CATEGORIES):
        ranking = []
        for rank in range(1, 10):
            city, country = PLACES[(rank + c_index) % len(PLACES)]
            score = round(8.9 - 0.31 * rank - 0.05 * c_index, 2)
            ranking.append(
                RankedApplication(
                    rank=rank,
                    application=f"{code}-{rank:02d}",
                    score=score,
                    raw_mean=round(score + 0.07 * (-1) ** rank, 2),
                    judges=6 - rank % 2,
                    city=city,
                    country=country,
                    se=round(0.12 + 0.01 * rank, 3),
                    title=LONG_TITLE if rank == 4 else f"Smart {name} Project {rank}",
                    award=None,
                )
            )
        awards = []
        for award, entry in zip(("gold", "silver", "special_mention"), ranking, strict=False):
            awards.append(
                Award(
                    award=award,
                    application=entry.application,
                    city=entry.city,
                    country=entry.country,
                    title=entry.title,
                    score=entry.score,
                    raw_mean=entry.raw_mean,
                    confidence=0.97 - 0.2 * len(awards),
                    override=None,
                    confidence_note=None,
                )
            )
        flags = []
        if code == "EG":
            awards[2] = replace(
                awards[2],
                override=JuryDecision(
                    reason="The jury preferred the project's proven reach over a 0.02 lead.",
                    by="Jury chair",
                    at="2021-09-30",
                ),
            )
            flags.append(
                Flag(
                    kind="near_tie",
                    message="Silver and special mention are 0.05 apart.",
                    applications=("EG-02", "EG-03"),
                    judge=None,
                )
            )
            flags.append(
                Flag(
                    kind="leave_one_out",
                    message="Gold changes when one judge is left out.",
                    applications=("EG-01",),
                    judge="J4",
                )
            )
        categories.append(
            CategoryResults(
                code=code,
                name=name,
                awards=tuple(awards),
                ranking=tuple(ranking),
                flags=tuple(flags),
            )
        )
    judges = tuple(
        JudgeFigures(
            code=code,
            name=name,
            scored=50 + i,
            offset=round(0.45 - 0.19 * i, 2),
            spread=round(1.1 + 0.1 * i, 2),
            agreement=round(0.9 - 0.08 * i, 2),
            outlier=i == 5,
        )
        for i, (code, name) in enumerate(JUDGES)
    )
    results = Results(
        edition="4th WeGO Awards",
        year=2020,
        method="additive",
        finalized=finalized,
        categories=tuple(categories),
        warnings=("Judge J6 scored 12 applications fewer than the others.",),
        judges=judges,
        reliability=0.83,
        reliability_adjusted=None,
        model=None,
        confidence_means="",
        missing_scores=7,
        excluded_scores=0,
        method_description=(
            "Each judge's weighted total is corrected for how lenient or harsh that judge is: "
            "score = quality + judge offset + noise, fitted over all applications at once.\n\n"
            "Offsets sum to zero and are shrunk towards zero."
        ),
        settings=ResultSettings(
            awards=(AwardTier("gold", 1), AwardTier("silver", 1), AwardTier("special_mention", 1)),
            min_score=None,
            near_tie=0.05,
            low_confidence=0.5,
            shrinkage=1.0,
            trim=0.2,
        ),
    )
    return ResultsReport(
        results=results,
        # The settings as the report shows them (in words).
        settings=(
            ("method", "additive"),
            ("shrinkage", "1"),
            ("confidence_draws", "2000"),
            ("seed", "20201018"),
        ),
        generated_at="2021-10-01 09:30 UTC",
        organisation="World Smart Sustainable Cities Organization (WeGO)",
        results_hash="9f2c4e1ab35d7c0e6f81a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70",
    )


def pdftotext(path: Path, *args: str) -> str:
    """The text poppler extracts from ``path``."""
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def words(text: str) -> str:
    """Whitespace collapsed, so wrapped lines compare with the original string."""
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name and the emb/sub/uni columns."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    return [
        (float(p.mediabox.width), float(p.mediabox.height))
        for p in pypdf.PdfReader(str(path)).pages
    ]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The five sample certificates rendered once for the module."""
    out = tmp_path_factory.mktemp("certificates")
    return render_certificates(WINNERS, load_template(None), out)


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "results.pdf"
    return render_report(results_report(), out, draft=True)


# -- fonts -----------------------------------------------------------------------------------


def test_runs_pick_a_font_that_has_each_script() -> None:
    family = serif_family()
    assert split_runs("São Paulo, Москва, Αθήνα", family.regular) == [
        (family.regular, "São Paulo, Москва, Αθήνα")
    ]
    runs = split_runs("Goyang 고양시 北京", family.bold)
    assert [text for _, text in runs] == ["Goyang ", "고양시 ", "北京"]
    assert runs[1][0] == "NanumMyeongjoBold" and runs[2][0] == "DroidSansFallbackFull"


def test_text_is_nfc_normalised() -> None:
    family = serif_family()
    decomposed = "Sa\u0303o Paulo"  # "a" + combining tilde
    assert split_runs(decomposed, family.regular) == [(family.regular, "São Paulo")]


def test_file_names_are_ascii_and_findable() -> None:
    assert ascii_slug("São Paulo") == "Sao-Paulo"
    assert ascii_slug("Beyoğlu") == "Beyoglu"
    assert ascii_slug("Москва") == "Moskva"
    assert ascii_slug("고양시") == "Goyangsi"
    assert ascii_slug("北京") == ""


# -- certificates ----------------------------------------------------------------------------


def test_one_pdf_per_award_and_a_combined_one(batch) -> None:
    names = [path.name for path in batch.files]
    assert names == [
        "EG-03-gold-Goyangsi.pdf",
        "EG-07-silver-Moskva.pdf",
        "EG-01-special-mention-Makati.pdf",
        "OI-04-gold-Sao-Paulo.pdf",
        "SU-11-participation-Beyoglu.pdf",
    ]
    assert all(path.is_file() for path in batch.files)
    assert batch.combined.name == "all-certificates.pdf"
    assert len(pypdf.PdfReader(str(batch.combined)).pages) == len(WINNERS)
    for path in batch.files:
        assert len(pypdf.PdfReader(str(path)).pages) == 1
    assert not list(batch.combined.parent.glob(".*.part"))


def test_pages_are_a4_landscape(batch) -> None:
    for path in [*batch.files, batch.combined]:
        for width, height in page_sizes(path):
            assert (round(width), round(height)) == (842, 595)


@needs_poppler
def test_every_field_is_printed_as_text(batch) -> None:
    for cert, path in zip(WINNERS, batch.files, strict=True):
        text = words(pdftotext(path))
        label = {
            "gold": "Gold Award",
            "silver": "Silver Award",
            "special_mention": "Special Mention",
            "participation": "Certificate of Participation",
        }[cert.award]
        for expected in (
            "4th WeGO Awards",
            label,
            f"Category: {cert.category}",
            cert.city,
            cert.country,
            cert.title,
            cert.date,
            cert.verification_code,
            cert.application,
            f"Verify: wego-awards verify {cert.verification_code}",
            "Jung Sook Park",
            "Secretary General, WeGO",
            "Se-hoon Oh",
            "WORLD SMART SUSTAINABLE CITIES ORGANIZATION (WEGO)",
        ):
            assert expected in text, f"{expected!r} missing from {path.name}"
    combined = words(pdftotext(batch.combined))
    for city in ("São Paulo", "Beyoğlu", "Москва", "고양시"):
        assert city in combined


@needs_poppler
def test_every_font_is_embedded_subset_and_extractable(batch) -> None:
    fonts = pdf_fonts(batch.combined)
    names = {f["name"].split("+")[-1] for f in fonts}
    assert {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NanumMyeongjoBold"} <= names
    for font in fonts:
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font


@needs_poppler
def test_cjk_and_greek_names_print_and_extract(tmp_path) -> None:
    path = tmp_path / "cjk.pdf"
    render_certificate(path, certificate(city="北京", country="Ελλάδα Αθήνα"), load_template())
    text = pdftotext(path)
    assert "北京" in text and "Ελλάδα Αθήνα" in text
    assert "DroidSansFallback" in {f["name"].split("+")[-1] for f in pdf_fonts(path)}


def word_boxes(path: Path) -> list[tuple[str, float, float]]:
    """Every word poppler finds on the first page with its left and right x in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (word, float(x_min), float(x_max))
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


@needs_poppler
def test_a_300_character_title_is_printed_whole(tmp_path) -> None:
    title = (LONG_TITLE + " and More") * 2
    title = title[:300].rsplit(" ", 1)[0] + " End"
    assert len(title) >= 290
    path = tmp_path / "long.pdf"
    render_certificate(path, certificate(title=title), load_template())
    assert title in words(pdftotext(path))
    assert len(pypdf.PdfReader(str(path)).pages) == 1
    # Every word of the title lies inside the text column (606 pt centred on the page).
    title_words = set(title.replace(",", "").split()) - {"and", "for", "of", "the", "in"}
    placed = [(w, x0, x1) for w, x0, x1 in word_boxes(path) if w.strip(",") in title_words]
    assert len(placed) >= len(title.split()) - 12
    for word, x_min, x_max in placed:
        assert x_min >= 421 - 303 and x_max <= 421 + 303, word


@needs_poppler
def test_an_unbreakable_word_never_overflows(tmp_path) -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
    path = tmp_path / "word.pdf"
    render_certificate(
        path, certificate(title=word, city="Llanfairpwllgwyngyll" * 4), load_template()
    )
    assert word in words(pdftotext(path)).replace(" ", "")
    for _, x_min, x_max in word_boxes(path):
        assert x_min >= 40 and x_max <= 842 - 40


def test_draft_mark_only_on_drafts(tmp_path) -> None:
    template = load_template()
    draft, final = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    render_certificate(draft, certificate(draft=True), template)
    render_certificate(final, certificate(draft=False), template)
    # pypdf reads content-stream order, so the diagonal word comes out whole.
    assert "DRAFT" in pypdf.PdfReader(str(draft)).pages[0].extract_text()
    assert "DRAFT" not in pypdf.PdfReader(str(final)).pages[0].extract_text()
    if POPPLER:
        assert "DRAFT" not in pdftotext(final)
        # The draft's other text is untouched by the mark.
        assert "Goyang Smart City" in pdftotext(draft, "-nodiag")


@needs_poppler
def test_rendered_page_is_not_blank(batch, tmp_path) -> None:
    from PIL import Image, ImageStat

    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            str(batch.combined),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    assert image.size == (468, 331)  # 842 x 595 pt at 40 dpi
    assert ImageStat.Stat(image).stddev[0] > 15


def test_render_on_a_canvas_adds_pages(tmp_path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "two.pdf"
    canvas = Canvas(str(path))
    render_certificate(canvas, certificate(), load_template())
    render_certificate(canvas, certificate(award="silver"), load_template())
    canvas.save()
    assert [tuple(map(round, s)) for s in page_sizes(path)] == [(842, 595), (842, 595)]


def test_same_input_gives_the_same_bytes(tmp_path) -> None:
    template = load_template()
    render_certificate(tmp_path / "a.pdf", certificate(), template)
    render_certificate(tmp_path / "b.pdf", certificate(), template)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_progress_and_cancel(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    render_certificates(
        WINNERS[:3],
        load_template(),
        tmp_path / "p",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]

    calls = {"n": 0}

    def cancel_after_two() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    out = tmp_path / "c"
    result = render_certificates(WINNERS, load_template(), out, cancelled=cancel_after_two)
    assert result.cancelled and result.files == () and result.combined is None
    assert list(out.iterdir()) == []


def test_unknown_award_is_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="award 'bronze'"):
        render_certificate(tmp_path / "x.pdf", certificate(award="bronze"), load_template())


def test_three_and_one_signatories(tmp_path) -> None:
    folder = tmp_path / "t"
    shutil.copytree(DEFAULT_TEMPLATE.parent, folder)
    toml = folder / "certificate.toml"
    extra = '\n[[signatories]]\nname = "Ana Lima"\ntitle = "Jury Chair"\n'
    toml.write_text(toml.read_text(encoding="utf-8") + extra, encoding="utf-8")
    path = tmp_path / "three.pdf"
    render_certificate(path, certificate(), load_template(toml))
    text = pypdf.PdfReader(str(path)).pages[0].extract_text()
    assert "Ana Lima" in text and "Jury Chair" in text and "Se-hoon Oh" in text


# -- templates -------------------------------------------------------------------------------


def broken_template(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the default template with one line changed."""
    folder = tmp_path / "broken"
    shutil.copytree(DEFAULT_TEMPLATE.parent, folder)
    toml = folder / "certificate.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    toml.write_text(text.replace(old, new, 1), encoding="utf-8")
    return toml


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'gold = "#B0882A"',
            'gold = "#12345G"',
            "certificate.toml: colours.gold '#12345G' is not a colour like #C9A227",
        ),
        (
            'logo = "logo.png"',
            'logo = "missing-logo.png"',
            "certificate.toml: logo 'missing-logo.png' not found: no file ",
        ),
        (
            'signature = "signature-1.png"',
            'signature = "nope.png"',
            "signatories[1].signature 'nope.png' not found",
        ),
        (
            'frame = "double"',
            'frame = "wavy"',
            "page.frame 'wavy' is not one of double, single, none",
        ),
        ("margin_mm = 10", 'margin_mm = "ten"', "page.margin_mm 'ten' is not a number"),
        (
            'category = "Category: {category}"',
            'category = "Category: {categry}"',
            "wording.category 'Category: {categry}' uses unknown placeholder {categry}",
        ),
        ('bold = "NotoSerif-Bold.ttf"', 'bold = "NoSuchFont.ttf"', "fonts.bold 'NoSuchFont.ttf'"),
        ("[colours]", "[colors]", "unknown key colors"),
        ('silver = "#7D8791"\n', "", "colours.silver is missing"),
        ('draft = "DRAFT"', "draft = DRAFT", "certificate.toml: is not valid TOML"),
    ],
)
def test_broken_templates_are_refused_with_key_and_value(tmp_path, old, new, message) -> None:
    path = broken_template(tmp_path, old, new)
    with pytest.raises(TemplateError) as error:
        load_template(path)
    assert message in str(error.value)


def test_logo_that_is_not_an_image_is_refused(tmp_path) -> None:
    path = broken_template(tmp_path, 'logo = "logo.png"', 'logo = "certificate.toml"')
    with pytest.raises(TemplateError, match="logo 'certificate.toml' is not a readable image"):
        load_template(path)


def test_a_file_that_is_not_a_font_is_refused(tmp_path) -> None:
    path = broken_template(tmp_path, 'italic = "NotoSerif-Italic.ttf"', 'italic = "fake.ttf"')
    (path.parent / "fake.ttf").write_bytes(b"not a font at all" * 10)
    with pytest.raises(TemplateError) as error:
        load_template(path)
    message = str(error.value)
    assert message.startswith("certificate.toml: fonts.italic 'fake.ttf': ")
    assert "is not a usable TrueType font" in message


def test_cff_font_is_refused(tmp_path) -> None:
    otf = next(iter(Path("/usr/share/fonts").rglob("*.otf")), None)
    if otf is None:
        pytest.skip("no .otf font on this machine to try")
    path = broken_template(tmp_path, 'italic = "NotoSerif-Italic.ttf"', f'italic = "{otf}"')
    with pytest.raises(TemplateError, match="fonts.italic"):
        load_template(path)


def test_template_edits_change_the_certificate(tmp_path) -> None:
    path = broken_template(tmp_path, 'gold = "Gold Award"', 'gold = "Prix d\'or {year}"')
    pdf = tmp_path / "fr.pdf"
    render_certificate(pdf, certificate(), load_template(path))
    assert "Prix d'or 2020" in pypdf.PdfReader(str(pdf)).pages[0].extract_text()


# -- report ----------------------------------------------------------------------------------


@needs_poppler
def test_report_has_every_section_and_page_numbers(report_pdf) -> None:
    text = pdftotext(report_pdf)
    pages = len(pypdf.PdfReader(str(report_pdf)).pages)
    assert pages >= 8
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    flat = words(text)
    for expected in (
        "Results report",
        "How the results were computed",
        "Awards at a glance",
        "Efficient Government (EG)",
        "Sustainable City (SU)",
        "Judges",
        "Judge offsets",
        "The jury preferred the project's proven reach over a 0.02 lead.",
        "Jury chair",
        "Silver and special mention are 0.05 apart.",
        "Near tie",
        "Leave one out",
        "Jean-François Habeau",
        "Javier Vergara Petrescu",
        "confidence draws",
        "20201018",
        "Judge J6 scored 12 applications fewer than the others.",
        "9f2c4e1ab35d7c0e6f81a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70",
        "São Paulo",
        "Beyoğlu",
        "Москва",
        "고양시",
        "Αθήνα",
        "北京",
    ):
        assert expected in flat, f"{expected!r} missing from the report"


@needs_poppler
def test_report_fonts_embedded_and_draft_on_every_page(report_pdf) -> None:
    for font in pdf_fonts(report_pdf):
        assert font["emb"] == "yes", font
    reader = pypdf.PdfReader(str(report_pdf))
    assert all("DRAFT" in page.extract_text() for page in reader.pages)


def test_final_report_has_no_draft_mark(tmp_path) -> None:
    path = render_report(results_report(finalized=True), tmp_path / "final.pdf", draft=False)
    reader = pypdf.PdfReader(str(path))
    assert "Final results" in reader.pages[0].extract_text()
    assert not any("DRAFT" in page.extract_text() for page in reader.pages)


def test_report_progress_reaches_the_end(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    render_report(
        results_report(),
        tmp_path / "r.pdf",
        draft=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_report_long_title_is_whole(report_pdf) -> None:
    text = words(" ".join(p.extract_text() for p in pypdf.PdfReader(str(report_pdf)).pages))
    assert LONG_TITLE in text
