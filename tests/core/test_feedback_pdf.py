"""Feedback letters, read back as their readers see them: poppler's pdftotext for the words,
figures and names in every script, pdffonts for the fonts, pdftotext -bbox for where the words
are (inside the margins; an Arabic letter from the right)."""

from __future__ import annotations

import datetime
import re
import shutil
import string
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from wego_awards.pdf.feedback import (
    MARGIN,
    PAGE,
    CriterionFigures,
    FeedbackLetter,
    Stage,
    judge_label,
    missing_glyphs,
    render_letter,
    render_letters,
    spread,
)
from wego_awards.pdf.fonts import missing_glyphs as missing_in_face
from wego_awards.pdf.fonts import serif_family
from wego_awards.pdf.wording import LETTER_WORDING, dates_text, letter_label

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils is installed by .ci/run")

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
UNDRAWABLE = "\U00013000"  # EGYPTIAN HIEROGLYPH A001: in no shipped font
CATEGORY = (4.1, 5.0, 5.6, 6.2, 6.4, 6.9, 7.3, 7.8, 8.4)
CRITERIA = (
    CriterionFigures("EG1", "Innovation and creativity", 0, 10, 7.84, CATEGORY),
    CriterionFigures("EG2", "Impact on citizens", 0, 10, 6.25, tuple(v - 0.6 for v in CATEGORY)),
    CriterionFigures("EG3", "Transferability", 0, 10, None, CATEGORY),
    CriterionFigures("EG4", "Partnership", 1, 5, 3.4, (2.1, 2.8, 3.0, 3.3, 3.9, 4.4)),
)
COMMENTS = (
    (judge_label(0), "A clear, well-documented project with measurable results."),
    (judge_label(1), "Impressive citizen participation; the budget after 2022 is unclear."),
    (judge_label(2), "도시 간 협력이 돋보입니다."),
)


def make(**changes: object) -> FeedbackLetter:
    letter = FeedbackLetter(
        edition="4th WeGO Awards",
        year=2021,
        organisation="World Smart Sustainable Cities Organization (WeGO)",
        application="EG-03",
        title="Smart Goyang: an open data platform for every citizen",
        city="Goyang",
        country="Republic of Korea",
        category="Efficient Government",
        stage=Stage("Final", 3, 3, "gold", None),
        criteria=CRITERIA,
        comments=COMMENTS,
        judges=5,
        show_numbers=True,
        language="en",
        date=datetime.date(2021, 10, 18),
    )
    return replace(letter, **changes)  # type: ignore[arg-type]


def text_of(path: Path) -> str:
    """The words poppler extracts, bidi controls dropped and white space collapsed, so a
    wrapped sentence compares with the sentence."""
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(BIDI_CONTROLS.sub("", out).split())


def fonts_of(path: Path) -> list[tuple[str, str]]:
    """(font, embedded) of every font pdffonts lists."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines]


def words_of(path: Path, page: int = 1) -> list[tuple[float, float, float, str]]:
    """(left, right, top, word) of every word pdftotext -bbox finds on ``page``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    return [
        (float(left), float(right), float(top), BIDI_CONTROLS.sub("", word))
        for left, top, right, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("letters")


@pytest.fixture(scope="module")
def english(folder) -> Path:
    return render_letter(make(), folder / "en.pdf")


@pytest.fixture(scope="module")
def arabic(folder) -> Path:
    letter = make(
        language="ar",
        city="تهران",
        country="إيران",
        title="منصة البيانات المفتوحة لمدينة ذكية",
        comments=(*COMMENTS, (judge_label(3), "مشروع متميز يخدم المواطنين بشكل مباشر.")),
    )
    return render_letter(letter, folder / "ar.pdf")


@pytest.fixture(scope="module")
def korean(folder) -> Path:
    letter = make(language="en+ko", city="고양", country="대한민국",
                  stage=Stage("Shortlist", 2, 3, None, None))
    return render_letter(letter, folder / "en-ko.pdf")


# -- what the letter says ---------------------------------------------------------------------


def test_an_english_letter_says_how_far_it_went_with_its_figures_and_comments(english):
    text = text_of(english)
    for expected in (
        "WORLD SMART SUSTAINABLE CITIES ORGANIZATION (WEGO)",
        "4th WeGO Awards",
        "18 October 2021",
        "Feedback on your application",
        "Smart Goyang: an open data platform for every citizen",
        "Goyang, Republic of Korea",
        "Category: Efficient Government",
        "Application EG-03",
        "Dear colleagues in Goyang,",
        "Your application reached the Final, the 3rd of 3 rounds, and received the Gold Award.",
        "Scores by criterion",
        "Innovation and creativity",
        "not scored",
        "A clear, well-documented project with measurable results.",
        "도시 간 협력이 돋보입니다.",
        "With kind regards, World Smart Sustainable Cities Organization (WeGO)",
    ):
        assert expected in text, expected
    # Each average stands on its criterion's row, and the scale labels its chart's ends.
    rows = {word: top for _, _, top, word in words_of(english)}
    for name, figure in (("Innovation", "7.8"), ("Impact", "6.2"), ("Partnership", "3.4"),
                         ("Transferability", "scored")):
        assert abs(rows[name] - rows[figure]) < 3, (name, figure)
    assert "0 10" in text and "1 5" in text


def test_judges_are_labelled_by_letter_only(english):
    text = text_of(english)
    assert "Judge A" in text and "Judge B" in text and "Judge C" in text
    # Every "Judge" in the letter is followed by its letter and nothing that could be a name.
    assert set(re.findall(r"Judge (\S+)", text)) == {"A", "B", "C"}
    assert [judge_label(i) for i in (0, 1, 25, 26, 27)] == [
        "Judge A", "Judge B", "Judge Z", "Judge AA", "Judge AB"]


@pytest.mark.parametrize(
    ("stage", "judges", "sentence"),
    [
        (Stage("Shortlist", 2, 3, None, None), 5,
         "Your application reached the Shortlist, the 2nd of 3 rounds."),
        (Stage("Jury", 1, 1, None, None), 5,
         "Your application was scored by 5 judges in the single judging round."),
        (Stage("Jury", 1, 1, "special_mention", None), 1,
         "Your application was scored by 1 judge in the single judging round and received "
         "the Special Mention."),
        (Stage("Qualifying round", 1, 3, None, False), 4,
         "Your application took part in the Qualifying round, the 1st of 3 rounds, and did "
         "not pass the qualifying round."),
        (Stage("Final", 3, 3, "silver", True), 6,
         "Your application passed the qualifying round and reached the Final, the 3rd of 3 "
         "rounds, and received the Silver Award."),
    ],
)
def test_the_stage_is_one_sentence_for_each_way_an_application_goes(tmp_path, stage, judges,
                                                                     sentence):
    path = render_letter(make(stage=stage, judges=judges), tmp_path / "letter.pdf")
    assert sentence in text_of(path)


def test_without_numbers_the_criteria_are_named_but_no_figure_is_shown(tmp_path):
    path = render_letter(make(show_numbers=False), tmp_path / "plain.pdf")
    text = text_of(path)
    for name in ("Innovation and creativity", "Impact on citizens", "Partnership"):
        assert name in text
    assert "Judge A" in text and "A clear, well-documented project" in text
    for figure in ("7.8", "6.2", "3.4", "Your average", "Scores by criterion", "median"):
        assert figure not in text, figure
    # No average in any form: no decimal number anywhere on the page.
    assert not re.search(r"\d[.,]\d", text)


def test_a_long_list_of_comments_flows_onto_a_second_page(tmp_path):
    comments = tuple(
        (judge_label(i), f"Comment number {i}. " + "The project is well argued. " * 25)
        for i in range(8)
    )
    path = render_letter(make(comments=comments), tmp_path / "long.pdf")
    assert pages(path) >= 2
    text = text_of(path)
    assert "Judge H" in text and "Comment number 7." in text
    assert "With kind regards," in text
    assert re.search(r"\b1 ?/ ?[2-9]\b", text)  # page numbers once there are pages to count
    second = text_of_page(path, 2)
    assert "4th WeGO Awards · Feedback letter · EG-03" in second  # the running head


def text_of_page(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    return " ".join(BIDI_CONTROLS.sub("", out).split())


def test_a_long_arabic_comment_flows_on_between_its_lines(tmp_path):
    comment = "مشروع متميز يخدم المواطنين بشكل مباشر، ويمكن نقله إلى مدن أخرى في المنطقة. " * 60
    path = render_letter(make(language="ar", comments=((judge_label(0), comment),)),
                         tmp_path / "long-ar.pdf")
    assert pages(path) >= 2
    assert "ويمكن نقله إلى مدن أخرى" in text_of_page(path, 2)


def test_a_one_page_letter_has_no_page_number(english):
    assert pages(english) == 1
    assert "1 / 1" not in text_of(english)


# -- languages and scripts --------------------------------------------------------------------


def test_an_arabic_letter_reads_right_to_left_with_its_words_and_names(arabic):
    text = text_of(arabic)
    for expected in (
        "ملاحظات على طلبكم",
        "الزملاء الأعزاء في تهران،",
        "إيران",  # poppler reads the comma of "تهران، إيران" before its space
        "منصة البيانات المفتوحة لمدينة ذكية",
        "بلغ طلبكم مرحلة",
        "الجائزة الذهبية",
        "المحكّم",
        "مشروع متميز يخدم المواطنين بشكل مباشر.",
        "مع خالص التحية،",
        "Innovation and creativity",
    ):
        assert expected in text, expected
    # Poppler guesses the spaces between the runs of a mixed line its own way.
    assert "18أكتوبر2021" in text.replace(" ", "")
    words = words_of(arabic)
    right_margin = PAGE[0] - MARGIN
    # The subject heading starts at the right margin; the date stands at the left one.
    # -bbox gives a shaped right-to-left run as one word, its letters in the order seen.
    subject = [right for _, right, _, word in words if "ملاحظات" in word[::-1]]
    assert subject and abs(subject[0] - right_margin) < 2
    date = [left for left, _, _, word in words if "أكتوبر" in word[::-1]]
    assert date and min(date) < PAGE[0] / 2


def test_a_korean_and_english_letter_says_everything_in_both(korean):
    text = text_of(korean)
    for expected in (
        "Feedback on your application",
        "신청에 대한 심사 결과 안내",
        "18 October 2021 · 2021년 10월 18일",
        "고양, 대한민국",
        "Dear colleagues in 고양,",
        "고양 관계자 여러분께",
        "Your application reached the Shortlist, the 2nd of 3 rounds.",
        "귀하의 신청은 전체 3개 심사 단계 중 2번째 단계인 Shortlist까지 진출하였습니다.",
        "Category · 부문: Efficient Government",  # the category's name said once
        "Judge · 심사위원 A",
        "감사합니다.",
    ):
        assert expected in text, expected


def test_two_languages_of_two_directions_keep_each_part_in_its_own(tmp_path):
    day = datetime.date(2021, 10, 18)
    # A mark leads each part, so "18" stays before "October" beside Arabic.
    assert dates_text(day, ("en", "ar")) == "\u200e18 October 2021  ·  \u200f18 أكتوبر 2021"
    assert dates_text(day, ("en", "ko")) == "18 October 2021  ·  2021년 10월 18일"
    assert letter_label("judge", ("ar", "en"), letter="B") == "\u200fالمحكّم  ·  \u200eJudge B"
    path = render_letter(make(language="ar+en", show_numbers=False), tmp_path / "ar-en.pdf")
    text = text_of(path)
    for expected in ("ملاحظات على طلبكم", "Feedback on your application", "18 October 2021",
                     "Your application reached the Final, the 3rd of 3 rounds, and received "
                     "the Gold Award.", "Partnership", "المعايير"):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ko", ("신청에 대한 심사 결과 안내", "2021년 10월 18일", "금상")),
        ("es", ("Comentarios sobre su candidatura", "18 de octubre de 2021", "Premio de Oro",
                "7,8")),
        ("fr", ("Retour sur votre candidature", "18 octobre 2021", "Prix d'Or", "7,8")),
        ("ru", ("Отзыв о вашей заявке", "18 октября 2021 г.", "Золотая награда", "7,8")),
        ("zh", ("申报评审反馈", "2021年10月18日", "金奖", "7.8")),
    ],
)
def test_each_language_has_its_words_date_award_and_numbers(tmp_path, language, words):
    path = render_letter(make(language=language), tmp_path / f"{language}.pdf")
    text = text_of(path)
    for word in words:
        assert word in text, word
    assert "Feedback on your application" not in text


@pytest.mark.parametrize(
    ("language", "city", "country"),
    [("es", "São Paulo", "Brasil"), ("ar", "काठमाडौं", "नेपाल"), ("fr", "Москва", "Россия")],
)
def test_a_name_in_any_script_comes_out_as_written(tmp_path, language, city, country):
    path = render_letter(make(language=language, city=city, country=country),
                         tmp_path / "names.pdf")
    text = text_of(path)
    assert f"{city}, {country}" in text
    assert not missing_glyphs(make(city=city, country=country))


def test_every_font_is_embedded(english, arabic, korean, tmp_path):
    chinese = render_letter(make(language="zh", city="广州"), tmp_path / "zh.pdf")
    for path in (english, arabic, korean, chinese):
        fonts = fonts_of(path)
        assert fonts, path.name
        assert all(embedded == "yes" for _, embedded in fonts), (path.name, fonts)
    names = {name.split("+")[-1] for name, _ in fonts_of(arabic)}
    assert "NotoNaskhArabic-Regular" in names and "Helvetica" not in names


def test_nothing_is_drawn_beyond_the_margins(tmp_path):
    title = "A very long title " * 14 + "Supercalifragilisticexpialidocious" * 4
    criteria = (replace(CRITERIA[0], name="A criterion with a long name " * 4), *CRITERIA[1:])
    for language in ("en", "ar"):
        path = render_letter(make(title=title, criteria=criteria, language=language),
                             tmp_path / f"wide-{language}.pdf")
        for left, right, _, word in words_of(path):
            assert left >= MARGIN - 1 and right <= PAGE[0] - MARGIN + 1, (language, word)
        assert "Supercalifragilisticexpialidocious" in text_of(path).replace(" ", "")


# -- the words, the characters, the files -----------------------------------------------------


def test_every_language_has_every_word_and_only_known_placeholders():
    known = {"city", "edition", "application", "category", "round", "nth", "rounds", "judges",
             "award", "letter", "n"}
    english = LETTER_WORDING["en"]
    assert set(LETTER_WORDING) == {"en", "ko", "es", "fr", "ru", "zh", "ar"}
    for language, words in LETTER_WORDING.items():
        assert set(words) == set(english), language
        for key, text in words.items():
            fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert fields <= known, (language, key, fields)
            # Every sentence about the stage names the same things in every language.
            if key.startswith(("stage", "qualified", "not_qualified")):
                assert fields == {f for _, f, _, _ in string.Formatter().parse(english[key])
                                  if f}, (language, key)


def test_the_fixed_words_print_in_the_shipped_fonts():
    family = serif_family()
    for language, words in LETTER_WORDING.items():
        for key, text in words.items():
            for face in (family.regular, family.bold):
                assert missing_in_face(text, face) == "", (language, key)


def test_a_character_no_font_draws_is_named_never_dropped():
    assert missing_glyphs(make()) == []
    letter = make(
        city=f"Tehran{UNDRAWABLE}",
        comments=((judge_label(0), f"Good {UNDRAWABLE} work"),),
        criteria=(replace(CRITERIA[0], name=f"Heritage {UNDRAWABLE}"),),
    )
    assert missing_glyphs(letter) == [
        ("city", UNDRAWABLE),
        ("criterion EG1", UNDRAWABLE),
        ("comment of Judge A", UNDRAWABLE),
    ]


def test_letters_are_written_one_file_per_application(tmp_path):
    calls: list[tuple[int, int]] = []
    letters = [make(), make(application="EG-04"), make(application="EG 04")]
    paths = render_letters(letters, tmp_path / "out", progress=lambda d, t: calls.append((d, t)))
    assert [p.name for p in paths] == [
        "feedback-EG-03.pdf", "feedback-EG-04.pdf", "feedback-EG-04-2.pdf"]
    assert all(p.is_file() for p in paths)
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left behind
    assert "Application EG-04" in text_of(paths[1])


def test_a_letter_that_cannot_be_is_refused_naming_the_application(tmp_path):
    with pytest.raises(ValueError, match="EG-03.*'de' is not a certificate language"):
        render_letter(make(language="de"), tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="EG-03: round 4 of 3"):
        render_letter(make(stage=Stage("Final", 4, 3, None, None)), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_spread_is_lowest_quartiles_median_highest():
    assert spread([]) is None
    assert spread([7.0]) == (7.0, 7.0, 7.0, 7.0, 7.0)
    assert spread([5, 1, 4, 2, 3]) == (1, 2, 3, 4, 5)
    assert spread([1, 2, 3, 4]) == (1, 1.75, 2.5, 3.25, 4)
