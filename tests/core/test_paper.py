"""Certificates and the report from an edition: draft marks, verification codes, templates."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from pypdf import PdfReader

from wego_awards.errors import Refused
from wego_awards.services import decisions, paper

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by .ci/run")


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def draft_marked(path) -> bool:
    """The DRAFT mark is drawn diagonally: look for it in the page's content stream."""
    reader = PdfReader(str(path))
    return any("DRAFT" in page.extract_text() for page in reader.pages)


def test_draft_certificates_before_finalize(demo_db, tmp_path):
    done = paper.write_certificates(demo_db, tmp_path / "c")
    assert done.draft and len(done.files) == 18 and done.combined is not None
    assert len(PdfReader(str(done.combined)).pages) == 18
    assert all(draft_marked(f) for f in done.files[:3])
    with pytest.raises(Refused, match="DRAFT certificate has no verification code"):
        paper.verify_code(demo_db, "DRAFT")


def test_final_certificates_verify_and_reopening_is_told(demo_db, tmp_path):
    decisions.finalize(demo_db)
    done = paper.write_certificates(demo_db, tmp_path / "c")
    assert not done.draft
    goyang = next(f for f in done.files if f.name.startswith("EG-03-gold"))
    text = text_of(goyang)
    assert not draft_marked(goyang)
    for field in ("4th WeGO Awards", "Gold Award", "Efficient Government", "Goyang",
                  "South Korea", "Goyang Smart City", "18 October 2021"):
        assert field in text, field
    code = text.split("Verify: wego-awards verify ")[1].split()[0]
    assert paper.verify_code(demo_db, code).startswith(
        "VALID: issued for Gold in Efficient Government to EG-03, Goyang (South Korea)")
    assert "not been reopened" in paper.verify_code(demo_db, code.lower().replace("-", ""))
    decisions.reopen(demo_db, "a judge's late return")
    assert "BUT the results were reopened" in paper.verify_code(demo_db, code)
    with pytest.raises(Refused, match="not genuine"):
        paper.verify_code(demo_db, "ABCD-EFGH-JKLM")


def test_participation_certificates_for_every_applicant(demo_db, tmp_path):
    decisions.finalize(demo_db)
    done = paper.write_certificates(demo_db, tmp_path / "p", participation=True)
    assert len(done.files) == 52
    sao = next(f for f in done.files if "Sao-Paulo" in f.name)
    assert "Certificate of Participation" in text_of(sao) and "São Paulo" in text_of(sao)
    code = text_of(sao).split("Verify: wego-awards verify ")[1].split()[0]
    assert "certificate of participation" in paper.verify_code(demo_db, code)


def test_custom_and_broken_templates(demo_db, tmp_path):
    folder = tmp_path / "tpl"
    toml = paper.copy_template(folder)
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'presented_to = "is presented to"', 'presented_to = "is hereby honoured as"'),
        encoding="utf-8")
    done = paper.write_certificates(demo_db, tmp_path / "c", template=folder)
    assert "is hereby honoured as" in text_of(done.files[0])
    toml.write_text(toml.read_text(encoding="utf-8").replace('gold = "#B0882A"',
                                                             'gold = "#12345G"'), encoding="utf-8")
    with pytest.raises(Refused, match=r"colours.gold '#12345G' is not a colour"):
        paper.write_certificates(demo_db, tmp_path / "d", template=folder)
    with pytest.raises(Refused, match="no such template"):
        paper.write_certificates(demo_db, tmp_path / "e", template=tmp_path / "none.toml")
    with pytest.raises(Refused, match="folder is not empty"):
        paper.copy_template(folder)


def test_report_before_and_after_finalize(demo_db, tmp_path):  # a short ranking: whole
    draft = paper.write_report(demo_db, tmp_path / "draft.pdf")
    text = text_of(draft)
    pages = len(PdfReader(str(draft)).pages)
    assert f"Page 1 of {pages}" in text and draft_marked(draft)
    for words in ("Judge-effect model", "Mexico City", "J2", "1 Gold, 1 Silver"):
        assert words in text, words
    assert "whole ranking is" not in text and not (tmp_path / "draft-ranking.csv").exists()
    decisions.finalize(demo_db)
    final = paper.write_report(demo_db, tmp_path / "final.pdf")
    assert not draft_marked(final)
    with pytest.raises(Refused, match=r"\.pdf"):
        paper.write_report(demo_db, tmp_path / "report.txt")


def test_results_workbook_is_formatted_for_reading(demo_db, tmp_path):
    from openpyxl import load_workbook

    from wego_awards.services import results

    data = results.compute(demo_db)
    out = results.write_results(data, tmp_path / "results.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "EG", "ET", "MO", "OI", "SC", "SU", "Judges"]
    eg = wb["EG"]
    assert [c.value for c in eg[2]][:6] == ["Rank", "Application", "City", "Country", "Title",
                                           "Score"]
    assert eg["A2"].font.bold and eg.freeze_panes == "A3"
    assert eg["B3"].value == "EG-03" and eg["J3"].value == "Gold"
    assert eg["F3"].number_format == "0.00" and eg["K3"].number_format == "0%"
    assert eg.column_dimensions["E"].width >= 40
    judges = wb["Judges"]
    assert [c.value for c in judges[1]] == ["Code", "Name", "Scored", "Offset", "Spread",
                                            "Agreement", "Outlier"]
    assert judges.max_row >= 7
    summary = [r for r in wb["Summary"].iter_rows(values_only=True) if r and r[1] == "Gold"]
    assert len(summary) == 6


def test_workbooks_are_the_same_bytes_for_the_same_data(demo_db, tmp_path):
    from wego_awards.services import results
    from wego_awards.services.exports import export_kind

    data = results.compute(demo_db)
    a = results.write_results(data, tmp_path / "a.xlsx").read_bytes()
    time.sleep(1.1)  # a second later: workbooks carry times, which must not show
    b = results.write_results(data, tmp_path / "b.xlsx").read_bytes()
    assert a == b
    export_kind(demo_db, "scores", tmp_path / "s1.xlsx")
    export_kind(demo_db, "scores", tmp_path / "s2.xlsx")
    assert (tmp_path / "s1.xlsx").read_bytes() == (tmp_path / "s2.xlsx").read_bytes()


def test_the_report_says_jury_for_a_jury_decision_not_a_confidence(demo_db, tmp_path):
    decisions.set_override(demo_db, "SC", "gold", "SC-07", "Jury vote 4-2: reach")
    out = paper.write_report(demo_db, tmp_path / "report.pdf")
    text = text_of(out)
    line = next(t for t in text.splitlines() if "SC-07" in t and "Gold" in t)
    assert "jury" in line and "0%" not in line


def test_a_long_ranking_prints_its_head_and_puts_the_whole_beside_the_report(edition_db,
                                                                            tmp_path):
    """400 applications (about 67 a category): the report shows each category's first 30 and
    its awards, and says where the whole ranking is: a CSV beside it, every application in it."""
    import csv

    from benchmarks.large_edition import make
    from wego_awards.services import imports

    files = make(tmp_path / "files", apps=400, judges=20, per_app=3)
    for kind in ("criteria", "applications", "judges", "assignments", "scores"):
        imports.import_file(edition_db, kind, files[kind])
    out = paper.write_report(edition_db, tmp_path / "report.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "The first 30 of 67 applications" in " ".join(text.split())
    beside = tmp_path / "report-ranking.csv"
    assert "report-ranking.csv" in text
    with open(beside, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 400 and {r["application"] for r in rows} >= {"A00000", "A00399"}
