"""The edition's settings and its certificate's design, as the settings dialog edits them."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import fingerprint
from wego_awards.errors import EditionLocked, Refused
from wego_awards.services import audit, decisions, design, paper
from wego_awards.services.edition import create_edition, get_edition, settings_of

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler's pdftotext is not installed")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_settings_round_trip_changes_only_what_differs(demo_db):
    before = design.edition_settings(demo_db)
    assert before.name == "4th WeGO Awards" and before.year == 2020
    assert before.ceremony_date == "2021-10-18"
    assert before.awards == {"gold": 1, "silver": 1, "special_mention": 1}
    assert design.save_edition_settings(demo_db, before) == []  # nothing differs

    new = replace(before, organisation="WeGO Secretariat", ceremony_place="Seoul",
                  ceremony_date="2021-10-19", method="mean", min_score=5.5,
                  own_country_rule=True, low_confidence=0.6,
                  awards={"gold": 1, "silver": 2, "special_mention": 0})
    done = design.save_edition_settings(demo_db, new)
    assert len(done) == 8 and any("ceremony_place" in d for d in done)
    after = design.edition_settings(demo_db)
    assert replace(after, awards={}) == replace(new, awards={})
    assert after.awards == {"gold": 1, "silver": 2, "special_mention": 0}
    with demo_db.read() as s:
        stored = settings_of(get_edition(s))
    assert stored["awards"] == [{"award": "gold", "count": 1}, {"award": "silver", "count": 2}]
    assert stored["min_score"] == 5.5 and stored["method"] == "mean"
    assert design.save_edition_settings(demo_db, after) == []
    assert audit.verify(demo_db).ok


def test_rename_is_recorded_so_the_audit_still_passes(demo_db):
    s = design.edition_settings(demo_db)
    done = design.save_edition_settings(demo_db, replace(s, name="  Fifth Awards ", year=2024))
    assert done == ["renamed the edition '4th WeGO Awards' (2020) to 'Fifth Awards' (2024)"]
    with demo_db.read() as session:
        edition = get_edition(session)
        assert (edition.name, edition.year) == ("Fifth Awards", 2024)
    report = audit.verify(demo_db)
    assert report.ok, str(report)


@pytest.mark.parametrize("change, words", [
    ({"name": " "}, "needs a name"),
    ({"year": 1200}, "not a plausible year"),
    ({"method": "best"}, "method 'best' is not known"),
    ({"low_confidence": 1.5}, "low_confidence: 1.5 is out of range"),
    ({"ceremony_date": "next spring"}, "'next spring' is not a date"),
    ({"awards": {"gold": 0, "silver": 0, "special_mention": 0}}, "at least one award"),
])
def test_a_wrong_value_is_refused_and_nothing_changes(demo_db, demo_path, change, words):
    before = fingerprint(demo_path)
    with pytest.raises(Refused, match=words):
        design.save_edition_settings(demo_db, replace(design.edition_settings(demo_db),
                                                      organisation="Changed", **change))
    assert fingerprint(demo_path) == before


def test_settings_are_locked_while_finalized(demo_db):
    decisions.finalize(demo_db)
    s = design.edition_settings(demo_db)
    assert s.finalized
    assert design.save_edition_settings(demo_db, s) == []  # saving nothing is not refused
    with pytest.raises(EditionLocked):
        design.save_edition_settings(demo_db, replace(s, organisation="Other"))
    with pytest.raises(EditionLocked):
        design.save_design(demo_db, design.design_of(demo_db))


def test_a_new_edition_takes_its_organisation(db):
    create_edition(db, "Awards", 2025, organisation=" City Lab ")
    assert design.edition_settings(db).organisation == "City Lab"
    assert design.edition_settings(db).ceremony_place == ""


@needs_pdftotext
def test_a_saved_design_is_what_the_certificates_show(demo_db, demo_path, tmp_path):
    d = design.design_of(demo_db)
    assert d.source is None  # the default template
    assert [s.name for s in d.signatories] == ["Jung Sook Park", "Se-hoon Oh"]
    signature = d.signatories[1].signature
    d.signatories[0] = design.SignatoryDesign("Ada Lovelace", "Chair of the Jury", signature)
    d.signatories.pop(1)
    d.wording["presented_to"] = "is proudly presented to"
    d.wording["date"] = "{ceremony_place}, {date}"
    d.award_names["gold"] = "Grand Prize"
    d.colours["gold"] = "#aa3300"
    d.logo = None
    s = design.edition_settings(demo_db)
    design.save_edition_settings(demo_db, replace(s, ceremony_place="Seoul"))

    folder = design.save_design(demo_db, d)
    assert folder == demo_path.parent / "demo-certificate"
    toml = (folder / "certificate.toml").read_text(encoding="utf-8")
    assert "# Certificate template for the WeGO Awards." in toml  # comments kept
    assert "# deep gold prints better than bright yellow" in toml
    assert sorted(p.name for p in folder.iterdir()) == ["certificate.toml", "signature-1.png"]
    with demo_db.read() as session:
        assert settings_of(get_edition(session))["certificate_template"] == "demo-certificate"

    again = design.design_of(demo_db)
    assert again.source == folder / "certificate.toml"
    assert again.colours["gold"] == "#AA3300" and again.logo is None
    assert [(p.name, p.title) for p in again.signatories] == [("Ada Lovelace",
                                                              "Chair of the Jury")]
    assert again.signatories[0].signature == folder / "signature-1.png"

    certs = paper.write_certificates(demo_db, tmp_path / "certs")
    text = pdf_text(certs.files[0])
    assert "Ada Lovelace" in text and "Chair of the Jury" in text
    assert "is proudly presented to" in text and "Grand Prize" in text
    assert "Seoul, 18 October 2021" in text
    assert "Jung Sook Park" not in text
    assert audit.verify(demo_db).ok

    # The same design again writes and records nothing.
    entries = audit.verify(demo_db).entries
    design.save_design(demo_db, again)
    assert audit.verify(demo_db).entries == entries


def test_a_bad_colour_is_refused_with_its_key_and_value_and_nothing_is_written(demo_db,
                                                                               demo_path):
    d = design.design_of(demo_db)
    d.colours["silver"] = "#12345G"
    before = fingerprint(demo_path)
    with pytest.raises(Refused, match=r"colours.silver '#12345G' is not a colour"):
        design.save_design(demo_db, d)
    with pytest.raises(Refused, match=r"colours.silver '#12345G'"):
        design.preview_certificate(demo_db, d, demo_path.parent / "p.pdf")
    assert fingerprint(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()
                  if not p.name.startswith("demo.db")) == []


def test_a_bad_placeholder_and_a_missing_image_are_refused(demo_db, tmp_path):
    d = design.design_of(demo_db)
    d.wording["date"] = "{when}"
    with pytest.raises(Refused, match=r"wording.date '\{when\}' uses unknown placeholder"):
        design.save_design(demo_db, d)
    d = design.design_of(demo_db)
    d.logo = tmp_path / "nowhere.png"
    with pytest.raises(Refused, match="no such image file"):
        design.save_design(demo_db, d)
    assert not (tmp_path / "demo-certificate").exists()


def test_a_relative_template_moves_with_the_edition(demo_db, demo_path, tmp_path):
    d = design.design_of(demo_db)
    d.wording["presented_to"] = "goes to"
    design.save_design(demo_db, d)
    demo_db.close()
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(demo_path, moved / "demo.db")
    shutil.move(demo_path.parent / "demo-certificate", moved / "demo-certificate")
    for suffix in ("-wal", "-shm"):
        Path(str(demo_path) + suffix).unlink(missing_ok=True)
    from wego_awards.services.edition import open_database

    cwd = os.getcwd()
    os.chdir(tmp_path)  # neither the working folder nor the old place holds the template
    try:
        with open_database(moved / "demo.db") as db:
            assert design.design_of(db).wording["presented_to"] == "goes to"
            with db.read() as session:
                tpl = paper.load(get_edition(session), None, paper.edition_folder(db))
            assert tpl.wording["presented_to"] == "goes to"
    finally:
        os.chdir(cwd)


def test_a_template_in_another_folder_is_kept_absolute(demo_db, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("shared") / "t"
    folder = design.save_design(demo_db, design.design_of(demo_db), elsewhere)
    with demo_db.read() as session:
        assert settings_of(get_edition(session))["certificate_template"] == str(folder)


def test_the_preview_draws_one_real_certificate_quickly(demo_db, tmp_path):
    import time

    d = design.design_of(demo_db)
    d.signatories[0].name = "Grace Hopper"
    s = replace(design.edition_settings(demo_db), organisation="Typed Not Saved")
    design.preview_certificate(demo_db, d, tmp_path / "warm.pdf")  # fonts registered once
    start = time.perf_counter()
    out = design.preview_certificate(demo_db, d, tmp_path / "p.pdf", s)
    assert time.perf_counter() - start < 1.0
    if shutil.which("pdftotext"):
        text = pdf_text(out)
        assert "Grace Hopper" in text and "TYPED NOT SAVED" in text
        assert "EG-03" in text  # the first award of the results


def test_the_preview_of_an_empty_edition_shows_a_placeholder(edition_db, tmp_path):
    out = design.preview_certificate(edition_db, design.design_of(edition_db),
                                     tmp_path / "p.pdf")
    assert out.stat().st_size > 1000
    if shutil.which("pdftotext"):
        assert "Efficient Government" in pdf_text(out)
