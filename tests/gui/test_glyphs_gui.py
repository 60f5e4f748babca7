"""A character no shipped font draws is named to the person, never dropped in silence: in the
import dialog (a warning mark, the file still imports) and before certificates are printed
(refused, with Print anyway)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import WAIT_MS, press, when_modal
from ui.importer import ImportDialog
from wego_awards.services import records

pytestmark = pytest.mark.gui

HIEROGLYPH = "\U00013000"  # no shipped font has it


def test_the_import_preview_names_characters_no_font_draws(qtbot, make_window, demo_path,
                                                           tmp_path):
    window = make_window(demo_path, "applications")
    f = tmp_path / "more.csv"
    f.write_text(f"code,category,city,country,title\nZZ-01,EG,Memphis {HIEROGLYPH},Egypt,Old\n",
                 encoding="utf-8")
    window.actions_by_name["import"].trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(ImportDialog)
    dialog.set_file(f)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    text = dialog.verdict.text()
    assert "⚠" in text and "U+13000" in text and "row 2" in text and "city" in text


def test_certificates_with_an_undrawable_name_ask_before_printing(qtbot, make_window,
                                                                  demo_db, demo_path):
    row = records.get(demo_db, "applications", ("EG-03",))  # the Gold of EG
    row["city"] = f"Goyang {HIEROGLYPH}"
    records.save(demo_db, "applications", row, key=("EG-03",))
    window = make_window(demo_path, "applications")
    asked = []

    def anyway(box):
        asked.append(box.text())
        press(box, "Print anyway")

    when_modal(anyway)
    window.show_view("certificates")
    page = window.certificates
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    assert "EG-03" in asked[0] and "U+13000" in asked[0]
    qtbot.waitUntil(lambda: page.is_ready() and page.files.count() > 0, timeout=WAIT_MS)
    assert page.allow_missing_glyphs
