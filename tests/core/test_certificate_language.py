"""Certificates in the edition's language: the wording, the award names and the date in the
chosen language, two side by side (en+ko), a template's own words for a language, a wrong code
refused; read back from the PDFs by poppler."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO
from wego_awards.errors import Refused
from wego_awards.services import paper
from wego_awards.services.edition import get_edition, settings_of
from wego_awards.services.paper import copy_template, write_certificates

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is not installed")


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def gold(db, out: Path, **kwargs) -> str:  # noqa: ANN001
    done = write_certificates(db, out, **kwargs)
    first = next(p for p in done.files if "-gold-" in p.name)
    return text_of(first)


def set_language(db, value: str) -> None:  # noqa: ANN001
    from wego_awards.services.decisions import apply_setting
    from wego_awards.services.edition import parse_setting

    with db.write() as s:
        apply_setting(s, get_edition(s), "certificate_language",
                      parse_setting("certificate_language", value))


def test_english_by_default_then_korean_then_both(demo_db, tmp_path):
    with demo_db.read() as s:
        assert settings_of(get_edition(s))["certificate_language"] == "en"
    text = gold(demo_db, tmp_path / "en")
    assert "Gold Award" in text and "18 October 2021" in text and "Category:" in text
    set_language(demo_db, "ko")
    text = gold(demo_db, tmp_path / "ko")
    assert "금상" in text and "2021년 10월 18일" in text and "부문:" in text
    assert "Gold Award" not in text and "October" not in text
    set_language(demo_db, "EN+ko")  # any case
    with demo_db.read() as s:
        assert settings_of(get_edition(s))["certificate_language"] == "en+ko"
    text = gold(demo_db, tmp_path / "both")
    assert "Gold Award · 금상" in text
    assert "18 October 2021 · 2021년 10월 18일" in text
    assert "Category · 부문:" in text  # the category's name said once, not twice


@pytest.mark.parametrize(("code", "award", "when"), [
    ("fr", "Prix d'Or", "18 octobre 2021"), ("es", "Premio de Oro", "18 de octubre de 2021"),
    ("ru", "Золотая награда", "18 октября 2021 г."), ("zh", "金奖", "2021年10月18日"),
])
def test_each_language_names_the_award_and_writes_the_date(demo_db, tmp_path, code, award,
                                                             when):
    set_language(demo_db, code)
    text = gold(demo_db, tmp_path / code)
    assert award in text and when in text


def test_a_template_words_a_language_its_own_way(demo_db, tmp_path):
    copied = copy_template(tmp_path / "tpl")
    toml = copied if copied.is_file() else copied / "certificate.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + (
        '\n[wording.ko]\npresented_to = "위 도시에 이 상을 드립니다"\n'
        '\n[wording.ko.awards]\ngold = "대상"\n'), encoding="utf-8")
    set_language(demo_db, "ko")
    text = gold(demo_db, tmp_path / "out", template=toml)
    assert "대상" in text and "위 도시에 이 상을 드립니다" in text
    assert "은상" in text_of(next((tmp_path / "out").glob("*-silver-*.pdf")))  # built in
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "[wording.ko.awards]", "[wording.ko.prizes]"), encoding="utf-8")
    with pytest.raises(Refused, match="unknown key ko.prizes"):
        gold(demo_db, tmp_path / "bad", template=toml)


@pytest.mark.parametrize("value", ["xx", "en+en", "en+ko+fr", ""])
def test_a_wrong_language_is_refused_naming_the_known_ones(demo_db, value):
    from wego_awards.services.edition import parse_setting

    with pytest.raises(Refused, match="one of en, ko, es, fr, ru, zh, ar"):
        parse_setting("certificate_language", value)


def test_the_command_line_sets_it(demo_path, tmp_path):
    run = [sys.executable, "-m", "wego_awards"]
    bad = subprocess.run([*run, "--db", str(demo_path), "settings", "certificate_language",
                          "kr"], capture_output=True, text=True)
    assert bad.returncode == 1 and "'kr' is not a certificate language" in bad.stderr
    assert bad.stderr.count("\n") == 1
    ok = subprocess.run([*run, "--db", str(demo_path), "settings", "certificate_language",
                         "en+ar"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert paper.certificate_languages({"certificate_language": "en+ar"}) == ("en", "ar")
    assert DEMO.exists()


def test_english_beside_arabic_keeps_each_part_in_its_own_direction():
    """A certificate in en+ar leads each language's words with its direction's mark, as the
    letters do, so that "18 October 2021" beside Arabic keeps its day first and the Arabic
    date reads from the right; what both languages say alike is still said once."""
    from datetime import date

    from wego_awards.pdf import load_template
    from wego_awards.pdf.wording import dates_text, in_languages

    assert dates_text(date(2021, 10, 18), ("en", "ar")) == \
        "\u200e18 October 2021  ·  \u200f18 أكتوبر 2021"
    template = in_languages(load_template(None), ("en", "ar"))
    assert template.award_labels["silver"] == "\u200eSilver Award  ·  \u200fالجائزة الفضية"
    assert template.wording["place"] == "{city}, {country}"  # the same in both: once, unmarked
    assert template.wording["category"] == \
        "\u200eCategory  ·  \u200fالفئة: {category}"  # one field shared, said once
    ko = in_languages(load_template(None), ("en", "ko"))  # one direction: no marks
    assert "\u200e" not in ko.award_labels["gold"] and "\u200f" not in ko.award_labels["gold"]
